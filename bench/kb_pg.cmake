# Knowledge-base search in the app versus in PostgreSQL (pg_trgm and ILIKE)
# on the same generated corpus (app/generate/KbCorpus) and queries (see kb_pg_bench.cpp).
add_executable(kb_pg_bench ${CMAKE_CURRENT_LIST_DIR}/kb_pg_bench.cpp)
target_link_libraries(kb_pg_bench PRIVATE minwon_core minwon_warnings)
list(APPEND MINWON_BENCH_TARGETS kb_pg_bench)
