# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build dir makes mente-box_VERSION_amd64.deb (daemon, systemd unit, default
# config); on Windows `cpack -G NSIS` makes the console's installer.
set(CPACK_PACKAGE_NAME "mente")
set(CPACK_PACKAGE_VENDOR "Mente")
set(CPACK_PACKAGE_CONTACT "Mente developers <dev@mente.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")

if(UNIX AND NOT APPLE AND MENTE_BUILD_BOX)
    include(GNUInstallDirs)
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/debian/mente-box.service" DESTINATION lib/systemd/system COMPONENT box)
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/debian/box.conf" DESTINATION /etc/mente-box COMPONENT box)
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/docs/configuration.md"
                  "${PROJECT_SOURCE_DIR}/docs/openapi.yaml"
            DESTINATION share/doc/mente-box COMPONENT box)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_COMPONENTS_ALL box)
    set(CPACK_DEBIAN_BOX_PACKAGE_NAME "mente-box")
    set(CPACK_DEBIAN_BOX_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_BOX_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_BOX_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_BOX_PACKAGE_DEPENDS "libqt6sql6-sqlite, ieee-data")
    set(CPACK_DEBIAN_BOX_PACKAGE_CONTROL_EXTRA
        "${CMAKE_CURRENT_LIST_DIR}/debian/postinst;${CMAKE_CURRENT_LIST_DIR}/debian/prerm;${CMAKE_CURRENT_LIST_DIR}/debian/conffiles")
    set(CPACK_DEBIAN_BOX_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
elseif(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/ConsoleInstaller.cmake")
endif()
include(CPack)
