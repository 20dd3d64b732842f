# The whole system at ten times the city's rate: simulator arrivals, 100 desks
# claiming, saving and completing, a supervisor's figures refreshing; checks
# that every contact ended in exactly one case.
add_executable(system_bench ${CMAKE_CURRENT_LIST_DIR}/system_bench.cpp)
target_link_libraries(system_bench PRIVATE minwon_core minwon_warnings)
list(APPEND MINWON_BENCH_TARGETS system_bench)
if(MINWON_BUILD_TESTS)
    # Seconds-long smoke run in the test suite: fails unless every contact
    # ended in exactly one case (or was abandoned with none) without errors.
    add_test(NAME "system: a small compressed day ends every contact exactly once"
             COMMAND system_bench --contacts 200 --minutes 0.2 --desks 8 --abandon 0.3 --no-fsync)
    set_tests_properties("system: a small compressed day ends every contact exactly once"
                         PROPERTIES LABELS "db" TIMEOUT 180)
endif()
