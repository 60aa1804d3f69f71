// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrations.h"

namespace mente::box {

namespace {
QString sql(const char *text) { return QString::fromUtf8(text); }
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {QStringLiteral("core: meta, operators, sessions, audit, devices, ports, events"),
         {
             sql("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             sql("CREATE TABLE operators ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " grp TEXT NOT NULL DEFAULT '', admin INTEGER NOT NULL DEFAULT 0,"
                 " name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',"
                 " receives_fault_mail INTEGER NOT NULL DEFAULT 0, phone TEXT NOT NULL DEFAULT '',"
                 " login TEXT NOT NULL, password_hash TEXT NOT NULL,"
                 " enabled INTEGER NOT NULL DEFAULT 1, language TEXT NOT NULL DEFAULT 'ja',"
                 " must_change_password INTEGER NOT NULL DEFAULT 0,"
                 " created_at TEXT NOT NULL, removed_at TEXT)"),
             sql("CREATE UNIQUE INDEX operators_login ON operators(login) WHERE removed_at IS NULL"),
             sql("CREATE TABLE sessions ("
                 " token_hash TEXT PRIMARY KEY, operator_id INTEGER NOT NULL REFERENCES operators(id),"
                 " created_at TEXT NOT NULL, expires_at TEXT NOT NULL, address TEXT NOT NULL DEFAULT '')"),
             sql("CREATE INDEX sessions_operator ON sessions(operator_id)"),
             sql("CREATE TABLE audit ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
                 " operator_id INTEGER, login TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',"
                 " action TEXT NOT NULL, target TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')"),
             sql("CREATE TABLE devices ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT, ip TEXT NOT NULL UNIQUE,"
                 " mac TEXT NOT NULL DEFAULT '', hostname TEXT NOT NULL DEFAULT '', vendor TEXT NOT NULL DEFAULT '',"
                 " name TEXT NOT NULL DEFAULT '', memo TEXT NOT NULL DEFAULT '',"
                 " monitor INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'unknown',"
                 " access_url TEXT NOT NULL DEFAULT '', access_user TEXT NOT NULL DEFAULT '',"
                 " report_url TEXT NOT NULL DEFAULT '', report_user TEXT NOT NULL DEFAULT '',"
                 " first_seen TEXT, last_seen TEXT, missed_sweeps INTEGER NOT NULL DEFAULT 0,"
                 " gone INTEGER NOT NULL DEFAULT 0, manual INTEGER NOT NULL DEFAULT 0)"),
             sql("CREATE TABLE ports ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,"
                 " port INTEGER NOT NULL, protocol TEXT NOT NULL DEFAULT '',"
                 " monitor INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'unknown',"
                 " banner TEXT NOT NULL DEFAULT '', manual INTEGER NOT NULL DEFAULT 0,"
                 " UNIQUE(device_id, port))"),
             sql("CREATE TABLE events ("
                 " seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, kind TEXT NOT NULL,"
                 " target_id INTEGER NOT NULL DEFAULT 0, from_state TEXT NOT NULL DEFAULT '',"
                 " to_state TEXT NOT NULL DEFAULT '', cause TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')"),
         }},
        {QStringLiteral("inquiry log"),
         {
             sql("CREATE TABLE inquiries ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT, day TEXT NOT NULL, operator_name TEXT NOT NULL DEFAULT '',"
                 " channel TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL DEFAULT '',"
                 " status TEXT NOT NULL DEFAULT 'open', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
         }},
        {QStringLiteral("mail: outbox, fault mail episodes"),
         {
             // One row per mail and recipient; the MIME text is made when the mail is queued,
             // in the transaction of what caused it, so a restart or an SMTP outage loses nothing.
             sql("CREATE TABLE outbox ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL,"
                 " kind TEXT NOT NULL, language TEXT NOT NULL DEFAULT 'ja',"
                 " mail_from TEXT NOT NULL, recipients TEXT NOT NULL, subject TEXT NOT NULL,"
                 " message TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'queued',"
                 " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL,"
                 " last_error TEXT NOT NULL DEFAULT '', sent_at TEXT, event_seq INTEGER)"),
             sql("CREATE INDEX outbox_due ON outbox(state, next_attempt_at)"),
             // A fault that was mailed and has not recovered yet: repeated every repeat_min.
             sql("CREATE TABLE fault_mail_episodes ("
                 " kind TEXT NOT NULL, target_id INTEGER NOT NULL, started_at TEXT NOT NULL,"
                 " last_mailed_at TEXT NOT NULL, event_seq INTEGER NOT NULL, cause TEXT NOT NULL DEFAULT '',"
                 " PRIMARY KEY(kind, target_id))"),
         }},
        {QStringLiteral("scan: scans, discovery runs"),
         {
             sql("CREATE TABLE scans ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,"
                 " state TEXT NOT NULL, ports_spec TEXT NOT NULL DEFAULT '',"
                 " ports_done INTEGER NOT NULL DEFAULT 0, ports_total INTEGER NOT NULL DEFAULT 0,"
                 " open_ports TEXT NOT NULL DEFAULT '[]', omitted INTEGER NOT NULL DEFAULT 0,"
                 " method TEXT NOT NULL DEFAULT '',"
                 " error TEXT NOT NULL DEFAULT '',"
                 " started_at TEXT NOT NULL, finished_at TEXT)"),
             sql("CREATE INDEX scans_device ON scans(device_id)"),
             sql("CREATE TABLE discovery_runs ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT, state TEXT NOT NULL,"
                 " trigger_kind TEXT NOT NULL DEFAULT '', methods TEXT NOT NULL DEFAULT '',"
                 " cidrs TEXT NOT NULL DEFAULT '', hosts_done INTEGER NOT NULL DEFAULT 0,"
                 " hosts_total INTEGER NOT NULL DEFAULT 0, found INTEGER NOT NULL DEFAULT 0,"
                 " added INTEGER NOT NULL DEFAULT 0, gone INTEGER NOT NULL DEFAULT 0,"
                 " error TEXT NOT NULL DEFAULT '', started_at TEXT NOT NULL, finished_at TEXT)"),
         }},
        {QStringLiteral("monitor: per-target check settings and results, acks, flapping, mutes"),
         {
             sql("ALTER TABLE devices ADD COLUMN interval_s INTEGER"),
             sql("ALTER TABLE devices ADD COLUMN timeout_ms INTEGER"),
             sql("ALTER TABLE devices ADD COLUMN retries INTEGER"),
             sql("ALTER TABLE devices ADD COLUMN recoveries INTEGER"),
             sql("ALTER TABLE devices ADD COLUMN acknowledged INTEGER NOT NULL DEFAULT 0"),
             sql("ALTER TABLE devices ADD COLUMN flapping INTEGER NOT NULL DEFAULT 0"),
             sql("ALTER TABLE devices ADD COLUMN last_check TEXT"),
             sql("ALTER TABLE devices ADD COLUMN latency_ms INTEGER"),
             sql("ALTER TABLE devices ADD COLUMN cause TEXT NOT NULL DEFAULT ''"),
             sql("ALTER TABLE devices ADD COLUMN check_method TEXT NOT NULL DEFAULT ''"),
             sql("ALTER TABLE devices ADD COLUMN state_since TEXT"),
             sql("ALTER TABLE ports ADD COLUMN interval_s INTEGER"),
             sql("ALTER TABLE ports ADD COLUMN timeout_ms INTEGER"),
             sql("ALTER TABLE ports ADD COLUMN retries INTEGER"),
             sql("ALTER TABLE ports ADD COLUMN recoveries INTEGER"),
             sql("ALTER TABLE ports ADD COLUMN acknowledged INTEGER NOT NULL DEFAULT 0"),
             sql("ALTER TABLE ports ADD COLUMN flapping INTEGER NOT NULL DEFAULT 0"),
             sql("ALTER TABLE ports ADD COLUMN last_check TEXT"),
             sql("ALTER TABLE ports ADD COLUMN latency_ms INTEGER"),
             sql("ALTER TABLE ports ADD COLUMN cause TEXT NOT NULL DEFAULT ''"),
             sql("ALTER TABLE ports ADD COLUMN check_method TEXT NOT NULL DEFAULT ''"),
             sql("ALTER TABLE ports ADD COLUMN state_since TEXT"),
             sql("CREATE TABLE mutes ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, target_id INTEGER NOT NULL DEFAULT 0,"
                 " until TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL DEFAULT '',"
                 " reason TEXT NOT NULL DEFAULT '')"),
             sql("CREATE INDEX mutes_target ON mutes(kind, target_id)"),
             sql("CREATE INDEX events_kind ON events(kind)"),
         }},
        {QStringLiteral("reports: monthly reports, box runs"),
         {
             // One kept report per month (F10): its JSON as built; a rebuild replaces the row.
             sql("CREATE TABLE reports ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT, month TEXT NOT NULL UNIQUE,"
                 " built_at TEXT NOT NULL, partial INTEGER NOT NULL DEFAULT 0,"
                 " body TEXT NOT NULL, sent_at TEXT)"),
             // Each start of the box, its last sign of life and its clean stop: the gaps between
             // runs are the times the box was down, unknown for every target.
             sql("CREATE TABLE box_runs ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL,"
                 " alive_at TEXT NOT NULL, stopped_at TEXT)"),
         }},
        {QStringLiteral("tunnel: operators' SSH public keys"),
         {
             // A key logs in one operator only, so a fingerprint is unique across operators.
             sql("CREATE TABLE ssh_keys ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " operator_id INTEGER NOT NULL REFERENCES operators(id),"
                 " type TEXT NOT NULL, blob TEXT NOT NULL, fingerprint TEXT NOT NULL UNIQUE,"
                 " comment TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, last_used_at TEXT)"),
             sql("CREATE INDEX ssh_keys_operator ON ssh_keys(operator_id)"),
         }},
        {QStringLiteral("discovery: devices new on the LAN until looked at"),
         {
             sql("ALTER TABLE devices ADD COLUMN is_new INTEGER NOT NULL DEFAULT 0"),
             sql("CREATE INDEX devices_mac ON devices(mac)"),
         }},
        {QStringLiteral("auth: failed logins per login ID and per address, kept across restarts"),
         {
             // key_hash is the SHA-256 of the login ID or address, never the text typed.
             sql("CREATE TABLE login_failures ("
                 " scope TEXT NOT NULL, key_hash TEXT NOT NULL, failures INTEGER NOT NULL,"
                 " last_failure_ms INTEGER NOT NULL, locked_until_ms INTEGER,"
                 " PRIMARY KEY(scope, key_hash))"),
         }},
        // Append new steps here; never edit a step above.
    };
    return steps;
}

} // namespace mente::box
