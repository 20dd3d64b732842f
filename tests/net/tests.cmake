# The intake gateway's tests (tests/net/): real sockets against a real
# database, the in-process IntakeServer and the minwon-intake binary.
file(GLOB minwon_net_test_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp ${CMAKE_CURRENT_LIST_DIR}/*.h)
add_executable(minwon_net_tests ${minwon_net_test_sources})
target_link_libraries(minwon_net_tests PRIVATE minwon_core minwon_test_support minwon_warnings)
target_compile_definitions(minwon_net_tests PRIVATE MINWON_INTAKE_BINARY="$<TARGET_FILE:minwon-intake>"
    MINWON_ADMIN_BINARY="$<TARGET_FILE:minwon-admin>")
add_dependencies(minwon_net_tests minwon-intake minwon-admin)
# One ENVIRONMENT entry only: catch_discover_tests splits a list value into
# separate arguments (the binary sets QT_QPA_PLATFORM=offscreen itself).
catch_discover_tests(minwon_net_tests
    EXTRA_ARGS -w NoTests
    PROPERTIES
        FIXTURES_REQUIRED minwon_db
        TIMEOUT 300
        LABELS net
        ENVIRONMENT "MINWON_TEST_CLUSTER=${MINWON_TEST_CLUSTER}")
