<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>mente::console::AddBoxDialog</name>
    <message>
        <source>Add a box</source>
        <translation>Add a box</translation>
    </message>
    <message>
        <source>https://192.168.1.20:8443</source>
        <translation>https://192.168.1.20:8443</translation>
    </message>
    <message>
        <source>Box address:</source>
        <translation>Box address:</translation>
    </message>
    <message>
        <source>Login ID:</source>
        <translation>Login ID:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (serial %2)</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changing the password…</translation>
    </message>
</context>
<context>
    <name>mente::console::ApiReply</name>
    <message>
        <source>The box presented a different certificate (%1). The connection was refused.</source>
        <translation>The box presented a different certificate (%1). The connection was refused.</translation>
    </message>
    <message>
        <source>The box answered HTTP %1.</source>
        <translation>The box answered HTTP %1.</translation>
    </message>
</context>
<context>
    <name>mente::console::BoxClient</name>
    <message>
        <source>No password is stored for this box: log in again.</source>
        <translation>No password is stored for this box: log in again.</translation>
    </message>
</context>
<context>
    <name>mente::console::BoxEnrolment</name>
    <message>
        <source>The login ID is required.</source>
        <translation>The login ID is required.</translation>
    </message>
    <message>
        <source>The password is required.</source>
        <translation>The password is required.</translation>
    </message>
    <message>
        <source>The certificate was not trusted; the box was not added.</source>
        <translation>The certificate was not trusted; the box was not added.</translation>
    </message>
    <message>
        <source>The box refused this login ID or password.</source>
        <translation>The box refused this login ID or password.</translation>
    </message>
    <message>
        <source>Adding the box was cancelled.</source>
        <translation>Adding the box was cancelled.</translation>
    </message>
</context>
<context>
    <name>mente::console::BoxInfoPage</name>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <source>Address mode</source>
        <translation>Address mode</translation>
    </message>
    <message>
        <source>Local IP</source>
        <translation>Local IP</translation>
    </message>
    <message>
        <source>Global IP</source>
        <translation>Global IP</translation>
    </message>
    <message>
        <source>Sub-domain</source>
        <translation>Sub-domain</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH port</translation>
    </message>
    <message>
        <source>VPN hub</source>
        <translation>VPN hub</translation>
    </message>
    <message>
        <source>VPN user</source>
        <translation>VPN user</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>The box records in its audit log that the password was shown.</source>
        <translation>The box records in its audit log that the password was shown.</translation>
    </message>
    <message>
        <source>VPN password</source>
        <translation>VPN password</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Software version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>The box sent details the console cannot read (%1).</source>
        <translation>The box sent details the console cannot read (%1).</translation>
    </message>
    <message>
        <source>static</source>
        <translation>static</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 h %3 min</translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation>(none set)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>mente::console::BoxLink</name>
    <message>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
    <message>
        <source>The box sent a status the console cannot read (%1).</source>
        <translation>The box sent a status the console cannot read (%1).</translation>
    </message>
</context>
<context>
    <name>mente::console::BoxWindow</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>mente::console::CertificateProbe</name>
    <message>
        <source>The address does not speak HTTPS.</source>
        <translation>The address does not speak HTTPS.</translation>
    </message>
</context>
<context>
    <name>mente::console::ChangePasswordDialog</name>
    <message>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>The box still uses its initial password for %1. Choose a new one before doing anything else.</source>
        <translation>The box still uses its initial password for %1. Choose a new one before doing anything else.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repeat it:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation>New password: %1</translation>
    </message>
</context>
<context>
    <name>mente::console::ConsoleApplication</name>
    <message>
        <source>Cannot open the console database %1: %2</source>
        <translation>Cannot open the console database %1: %2</translation>
    </message>
</context>
<context>
    <name>mente::console::CustomerPage</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Company (furigana)</source>
        <translation>Company (furigana)</translation>
    </message>
    <message>
        <source>Contact family name</source>
        <translation>Contact family name</translation>
    </message>
    <message>
        <source>Family name (furigana)</source>
        <translation>Family name (furigana)</translation>
    </message>
    <message>
        <source>Contact given name</source>
        <translation>Contact given name</translation>
    </message>
    <message>
        <source>Given name (furigana)</source>
        <translation>Given name (furigana)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>Address 1</translation>
    </message>
    <message>
        <source>Address 1 (furigana)</source>
        <translation>Address 1 (furigana)</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Address 2</translation>
    </message>
    <message>
        <source>Address 2 (furigana)</source>
        <translation>Address 2 (furigana)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Sub-domain</source>
        <translation>Sub-domain</translation>
    </message>
    <message>
        <source>31 means the last day of the month.</source>
        <translation>31 means the last day of the month.</translation>
    </message>
    <message>
        <source>Monthly report day</source>
        <translation>Monthly report day</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Mail language</source>
        <translation>Mail language</translation>
    </message>
    <message>
        <source>The customer receives fault mail</source>
        <translation>The customer receives fault mail</translation>
    </message>
    <message>
        <source>Mail on VPN faults</source>
        <translation>Mail on VPN faults</translation>
    </message>
    <message>
        <source>Mail on box faults</source>
        <translation>Mail on box faults</translation>
    </message>
    <message>
        <source>Mail on device faults</source>
        <translation>Mail on device faults</translation>
    </message>
    <message>
        <source>Fault mails</source>
        <translation>Fault mails</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>mente::console::DeviceEditDialog</name>
    <message>
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unchanged (kept in the keychain)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Access URL</source>
        <translation>Access URL</translation>
    </message>
    <message>
        <source>Access user</source>
        <translation>Access user</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Access password</translation>
    </message>
    <message>
        <source>Report URL</source>
        <translation>Report URL</translation>
    </message>
    <message>
        <source>Report user</source>
        <translation>Report user</translation>
    </message>
    <message>
        <source>Report password</source>
        <translation>Report password</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>none stored</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mente::console::DeviceTreeModel</name>
    <message>
        <source>ON</source>
        <translation>ON</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>OFF</translation>
    </message>
    <message>
        <source>IP / MAC address</source>
        <translation>IP / MAC address</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Access URL / user</source>
        <translation>Access URL / user</translation>
    </message>
    <message>
        <source>Report URL / user</source>
        <translation>Report URL / user</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>mente::console::DevicesPage</name>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Monitor ON</source>
        <translation>Monitor ON</translation>
    </message>
    <message>
        <source>Monitor OFF</source>
        <translation>Monitor OFF</translation>
    </message>
    <message>
        <source>Scan common ports</source>
        <translation>Scan common ports</translation>
    </message>
    <message>
        <source>Scan all ports</source>
        <translation>Scan all ports</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Add device</translation>
    </message>
    <message>
        <source>Select the devices to scan first.</source>
        <translation>Select the devices to scan first.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <source>Scanning… %p%</source>
        <translation>Scanning… %p%</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>The scan failed: %1</translation>
    </message>
</context>
<context>
    <name>mente::console::FieldErrors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mente::console::FleetModel</name>
    <message>
        <source>(not yet known)</source>
        <translation>(not yet known)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>The box presented a different certificate: %1</source>
        <translation>The box presented a different certificate: %1</translation>
    </message>
    <message>
        <source>The box has stopped answering.</source>
        <translation>The box has stopped answering.</translation>
    </message>
    <message>
        <source>Notifications muted until %1</source>
        <translation>Notifications muted until %1</translation>
    </message>
    <message>
        <source>Fault acknowledged</source>
        <translation>Fault acknowledged</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Global IP</source>
        <translation>Global IP</translation>
    </message>
    <message>
        <source>Sub-domain</source>
        <translation>Sub-domain</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Licence key</translation>
    </message>
    <message>
        <source>Licence start</source>
        <translation>Licence start</translation>
    </message>
    <message>
        <source>Licence end</source>
        <translation>Licence end</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Box MAC</source>
        <translation>Box MAC</translation>
    </message>
    <message>
        <source>Address mode</source>
        <translation>Address mode</translation>
    </message>
    <message>
        <source>Local IP</source>
        <translation>Local IP</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH port</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>mente::console::FleetOperatorsDialog</name>
    <message>
        <source>Operators on every box</source>
        <translation>Operators on every box</translation>
    </message>
    <message>
        <source>Create on every box…</source>
        <translation>Create on every box…</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <source>Remove from every box</source>
        <translation>Remove from every box</translation>
    </message>
    <message>
        <source>Login ID:</source>
        <translation>Login ID:</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>working…</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>no such operator</source>
        <translation>no such operator</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
</context>
<context>
    <name>mente::console::InquiriesPage</name>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>What was asked and answered</source>
        <translation>What was asked and answered</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Set the status of the selected entry</source>
        <translation>Set the status of the selected entry</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mente::console::MainWindow</name>
    <message>
        <source>Mente console</source>
        <translation>Mente console</translation>
    </message>
    <message>
        <source>Filter by serial, customer or sub-domain</source>
        <translation>Filter by serial, customer or sub-domain</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Faults</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Fleet</translation>
    </message>
    <message>
        <source>Add box…</source>
        <translation>Add box…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Remove box…</source>
        <translation>Remove box…</translation>
    </message>
    <message>
        <source>Trust the new certificate…</source>
        <translation>Trust the new certificate…</translation>
    </message>
    <message>
        <source>Mute notifications…</source>
        <translation>Mute notifications…</translation>
    </message>
    <message>
        <source>Acknowledge fault</source>
        <translation>Acknowledge fault</translation>
    </message>
    <message>
        <source>Operators on every box…</source>
        <translation>Operators on every box…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>&amp;Fleet</translation>
    </message>
    <message>
        <source>Box added.</source>
        <translation>Box added.</translation>
    </message>
    <message>
        <source>Remove boxes</source>
        <translation>Remove boxes</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n box(es) from this console? The boxes keep running; their passwords are deleted from the keychain.</source>
        <translation>
            <numerusform>Remove %n box(es) from this console? The boxes keep running; their passwords are deleted from the keychain.</numerusform>
            <numerusform>Remove %n box(es) from this console? The boxes keep running; their passwords are deleted from the keychain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>This box presents the certificate that is trusted.</source>
        <translation>This box presents the certificate that is trusted.</translation>
    </message>
    <message>
        <source>Notifications for this box are on again.</source>
        <translation>Notifications for this box are on again.</translation>
    </message>
    <message numerus="yes">
        <source>Notifications for this box muted for %n minute(s).</source>
        <translation>
            <numerusform>Notifications for this box muted for %n minute(s).</numerusform>
            <numerusform>Notifications for this box muted for %n minute(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>%1 of %2 boxes shown</source>
        <translation>%1 of %2 boxes shown</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Log in again…</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Log in again</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Password of %1 on %2:</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>For %n minute(s)</numerusform>
            <numerusform>For %n minute(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications on again</source>
        <translation>Notifications on again</translation>
    </message>
</context>
<context>
    <name>mente::console::OperatorDialog</name>
    <message>
        <source>New operator</source>
        <translation>New operator</translation>
    </message>
    <message>
        <source>Edit operator %1</source>
        <translation>Edit operator %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Receives fault mail</source>
        <translation>Receives fault mail</translation>
    </message>
    <message>
        <source>Enabled (may log in)</source>
        <translation>Enabled (may log in)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mente::console::OperatorsPage</name>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Remove selected…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only administrators manage operators.</source>
        <translation>Only administrators manage operators.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Fault mail</source>
        <translation>Fault mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Remove operators</source>
        <translation>Remove operators</translation>
    </message>
    <message>
        <source>Remove these operators: %1?</source>
        <translation>Remove these operators: %1?</translation>
    </message>
</context>
<context>
    <name>mente::console::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Keep running in the tray when the window is closed</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A box is faulty after no answer for</source>
        <translation>A box is faulty after no answer for</translation>
    </message>
    <message>
        <source>Mute notifications for</source>
        <translation>Mute notifications for</translation>
    </message>
    <message>
        <source>A changed fault limit applies after the console restarts.</source>
        <translation>A changed fault limit applies after the console restarts.</translation>
    </message>
</context>
<context>
    <name>mente::console::State</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Scanning</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
</context>
<context>
    <name>mente::console::TrayController</name>
    <message>
        <source>Show the console</source>
        <translation>Show the console</translation>
    </message>
    <message>
        <source>Open the last notified box</source>
        <translation>Open the last notified box</translation>
    </message>
    <message>
        <source>Acknowledge the last fault</source>
        <translation>Acknowledge the last fault</translation>
    </message>
    <message>
        <source>Mute the last notified box</source>
        <translation>Mute the last notified box</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Mente console — fleet: %1</source>
        <translation>Mente console — fleet: %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Fault: %1</source>
        <translation>Fault: %1</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Recovered: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>mente::console::TrustDialog</name>
    <message>
        <source>Trust this box?</source>
        <translation>Trust this box?</translation>
    </message>
    <message>
        <source>The box&apos;s certificate has changed</source>
        <translation>The box&apos;s certificate has changed</translation>
    </message>
    <message>
        <source>This is the first connection to %1. Compare the certificate fingerprint below with the one the box shows on its setup page or prints at start. Trust it only if they are the same.</source>
        <translation>This is the first connection to %1. Compare the certificate fingerprint below with the one the box shows on its setup page or prints at start. Trust it only if they are the same.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1 presented a different certificate from the one trusted before. This happens when the box was reinstalled, or when someone is intercepting the connection. The console refuses to talk to it until you trust the new certificate deliberately.</source>
        <translation>&lt;b&gt;Warning:&lt;/b&gt; %1 presented a different certificate from the one trusted before. This happens when the box was reinstalled, or when someone is intercepting the connection. The console refuses to talk to it until you trust the new certificate deliberately.</translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation>Trusted until now:</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Presented now:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Trust the new certificate</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>Do not trust</translation>
    </message>
</context>
</TS>
