# Fails when a user-visible string has no Korean (or English) translation:
# scans the sources as update_translations would, into copies of the
# catalogues, and counts what is left unfinished.
#   cmake -DLUPDATE=… -DPROJECT_CMAKE=… -DPROJECT_SCRIPT=… -DTS_DIR=… -DWORK_DIR=… -P translations_complete.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
# The source list qt_add_lupdate wrote at configure time, as lupdate reads it
# (update_translations makes the same file; a fresh build has not run it).
set(PROJECT_JSON ${WORK_DIR}/project.json)
execute_process(
    COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${PROJECT_JSON} -P ${PROJECT_SCRIPT}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Cannot list the sources for lupdate (${rc}): ${out}${err}")
endif()
set(failed FALSE)
foreach(lang ko en)
    set(copy ${WORK_DIR}/minwon_${lang}.ts)
    configure_file(${TS_DIR}/minwon_${lang}.ts ${copy} COPYONLY)
    execute_process(
        COMMAND ${LUPDATE} -project ${PROJECT_JSON} -ts ${copy} -no-obsolete -locations none -silent
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
    endif()
    file(READ ${copy} text)
    # Each untranslated message: its source text, for the report.
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" missing "${text}")
    list(LENGTH missing count)
    if(count GREATER 0)
        set(failed TRUE)
        message("${count} string(s) without a translation in minwon_${lang}.ts "
                "(run: cmake --build --preset default --target update_translations, then translate):")
        foreach(m IN LISTS missing)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" src "${m}")
            message("  ${src}")
        endforeach()
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Translations are incomplete.")
endif()
message("Every user-visible string is translated (Korean and English).")
