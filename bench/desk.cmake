# The desk under load: cold starts of minwon-desk with 20,000 guidance
# versions cached, and the longest GUI-thread stall with 1,000 contacts
# waiting, 50 changes a second and a supervisor's month view open.
add_executable(desk_bench ${CMAKE_CURRENT_LIST_DIR}/desk_bench.cpp)
target_link_libraries(desk_bench PRIVATE minwon_ui minwon_core minwon_warnings)
target_compile_definitions(desk_bench PRIVATE MINWON_DESK_PROGRAM="$<TARGET_FILE:minwon-desk>")
add_dependencies(desk_bench minwon-desk)
list(APPEND MINWON_BENCH_TARGETS desk_bench)
