# SPDX-License-Identifier: GPL-3.0-or-later
# The console's Windows installer (NSIS through CPack). windeployqt copies the Qt runtime next to
# mente-console.exe at install time; QtKeychain uses the Windows Credential Manager there.
find_program(WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
if(WINDEPLOYQT AND TARGET mente-console)
    install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --no-translations --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\$<TARGET_FILE:mente-console>\")")
endif()
set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Mente")
set(CPACK_NSIS_DISPLAY_NAME "Mente console")
set(CPACK_NSIS_PACKAGE_NAME "Mente console")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Mente.lnk' '$INSTDIR\\\\bin\\\\mente-console.exe'")
set(CPACK_PACKAGE_EXECUTABLES "mente-console" "Mente console")
