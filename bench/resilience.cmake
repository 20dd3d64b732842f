# Outage notice, reconnect, outbox replay and site failover with the desks'
# default checks; the same rig as tests/core/test_resilience.cpp.
add_executable(resilience_bench ${CMAKE_CURRENT_LIST_DIR}/resilience_bench.cpp
    ${CMAKE_SOURCE_DIR}/tests/support/ResilienceRig.h)
target_include_directories(resilience_bench PRIVATE ${CMAKE_SOURCE_DIR}/tests)
target_link_libraries(resilience_bench PRIVATE minwon_core minwon_warnings)
list(APPEND MINWON_BENCH_TARGETS resilience_bench)
