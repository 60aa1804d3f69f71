# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers. Almost every file includes the same Qt Core/Network and standard headers
# (some 130,000 lines once preprocessed); parsing them is most of a file's compile time. With
# MENTE_PCH they are parsed once, in the target mente_pch, and every other C++ target of the build
# reuses that one header (REUSE_FROM), which about halves the CPU time of a file (g++ 12: 2.9 s
# instead of 5.6 s for api/routes/DeviceRoutes.cpp). GCC only: GCC takes one precompiled header for
# targets whose definitions differ where the header does not look at them (QT_WIDGETS_LIB,
# -fPIE, ...) and says so (-Winvalid-pch, an error with MENTE_WERROR) where it cannot. Clang (the
# fuzz build) and MSVC build without it.
#
# The header holds only what shared/ may use (no widgets, no test headers), so a box file that
# includes a widget header still fails to build. A file that forgets an include of Qt Core/Network
# builds with MENTE_PCH and not without it: -DMENTE_PCH=OFF shows such a file.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    set(mente_pch_default ON)
else()
    set(mente_pch_default OFF)
endif()
option(MENTE_PCH "Precompile the Qt and standard headers once for every target (GCC)" ${mente_pch_default})

if(MENTE_PCH)
    add_library(mente_pch OBJECT "${CMAKE_CURRENT_LIST_DIR}/pch/mente_pch.cpp")
    set_target_properties(mente_pch PROPERTIES AUTOMOC OFF)
    # Qt's include folders but not its QT_CORE_LIB-style definitions: GCC refuses a precompiled
    # header built with a definition the file being compiled lacks, and not every target links
    # every module (definitions a target adds are fine).
    target_include_directories(mente_pch SYSTEM PRIVATE
        $<TARGET_PROPERTY:Qt6::Core,INTERFACE_INCLUDE_DIRECTORIES>
        $<TARGET_PROPERTY:Qt6::Network,INTERFACE_INCLUDE_DIRECTORIES>)
    target_compile_options(mente_pch PRIVATE $<TARGET_PROPERTY:Qt6::Core,INTERFACE_COMPILE_OPTIONS>)
    target_compile_definitions(mente_pch PRIVATE $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG>) # as Qt6::Core
    target_link_libraries(mente_pch PRIVATE mente_options)
    target_precompile_headers(mente_pch PRIVATE
        <QByteArray> <QDateTime> <QDir> <QElapsedTimer> <QFile> <QHash> <QHostAddress> <QJsonArray>
        <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QLoggingCategory> <QMap> <QObject>
        <QPointer> <QSet> <QString> <QStringList> <QTimer> <QUrl> <QVariant>
        <algorithm> <functional> <memory> <optional> <utility> <vector>)
    # ccache takes a compile that uses a precompiled header only with this sloppiness.
    if(CMAKE_CXX_COMPILER_LAUNCHER)
        set(CMAKE_CXX_COMPILER_LAUNCHER
            "${CMAKE_COMMAND};-E;env;CCACHE_SLOPPINESS=pch_defines,time_macros;${CMAKE_CXX_COMPILER_LAUNCHER}")
    endif()
endif()

# Every C++ target below DIR that links mente_options (ours, not Qt's or GTest's) reuses mente_pch.
function(mente_reuse_pch dir)
    if(NOT MENTE_PCH)
        return()
    endif()
    get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$"
           OR target STREQUAL "mente_pch")
            continue()
        endif()
        get_target_property(libs ${target} LINK_LIBRARIES)
        get_target_property(skip ${target} MENTE_NO_PCH)
        if(libs AND "mente_options" IN_LIST libs AND NOT skip)
            target_precompile_headers(${target} REUSE_FROM mente_pch)
        endif()
    endforeach()
    get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
    foreach(subdir IN LISTS subdirs)
        mente_reuse_pch("${subdir}")
    endforeach()
endfunction()
