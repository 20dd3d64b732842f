# Knowledge-base search: index build, memory and per-query latency on a
# generated corpus of 20,000 article versions (see kb_search_bench.cpp).
# The corpus generator lives in minwon_core (app/generate/KbCorpus), shared with
# minwon-admin generate.
add_executable(kb_search_bench ${CMAKE_CURRENT_LIST_DIR}/kb_search_bench.cpp)
target_link_libraries(kb_search_bench PRIVATE minwon_core minwon_warnings)
list(APPEND MINWON_BENCH_TARGETS kb_search_bench)
