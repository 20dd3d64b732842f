# `cmake --install` into a throwaway prefix, then checks what a desk, a
# launcher and an administrator find there: the programs answer --help and
# --version from the prefix, the installed desk speaks Korean (our catalogue
# compiled in, Qt's own from qt6-translations-l10n), the launcher entry, the
# icons, the manual pages, the documentation and the systemd samples.
#
#   cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DPREFIX=... -DVERSION=... [-DLIBEXEC=libexec] -P install_tree.cmake
cmake_minimum_required(VERSION 3.25)

foreach(var SOURCE_DIR BUILD_DIR PREFIX VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "install_tree: -D${var}= is required")
    endif()
endforeach()
if(NOT DEFINED LIBEXEC)
    set(LIBEXEC libexec)
endif()

set(failures 0)
macro(fail text)
    message(SEND_ERROR "install_tree: ${text}")
    math(EXPR failures "${failures} + 1")
endmacro()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "install_tree: cmake --install failed (${rc}):\n${out}\n${err}")
endif()

# Installed files. Nothing from the build tree may be needed: run from the prefix
# with a home of their own, so no saved language or connection is read.
set(home "${PREFIX}-home")
file(REMOVE_RECURSE "${home}")
file(MAKE_DIRECTORY "${home}")
set(env ${CMAKE_COMMAND} -E env --unset=MINWON_SETTINGS --unset=MINWON_LANG --unset=QT_QPA_PLATFORM
    --unset=DISPLAY --unset=WAYLAND_DISPLAY HOME=${home} XDG_CONFIG_HOME=${home}/.config LANG=C.UTF-8)

# Runs an installed program; sets <out> to its standard output.
function(run_installed out)
    execute_process(COMMAND ${env} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr
        TIMEOUT 60)
    if(NOT rc EQUAL 0)
        message(SEND_ERROR "install_tree: `${ARGN}` exited with ${rc}:\n${stdout}\n${stderr}")
    endif()
    set(${out} "${stdout}" PARENT_SCOPE)
endfunction()

foreach(program minwon-desk minwon-admin minwon-intake)
    set(exe "${PREFIX}/bin/${program}")
    if(NOT EXISTS "${exe}")
        fail("${exe} is missing")
        continue()
    endif()
    run_installed(version "${exe}" --version)
    if(NOT version MATCHES "${VERSION}")
        fail("${program} --version says \"${version}\", not ${VERSION}")
    endif()
    run_installed(help "${exe}" --help)
    if(NOT help MATCHES "--host|--lang")
        fail("${program} --help does not list its options:\n${help}")
    endif()
    # Built hardened (when the build asked for it): a position-independent
    # executable, relocations read-only and bound at start, the stack
    # protector linked in. (Fortified libc calls show only where the compiler
    # could not prove a call safe; our programs happen to have none.)
    if(HARDENING AND NOT READELF)
        fail("readelf is missing: cannot check that ${program} is built hardened")
    elseif(HARDENING)
        execute_process(COMMAND ${READELF} -h -l -d --dyn-syms -W "${exe}" OUTPUT_VARIABLE elf ERROR_QUIET)
        foreach(mark "Type:[ ]+DYN" "GNU_RELRO" "BIND_NOW|FLAGS_1[^\n]*NOW" "__stack_chk_fail")
            if(NOT elf MATCHES "${mark}")
                fail("${program} is not built hardened: no ${mark} in its ELF headers")
            endif()
        endforeach()
    endif()
endforeach()

# The desk's help in Korean, without a display: our strings and Qt's
# ("Displays help on commandline options." from qtbase_ko.qm).
run_installed(ko "${PREFIX}/bin/minwon-desk" --lang ko --help)
if(NOT ko MATCHES "민원데스크: 민원콜센터")
    fail("the installed desk did not find its Korean translation:\n${ko}")
endif()
if(NOT ko MATCHES "도움말")
    fail("the installed desk did not find Qt's Korean translation (qt6-translations-l10n):\n${ko}")
endif()
run_installed(en "${PREFIX}/bin/minwon-desk" --lang en --help)
if(NOT en MATCHES "MinwonDesk: the civil-complaint call-center workstation")
    fail("the installed desk's English help is wrong:\n${en}")
endif()
run_installed(admin_ko "${PREFIX}/bin/minwon-admin" --lang ko --help)
if(admin_ko STREQUAL "" OR admin_ko MATCHES "Usage: minwon-admin")
    fail("minwon-admin --lang ko --help is not in Korean:\n${admin_ko}")
endif()

# The package's changelog names this version first.
file(STRINGS "${SOURCE_DIR}/resources/debian/changelog" first LIMIT_COUNT 1)
if(NOT first MATCHES "^minwon-desk \\(${VERSION}\\) ")
    fail("resources/debian/changelog starts with \"${first}\", not version ${VERSION}: add an entry")
endif()

set(expected
    share/doc/minwon-desk/changelog.gz
    "${LIBEXEC}/minwon-desk/minwon-report-pdf"
    share/applications/minwon-desk.desktop
    share/icons/hicolor/scalable/apps/minwon-desk.svg
    share/man/man1/minwon-desk.1.gz share/man/man1/minwon-admin.1.gz share/man/man1/minwon-intake.1.gz
    share/doc/minwon-desk/README.md share/doc/minwon-desk/LICENSE share/doc/minwon-desk/copyright
    share/doc/minwon-desk/docs/administration.md share/doc/minwon-desk/docs/user-guide.ko.md
    share/doc/minwon-desk/docs/intake-api.md share/doc/minwon-desk/docs/images/counselor.png
    share/minwon-desk/systemd/minwon-intake.service
    share/minwon-desk/systemd/minwon-daily-report.service share/minwon-desk/systemd/minwon-daily-report.timer
    share/minwon-desk/systemd/minwon-kb-publish.service share/minwon-desk/systemd/minwon-kb-publish.timer)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/minwon-desk.png)
endforeach()
foreach(path ${expected})
    if(NOT EXISTS "${PREFIX}/${path}")
        fail("${PREFIX}/${path} is missing")
    endif()
endforeach()

# The launcher entry starts the program that was installed, with the icon that was.
set(desktop "${PREFIX}/share/applications/minwon-desk.desktop")
if(EXISTS "${desktop}")
    file(STRINGS "${desktop}" entry)
    if(NOT "Exec=minwon-desk" IN_LIST entry OR NOT "Icon=minwon-desk" IN_LIST entry)
        fail("the .desktop file does not start minwon-desk with its icon: ${entry}")
    endif()
    find_program(validate desktop-file-validate)
    if(validate)
        execute_process(COMMAND ${validate} "${desktop}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
        if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
            fail("desktop-file-validate: ${out}")
        endif()
    endif()
endif()

# The systemd samples name the programs in this prefix.
foreach(unit minwon-intake minwon-daily-report minwon-kb-publish)
    set(file "${PREFIX}/share/minwon-desk/systemd/${unit}.service")
    if(EXISTS "${file}")
        file(STRINGS "${file}" exec REGEX "^ExecStart=")
        string(REGEX REPLACE "^ExecStart=([^ ]+).*" "\\1" program "${exec}")
        string(FIND "${program}" "${PREFIX}/bin/minwon-" at)
        if(NOT at EQUAL 0 OR NOT EXISTS "${program}")
            fail("${unit}.service starts \"${program}\", not a program of ${PREFIX}/bin")
        endif()
    endif()
endforeach()

if(failures GREATER 0)
    message(FATAL_ERROR "install_tree: ${failures} problem(s) in the installed tree")
endif()
message(STATUS "install_tree: ${PREFIX} is complete")
