# Supervisor figures on six years of generated contacts (5 million cases):
# one day and one month, live days from the raw rows and final days from the
# daily rollup, cold and warm (see docs/benchmarks.md, "Supervisor figures").
add_executable(reports_bench ${CMAKE_CURRENT_LIST_DIR}/reports_bench.cpp)
target_link_libraries(reports_bench PRIVATE minwon_core minwon_warnings)
list(APPEND MINWON_BENCH_TARGETS reports_bench)
