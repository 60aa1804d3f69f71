# SPDX-License-Identifier: GPL-3.0-or-later
# Packages, all with the one version from project() in the top CMakeLists.txt:
#   Linux:   `cpack -G DEB` makes mente-box_VERSION_ARCH.deb and mente-console_VERSION_ARCH.deb
#            (installer/debian/DebianPackages.cmake; docs/packaging.md);
#   Windows: `cpack -G NSIS` makes the console's installer (installer/windows/ConsoleInstaller.cmake;
#            docs/BUILD-WINDOWS.md).
set(CPACK_PACKAGE_NAME "mente")
set(CPACK_PACKAGE_VENDOR "Mente")
set(CPACK_PACKAGE_CONTACT "Mente developers <dev@mente.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# The synopsis of both Debian packages (CPack puts it before each one's description).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/debian/DebianPackages.cmake")
elseif(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/ConsoleInstaller.cmake")
endif()
include(CPack)
