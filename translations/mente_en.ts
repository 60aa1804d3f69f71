<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
