# SPDX-License-Identifier: GPL-3.0-or-later
# The console's Windows installer: `cpack -G NSIS` in the build dir (docs/BUILD-WINDOWS.md).
# At install time (cpack stages an install) windeployqt copies the Qt runtime next to
# mente-console.exe, with Qt's own Japanese and English translations (the standard buttons of
# dialogs); CMake's runtime-dependency scan copies the other DLLs the program links (QtKeychain,
# libssh and what they need, from vcpkg). QtKeychain keeps secrets in the Windows Credential Manager.
if(NOT TARGET mente-console)
    return()
endif()

# The program's icon and version resource.
set(MENTE_ICON_FILE "${PROJECT_SOURCE_DIR}/resources/icons/mente-console.ico")
file(TO_CMAKE_PATH "${MENTE_ICON_FILE}" MENTE_ICON_FILE)
configure_file("${CMAKE_CURRENT_LIST_DIR}/mente-console.rc.in" "${PROJECT_BINARY_DIR}/installer/mente-console.rc" @ONLY)
target_sources(mente-console PRIVATE "${PROJECT_BINARY_DIR}/installer/mente-console.rc")

install(FILES "${CMAKE_CURRENT_LIST_DIR}/qt.conf" DESTINATION bin COMPONENT console)

# Where this Qt keeps its tools and translations, as its qmake tells.
get_target_property(MENTE_QMAKE Qt6::qmake LOCATION)
get_filename_component(MENTE_QT_BIN "${MENTE_QMAKE}" DIRECTORY)
find_program(MENTE_WINDEPLOYQT windeployqt HINTS "${MENTE_QT_BIN}" REQUIRED)
execute_process(COMMAND "${MENTE_QMAKE}" -query QT_INSTALL_TRANSLATIONS
                OUTPUT_VARIABLE MENTE_QT_TRANSLATIONS OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
file(TO_CMAKE_PATH "${MENTE_QT_TRANSLATIONS}" MENTE_QT_TRANSLATIONS)
set(MENTE_RUNTIME_DIRS "${MENTE_QT_BIN}")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND MENTE_RUNTIME_DIRS "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()

# DeployConsole.cmake runs at install time with these (the install script shares one scope).
install(CODE "set(MENTE_WINDEPLOYQT [[${MENTE_WINDEPLOYQT}]])
set(MENTE_QT_TRANSLATIONS [[${MENTE_QT_TRANSLATIONS}]])
set(MENTE_RUNTIME_DIRS [[${MENTE_RUNTIME_DIRS}]])" COMPONENT console)
install(SCRIPT "${CMAKE_CURRENT_LIST_DIR}/DeployConsole.cmake" COMPONENT console)

set(CPACK_GENERATOR "NSIS")
set(CPACK_COMPONENTS_ALL console)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Mente")
set(CPACK_PACKAGE_FILE_NAME "mente-console-${PROJECT_VERSION}-win64")
set(CPACK_NSIS_DISPLAY_NAME "Mente console ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "Mente console")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${MENTE_ICON_FILE}")
set(CPACK_NSIS_MUI_UNIICON "${MENTE_ICON_FILE}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mente-console.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "mente-console.exe")
# Start menu: "Mente console" (from CPACK_PACKAGE_EXECUTABLES) and the uninstaller.
set(CPACK_PACKAGE_EXECUTABLES "mente-console" "Mente console")
set(CPACK_NSIS_MENU_LINKS "https://mente.invalid/" "Mente on the web")
