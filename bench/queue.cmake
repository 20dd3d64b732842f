# 100 claimers draining 40,000 contacts (SKIP LOCKED against a naive lock),
# and the fan-out of one change to 50 listening desks.
add_executable(queue_bench ${CMAKE_CURRENT_LIST_DIR}/queue_bench.cpp)
target_link_libraries(queue_bench PRIVATE minwon_core PostgreSQL::PostgreSQL minwon_warnings)
list(APPEND MINWON_BENCH_TARGETS queue_bench)
