# Test registration, included before any subdirectory so that modules can declare their tests
# beside their code. The support libraries themselves are built in tests/.
option(AKSARA_TEST_POSTGRES "Also run the [db] tests against a throwaway PostgreSQL cluster" ON)
# Seconds each test may take. A sanitizer build runs several times slower (tools/sanitize).
if(AKSARA_SANITIZE)
    set(_aksara_test_timeout_default 1200)
else()
    set(_aksara_test_timeout_default 300)
endif()
set(AKSARA_TEST_TIMEOUT ${_aksara_test_timeout_default} CACHE STRING "Timeout of each test, in seconds")
set(AKSARA_PG_TEST_DIR "${CMAKE_BINARY_DIR}/pgtest" CACHE PATH "Where the PostgreSQL test fixture keeps its URL file")
enable_testing()
find_package(Catch2 2.13 REQUIRED)
include(Catch)

# aksara_add_test(<name> [GUI] SOURCES <files...> LIBS <targets...>)
function(aksara_add_test NAME)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS" ${ARGN})
    if(T_GUI)
        add_executable(${NAME} ${T_SOURCES} $<TARGET_OBJECTS:aksara_test_main_gui>)
        target_link_libraries(${NAME} PRIVATE Qt6::Widgets)
    else()
        add_executable(${NAME} ${T_SOURCES} $<TARGET_OBJECTS:aksara_test_main>)
    endif()
    target_link_libraries(${NAME} PRIVATE aksara_options aksara_test_support ${T_LIBS})
    # --warn NoTests: a name that selects no test (CMake splits names at ";") fails instead of passing empty.
    catch_discover_tests(${NAME} TEST_SPEC "~[pg-only]" TEST_PREFIX "sqlite:" EXTRA_ARGS --warn NoTests
        PROPERTIES ENVIRONMENT "AKSARA_TEST_ENGINE=sqlite" LABELS "sqlite" TIMEOUT ${AKSARA_TEST_TIMEOUT} SKIP_RETURN_CODE 77)
    if(AKSARA_TEST_POSTGRES)
        catch_discover_tests(${NAME} TEST_SPEC "[db],[pg-only]" TEST_PREFIX "pg:" EXTRA_ARGS --warn NoTests
            PROPERTIES ENVIRONMENT "AKSARA_TEST_ENGINE=pg" FIXTURES_REQUIRED pg LABELS "pg" TIMEOUT ${AKSARA_TEST_TIMEOUT} SKIP_RETURN_CODE 77)
    endif()
endfunction()
