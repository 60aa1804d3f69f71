# SPDX-License-Identifier: GPL-3.0-or-later
# F9 mails: the outbox, MIME, templates, SMTP through libcurl, the fault-mail rules.
pkg_check_modules(CURL REQUIRED IMPORTED_TARGET libcurl)
target_link_libraries(mente_box_notify PRIVATE PkgConfig::CURL)
target_sources(mente_box_notify PRIVATE
    notify/FaultMailer.cpp notify/FaultMailer.h
    notify/MailComposer.cpp notify/MailComposer.h
    notify/MailConfigFile.cpp notify/MailConfigFile.h
    notify/MailDispatcher.cpp notify/MailDispatcher.h
    notify/MailMessage.h
    notify/MailSettingsService.cpp notify/MailSettingsService.h
    notify/MailTemplates.cpp notify/MailTemplates.h
    notify/MailTestSender.cpp notify/MailTestSender.h
    notify/MailTransport.h
    notify/MimeBuilder.cpp notify/MimeBuilder.h
    notify/NewDeviceMailer.cpp notify/NewDeviceMailer.h
    notify/Outbox.cpp notify/Outbox.h
    notify/OutboxService.cpp notify/OutboxService.h
    notify/RegistrationMailQueue.h
    notify/RegistrationMailer.cpp notify/RegistrationMailer.h
    notify/SmtpTransport.cpp notify/SmtpTransport.h)

# The texts of the mails the box sends (resources/mail/<language>/*.txt), built in as :/mail/<language>/<name>.txt.
set(MENTE_MAIL_DIR "${PROJECT_SOURCE_DIR}/resources/mail")
file(GLOB MENTE_MAIL_FILES CONFIGURE_DEPENDS "${MENTE_MAIL_DIR}/*/*.txt")
set(MENTE_MAIL_ALIASES "")
foreach(file IN LISTS MENTE_MAIL_FILES)
    file(RELATIVE_PATH rel "${MENTE_MAIL_DIR}" "${file}")
    set_source_files_properties("${file}" PROPERTIES QT_RESOURCE_ALIAS "${rel}")
endforeach()
qt_add_resources(mente_box_notify mente_mail_templates PREFIX "/mail" FILES ${MENTE_MAIL_FILES})
