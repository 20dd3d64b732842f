# The intake gateway: sustained contacts per second and p99 latency of
# POST /v1/contacts over loopback with 1, 8 and 64 parallel connections.
add_executable(intake_bench ${CMAKE_CURRENT_LIST_DIR}/intake_bench.cpp)
target_link_libraries(intake_bench PRIVATE minwon_core minwon_warnings)
list(APPEND MINWON_BENCH_TARGETS intake_bench)
