<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Mente Console</source>
        <translation>About Mente Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mente Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Remote IT maintenance for support companies: every customer&apos;s Mente box and its devices at a glance.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mente Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Remote IT maintenance for support companies: every customer&apos;s Mente box and its devices at a glance.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DefaultProfiles</name>
    <message>
        <source>Install Tera Term (https://teratermproject.github.io/).</source>
        <translation>Install Tera Term (https://teratermproject.github.io/).</translation>
    </message>
    <message>
        <source>mstsc (Remote Desktop Connection) is part of Windows; turn it on under Optional features.</source>
        <translation>mstsc (Remote Desktop Connection) is part of Windows; turn it on under Optional features.</translation>
    </message>
    <message>
        <source>Install TigerVNC Viewer (https://tigervnc.org/), or RealVNC Viewer or UltraVNC.</source>
        <translation>Install TigerVNC Viewer (https://tigervnc.org/), or RealVNC Viewer or UltraVNC.</translation>
    </message>
    <message>
        <source>Install the OpenSSH client (Debian/Ubuntu: apt install openssh-client).</source>
        <translation>Install the OpenSSH client (Debian/Ubuntu: apt install openssh-client).</translation>
    </message>
    <message>
        <source>Install a telnet client (Debian/Ubuntu: apt install telnet).</source>
        <translation>Install a telnet client (Debian/Ubuntu: apt install telnet).</translation>
    </message>
    <message>
        <source>Install FreeRDP (Debian/Ubuntu: apt install freerdp2-x11).</source>
        <translation>Install FreeRDP (Debian/Ubuntu: apt install freerdp2-x11).</translation>
    </message>
    <message>
        <source>Install TigerVNC Viewer (Debian/Ubuntu: apt install tigervnc-viewer).</source>
        <translation>Install TigerVNC Viewer (Debian/Ubuntu: apt install tigervnc-viewer).</translation>
    </message>
    <message>
        <source>Install xdg-utils (Debian/Ubuntu: apt install xdg-utils).</source>
        <translation>Install xdg-utils (Debian/Ubuntu: apt install xdg-utils).</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The box&apos;s network</source>
        <translation>The box&apos;s network</translation>
    </message>
    <message>
        <source>VPN link</source>
        <translation>VPN link</translation>
    </message>
    <message>
        <source>Box not running</source>
        <translation>Box not running</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 of %3</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>Monthly report %1</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Faults</translation>
    </message>
    <message>
        <source>Box and VPN outages</source>
        <translation>Box and VPN outages</translation>
    </message>
    <message>
        <source>This month ended before the box was first started: there is nothing to report.</source>
        <translation>This month ended before the box was first started: there is nothing to report.</translation>
    </message>
    <message>
        <source>So far: up to %1, the month is not over yet.</source>
        <translation>So far: up to %1, the month is not over yet.</translation>
    </message>
    <message>
        <source>Rebuilt on %1; it replaces the earlier report.</source>
        <translation>Rebuilt on %1; it replaces the earlier report.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Built at</source>
        <translation>Built at</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Nothing was monitored this month.</source>
        <translation>Nothing was monitored this month.</translation>
    </message>
    <message>
        <source>Faults over the month</source>
        <translation>Faults over the month</translation>
    </message>
    <message>
        <source>No faults this month.</source>
        <translation>No faults this month.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more target(s) with faults, listed on the next pages.</source>
        <translation>
            <numerusform>… and %n more target with faults, listed on the next pages.</numerusform>
            <numerusform>… and %n more targets with faults, listed on the next pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The box&apos;s own outages, day by day</source>
        <translation>The box&apos;s own outages, day by day</translation>
    </message>
    <message>
        <source>No outages of the box, its network or the VPN.</source>
        <translation>No outages of the box, its network or the VPN.</translation>
    </message>
    <message numerus="yes">
        <source>%n outage(s), %1 in all.</source>
        <translation>
            <numerusform>%n outage, %1 in all.</numerusform>
            <numerusform>%n outages, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>Appeared: %1 %2 (%3)</source>
        <translation>Appeared: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Gone: %1 (%2)</source>
        <translation>Gone: %1 (%2)</translation>
    </message>
    <message>
        <source>Devices found and gone</source>
        <translation>Devices found and gone</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3, %n open port(s)</source>
        <translation>
            <numerusform>%1 %2: %3, %n open port</numerusform>
            <numerusform>%1 %2: %3, %n open ports</numerusform>
        </translation>
    </message>
    <message>
        <source>Port scans</source>
        <translation>Port scans</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n mail(s)</source>
        <translation>
            <numerusform>%1: %n mail</numerusform>
            <numerusform>%1: %n mails</numerusform>
        </translation>
    </message>
    <message>
        <source>Mails sent</source>
        <translation>Mails sent</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>Monthly report %1</translation>
    </message>
    <message>
        <source>the PDF cannot be started</source>
        <translation>the PDF cannot be started</translation>
    </message>
    <message>
        <source>no room for another page</source>
        <translation>no room for another page</translation>
    </message>
    <message>
        <source>the PDF cannot be finished</source>
        <translation>the PDF cannot be finished</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
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
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Counted seconds</source>
        <translation>Counted seconds</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duration (s)</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>A licence key looks like XXXX-XXXX-XXXX-XXXX.</source>
        <translation>A licence key looks like XXXX-XXXX-XXXX-XXXX.</translation>
    </message>
    <message>
        <source>A licence key never contains I, L, O or U.</source>
        <translation>A licence key never contains I, L, O or U.</translation>
    </message>
    <message>
        <source>This licence key is not valid: check it for a typing mistake.</source>
        <translation>This licence key is not valid: check it for a typing mistake.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>A password has at least 8 characters.</translation>
    </message>
    <message>
        <source>A password has at most 128 characters.</source>
        <translation>A password has at most 128 characters.</translation>
    </message>
    <message>
        <source>A password must not contain the login ID.</source>
        <translation>A password must not contain the login ID.</translation>
    </message>
    <message>
        <source>A password needs at least one letter and one digit.</source>
        <translation>A password needs at least one letter and one digit.</translation>
    </message>
    <message>
        <source>A password uses only printable ASCII characters, without spaces.</source>
        <translation>A password uses only printable ASCII characters, without spaces.</translation>
    </message>
    <message>
        <source>This password is too common.</source>
        <translation>This password is too common.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>A phone number has between 6 and 15 digits.</source>
        <translation>A phone number has between 6 and 15 digits.</translation>
    </message>
    <message>
        <source>A phone number is required.</source>
        <translation>A phone number is required.</translation>
    </message>
    <message>
        <source>A port number is between 1 and 65535.</source>
        <translation>A port number is between 1 and 65535.</translation>
    </message>
    <message>
        <source>A sub-domain name cannot start or end with &apos;-&apos;.</source>
        <translation>A sub-domain name cannot start or end with &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A sub-domain name has at most 63 characters.</source>
        <translation>A sub-domain name has at most 63 characters.</translation>
    </message>
    <message>
        <source>A sub-domain name is required.</source>
        <translation>A sub-domain name is required.</translation>
    </message>
    <message>
        <source>A sub-domain name uses only lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>A sub-domain name uses only lower-case letters a-z, digits and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>An IPv4 address is required.</source>
        <translation>An IPv4 address is required.</translation>
    </message>
    <message>
        <source>An e-mail address is required.</source>
        <translation>An e-mail address is required.</translation>
    </message>
    <message>
        <source>Not a netmask: its one bits must be contiguous, like 255.255.255.0.</source>
        <translation>Not a netmask: its one bits must be contiguous, like 255.255.255.0.</translation>
    </message>
    <message>
        <source>Not a netmask: write it like 255.255.255.0.</source>
        <translation>Not a netmask: write it like 255.255.255.0.</translation>
    </message>
    <message>
        <source>Not a phone number: digits with optional +, -, spaces and brackets, e.g. 03-1234-5678.</source>
        <translation>Not a phone number: digits with optional +, -, spaces and brackets, e.g. 03-1234-5678.</translation>
    </message>
    <message>
        <source>Not a postal code: seven digits like 123-4567.</source>
        <translation>Not a postal code: seven digits like 123-4567.</translation>
    </message>
    <message>
        <source>Not an IPv4 address: four numbers 0-255 separated by dots, e.g. 192.168.1.10.</source>
        <translation>Not an IPv4 address: four numbers 0-255 separated by dots, e.g. 192.168.1.10.</translation>
    </message>
    <message>
        <source>Not an e-mail address: the part before @ has misplaced dots.</source>
        <translation>Not an e-mail address: the part before @ has misplaced dots.</translation>
    </message>
    <message>
        <source>Not an e-mail address: write it like name@example.jp.</source>
        <translation>Not an e-mail address: write it like name@example.jp.</translation>
    </message>
    <message>
        <source>Set a valid address and netmask first.</source>
        <translation>Set a valid address and netmask first.</translation>
    </message>
    <message>
        <source>The e-mail address is longer than 254 characters.</source>
        <translation>The e-mail address is longer than 254 characters.</translation>
    </message>
    <message>
        <source>The gateway cannot be the box&apos;s own address.</source>
        <translation>The gateway cannot be the box&apos;s own address.</translation>
    </message>
    <message>
        <source>The prefix length must be between 0 and 32.</source>
        <translation>The prefix length must be between 0 and 32.</translation>
    </message>
    <message>
        <source>This is the broadcast address of the subnet, not a host address.</source>
        <translation>This is the broadcast address of the subnet, not a host address.</translation>
    </message>
    <message>
        <source>This is the network address of the subnet, not a host address.</source>
        <translation>This is the network address of the subnet, not a host address.</translation>
    </message>
    <message>
        <source>Write this in full-width katakana (e.g. ヤマダ タロウ).</source>
        <translation>Write this in full-width katakana (e.g. ヤマダ タロウ).</translation>
    </message>
    <message>
        <source>Register the customer first: a licence is accepted only after registration.</source>
        <translation>Register the customer first: a licence is accepted only after registration.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Contains a control character.</source>
        <translation>Contains a control character.</translation>
    </message>
    <message>
        <source>The gateway must be inside the box&apos;s subnet %1.</source>
        <translation>The gateway must be inside the box&apos;s subnet %1.</translation>
    </message>
    <message>
        <source>Back to the top page</source>
        <translation>Back to the top page</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <source>Mente box setup</source>
        <translation>Mente box setup</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Maintenance licence</source>
        <translation>Maintenance licence</translation>
    </message>
    <message>
        <source>A licence is registered: valid from %1 to %2. A new key replaces it.</source>
        <translation>A licence is registered: valid from %1 to %2. A new key replaces it.</translation>
    </message>
    <message>
        <source>Maintenance licence key</source>
        <translation>Maintenance licence key</translation>
    </message>
    <message>
        <source>16 letters and digits as printed in the licence letter: XXXX-XXXX-XXXX-XXXX.</source>
        <translation>16 letters and digits as printed in the licence letter: XXXX-XXXX-XXXX-XXXX.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Complete the user registration first: a licence is accepted only after it.</source>
        <translation>Complete the user registration first: a licence is accepted only after it.</translation>
    </message>
    <message>
        <source>User registration</source>
        <translation>User registration</translation>
    </message>
    <message>
        <source>Confirm the licence key</source>
        <translation>Confirm the licence key</translation>
    </message>
    <message>
        <source>Check the key. If it is right, press Register.</source>
        <translation>Check the key. If it is right, press Register.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Licence registered</source>
        <translation>Licence registered</translation>
    </message>
    <message>
        <source>The maintenance licence is registered: valid from %1 to %2.</source>
        <translation>The maintenance licence is registered: valid from %1 to %2.</translation>
    </message>
    <message>
        <source>Address setting</source>
        <translation>Address setting</translation>
    </message>
    <message>
        <source>Static IP address</source>
        <translation>Static IP address</translation>
    </message>
    <message>
        <source>Automatic (DHCP)</source>
        <translation>Automatic (DHCP)</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation>Netmask</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>DNS server (primary)</source>
        <translation>DNS server (primary)</translation>
    </message>
    <message>
        <source>DNS server (secondary)</source>
        <translation>DNS server (secondary)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Network settings</translation>
    </message>
    <message>
        <source>The last network change was not confirmed in time and has been rolled back.</source>
        <translation>The last network change was not confirmed in time and has been rolled back.</translation>
    </message>
    <message>
        <source>How the box gets its address</source>
        <translation>How the box gets its address</translation>
    </message>
    <message>
        <source>For a static address, fill in the fields below; with DHCP they are ignored.</source>
        <translation>For a static address, fill in the fields below; with DHCP they are ignored.</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20</source>
        <translation>e.g. 192.168.1.20</translation>
    </message>
    <message>
        <source>e.g. 255.255.255.0 or 24</source>
        <translation>e.g. 255.255.255.0 or 24</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>Confirm the new network settings</source>
        <translation>Confirm the new network settings</translation>
    </message>
    <message numerus="yes">
        <source>The new settings are in effect. Unless you confirm them within %n second(s), the previous settings come back.</source>
        <translation>
            <numerusform>The new settings are in effect. Unless you confirm them within %n second(s), the previous settings come back.</numerusform>
            <numerusform>The new settings are in effect. Unless you confirm them within %n second(s), the previous settings come back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm from the new address:</source>
        <translation>Confirm from the new address:</translation>
    </message>
    <message>
        <source>The box now asks DHCP for its address: find it on your router and open this page there.</source>
        <translation>The box now asks DHCP for its address: find it on your router and open this page there.</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>Keep these settings</translation>
    </message>
    <message>
        <source>Too late: the change was not confirmed in time and has been rolled back.</source>
        <translation>Too late: the change was not confirmed in time and has been rolled back.</translation>
    </message>
    <message>
        <source>No network change is waiting for confirmation.</source>
        <translation>No network change is waiting for confirmation.</translation>
    </message>
    <message>
        <source>Confirm from the new address %1: this page was opened at another address.</source>
        <translation>Confirm from the new address %1: this page was opened at another address.</translation>
    </message>
    <message>
        <source>Network settings complete</source>
        <translation>Network settings complete</translation>
    </message>
    <message>
        <source>The network settings are saved.</source>
        <translation>The network settings are saved.</translation>
    </message>
    <message>
        <source>Restarting the box once is recommended.</source>
        <translation>Restarting the box once is recommended.</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Please correct the fields marked below.</translation>
    </message>
    <message>
        <source>Confirm the network settings</source>
        <translation>Confirm the network settings</translation>
    </message>
    <message>
        <source>Check the entries. If they are right, press Apply.</source>
        <translation>Check the entries. If they are right, press Apply.</translation>
    </message>
    <message numerus="yes">
        <source>After Apply you have %n second(s) to confirm the settings from the new address; otherwise the previous settings come back.</source>
        <translation>
            <numerusform>After Apply you have %n second(s) to confirm the settings from the new address; otherwise the previous settings come back.</numerusform>
            <numerusform>After Apply you have %n second(s) to confirm the settings from the new address; otherwise the previous settings come back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>The settings could not be applied; nothing was changed. (%1)</source>
        <translation>The settings could not be applied; nothing was changed. (%1)</translation>
    </message>
    <message>
        <source>Choose DHCP or a static address.</source>
        <translation>Choose DHCP or a static address.</translation>
    </message>
    <message>
        <source>Use a prefix length from 1 to 30.</source>
        <translation>Use a prefix length from 1 to 30.</translation>
    </message>
    <message>
        <source>Required: the box needs a DNS server.</source>
        <translation>Required: the box needs a DNS server.</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>The box still has its default password. Set a new password before anything else.</source>
        <translation>The box still has its default password. Set a new password before anything else.</translation>
    </message>
    <message>
        <source>Login ID: %1</source>
        <translation>Login ID: %1</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>At least 8 characters with letters and digits, not containing the login ID.</source>
        <translation>At least 8 characters with letters and digits, not containing the login ID.</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Too many failed attempts: try again later.</source>
        <translation>Too many failed attempts: try again later.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>The password has been changed. Your browser will ask you to log in again with the new password.</source>
        <translation>The password has been changed. Your browser will ask you to log in again with the new password.</translation>
    </message>
    <message>
        <source>Shut down the box</source>
        <translation>Shut down the box</translation>
    </message>
    <message>
        <source>Choose shut down or restart.</source>
        <translation>Choose shut down or restart.</translation>
    </message>
    <message>
        <source>Shut the box down before you move it or switch it off; restart it after a change of the network or the proxy.</source>
        <translation>Shut the box down before you move it or switch it off; restart it after a change of the network or the proxy.</translation>
    </message>
    <message>
        <source>Restart the box</source>
        <translation>Restart the box</translation>
    </message>
    <message>
        <source>Shut down the box?</source>
        <translation>Shut down the box?</translation>
    </message>
    <message>
        <source>Restart the box?</source>
        <translation>Restart the box?</translation>
    </message>
    <message>
        <source>The box stops monitoring until it is switched on again. Shut it down now?</source>
        <translation>The box stops monitoring until it is switched on again. Shut it down now?</translation>
    </message>
    <message>
        <source>The box is out of reach for a few minutes while it restarts. Restart it now?</source>
        <translation>The box is out of reach for a few minutes while it restarts. Restart it now?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The box is shutting down</source>
        <translation>The box is shutting down</translation>
    </message>
    <message>
        <source>The box is restarting</source>
        <translation>The box is restarting</translation>
    </message>
    <message>
        <source>The command failed: %1</source>
        <translation>The command failed: %1</translation>
    </message>
    <message>
        <source>The box is shutting down. Wait until it is off before you switch off the power.</source>
        <translation>The box is shutting down. Wait until it is off before you switch off the power.</translation>
    </message>
    <message>
        <source>The box is restarting. Open this page again in a few minutes.</source>
        <translation>The box is restarting. Open this page again in a few minutes.</translation>
    </message>
    <message>
        <source>The proxy works: %1 was reached through it.</source>
        <translation>The proxy works: %1 was reached through it.</translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections at %1. Check the host name and the port.</source>
        <translation>Connection refused: nothing accepts connections at %1. Check the host name and the port.</translation>
    </message>
    <message>
        <source>The proxy host name %1 cannot be resolved.</source>
        <translation>The proxy host name %1 cannot be resolved.</translation>
    </message>
    <message>
        <source>Timeout: the proxy at %1 did not answer in time.</source>
        <translation>Timeout: the proxy at %1 did not answer in time.</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and a password: enter them.</source>
        <translation>The proxy asks for a user name and a password: enter them.</translation>
    </message>
    <message>
        <source>Authentication failed: the proxy did not accept the user name or the password.</source>
        <translation>Authentication failed: the proxy did not accept the user name or the password.</translation>
    </message>
    <message>
        <source>The proxy answered but could not reach %1 (target unreachable).</source>
        <translation>The proxy answered but could not reach %1 (target unreachable).</translation>
    </message>
    <message>
        <source>The proxy does not allow connections to %1.</source>
        <translation>The proxy does not allow connections to %1.</translation>
    </message>
    <message>
        <source>The answer from %1 is not that of an HTTP or SOCKS5 proxy: check the type and the port.</source>
        <translation>The answer from %1 is not that of an HTTP or SOCKS5 proxy: check the type and the port.</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Proxy settings</translation>
    </message>
    <message>
        <source>A wrong proxy cuts the box off from the internet: the box tries the proxy before saving it.</source>
        <translation>A wrong proxy cuts the box off from the internet: the box tries the proxy before saving it.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Direct TCP/IP connection (no proxy)</source>
        <translation>Direct TCP/IP connection (no proxy)</translation>
    </message>
    <message>
        <source>Through an HTTP proxy server</source>
        <translation>Through an HTTP proxy server</translation>
    </message>
    <message>
        <source>Through a SOCKS proxy server</source>
        <translation>Through a SOCKS proxy server</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Only when the proxy needs one.</source>
        <translation>Only when the proxy needs one.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>A password is stored: leave this empty to keep it.</source>
        <translation>A password is stored: leave this empty to keep it.</translation>
    </message>
    <message>
        <source>Proxy settings complete</source>
        <translation>Proxy settings complete</translation>
    </message>
    <message>
        <source>The proxy setting is saved: %1.</source>
        <translation>The proxy setting is saved: %1.</translation>
    </message>
    <message>
        <source>Restart the box so that every part of it uses the new setting.</source>
        <translation>Restart the box so that every part of it uses the new setting.</translation>
    </message>
    <message>
        <source>Shut down or restart the box</source>
        <translation>Shut down or restart the box</translation>
    </message>
    <message>
        <source>The entries were lost (the box restarted?): enter them again.</source>
        <translation>The entries were lost (the box restarted?): enter them again.</translation>
    </message>
    <message>
        <source>The proxy was not saved. %1</source>
        <translation>The proxy was not saved. %1</translation>
    </message>
    <message>
        <source>Confirm the proxy settings</source>
        <translation>Confirm the proxy settings</translation>
    </message>
    <message>
        <source>Check the entries. If they are right, press Register: the box tries the proxy first.</source>
        <translation>Check the entries. If they are right, press Register: the box tries the proxy first.</translation>
    </message>
    <message>
        <source>set (not shown)</source>
        <translation>set (not shown)</translation>
    </message>
    <message>
        <source>Choose how the box reaches the internet.</source>
        <translation>Choose how the box reaches the internet.</translation>
    </message>
    <message>
        <source>Enter a host name like proxy.example.jp or an address like 192.168.1.1.</source>
        <translation>Enter a host name like proxy.example.jp or an address like 192.168.1.1.</translation>
    </message>
    <message>
        <source>The user name and the password have at most 255 characters each.</source>
        <translation>The user name and the password have at most 255 characters each.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Contact person: family name</source>
        <translation>Contact person: family name</translation>
    </message>
    <message>
        <source>Contact person: given name</source>
        <translation>Contact person: given name</translation>
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
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Building, floor</source>
        <translation>Building, floor</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Sub-domain name</source>
        <translation>Sub-domain name</translation>
    </message>
    <message>
        <source>Day of the monthly report</source>
        <translation>Day of the monthly report</translation>
    </message>
    <message>
        <source>Language of mails and reports</source>
        <translation>Language of mails and reports</translation>
    </message>
    <message>
        <source>Receive fault and recovery mails at this address</source>
        <translation>Receive fault and recovery mails at this address</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <source>Last day of the month</source>
        <translation>Last day of the month</translation>
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
        <source>Like 123-4567.</source>
        <translation>Like 123-4567.</translation>
    </message>
    <message>
        <source>Unique name for this customer: lower-case letters, digits and &apos;-&apos;.</source>
        <translation>Unique name for this customer: lower-case letters, digits and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Confirm the registration</source>
        <translation>Confirm the registration</translation>
    </message>
    <message>
        <source>Check the entries. If they are right, press Register.</source>
        <translation>Check the entries. If they are right, press Register.</translation>
    </message>
    <message>
        <source>Registration complete</source>
        <translation>Registration complete</translation>
    </message>
    <message>
        <source>The registration is complete. A notice has been sent to %1.</source>
        <translation>The registration is complete. A notice has been sent to %1.</translation>
    </message>
    <message>
        <source>The registration data has been updated.</source>
        <translation>The registration data has been updated.</translation>
    </message>
    <message>
        <source>Next, enter the maintenance licence key.</source>
        <translation>Next, enter the maintenance licence key.</translation>
    </message>
    <message>
        <source>Enter the licence key</source>
        <translation>Enter the licence key</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Log in with the administrator&apos;s login ID and password (the first time: admin / admin).</source>
        <translation>Log in with the administrator&apos;s login ID and password (the first time: admin / admin).</translation>
    </message>
    <message>
        <source>Too many failed logins: this login ID is locked for a while. Try again later.</source>
        <translation>Too many failed logins: this login ID is locked for a while. Try again later.</translation>
    </message>
    <message>
        <source>Too many failed logins from this computer: try again later.</source>
        <translation>Too many failed logins from this computer: try again later.</translation>
    </message>
    <message>
        <source>Only an administrator may use the setup page.</source>
        <translation>Only an administrator may use the setup page.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this page (the box may have restarted). Open the page again and repeat the entry.</source>
        <translation>This form has expired or did not come from this page (the box may have restarted). Open the page again and repeat the entry.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Page not found</translation>
    </message>
    <message>
        <source>There is no such page on the box.</source>
        <translation>There is no such page on the box.</translation>
    </message>
    <message>
        <source>The setup page answers only computers on the box&apos;s own network.</source>
        <translation>The setup page answers only computers on the box&apos;s own network.</translation>
    </message>
    <message>
        <source>This page is served only under the box&apos;s own name or address. Open it by the box&apos;s address.</source>
        <translation>This page is served only under the box&apos;s own name or address. Open it by the box&apos;s address.</translation>
    </message>
    <message>
        <source>The form is too large.</source>
        <translation>The form is too large.</translation>
    </message>
    <message>
        <source>This method is not allowed here.</source>
        <translation>This method is not allowed here.</translation>
    </message>
    <message>
        <source>Through the HTTP proxy %1:%2</source>
        <translation>Through the HTTP proxy %1:%2</translation>
    </message>
    <message>
        <source>Through the SOCKS proxy %1:%2</source>
        <translation>Through the SOCKS proxy %1:%2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Thank you for choosing the Mente box. Set it up here step by step.</source>
        <translation>Thank you for choosing the Mente box. Set it up here step by step.</translation>
    </message>
    <message>
        <source>Registration is complete (%1).</source>
        <translation>Registration is complete (%1).</translation>
    </message>
    <message>
        <source>Not registered yet.</source>
        <translation>Not registered yet.</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>Serial number: %1</translation>
    </message>
    <message>
        <source>Edit registration</source>
        <translation>Edit registration</translation>
    </message>
    <message>
        <source>Static address %1/%2, gateway %3</source>
        <translation>Static address %1/%2, gateway %3</translation>
    </message>
    <message>
        <source>Current IP address: %1</source>
        <translation>Current IP address: %1</translation>
    </message>
    <message numerus="yes">
        <source>A change is waiting for confirmation (%n second(s) left).</source>
        <translation>
            <numerusform>A change is waiting for confirmation (%n second(s) left).</numerusform>
            <numerusform>A change is waiting for confirmation (%n second(s) left).</numerusform>
        </translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Complete the user registration first.</source>
        <translation>Complete the user registration first.</translation>
    </message>
    <message>
        <source>No licence is registered.</source>
        <translation>No licence is registered.</translation>
    </message>
    <message numerus="yes">
        <source>Registered: valid from %1 to %2 (%n day(s) left).</source>
        <translation>
            <numerusform>Registered: valid from %1 to %2 (%n day(s) left).</numerusform>
            <numerusform>Registered: valid from %1 to %2 (%n day(s) left).</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Expired on %1.</translation>
    </message>
    <message>
        <source>HTTPS certificate (SHA-256)</source>
        <translation>HTTPS certificate (SHA-256)</translation>
    </message>
    <message>
        <source>Check that the console shows the same fingerprint when it first connects.</source>
        <translation>Check that the console shows the same fingerprint when it first connects.</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Software version</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Shut down</translation>
    </message>
    <message>
        <source>Company name (reading)</source>
        <translation>Company name (reading)</translation>
    </message>
    <message>
        <source>Family name (reading)</source>
        <translation>Family name (reading)</translation>
    </message>
    <message>
        <source>Given name (reading)</source>
        <translation>Given name (reading)</translation>
    </message>
    <message>
        <source>Address (reading)</source>
        <translation>Address (reading)</translation>
    </message>
    <message>
        <source>Building, floor (reading)</source>
        <translation>Building, floor (reading)</translation>
    </message>
    <message>
        <source>The reading in hiragana or katakana, e.g. いたばしくしむら.</source>
        <translation>The reading in hiragana or katakana, e.g. いたばしくしむら.</translation>
    </message>
    <message>
        <source>Name on the LAN: %1.local</source>
        <translation>Name on the LAN: %1.local</translation>
    </message>
    <message>
        <source>first-boot address, until the box has its own</source>
        <translation>first-boot address, until the box has its own</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Addresses: %1</translation>
    </message>
    <message>
        <source>Name and addresses</source>
        <translation>Name and addresses</translation>
    </message>
    <message>
        <source>The proxy settings were not saved: the box cannot write the file %1. The box&apos;s log says why.</source>
        <translation>The proxy settings were not saved: the box cannot write the file %1. The box&apos;s log says why.</translation>
    </message>
    <message>
        <source>The mail settings were not saved: the box cannot write the file %1. The box&apos;s log says why.</source>
        <translation>The mail settings were not saved: the box cannot write the file %1. The box&apos;s log says why.</translation>
    </message>
    <message>
        <source>Log in with the administrator&apos;s login ID and password.</source>
        <translation>Log in with the administrator&apos;s login ID and password.</translation>
    </message>
    <message>
        <source>The SMTP server URL has at most 2048 characters.</source>
        <translation>The SMTP server URL has at most 2048 characters.</translation>
    </message>
    <message>
        <source>The SMTP server is written like smtp://mail.example.jp:587.</source>
        <translation>The SMTP server is written like smtp://mail.example.jp:587.</translation>
    </message>
    <message>
        <source>The connection security is none, starttls or tls.</source>
        <translation>The connection security is none, starttls or tls.</translation>
    </message>
    <message>
        <source>A fault mail repeats every 0.01 to 43200 minutes (30 days).</source>
        <translation>A fault mail repeats every 0.01 to 43200 minutes (30 days).</translation>
    </message>
    <message>
        <source>The SMTP user name has at most 255 characters, no control characters.</source>
        <translation>The SMTP user name has at most 255 characters, no control characters.</translation>
    </message>
    <message>
        <source>The SMTP password has at most 255 characters, no control characters.</source>
        <translation>The SMTP password has at most 255 characters, no control characters.</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>Mail settings</translation>
    </message>
    <message>
        <source>The box sends fault notices and its other mails through this SMTP server. A saved change is in force for the next mail.</source>
        <translation>The box sends fault notices and its other mails through this SMTP server. A saved change is in force for the next mail.</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>Like smtp://mail.example.jp:587. Empty: the mails wait in the outbox.</source>
        <translation>Like smtp://mail.example.jp:587. Empty: the mails wait in the outbox.</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Connection security</translation>
    </message>
    <message>
        <source>None (plain SMTP)</source>
        <translation>None (plain SMTP)</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (required)</translation>
    </message>
    <message>
        <source>TLS from the start (SMTPS)</source>
        <translation>TLS from the start (SMTPS)</translation>
    </message>
    <message>
        <source>Only when the server wants a login (SMTP AUTH).</source>
        <translation>Only when the server wants a login (SMTP AUTH).</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>No password is stored.</translation>
    </message>
    <message>
        <source>Clear the stored password</source>
        <translation>Clear the stored password</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>Repeat a fault mail every (minutes)</source>
        <translation>Repeat a fault mail every (minutes)</translation>
    </message>
    <message>
        <source>From 0.01 to 43200 (30 days).</source>
        <translation>From 0.01 to 43200 (30 days).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Send a test mail with the saved settings:</source>
        <translation>Send a test mail with the saved settings:</translation>
    </message>
    <message>
        <source>Test mail to</source>
        <translation>Test mail to</translation>
    </message>
    <message>
        <source>Send a test mail</source>
        <translation>Send a test mail</translation>
    </message>
    <message>
        <source>The mail settings are saved and in force for the next mail.</source>
        <translation>The mail settings are saved and in force for the next mail.</translation>
    </message>
    <message>
        <source>A test mail is on its way already: wait for its result.</source>
        <translation>A test mail is on its way already: wait for its result.</translation>
    </message>
    <message>
        <source>The test mail was sent to %1. Check that it has arrived.</source>
        <translation>The test mail was sent to %1. Check that it has arrived.</translation>
    </message>
    <message>
        <source>No SMTP server is set: enter one and save it first.</source>
        <translation>No SMTP server is set: enter one and save it first.</translation>
    </message>
    <message>
        <source>The host name of the SMTP server cannot be resolved.</source>
        <translation>The host name of the SMTP server cannot be resolved.</translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections at the SMTP server&apos;s address and port.</source>
        <translation>Connection refused: nothing accepts connections at the SMTP server&apos;s address and port.</translation>
    </message>
    <message>
        <source>Timeout: the SMTP server did not answer in time.</source>
        <translation>Timeout: the SMTP server did not answer in time.</translation>
    </message>
    <message>
        <source>The encrypted connection to the SMTP server failed: check the connection security and the server&apos;s certificate.</source>
        <translation>The encrypted connection to the SMTP server failed: check the connection security and the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>Authentication failed: the SMTP server did not accept the user name or the password.</source>
        <translation>Authentication failed: the SMTP server did not accept the user name or the password.</translation>
    </message>
    <message>
        <source>The SMTP server refused the mail.</source>
        <translation>The SMTP server refused the mail.</translation>
    </message>
    <message>
        <source>The SMTP server could not be reached.</source>
        <translation>The SMTP server could not be reached.</translation>
    </message>
    <message>
        <source>The test mail was not sent. %1</source>
        <translation>The test mail was not sent. %1</translation>
    </message>
    <message>
        <source>(The server&apos;s answer: %1)</source>
        <translation>(The server&apos;s answer: %1)</translation>
    </message>
    <message>
        <source>No SMTP server is set: mails wait in the outbox.</source>
        <translation>No SMTP server is set: mails wait in the outbox.</translation>
    </message>
    <message>
        <source>Through %1 (from %2)</source>
        <translation>Through %1 (from %2)</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>The SMTP server URL holds no user name or password: use their own fields.</source>
        <translation>The SMTP server URL holds no user name or password: use their own fields.</translation>
    </message>
</context>
<context>
    <name>VpnDiagnosis</name>
    <message>
        <source>Not checked: fix the fault above first.</source>
        <translation>Not checked: fix the fault above first.</translation>
    </message>
    <message>
        <source>VPN adapter present</source>
        <translation>VPN adapter present</translation>
    </message>
    <message>
        <source>Found &quot;%1&quot;.</source>
        <translation>Found &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No adapter named %1. Install the SoftEther/PacketiX VPN client and create its virtual adapter, or set the adapter&apos;s name in Settings. Without it, use the SSH tunnel through the box.</source>
        <translation>No adapter named %1. Install the SoftEther/PacketiX VPN client and create its virtual adapter, or set the adapter&apos;s name in Settings. Without it, use the SSH tunnel through the box.</translation>
    </message>
    <message>
        <source>Adapter connected</source>
        <translation>Adapter connected</translation>
    </message>
    <message>
        <source>The adapter is up.</source>
        <translation>The adapter is up.</translation>
    </message>
    <message>
        <source>The adapter is down. Connect the VPN connection setting in the VPN client manager.</source>
        <translation>The adapter is down. Connect the VPN connection setting in the VPN client manager.</translation>
    </message>
    <message>
        <source>Adapter has an address</source>
        <translation>Adapter has an address</translation>
    </message>
    <message>
        <source>%1 on the adapter.</source>
        <translation>%1 on the adapter.</translation>
    </message>
    <message>
        <source>The adapter has no IPv4 address. Check that the box&apos;s virtual hub hands out addresses (DHCP) or give the adapter a fixed address.</source>
        <translation>The adapter has no IPv4 address. Check that the box&apos;s virtual hub hands out addresses (DHCP) or give the adapter a fixed address.</translation>
    </message>
    <message>
        <source>%1 on &quot;%2&quot; overlaps %3 on the VPN adapter.</source>
        <translation>%1 on &quot;%2&quot; overlaps %3 on the VPN adapter.</translation>
    </message>
    <message>
        <source>No overlapping subnet</source>
        <translation>No overlapping subnet</translation>
    </message>
    <message>
        <source>No other interface uses the customer&apos;s subnet.</source>
        <translation>No other interface uses the customer&apos;s subnet.</translation>
    </message>
    <message>
        <source>The customer&apos;s LAN uses the same addresses as one of your own networks: use the SSH tunnel through the box.</source>
        <translation>The customer&apos;s LAN uses the same addresses as one of your own networks: use the SSH tunnel through the box.</translation>
    </message>
    <message>
        <source>Traffic to %1 goes through the VPN adapter.</source>
        <translation>Traffic to %1 goes through the VPN adapter.</translation>
    </message>
    <message>
        <source>No route leads to %1. Add a route for the customer&apos;s subnet through the VPN adapter.</source>
        <translation>No route leads to %1. Add a route for the customer&apos;s subnet through the VPN adapter.</translation>
    </message>
    <message>
        <source>Traffic to %1 leaves through &quot;%2&quot; (%3/%4, metric %5), not the VPN adapter. Give the VPN adapter a lower interface metric or add a route for the customer&apos;s subnet through it, or use the SSH tunnel.</source>
        <translation>Traffic to %1 leaves through &quot;%2&quot; (%3/%4, metric %5), not the VPN adapter. Give the VPN adapter a lower interface metric or add a route for the customer&apos;s subnet through it, or use the SSH tunnel.</translation>
    </message>
    <message>
        <source>Route goes through the VPN</source>
        <translation>Route goes through the VPN</translation>
    </message>
    <message>
        <source>Device inside the VPN subnet</source>
        <translation>Device inside the VPN subnet</translation>
    </message>
    <message>
        <source>%1 is inside %2.</source>
        <translation>%1 is inside %2.</translation>
    </message>
    <message>
        <source>%1 is not inside the adapter&apos;s subnet %2. Check the device&apos;s address, or that the box bridges the right LAN.</source>
        <translation>%1 is not inside the adapter&apos;s subnet %2. Check the device&apos;s address, or that the box bridges the right LAN.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>mente::ErrorMessages</name>
    <message>
        <source>A password has 8 to 128 printable ASCII characters with at least one letter and one digit, and does not contain the login ID.</source>
        <translation>A password has 8 to 128 printable ASCII characters with at least one letter and one digit, and does not contain the login ID.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Write the e-mail address like name@example.jp (at most 254 characters).</source>
        <translation>Write the e-mail address like name@example.jp (at most 254 characters).</translation>
    </message>
    <message>
        <source>Write the phone number with 6 to 15 digits, e.g. 03-1234-5678.</source>
        <translation>Write the phone number with 6 to 15 digits, e.g. 03-1234-5678.</translation>
    </message>
    <message>
        <source>Write the postal code as seven digits, e.g. 123-4567.</source>
        <translation>Write the postal code as seven digits, e.g. 123-4567.</translation>
    </message>
    <message>
        <source>Choose the prefecture.</source>
        <translation>Choose the prefecture.</translation>
    </message>
    <message>
        <source>Enter the company name (at most 128 characters).</source>
        <translation>Enter the company name (at most 128 characters).</translation>
    </message>
    <message>
        <source>Enter the name (at most 128 characters).</source>
        <translation>Enter the name (at most 128 characters).</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s family name.</source>
        <translation>Enter the contact&apos;s family name.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s given name.</source>
        <translation>Enter the contact&apos;s given name.</translation>
    </message>
    <message>
        <source>Enter the address (at most 256 characters).</source>
        <translation>Enter the address (at most 256 characters).</translation>
    </message>
    <message>
        <source>The building name has at most 256 characters.</source>
        <translation>The building name has at most 256 characters.</translation>
    </message>
    <message>
        <source>Write the reading in full-width katakana, e.g. ヤマダ タロウ.</source>
        <translation>Write the reading in full-width katakana, e.g. ヤマダ タロウ.</translation>
    </message>
    <message>
        <source>A sub-domain has 1 to 63 lower-case letters a-z, digits or &apos;-&apos;, not at its start or end.</source>
        <translation>A sub-domain has 1 to 63 lower-case letters a-z, digits or &apos;-&apos;, not at its start or end.</translation>
    </message>
    <message>
        <source>The report day is a day of the month, 1 to 31 (31: the last day).</source>
        <translation>The report day is a day of the month, 1 to 31 (31: the last day).</translation>
    </message>
    <message>
        <source>The remark is too long.</source>
        <translation>The remark is too long.</translation>
    </message>
    <message>
        <source>Choose Japanese or English.</source>
        <translation>Choose Japanese or English.</translation>
    </message>
    <message>
        <source>Write the licence key like XXXX-XXXX-XXXX-XXXX, as printed on the licence certificate.</source>
        <translation>Write the licence key like XXXX-XXXX-XXXX-XXXX, as printed on the licence certificate.</translation>
    </message>
    <message>
        <source>Write an IPv4 address like 192.168.1.10.</source>
        <translation>Write an IPv4 address like 192.168.1.10.</translation>
    </message>
    <message>
        <source>Write an IPv4 address like 192.168.1.10 that is a host of its subnet.</source>
        <translation>Write an IPv4 address like 192.168.1.10 that is a host of its subnet.</translation>
    </message>
    <message>
        <source>Write the netmask like 255.255.255.0.</source>
        <translation>Write the netmask like 255.255.255.0.</translation>
    </message>
    <message>
        <source>The gateway is an IPv4 address inside the box&apos;s subnet, not the box&apos;s own.</source>
        <translation>The gateway is an IPv4 address inside the box&apos;s subnet, not the box&apos;s own.</translation>
    </message>
    <message>
        <source>Write the DNS server as an IPv4 address like 192.168.1.1.</source>
        <translation>Write the DNS server as an IPv4 address like 192.168.1.1.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Enter the proxy&apos;s host name or address.</translation>
    </message>
    <message>
        <source>A port number is between 1 and 65535.</source>
        <translation>A port number is between 1 and 65535.</translation>
    </message>
    <message>
        <source>Write the ports like 1-1000,3389.</source>
        <translation>Write the ports like 1-1000,3389.</translation>
    </message>
    <message>
        <source>The protocol name is too long or contains a control character.</source>
        <translation>The protocol name is too long or contains a control character.</translation>
    </message>
    <message>
        <source>Write the address like https://192.168.1.10/ (at most 1024 characters).</source>
        <translation>Write the address like https://192.168.1.10/ (at most 1024 characters).</translation>
    </message>
    <message>
        <source>Write the box&apos;s address like https://192.168.1.2:8443.</source>
        <translation>Write the box&apos;s address like https://192.168.1.2:8443.</translation>
    </message>
    <message>
        <source>The end of the maintenance window must be a time in the future.</source>
        <translation>The end of the maintenance window must be a time in the future.</translation>
    </message>
    <message>
        <source>The length of the maintenance window is not accepted.</source>
        <translation>The length of the maintenance window is not accepted.</translation>
    </message>
    <message>
        <source>The selection is not valid: reload the list and try again.</source>
        <translation>The selection is not valid: reload the list and try again.</translation>
    </message>
    <message>
        <source>This value is not accepted: check what you entered.</source>
        <translation>This value is not accepted: check what you entered.</translation>
    </message>
    <message>
        <source>This login ID is used already: choose another.</source>
        <translation>This login ID is used already: choose another.</translation>
    </message>
    <message>
        <source>This sub-domain is used already: choose another.</source>
        <translation>This sub-domain is used already: choose another.</translation>
    </message>
    <message>
        <source>A device with this address exists already.</source>
        <translation>A device with this address exists already.</translation>
    </message>
    <message>
        <source>This clashes with what the box has: reload and try again.</source>
        <translation>This clashes with what the box has: reload and try again.</translation>
    </message>
    <message>
        <source>The login ID or the password is wrong.</source>
        <translation>The login ID or the password is wrong.</translation>
    </message>
    <message>
        <source>Too many failed logins: this login is locked for a few minutes.</source>
        <translation>Too many failed logins: this login is locked for a few minutes.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a few minutes and try again.</source>
        <translation>Too many attempts: wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <source>This is no longer on the box: reload the list.</source>
        <translation>This is no longer on the box: reload the list.</translation>
    </message>
    <message>
        <source>A login ID has 3 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter or digit.</source>
        <translation>A login ID has 3 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter or digit.</translation>
    </message>
    <message>
        <source>Enter the group (at most 64 characters).</source>
        <translation>Enter the group (at most 64 characters).</translation>
    </message>
</context>
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
    <message>
        <source>Boxes announced on this network:</source>
        <translation>Boxes announced on this network:</translation>
    </message>
    <message>
        <source>Pick a box to fill in its address, or type the address.</source>
        <translation>Pick a box to fill in its address, or type the address.</translation>
    </message>
    <message>
        <source>Boxes cannot be searched for on this computer: type the box&apos;s address.</source>
        <translation>Boxes cannot be searched for on this computer: type the box&apos;s address.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
Serial %2, certificate %3</source>
        <translation>%1
Serial %2, certificate %3</translation>
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
    <message>
        <source>The box&apos;s answer was larger than %1 MB; the console did not read it.</source>
        <translation>The box&apos;s answer was larger than %1 MB; the console did not read it.</translation>
    </message>
</context>
<context>
    <name>mente::console::ApiScope</name>
    <message>
        <source>The box sent an answer the console cannot read (%1: %2).</source>
        <translation>The box sent an answer the console cannot read (%1: %2).</translation>
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
    <name>mente::console::BoxQuieting</name>
    <message>
        <source>The box %1 could not be reached (%2): the change is kept in this console only.</source>
        <translation>The box %1 could not be reached (%2): the change is kept in this console only.</translation>
    </message>
    <message>
        <source>The box %1 refused the change (%2): it is kept in this console only.</source>
        <translation>The box %1 refused the change (%2): it is kept in this console only.</translation>
    </message>
    <message>
        <source>Notifications of the box %1 are on again.</source>
        <translation>Notifications of the box %1 are on again.</translation>
    </message>
    <message>
        <source>The box %1 is muted until %2.</source>
        <translation>The box %1 is muted until %2.</translation>
    </message>
    <message>
        <source>The box %1 has no unacknowledged fault.</source>
        <translation>The box %1 has no unacknowledged fault.</translation>
    </message>
    <message numerus="yes">
        <source>%n fault(s) acknowledged on the box %1.</source>
        <translation>
            <numerusform>%n fault acknowledged on the box %1.</numerusform>
            <numerusform>%n faults acknowledged on the box %1.</numerusform>
        </translation>
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
    <message>
        <source>Diagnose connection</source>
        <translation>Diagnose connection</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>mente::console::Cause</name>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>no answer in time (no SSH banner)</source>
        <translation>no answer in time (no SSH banner)</translation>
    </message>
    <message>
        <source>no TLS answer in time</source>
        <translation>no TLS answer in time</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS handshake failed</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>closed by the device</source>
        <translation>closed by the device</translation>
    </message>
    <message>
        <source>unexpected greeting</source>
        <translation>unexpected greeting</translation>
    </message>
    <message>
        <source>SSH key exchange failed</source>
        <translation>SSH key exchange failed</translation>
    </message>
    <message>
        <source>the box cannot check SSH</source>
        <translation>the box cannot check SSH</translation>
    </message>
    <message>
        <source>unexpected HTTP answer</source>
        <translation>unexpected HTTP answer</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>no HTTP answer</translation>
    </message>
    <message>
        <source>no way to check it</source>
        <translation>no way to check it</translation>
    </message>
    <message>
        <source>the box cannot ping</source>
        <translation>the box cannot ping</translation>
    </message>
    <message>
        <source>the ping could not be sent</source>
        <translation>the ping could not be sent</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>keeps changing state</source>
        <translation>keeps changing state</translation>
    </message>
    <message>
        <source>first check</source>
        <translation>first check</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>recovered</translation>
    </message>
    <message>
        <source>stable again</source>
        <translation>stable again</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>acknowledgement taken back</source>
        <translation>acknowledgement taken back</translation>
    </message>
    <message>
        <source>the check did not finish in time</source>
        <translation>the check did not finish in time</translation>
    </message>
    <message>
        <source>no VPN configured</source>
        <translation>no VPN configured</translation>
    </message>
    <message>
        <source>VPN session not established</source>
        <translation>VPN session not established</translation>
    </message>
    <message>
        <source>vpncmd cannot be run</source>
        <translation>vpncmd cannot be run</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>network link %1 down</source>
        <translation>network link %1 down</translation>
    </message>
    <message>
        <source>gateway %1 unreachable</source>
        <translation>gateway %1 unreachable</translation>
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
    <name>mente::console::ConnectionPage</name>
    <message>
        <source>&lt;b&gt;Diagnose connection&lt;/b&gt; — can the VPN adapter reach this device?</source>
        <translation>&lt;b&gt;Diagnose connection&lt;/b&gt; — can the VPN adapter reach this device?</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Device address</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Device address:</source>
        <translation>Device address:</translation>
    </message>
    <message>
        <source>Automatic: the VPN when it is usable, else the SSH tunnel</source>
        <translation>Automatic: the VPN when it is usable, else the SSH tunnel</translation>
    </message>
    <message>
        <source>Always the VPN adapter</source>
        <translation>Always the VPN adapter</translation>
    </message>
    <message>
        <source>Always the SSH tunnel via the box</source>
        <translation>Always the SSH tunnel via the box</translation>
    </message>
    <message>
        <source>Sessions of this box go</source>
        <translation>Sessions of this box go</translation>
    </message>
    <message>
        <source>VPN adapter: the VPN client&apos;s usual names (%1); set another in Settings.</source>
        <translation>VPN adapter: the VPN client&apos;s usual names (%1); set another in Settings.</translation>
    </message>
    <message>
        <source>VPN adapter: %1 (from Settings)</source>
        <translation>VPN adapter: %1 (from Settings)</translation>
    </message>
    <message>
        <source>Type the device&apos;s IPv4 address, then Diagnose.</source>
        <translation>Type the device&apos;s IPv4 address, then Diagnose.</translation>
    </message>
    <message>
        <source>(not checked)</source>
        <translation>(not checked)</translation>
    </message>
    <message>
        <source>The VPN can carry sessions to %1.</source>
        <translation>The VPN can carry sessions to %1.</translation>
    </message>
    <message>
        <source>The VPN cannot carry sessions to %1 now.</source>
        <translation>The VPN cannot carry sessions to %1 now.</translation>
    </message>
    <message>
        <source>Sessions go through the VPN adapter.</source>
        <translation>Sessions go through the VPN adapter.</translation>
    </message>
    <message>
        <source>Sessions go through the SSH tunnel via the box.</source>
        <translation>Sessions go through the SSH tunnel via the box.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
    <name>mente::console::ConsoleSshKey</name>
    <message>
        <source>The console could not make its SSH key.</source>
        <translation>The console could not make its SSH key.</translation>
    </message>
    <message>
        <source>The keychain did not keep the console&apos;s SSH key: %1</source>
        <translation>The keychain did not keep the console&apos;s SSH key: %1</translation>
    </message>
    <message>
        <source>Cannot log in to the box to upload the console&apos;s SSH key.</source>
        <translation>Cannot log in to the box to upload the console&apos;s SSH key.</translation>
    </message>
    <message>
        <source>The box does not list SSH keys: %1</source>
        <translation>The box does not list SSH keys: %1</translation>
    </message>
    <message>
        <source>The box did not take the console&apos;s SSH key: %1</source>
        <translation>The box did not take the console&apos;s SSH key: %1</translation>
    </message>
</context>
<context>
    <name>mente::console::ConsoleStore</name>
    <message>
        <source>This box is already in the fleet.</source>
        <translation>This box is already in the fleet.</translation>
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
    <message>
        <source>%1 [new]</source>
        <translation>%1 [new]</translation>
    </message>
    <message>
        <source>Discovery found this device for the first time; &quot;Mark as seen&quot; takes the mark away.</source>
        <translation>Discovery found this device for the first time; &quot;Mark as seen&quot; takes the mark away.</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (acknowledged)</translation>
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
        <source>Scanning… %p%</source>
        <translation>Scanning… %p%</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>The scan failed: %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Take back acknowledgement</source>
        <translation>Take back acknowledgement</translation>
    </message>
</context>
<context>
    <name>mente::console::DiscoveryBar</name>
    <message>
        <source>Discover devices</source>
        <translation>Discover devices</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Mark as seen</translation>
    </message>
    <message>
        <source>Sweep the customer&apos;s LAN for devices now</source>
        <translation>Sweep the customer&apos;s LAN for devices now</translation>
    </message>
    <message>
        <source>Take the &quot;new&quot; mark off the devices discovery found</source>
        <translation>Take the &quot;new&quot; mark off the devices discovery found</translation>
    </message>
    <message>
        <source>Sweeping… %1 of %2 addresses</source>
        <translation>Sweeping… %1 of %2 addresses</translation>
    </message>
    <message numerus="yes">
        <source>Last sweep: %n device(s) found</source>
        <translation>
            <numerusform>Last sweep: %n device found</numerusform>
            <numerusform>Last sweep: %n devices found</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sweep failed: %1</source>
        <translation>The last sweep failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n new device(s) as seen</source>
        <translation>
            <numerusform>Mark %n new device as seen</numerusform>
            <numerusform>Mark %n new devices as seen</numerusform>
        </translation>
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
    <name>mente::console::FleetController</name>
    <message>
        <source>No such box.</source>
        <translation>No such box.</translation>
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
    <message>
        <source>Availability last month</source>
        <translation>Availability last month</translation>
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
    <name>mente::console::LaunchProfilesEditor</name>
    <message>
        <source>The program asks</source>
        <translation>The program asks</translation>
    </message>
    <message>
        <source>OpenSSH askpass helper</source>
        <translation>OpenSSH askpass helper</translation>
    </message>
    <message>
        <source>Standard input (FreeRDP)</source>
        <translation>Standard input (FreeRDP)</translation>
    </message>
    <message>
        <source>One-time password file (TigerVNC)</source>
        <translation>One-time password file (TigerVNC)</translation>
    </message>
    <message>
        <source>Temporary Windows credential (mstsc)</source>
        <translation>Temporary Windows credential (mstsc)</translation>
    </message>
    <message>
        <source>Clipboard, cleared after 30 s</source>
        <translation>Clipboard, cleared after 30 s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remote sessions&lt;/b&gt; — the program for each protocol. Placeholders: {host} {port} {user} {url} {device}. Passwords never go on the command line.</source>
        <translation>&lt;b&gt;Remote sessions&lt;/b&gt; — the program for each protocol. Placeholders: {host} {port} {user} {url} {device}. Passwords never go on the command line.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Back to the defaults</source>
        <translation>Back to the defaults</translation>
    </message>
    <message>
        <source>empty: the VPN client&apos;s usual adapter names</source>
        <translation>empty: the VPN client&apos;s usual adapter names</translation>
    </message>
    <message>
        <source>VPN adapter</source>
        <translation>VPN adapter</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
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
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>mente::console::OpenCommand</name>
    <message>
        <source>--open needs SERIAL DEVICE-IP PORT.</source>
        <translation>--open needs SERIAL DEVICE-IP PORT.</translation>
    </message>
    <message>
        <source>SERIAL is empty.</source>
        <translation>SERIAL is empty.</translation>
    </message>
    <message>
        <source>DEVICE-IP &quot;%1&quot; is not an IPv4 address.</source>
        <translation>DEVICE-IP &quot;%1&quot; is not an IPv4 address.</translation>
    </message>
    <message>
        <source>PORT &quot;%1&quot; is not a port number (1–65535).</source>
        <translation>PORT &quot;%1&quot; is not a port number (1–65535).</translation>
    </message>
    <message>
        <source>--via takes vpn or tunnel, not &quot;%1&quot;.</source>
        <translation>--via takes vpn or tunnel, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No box with serial %1 in this console&apos;s fleet.</source>
        <translation>No box with serial %1 in this console&apos;s fleet.</translation>
    </message>
    <message>
        <source>The box did not list its devices: %1</source>
        <translation>The box did not list its devices: %1</translation>
    </message>
    <message>
        <source># through an SSH tunnel via the box: 127.0.0.1 and the port are chosen when the tunnel opens</source>
        <translation># through an SSH tunnel via the box: 127.0.0.1 and the port are chosen when the tunnel opens</translation>
    </message>
    <message>
        <source>Device %1 has no port %2 in the box&apos;s list.</source>
        <translation>Device %1 has no port %2 in the box&apos;s list.</translation>
    </message>
    <message>
        <source>The box has no device %1.</source>
        <translation>The box has no device %1.</translation>
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
    <name>mente::console::PortSessionMenu</name>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Connect through the VPN</source>
        <translation>Connect through the VPN</translation>
    </message>
    <message>
        <source>Connect through an SSH tunnel via the box</source>
        <translation>Connect through an SSH tunnel via the box</translation>
    </message>
    <message>
        <source>Opening %1 to %2:%3…</source>
        <translation>Opening %1 to %2:%3…</translation>
    </message>
    <message>
        <source>Session started through the SSH tunnel.</source>
        <translation>Session started through the SSH tunnel.</translation>
    </message>
    <message>
        <source>Session started through the VPN.</source>
        <translation>Session started through the VPN.</translation>
    </message>
</context>
<context>
    <name>mente::console::PresetEnrolment</name>
    <message>
        <source>The certificate&apos;s fingerprint is required to add a box unattended.</source>
        <translation>The certificate&apos;s fingerprint is required to add a box unattended.</translation>
    </message>
    <message>
        <source>This account must change its password first: add the box with the add-box dialog.</source>
        <translation>This account must change its password first: add the box with the add-box dialog.</translation>
    </message>
</context>
<context>
    <name>mente::console::QProcessLauncher</name>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 did not start: %2</translation>
    </message>
</context>
<context>
    <name>mente::console::ReportView</name>
    <message>
        <source>Choose a report in the list, or build one.</source>
        <translation>Choose a report in the list, or build one.</translation>
    </message>
</context>
<context>
    <name>mente::console::ReportsPage</name>
    <message>
        <source>Build for month…</source>
        <translation>Build for month…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Faults</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(so far)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>Building the report for %1…</source>
        <translation>Building the report for %1…</translation>
    </message>
    <message>
        <source>The report for %1 was rebuilt; it replaces the earlier one.</source>
        <translation>The report for %1 was rebuilt; it replaces the earlier one.</translation>
    </message>
    <message>
        <source>The report for %1 was built.</source>
        <translation>The report for %1 was built.</translation>
    </message>
    <message>
        <source>The report for %1 is queued for mailing.</source>
        <translation>The report for %1 is queued for mailing.</translation>
    </message>
    <message>
        <source>No report is open.</source>
        <translation>No report is open.</translation>
    </message>
    <message>
        <source>Build a monthly report</source>
        <translation>Build a monthly report</translation>
    </message>
    <message>
        <source>Month (like 2026-10); the current month is built up to now:</source>
        <translation>Month (like 2026-10); the current month is built up to now:</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Export the report as CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>mente::console::SessionController</name>
    <message>
        <source>The protocol of port %1 is not known: choose it in the device list first.</source>
        <translation>The protocol of port %1 is not known: choose it in the device list first.</translation>
    </message>
    <message>
        <source>No device address to connect to.</source>
        <translation>No device address to connect to.</translation>
    </message>
</context>
<context>
    <name>mente::console::SessionLauncher</name>
    <message>
        <source>%1 is not installed: it is neither on PATH nor in the usual folders. %2</source>
        <translation>%1 is not installed: it is neither on PATH nor in the usual folders. %2</translation>
    </message>
    <message>
        <source>No program is set for %1</source>
        <translation>No program is set for %1</translation>
    </message>
    <message>
        <source>Set the program for %1 in Settings.</source>
        <translation>Set the program for %1 in Settings.</translation>
    </message>
    <message>
        <source>%1 runs in a terminal, and no terminal emulator was found. Install one (for example apt install xterm).</source>
        <translation>%1 runs in a terminal, and no terminal emulator was found. Install one (for example apt install xterm).</translation>
    </message>
    <message>
        <source>%1 has no safe way to be given the password, so it is on the clipboard for %2 seconds: paste it when asked.</source>
        <translation>%1 has no safe way to be given the password, so it is on the clipboard for %2 seconds: paste it when asked.</translation>
    </message>
    <message>
        <source>The password helper mente-askpass is missing.</source>
        <translation>The password helper mente-askpass is missing.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
    <message>
        <source>New device</source>
        <translation>New device</translation>
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
    <message>
        <source>Connect to the last notified port</source>
        <translation>Connect to the last notified port</translation>
    </message>
    <message>
        <source>New device on the LAN: %1</source>
        <translation>New device on the LAN: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>%1 port %2 %3</source>
        <translation>%1 port %2 %3</translation>
    </message>
    <message>
        <source>%1; last check: %2</source>
        <translation>%1; last check: %2</translation>
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
<context>
    <name>mente::console::TunnelManager</name>
    <message>
        <source>The box went away.</source>
        <translation>The box went away.</translation>
    </message>
    <message>
        <source>The box did not say where its SSH endpoint is: %1</source>
        <translation>The box did not say where its SSH endpoint is: %1</translation>
    </message>
    <message>
        <source>This box has no SSH endpoint for tunnels (update mente-box, or use the VPN).</source>
        <translation>This box has no SSH endpoint for tunnels (update mente-box, or use the VPN).</translation>
    </message>
    <message>
        <source>SSH tunnel through the box is up.</source>
        <translation>SSH tunnel through the box is up.</translation>
    </message>
    <message>
        <source>The box now reports the SSH host key %1, not the pinned %2: no tunnel is opened. If the box was reinstalled, remove it from the console and add it again.</source>
        <translation>The box now reports the SSH host key %1, not the pinned %2: no tunnel is opened. If the box was reinstalled, remove it from the console and add it again.</translation>
    </message>
</context>
<context>
    <name>mente::console::TunnelWorker</name>
    <message>
        <source>Cannot reach the box&apos;s SSH endpoint %1:%2: %3</source>
        <translation>Cannot reach the box&apos;s SSH endpoint %1:%2: %3</translation>
    </message>
    <message>
        <source>The box&apos;s SSH host key is %1, not the pinned %2. The tunnel was not opened.</source>
        <translation>The box&apos;s SSH host key is %1, not the pinned %2. The tunnel was not opened.</translation>
    </message>
    <message>
        <source>The console&apos;s SSH key in the keychain cannot be read.</source>
        <translation>The console&apos;s SSH key in the keychain cannot be read.</translation>
    </message>
    <message>
        <source>SSH login to the box failed: %1</source>
        <translation>SSH login to the box failed: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>Cannot listen on 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>The box did not open a connection to %1:%2: %3</source>
        <translation>The box did not open a connection to %1:%2: %3</translation>
    </message>
    <message>
        <source>The SSH link to the box dropped: %1</source>
        <translation>The SSH link to the box dropped: %1</translation>
    </message>
    <message>
        <source>The box refused the console&apos;s SSH key. Check that your operator account on this box is enabled, then try again.</source>
        <translation>The box refused the console&apos;s SSH key. Check that your operator account on this box is enabled, then try again.</translation>
    </message>
</context>
<context>
    <name>mente::console::platform</name>
    <message>
        <source>Windows credentials exist only on Windows.</source>
        <translation>Windows credentials exist only on Windows.</translation>
    </message>
</context>
</TS>
