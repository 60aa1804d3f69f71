# SPDX-License-Identifier: GPL-3.0-or-later
# Two Debian packages from one build, one CPack component each: "box" (mente-box: the daemon as a
# hardened non-root systemd service) and "console" (mente-console: the desktop program). CI's
# tests/integration/package/ builds, installs, checks and purges the box's.
include(GNUInstallDirs)
set(MENTE_DEB_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(MENTE_DEB_STAGE "${PROJECT_BINARY_DIR}/installer/debian")
file(MAKE_DIRECTORY "${MENTE_DEB_STAGE}")

# changelog.gz per package (a native package: lintian wants one, compressed with -9n).
function(mente_deb_changelog package component)
    set(PACKAGE "${package}")
    set(VERSION "${PROJECT_VERSION}")
    configure_file("${MENTE_DEB_DIR}/changelog.in" "${MENTE_DEB_STAGE}/${package}/changelog" @ONLY)
    execute_process(COMMAND gzip -9nf "${MENTE_DEB_STAGE}/${package}/changelog" COMMAND_ERROR_IS_FATAL ANY)
    install(FILES "${MENTE_DEB_STAGE}/${package}/changelog.gz" "${MENTE_DEB_DIR}/copyright"
            DESTINATION share/doc/${package} COMPONENT ${component})
endfunction()

function(mente_deb_manpage page section component)
    execute_process(COMMAND gzip -9nc "${MENTE_DEB_DIR}/${page}.${section}"
                    OUTPUT_FILE "${MENTE_DEB_STAGE}/${page}.${section}.gz" COMMAND_ERROR_IS_FATAL ANY)
    install(FILES "${MENTE_DEB_STAGE}/${page}.${section}.gz" DESTINATION share/man/man${section}
            COMPONENT ${component})
endfunction()

set(CPACK_GENERATOR "DEB")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://mente.invalid/")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_COMPONENTS_ALL "")

if(MENTE_BUILD_BOX)
    list(APPEND CPACK_COMPONENTS_ALL box)
    # The unit, the polkit rule that lets the service user reload networkd and switch the power,
    # the default config (a conffile) and the link that makes systemd-networkd read the file the
    # setup page writes (docs/packaging.md).
    install(FILES "${MENTE_DEB_DIR}/mente-box.service" DESTINATION /lib/systemd/system COMPONENT box)
    install(FILES "${MENTE_DEB_DIR}/60-mente-box.rules" DESTINATION share/polkit-1/rules.d COMPONENT box)
    # Shipped 0644 (it holds no secret); postinst makes it 0640 root:mente-box.
    install(FILES "${MENTE_DEB_DIR}/box.conf" DESTINATION /etc/mente-box COMPONENT box)
    file(CREATE_LINK ../../mente-box/network/50-mente.network "${MENTE_DEB_STAGE}/50-mente.network" SYMBOLIC)
    install(FILES "${MENTE_DEB_STAGE}/50-mente.network" DESTINATION /etc/systemd/network COMPONENT box)
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/docs/configuration.md"
                  "${PROJECT_SOURCE_DIR}/docs/packaging.md" "${PROJECT_SOURCE_DIR}/docs/openapi.yaml"
            DESTINATION share/doc/mente-box COMPONENT box)
    mente_deb_changelog(mente-box box)
    mente_deb_manpage(mente-box 8 box)

    string(CONCAT CPACK_DEBIAN_BOX_DESCRIPTION
        "The Mente box finds and watches the devices of the LAN it stands in, keeps\n"
        "their state history and mails the customer and the support staff when\n"
        "something breaks. It answers the Mente console over an HTTPS JSON API and\n"
        "serves a setup page. It runs as the system user mente-box with CAP_NET_RAW\n"
        "and CAP_NET_BIND_SERVICE only.")
    set(CPACK_DEBIAN_BOX_PACKAGE_NAME "mente-box")
    set(CPACK_DEBIAN_BOX_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_BOX_PACKAGE_SHLIBDEPS ON)
    # Run-time needs shlibdeps cannot see: the SQLite driver (a Qt plugin), the OUI list, the user
    # made by postinst, the service helpers, and polkit for the setup page's network and power.
    set(CPACK_DEBIAN_BOX_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, ieee-data, adduser, init-system-helpers (>= 1.54~), polkitd")
    set(CPACK_DEBIAN_BOX_PACKAGE_RECOMMENDS "systemd")
    set(CPACK_DEBIAN_BOX_PACKAGE_CONTROL_EXTRA
        "${MENTE_DEB_DIR}/postinst;${MENTE_DEB_DIR}/prerm;${MENTE_DEB_DIR}/postrm;${MENTE_DEB_DIR}/conffiles")
    set(CPACK_DEBIAN_BOX_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

if(MENTE_BUILD_CONSOLE AND TARGET mente-console)
    list(APPEND CPACK_COMPONENTS_ALL console)
    set(MENTE_APP_ID "jp.mente.Console")
    install(FILES "${PROJECT_SOURCE_DIR}/installer/linux/${MENTE_APP_ID}.desktop"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT console)
    # The metainfo's <release> carries the project's version.
    configure_file("${PROJECT_SOURCE_DIR}/installer/linux/${MENTE_APP_ID}.metainfo.xml.in"
                   "${MENTE_DEB_STAGE}/${MENTE_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${MENTE_DEB_STAGE}/${MENTE_APP_ID}.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT console)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/mente-console.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${MENTE_APP_ID}.svg
            COMPONENT console)
    foreach(size 16 32 48 64 128 256)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/png/mente-console-${size}.png"
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${MENTE_APP_ID}.png COMPONENT console)
    endforeach()
    mente_deb_changelog(mente-console console)
    mente_deb_manpage(mente-console 1 console)
    mente_deb_manpage(mente-askpass 1 console)

    string(CONCAT CPACK_DEBIAN_CONSOLE_DESCRIPTION
        "The Mente console shows every customer's Mente box and its devices, raises a\n"
        "tray notification on every fault and opens remote sessions to a customer's\n"
        "devices. Passwords and tokens are kept in the desktop's keyring.")
    set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME "mente-console")
    set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_CONSOLE_PACKAGE_SHLIBDEPS ON)
    # Qt's platform plugins and SQLite driver are plugins: shlibdeps cannot see them.
    set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
    # Qt's own Japanese (standard buttons) and a Secret Service for the keyring.
    set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
endif()
