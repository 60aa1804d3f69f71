# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(mente_box_store PRIVATE
    store/AuditLog.cpp store/AuditLog.h
    store/Database.cpp store/Database.h
    store/DeviceStore.cpp store/DeviceStore.h
    store/EventLog.cpp store/EventLog.h
    store/InquiryStore.cpp store/InquiryStore.h
    store/MetaStore.cpp store/MetaStore.h
    store/Migrations.cpp store/Migrations.h
    store/OperatorStore.cpp store/OperatorStore.h
    store/BoxRunLog.cpp store/BoxRunLog.h
    store/ReportStore.cpp store/ReportStore.h
    store/SessionStore.cpp store/SessionStore.h
    store/SshKeyStore.cpp store/SshKeyStore.h)
# The only module that links Qt's SQL: PUBLIC while Database.h and EventLog.h show QSqlQuery to the
# modules above (and while cmake/MenteLayers.cmake still excuses SQL outside store/).
target_link_libraries(mente_box_store PUBLIC Qt6::Sql)
