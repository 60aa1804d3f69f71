# SPDX-License-Identifier: GPL-3.0-or-later
# The store: the box's SQLite database, its migrations, and one repository per table (the
# table's only writer), plus read-only queries for the report and the metrics. No SQL outside
# this folder (tests/unit/store checks it).
target_sources(mente_box_store PRIVATE
    store/AuditLog.cpp store/AuditLog.h
    store/BoxRunLog.cpp store/BoxRunLog.h
    store/Database.cpp store/Database.h
    store/DeviceRows.cpp store/DeviceRows.h
    store/DeviceStore.cpp store/DeviceStore.h
    store/DiscoveryRunStore.cpp store/DiscoveryRunStore.h
    store/EventLog.cpp store/EventLog.h
    store/FaultEpisodeStore.cpp store/FaultEpisodeStore.h
    store/InquiryStore.cpp store/InquiryStore.h
    store/LoginFailureStore.cpp store/LoginFailureStore.h
    store/MetaStore.cpp store/MetaStore.h
    store/MetricsQueries.cpp store/MetricsQueries.h
    store/Migrations.cpp store/Migrations.h
    store/MuteStore.cpp store/MuteStore.h
    store/OperatorStore.cpp store/OperatorStore.h
    store/OutboxStore.cpp store/OutboxStore.h
    store/ReportQueries.cpp store/ReportQueries.h
    store/ReportStore.cpp store/ReportStore.h
    store/ScanStore.cpp store/ScanStore.h
    store/SessionStore.cpp store/SessionStore.h
    store/SshKeyStore.cpp store/SshKeyStore.h
    store/StoreLogging.cpp store/StoreLogging.h
    store/TunnelKeyDirectory.cpp store/TunnelKeyDirectory.h)
# The only module that links Qt's SQL, and PRIVATE: no header of the store shows a QSql type, so
# the modules above cannot speak SQL (tests that look into a database link Qt6::Sql themselves).
target_link_libraries(mente_box_store PRIVATE Qt6::Sql)
