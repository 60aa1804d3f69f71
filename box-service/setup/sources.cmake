# SPDX-License-Identifier: GPL-3.0-or-later
find_package(Qt6 6.4 REQUIRED COMPONENTS DBus LinguistTools)
# AvahiAnnouncer: avahi-daemon's D-Bus API (PUBLIC: AvahiAnnouncer.h shows QDBusConnection).
target_link_libraries(mente_box_setup PUBLIC Qt6::DBus PRIVATE PkgConfig::SODIUM)

target_sources(mente_box_setup PRIVATE
    setup/AvahiAnnouncer.cpp setup/AvahiAnnouncer.h
    setup/CsrfGuard.cpp setup/CsrfGuard.h
    setup/ErrorText.cpp setup/ErrorText.h
    setup/FallbackAddress.cpp setup/FallbackAddress.h
    setup/FallbackMethod.h
    setup/FirstBoot.cpp setup/FirstBoot.h
    setup/FormBody.cpp setup/FormBody.h
    setup/HtmlPage.cpp setup/HtmlPage.h
    setup/IpConfigurator.cpp setup/IpConfigurator.h
    setup/IpFallback.cpp setup/IpFallback.h
    setup/LicensePage.cpp setup/LicensePage.h
    setup/MailForm.cpp setup/MailForm.h
    setup/MailPage.cpp setup/MailPage.h
    setup/MailTestResult.cpp setup/MailTestResult.h
    setup/NetworkChange.cpp setup/NetworkChange.h
    setup/NetworkConfigurator.h
    setup/NetworkPage.cpp setup/NetworkPage.h
    setup/NetworkSettings.cpp setup/NetworkSettings.h
    setup/NetworkdConfigurator.cpp setup/NetworkdConfigurator.h
    setup/NetworkdFallback.cpp setup/NetworkdFallback.h
    setup/PasswordPage.cpp setup/PasswordPage.h
    setup/PowerControl.cpp setup/PowerControl.h
    setup/PowerPage.cpp setup/PowerPage.h
    setup/ProcessLauncher.cpp setup/ProcessLauncher.h
    setup/ProxyPage.cpp setup/ProxyPage.h
    setup/ProxySettings.cpp setup/ProxySettings.h
    setup/ProxyTester.cpp setup/ProxyTester.h
    setup/RegistrationPage.cpp setup/RegistrationPage.h
    setup/SetupEnv.h
    setup/SetupGuard.cpp setup/SetupGuard.h
    setup/SetupHttp.h
    setup/SetupLanguage.cpp setup/SetupLanguage.h
    setup/SetupServer.cpp setup/SetupServer.h
    setup/TopPage.cpp setup/TopPage.h)

# The setup page's Japanese comes from the project's one catalogue, translations/mente_ja.ts (the
# console's CMake runs lupdate over box-service/setup/ too); compiled into the box as :/i18n/mente_ja.qm.
qt_add_lrelease(mente_box_setup
    TS_FILES "${PROJECT_SOURCE_DIR}/translations/mente_ja.ts"
    QM_FILES_OUTPUT_VARIABLE MENTE_BOX_QM_FILES)
qt_add_resources(mente_box_setup "mente_box_translations"
    PREFIX "/i18n"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${MENTE_BOX_QM_FILES})
