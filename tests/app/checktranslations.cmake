# Fails when a committed .ts file misses a string of the sources or leaves one
# unfinished. Runs lupdate on a copy, so the committed files are not touched.
# -D LUPDATE, SOURCE_DIR, WORK_DIR, TS_FILES (a list).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB app_sources "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/store/*.cpp")
set(failed "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(
        COMMAND "${LUPDATE}" -I "${SOURCE_DIR}" -no-obsolete -locations none
            "${SOURCE_DIR}/qml" ${app_sources} -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${out}${err}")
    endif()
    file(READ "${copy}" text)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" open "${text}")
    string(REGEX MATCHALL "<translation></translation>" empty "${text}")
    # A plural entry needs every form filled (nl, fr and en have two).
    string(REGEX MATCHALL "<numerusform></numerusform>" emptyForms "${text}")
    list(LENGTH emptyForms emptyForms_count)
    if(emptyForms_count GREATER 0)
        list(APPEND failed "${name}: ${emptyForms_count} empty plural forms")
    endif()
    list(LENGTH open open_count)
    list(LENGTH empty empty_count)
    if(open_count GREATER 0 OR empty_count GREATER 0)
        set(open_sources "")
        foreach(m IN LISTS open)
            string(REGEX REPLACE "^<source>([^<]*)</source>.*$" "\\1" src "${m}")
            string(APPEND open_sources "\n  ${src}")
        endforeach()
        list(APPEND failed "${name}: ${open_count} unfinished, ${empty_count} empty${open_sources}")
    endif()
    # Also fails when the committed file differs from lupdate's view (new
    # strings or stale ones): run the update_translations target.
    file(READ "${ts}" committed)
    if(NOT committed STREQUAL text)
        list(APPEND failed "${name} is not up to date with the sources: build the target update_translations")
    endif()
endforeach()
if(failed)
    string(REPLACE ";" "\n" failed "${failed}")
    message(FATAL_ERROR "${failed}")
endif()
message(STATUS "translations complete: ${TS_FILES}")
