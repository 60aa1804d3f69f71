# SPDX-License-Identifier: GPL-3.0-or-later
# Install-time step of the console's Windows installer (ConsoleInstaller.cmake sets MENTE_WINDEPLOYQT,
# MENTE_QT_TRANSLATIONS and MENTE_RUNTIME_DIRS): the Qt runtime with Qt's Japanese and English
# translations, then every other DLL mente-console.exe links (QtKeychain, libssh, OpenSSL, zlib …).
set(bin "${CMAKE_INSTALL_PREFIX}/bin")
set(exe "${bin}/mente-console.exe")
if(NOT EXISTS "${exe}")
    message(FATAL_ERROR "DeployConsole: ${exe} is not installed")
endif()

execute_process(COMMAND "${MENTE_WINDEPLOYQT}" --release --no-compiler-runtime --translations ja,en
                        --dir "${bin}" "${exe}"
                COMMAND_ERROR_IS_FATAL ANY)

# windeployqt writes translations/qt_ja.qm (a catalogue of all Qt modules); the console's
# LanguageManager loads qtbase_LANG.qm from QLibraryInfo's translations path, which qt.conf sets
# to bin/translations: put qtbase's own files there too.
foreach(lang ja en)
    set(qm "${MENTE_QT_TRANSLATIONS}/qtbase_${lang}.qm")
    if(EXISTS "${qm}")
        file(INSTALL "${qm}" DESTINATION "${bin}/translations")
    endif()
endforeach()
if(NOT EXISTS "${bin}/translations/qtbase_ja.qm")
    message(FATAL_ERROR "DeployConsole: qtbase_ja.qm is missing (the Qt used has no translations)")
endif()

# The DLLs that are not Qt's (windeployqt copies Qt's): found in Qt's bin and vcpkg's bin.
file(GET_RUNTIME_DEPENDENCIES
     EXECUTABLES "${exe}"
     RESOLVED_DEPENDENCIES_VAR deps
     UNRESOLVED_DEPENDENCIES_VAR missing
     DIRECTORIES ${MENTE_RUNTIME_DIRS}
     PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
     POST_EXCLUDE_REGEXES "[Ss]ystem32" "[Ss]ys[Ww][Oo][Ww]64")
if(missing)
    message(FATAL_ERROR "DeployConsole: DLLs not found for mente-console.exe: ${missing}")
endif()
foreach(dll IN LISTS deps)
    file(INSTALL "${dll}" DESTINATION "${bin}")
endforeach()
message(STATUS "DeployConsole: Qt runtime, translations and ${deps}")
