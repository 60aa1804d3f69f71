# SPDX-License-Identifier: GPL-3.0-or-later
# box_layers_catch: runs cmake/CheckLayers.cmake over the fixture tree and wants each kind of
# breach named (an include that runs back up, SQL above store/, shared/ knowing the box, an
# exception whose include is gone) and nothing else (an allowed include, a used exception).
execute_process(
    COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${FIXTURE} -DLAYERS_FILE=${FIXTURE}/layers.cmake -P ${CHECKER}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}${err}")
string(REGEX REPLACE "[ \n]+" " " flat "${all}")
if(rc EQUAL 0)
    message(FATAL_ERROR "the check passed a tree that breaks the layers:\n${all}")
endif()
foreach(expected
        "box-service/store/UpwardStore.h: #include \"api/Router.h\": store may not use api"
        "box-service/scan/SqlInScan.cpp: #include <QSqlQuery>: SQL belongs in store/"
        "shared/SharedKnowsTheBox.h: #include \"store/Database.h\": shared/ includes only shared/"
        "exception store -> tunnel is no longer needed"
        "4 include(s) against the layers")
    string(FIND "${flat}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the check did not report: ${expected}\n${all}")
    endif()
endforeach()
foreach(unexpected "store/Database.h\": store may" "probe/ConnectProber.h\"" "exception scan -> setup")
    string(FIND "${flat}" "${unexpected}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "the check refused an allowed include: ${unexpected}\n${all}")
    endif()
endforeach()
message(STATUS "the check names each breach")
