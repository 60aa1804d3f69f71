<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Mente Console</source>
        <translation>Mente コンソールについて</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mente Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Remote IT maintenance for support companies: every customer&apos;s Mente box and its devices at a glance.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mente コンソール&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;サポート会社向けのリモート IT 保守ツールです。お客様ごとの Mente BOX と機器の状態をひと目で確認できます。&lt;/p&gt;&lt;p&gt;ライセンス: GNU General Public License バージョン 3 以降&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DefaultProfiles</name>
    <message>
        <source>Install Tera Term (https://teratermproject.github.io/).</source>
        <translation>Tera Term をインストールしてください（https://teratermproject.github.io/）。</translation>
    </message>
    <message>
        <source>mstsc (Remote Desktop Connection) is part of Windows; turn it on under Optional features.</source>
        <translation>mstsc（リモート デスクトップ接続）は Windows に含まれています。「オプション機能」で有効にしてください。</translation>
    </message>
    <message>
        <source>Install TigerVNC Viewer (https://tigervnc.org/), or RealVNC Viewer or UltraVNC.</source>
        <translation>TigerVNC Viewer（https://tigervnc.org/）、または RealVNC Viewer か UltraVNC をインストールしてください。</translation>
    </message>
    <message>
        <source>Install the OpenSSH client (Debian/Ubuntu: apt install openssh-client).</source>
        <translation>OpenSSH クライアントをインストールしてください（Debian/Ubuntu: apt install openssh-client）。</translation>
    </message>
    <message>
        <source>Install a telnet client (Debian/Ubuntu: apt install telnet).</source>
        <translation>telnet クライアントをインストールしてください（Debian/Ubuntu: apt install telnet）。</translation>
    </message>
    <message>
        <source>Install FreeRDP (Debian/Ubuntu: apt install freerdp2-x11).</source>
        <translation>FreeRDP をインストールしてください（Debian/Ubuntu: apt install freerdp2-x11）。</translation>
    </message>
    <message>
        <source>Install TigerVNC Viewer (Debian/Ubuntu: apt install tigervnc-viewer).</source>
        <translation>TigerVNC Viewer をインストールしてください（Debian/Ubuntu: apt install tigervnc-viewer）。</translation>
    </message>
    <message>
        <source>Install xdg-utils (Debian/Ubuntu: apt install xdg-utils).</source>
        <translation>xdg-utils をインストールしてください（Debian/Ubuntu: apt install xdg-utils）。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>The box&apos;s network</source>
        <translation>BOX のネットワーク</translation>
    </message>
    <message>
        <source>VPN link</source>
        <translation>VPN 接続</translation>
    </message>
    <message>
        <source>Box not running</source>
        <translation>BOX 停止</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · %2 / %3 ページ</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>月次レポート %1</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>障害一覧</translation>
    </message>
    <message>
        <source>Box and VPN outages</source>
        <translation>BOX・VPN の停止</translation>
    </message>
    <message>
        <source>This month ended before the box was first started: there is nothing to report.</source>
        <translation>この月は BOX の稼働開始より前に終わっているため、報告する内容はありません。</translation>
    </message>
    <message>
        <source>So far: up to %1, the month is not over yet.</source>
        <translation>途中経過：%1 まで（この月はまだ終わっていません）。</translation>
    </message>
    <message>
        <source>Rebuilt on %1; it replaces the earlier report.</source>
        <translation>%1 に作り直した報告で、以前の報告に代わります。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ユーザ名</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>対象期間</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 ～ %2（%3）</translation>
    </message>
    <message>
        <source>Built at</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>稼働率</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Nothing was monitored this month.</source>
        <translation>この月に監視していた対象はありません。</translation>
    </message>
    <message>
        <source>Faults over the month</source>
        <translation>月内の障害の推移</translation>
    </message>
    <message>
        <source>No faults this month.</source>
        <translation>この月の障害はありません。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more target(s) with faults, listed on the next pages.</source>
        <translation>
            <numerusform>…ほか %n 件の対象に障害があります（次ページ以降の一覧をご覧ください）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The box&apos;s own outages, day by day</source>
        <translation>BOX 自身の停止（日別）</translation>
    </message>
    <message>
        <source>No outages of the box, its network or the VPN.</source>
        <translation>BOX・ネットワーク・VPN の停止はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n outage(s), %1 in all.</source>
        <translation>
            <numerusform>停止 %n 件、合計 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ありません。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>End</source>
        <translation>復旧日時</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>Appeared: %1 %2 (%3)</source>
        <translation>新しく見つかった機器：%1 %2（%3）</translation>
    </message>
    <message>
        <source>Gone: %1 (%2)</source>
        <translation>見えなくなった機器：%1（%2）</translation>
    </message>
    <message>
        <source>Devices found and gone</source>
        <translation>機器の増減</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3, %n open port(s)</source>
        <translation>
            <numerusform>%1 %2：%3、開いているポート %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Port scans</source>
        <translation>ポートスキャン</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n mail(s)</source>
        <translation>
            <numerusform>%1：%n 通</numerusform>
        </translation>
    </message>
    <message>
        <source>Mails sent</source>
        <translation>送信したメール</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>月次レポート %1</translation>
    </message>
    <message>
        <source>the PDF cannot be started</source>
        <translation>PDF を作成できません</translation>
    </message>
    <message>
        <source>no room for another page</source>
        <translation>次のページを追加できません</translation>
    </message>
    <message>
        <source>the PDF cannot be finished</source>
        <translation>PDF を完成できません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ユーザ名</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>途中経過</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Counted seconds</source>
        <translation>集計秒数</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>End</source>
        <translation>復旧日時</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>継続時間（秒）</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>確認者</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>A licence key looks like XXXX-XXXX-XXXX-XXXX.</source>
        <translation>ライセンスキーは XXXX-XXXX-XXXX-XXXX の形式です。</translation>
    </message>
    <message>
        <source>A licence key never contains I, L, O or U.</source>
        <translation>ライセンスキーに I、L、O、U は使われていません。</translation>
    </message>
    <message>
        <source>This licence key is not valid: check it for a typing mistake.</source>
        <translation>このライセンスキーは正しくありません。入力間違いがないか確認してください。</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>パスワードは 8 文字以上にしてください。</translation>
    </message>
    <message>
        <source>A password has at most 128 characters.</source>
        <translation>パスワードは 128 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A password must not contain the login ID.</source>
        <translation>パスワードにログイン ID を含めないでください。</translation>
    </message>
    <message>
        <source>A password needs at least one letter and one digit.</source>
        <translation>パスワードには英字と数字をそれぞれ 1 文字以上含めてください。</translation>
    </message>
    <message>
        <source>A password uses only printable ASCII characters, without spaces.</source>
        <translation>パスワードには半角英数字と記号のみ使えます（空白は使えません）。</translation>
    </message>
    <message>
        <source>This password is too common.</source>
        <translation>このパスワードはよく使われるため使えません。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>現在のパスワードが違います。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新しいパスワードは現在のパスワードと異なるものにしてください。</translation>
    </message>
    <message>
        <source>A phone number has between 6 and 15 digits.</source>
        <translation>電話番号は 6～15 桁の数字です。</translation>
    </message>
    <message>
        <source>A phone number is required.</source>
        <translation>電話番号を入力してください。</translation>
    </message>
    <message>
        <source>A port number is between 1 and 65535.</source>
        <translation>ポート番号は 1～65535 です。</translation>
    </message>
    <message>
        <source>A sub-domain name cannot start or end with &apos;-&apos;.</source>
        <translation>サブドメイン名の先頭と末尾に &apos;-&apos; は使えません。</translation>
    </message>
    <message>
        <source>A sub-domain name has at most 63 characters.</source>
        <translation>サブドメイン名は 63 文字以内です。</translation>
    </message>
    <message>
        <source>A sub-domain name is required.</source>
        <translation>サブドメイン名を入力してください。</translation>
    </message>
    <message>
        <source>A sub-domain name uses only lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>サブドメイン名には半角小文字 a-z、数字、&apos;-&apos; のみ使えます。</translation>
    </message>
    <message>
        <source>An IPv4 address is required.</source>
        <translation>IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>An e-mail address is required.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Not a netmask: its one bits must be contiguous, like 255.255.255.0.</source>
        <translation>ネットマスクとして正しくありません（255.255.255.0 のように入力してください）。</translation>
    </message>
    <message>
        <source>Not a netmask: write it like 255.255.255.0.</source>
        <translation>ネットマスクは 255.255.255.0 のように入力してください。</translation>
    </message>
    <message>
        <source>Not a phone number: digits with optional +, -, spaces and brackets, e.g. 03-1234-5678.</source>
        <translation>電話番号は 03-1234-5678 のように数字で入力してください（+、-、空白、括弧も使えます）。</translation>
    </message>
    <message>
        <source>Not a postal code: seven digits like 123-4567.</source>
        <translation>郵便番号は 123-4567 のように 7 桁で入力してください。</translation>
    </message>
    <message>
        <source>Not an IPv4 address: four numbers 0-255 separated by dots, e.g. 192.168.1.10.</source>
        <translation>IP アドレスは 192.168.1.10 のように 0～255 の数字 4 つをドットで区切って入力してください。</translation>
    </message>
    <message>
        <source>Not an e-mail address: the part before @ has misplaced dots.</source>
        <translation>メールアドレスの @ の前のドットの位置が正しくありません。</translation>
    </message>
    <message>
        <source>Not an e-mail address: write it like name@example.jp.</source>
        <translation>メールアドレスは name@example.jp のように入力してください。</translation>
    </message>
    <message>
        <source>Set a valid address and netmask first.</source>
        <translation>先に正しい IP アドレスとネットマスクを入力してください。</translation>
    </message>
    <message>
        <source>The e-mail address is longer than 254 characters.</source>
        <translation>メールアドレスが 254 文字を超えています。</translation>
    </message>
    <message>
        <source>The gateway cannot be the box&apos;s own address.</source>
        <translation>ゲートウェイに本機自身の IP アドレスは指定できません。</translation>
    </message>
    <message>
        <source>The prefix length must be between 0 and 32.</source>
        <translation>プレフィックス長は 0～32 です。</translation>
    </message>
    <message>
        <source>This is the broadcast address of the subnet, not a host address.</source>
        <translation>これはサブネットのブロードキャストアドレスです。ホストのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>This is the network address of the subnet, not a host address.</source>
        <translation>これはサブネットのネットワークアドレスです。ホストのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Write this in full-width katakana (e.g. ヤマダ タロウ).</source>
        <translation>全角カタカナで入力してください（例: ヤマダ タロウ）。</translation>
    </message>
    <message>
        <source>Register the customer first: a licence is accepted only after registration.</source>
        <translation>先にユーザ登録を行ってください。ライセンスはユーザ登録の後に登録できます。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必須項目です。</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>長すぎます（%1 文字以内）。</translation>
    </message>
    <message>
        <source>Contains a control character.</source>
        <translation>制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The gateway must be inside the box&apos;s subnet %1.</source>
        <translation>ゲートウェイは本機と同じサブネット %1 内のアドレスにしてください。</translation>
    </message>
    <message>
        <source>Back to the top page</source>
        <translation>TOP画面に戻る</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必須）</translation>
    </message>
    <message>
        <source>Mente box setup</source>
        <translation>Mente 設定ツール</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>BOX の設定</translation>
    </message>
    <message>
        <source>Maintenance licence</source>
        <translation>運用保守ライセンス</translation>
    </message>
    <message>
        <source>A licence is registered: valid from %1 to %2. A new key replaces it.</source>
        <translation>ライセンスは登録済みです（有効期間 %1 ～ %2）。新しいキーを入力すると置き換わります。</translation>
    </message>
    <message>
        <source>Maintenance licence key</source>
        <translation>運用保守ライセンスキー</translation>
    </message>
    <message>
        <source>16 letters and digits as printed in the licence letter: XXXX-XXXX-XXXX-XXXX.</source>
        <translation>封書の「運用保守ライセンスキー」に記載の英数字 16 文字（XXXX-XXXX-XXXX-XXXX）。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Complete the user registration first: a licence is accepted only after it.</source>
        <translation>先にユーザ登録を行ってください。ライセンスはユーザ登録の後に登録できます。</translation>
    </message>
    <message>
        <source>User registration</source>
        <translation>ユーザ登録</translation>
    </message>
    <message>
        <source>Confirm the licence key</source>
        <translation>運用保守ライセンスキー確認</translation>
    </message>
    <message>
        <source>Check the key. If it is right, press Register.</source>
        <translation>キーを確認し、間違いがなければ「登録」を押してください。</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Licence registered</source>
        <translation>運用保守ライセンス入力完了</translation>
    </message>
    <message>
        <source>The maintenance licence is registered: valid from %1 to %2.</source>
        <translation>運用保守ライセンスを登録しました（有効期間 %1 ～ %2）。</translation>
    </message>
    <message>
        <source>Address setting</source>
        <translation>IP アドレスの設定</translation>
    </message>
    <message>
        <source>Static IP address</source>
        <translation>固定 IP アドレス</translation>
    </message>
    <message>
        <source>Automatic (DHCP)</source>
        <translation>自動取得 (DHCP)</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation>ネットマスク</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>DNS server (primary)</source>
        <translation>DNS サーバ（必須）</translation>
    </message>
    <message>
        <source>DNS server (secondary)</source>
        <translation>DNS サーバ（予備）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>ネットワーク設定</translation>
    </message>
    <message>
        <source>The last network change was not confirmed in time and has been rolled back.</source>
        <translation>前回のネットワーク設定の変更は時間内に確認されなかったため、元の設定に戻しました。</translation>
    </message>
    <message>
        <source>How the box gets its address</source>
        <translation>IP アドレスの取得方法</translation>
    </message>
    <message>
        <source>For a static address, fill in the fields below; with DHCP they are ignored.</source>
        <translation>固定 IP アドレスの場合は以下の欄を入力してください（DHCP の場合は入力不要です）。</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20</source>
        <translation>例: 192.168.1.20</translation>
    </message>
    <message>
        <source>e.g. 255.255.255.0 or 24</source>
        <translation>例: 255.255.255.0 または 24</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Confirm the new network settings</source>
        <translation>新しいネットワーク設定の確認</translation>
    </message>
    <message numerus="yes">
        <source>The new settings are in effect. Unless you confirm them within %n second(s), the previous settings come back.</source>
        <translation>
            <numerusform>新しい設定が有効になりました。%n 秒以内に確認しないと、元の設定に戻ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm from the new address:</source>
        <translation>新しいアドレスから確認してください:</translation>
    </message>
    <message>
        <source>The box now asks DHCP for its address: find it on your router and open this page there.</source>
        <translation>本機は DHCP でアドレスを取得します。ルータで本機のアドレスを確認し、そのアドレスでこのページを開いてください。</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>この設定を確定する</translation>
    </message>
    <message>
        <source>Too late: the change was not confirmed in time and has been rolled back.</source>
        <translation>時間内に確認されなかったため、変更は元に戻されました。</translation>
    </message>
    <message>
        <source>No network change is waiting for confirmation.</source>
        <translation>確認待ちのネットワーク設定の変更はありません。</translation>
    </message>
    <message>
        <source>Confirm from the new address %1: this page was opened at another address.</source>
        <translation>新しいアドレス %1 から確認してください（このページは別のアドレスで開かれています）。</translation>
    </message>
    <message>
        <source>Network settings complete</source>
        <translation>ネットワーク設定完了</translation>
    </message>
    <message>
        <source>The network settings are saved.</source>
        <translation>ネットワーク設定を保存しました。</translation>
    </message>
    <message>
        <source>Restarting the box once is recommended.</source>
        <translation>本機を一度再起動することをお勧めします。</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>以下の項目を修正してください。</translation>
    </message>
    <message>
        <source>Confirm the network settings</source>
        <translation>ネットワーク設定の確認</translation>
    </message>
    <message>
        <source>Check the entries. If they are right, press Apply.</source>
        <translation>入力内容を確認し、間違いがなければ「適用」を押してください。</translation>
    </message>
    <message numerus="yes">
        <source>After Apply you have %n second(s) to confirm the settings from the new address; otherwise the previous settings come back.</source>
        <translation>
            <numerusform>「適用」の後 %n 秒以内に新しいアドレスから設定を確定してください。確定しないと元の設定に戻ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>The settings could not be applied; nothing was changed. (%1)</source>
        <translation>設定を適用できませんでした。設定は変更されていません。（%1）</translation>
    </message>
    <message>
        <source>Choose DHCP or a static address.</source>
        <translation>DHCP か固定 IP アドレスを選んでください。</translation>
    </message>
    <message>
        <source>Use a prefix length from 1 to 30.</source>
        <translation>プレフィックス長は 1～30 にしてください。</translation>
    </message>
    <message>
        <source>Required: the box needs a DNS server.</source>
        <translation>必須項目です（DNS サーバが必要です）。</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>パスワード変更</translation>
    </message>
    <message>
        <source>The box still has its default password. Set a new password before anything else.</source>
        <translation>初期パスワードのままです。はじめに新しいパスワードを設定してください。</translation>
    </message>
    <message>
        <source>Login ID: %1</source>
        <translation>ログイン ID: %1</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>At least 8 characters with letters and digits, not containing the login ID.</source>
        <translation>英字と数字を含む 8 文字以上。ログイン ID を含まないこと。</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>新しいパスワード（確認）</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>新しいパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Too many failed attempts: try again later.</source>
        <translation>失敗が続いたため、しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>パスワード変更完了</translation>
    </message>
    <message>
        <source>The password has been changed. Your browser will ask you to log in again with the new password.</source>
        <translation>パスワードを変更しました。ブラウザが認証画面を表示したら、新しいパスワードでログインしてください。</translation>
    </message>
    <message>
        <source>Shut down the box</source>
        <translation>本機の終了</translation>
    </message>
    <message>
        <source>Choose shut down or restart.</source>
        <translation>シャットダウンか再起動を選んでください。</translation>
    </message>
    <message>
        <source>Shut the box down before you move it or switch it off; restart it after a change of the network or the proxy.</source>
        <translation>移設や電源を切る前には本機をシャットダウンしてください。ネットワークやプロキシの設定を変えた後は再起動してください。</translation>
    </message>
    <message>
        <source>Restart the box</source>
        <translation>本機を再起動する</translation>
    </message>
    <message>
        <source>Shut down the box?</source>
        <translation>本機をシャットダウンしますか？</translation>
    </message>
    <message>
        <source>Restart the box?</source>
        <translation>本機を再起動しますか？</translation>
    </message>
    <message>
        <source>The box stops monitoring until it is switched on again. Shut it down now?</source>
        <translation>再び電源を入れるまで監視は止まります。今すぐシャットダウンしますか？</translation>
    </message>
    <message>
        <source>The box is out of reach for a few minutes while it restarts. Restart it now?</source>
        <translation>再起動中の数分間は本機に接続できません。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The box is shutting down</source>
        <translation>本機の停止</translation>
    </message>
    <message>
        <source>The box is restarting</source>
        <translation>本機の再起動</translation>
    </message>
    <message>
        <source>The command failed: %1</source>
        <translation>コマンドが失敗しました: %1</translation>
    </message>
    <message>
        <source>The box is shutting down. Wait until it is off before you switch off the power.</source>
        <translation>本機をシャットダウンしています。停止してから電源を切ってください。</translation>
    </message>
    <message>
        <source>The box is restarting. Open this page again in a few minutes.</source>
        <translation>本機を再起動しています。数分後にこのページを開き直してください。</translation>
    </message>
    <message>
        <source>The proxy works: %1 was reached through it.</source>
        <translation>プロキシ経由で %1 に接続できました。</translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections at %1. Check the host name and the port.</source>
        <translation>接続が拒否されました: %1 で接続を受け付けていません。ホスト名とポートを確認してください。</translation>
    </message>
    <message>
        <source>The proxy host name %1 cannot be resolved.</source>
        <translation>プロキシのホスト名 %1 の名前解決ができません。</translation>
    </message>
    <message>
        <source>Timeout: the proxy at %1 did not answer in time.</source>
        <translation>タイムアウト: %1 のプロキシから時間内に応答がありません。</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and a password: enter them.</source>
        <translation>プロキシがユーザ名とパスワードを求めています。入力してください。</translation>
    </message>
    <message>
        <source>Authentication failed: the proxy did not accept the user name or the password.</source>
        <translation>認証に失敗しました: ユーザ名またはパスワードがプロキシに受け付けられませんでした。</translation>
    </message>
    <message>
        <source>The proxy answered but could not reach %1 (target unreachable).</source>
        <translation>プロキシは応答しましたが、%1 に接続できませんでした（接続先に到達できません）。</translation>
    </message>
    <message>
        <source>The proxy does not allow connections to %1.</source>
        <translation>プロキシが %1 への接続を許可していません。</translation>
    </message>
    <message>
        <source>The answer from %1 is not that of an HTTP or SOCKS5 proxy: check the type and the port.</source>
        <translation>%1 の応答は HTTP / SOCKS5 プロキシのものではありません。種類とポートを確認してください。</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>プロキシ設定</translation>
    </message>
    <message>
        <source>A wrong proxy cuts the box off from the internet: the box tries the proxy before saving it.</source>
        <translation>プロキシ設定を間違えると通信できなくなります。本機は保存の前にプロキシ経由の接続を試します。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続方法</translation>
    </message>
    <message>
        <source>Direct TCP/IP connection (no proxy)</source>
        <translation>直接 TCP/IP 接続（プロキシを使わない）</translation>
    </message>
    <message>
        <source>Through an HTTP proxy server</source>
        <translation>HTTP プロキシサーバ経由接続</translation>
    </message>
    <message>
        <source>Through a SOCKS proxy server</source>
        <translation>SOCKS プロキシサーバ経由接続</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザ名</translation>
    </message>
    <message>
        <source>Only when the proxy needs one.</source>
        <translation>プロキシが認証を必要とする場合のみ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>A password is stored: leave this empty to keep it.</source>
        <translation>パスワードは保存されています。変更しない場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Proxy settings complete</source>
        <translation>プロキシ設定完了</translation>
    </message>
    <message>
        <source>The proxy setting is saved: %1.</source>
        <translation>プロキシ設定を保存しました: %1</translation>
    </message>
    <message>
        <source>Restart the box so that every part of it uses the new setting.</source>
        <translation>新しい設定を反映するため、本機を再起動してください。</translation>
    </message>
    <message>
        <source>Shut down or restart the box</source>
        <translation>本機の終了・再起動</translation>
    </message>
    <message>
        <source>The entries were lost (the box restarted?): enter them again.</source>
        <translation>入力内容が失われました（本機が再起動した可能性があります）。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The proxy was not saved. %1</source>
        <translation>プロキシ設定は保存されていません。%1</translation>
    </message>
    <message>
        <source>Confirm the proxy settings</source>
        <translation>プロキシ情報入力確認</translation>
    </message>
    <message>
        <source>Check the entries. If they are right, press Register: the box tries the proxy first.</source>
        <translation>入力内容を確認し、間違いがなければ「登録」を押してください。保存の前にプロキシ経由の接続を試します。</translation>
    </message>
    <message>
        <source>set (not shown)</source>
        <translation>設定あり（表示しません）</translation>
    </message>
    <message>
        <source>Choose how the box reaches the internet.</source>
        <translation>接続方法を選んでください。</translation>
    </message>
    <message>
        <source>Enter a host name like proxy.example.jp or an address like 192.168.1.1.</source>
        <translation>proxy.example.jp のようなホスト名か、192.168.1.1 のようなアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The user name and the password have at most 255 characters each.</source>
        <translation>ユーザ名とパスワードはそれぞれ 255 文字以内です。</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Contact person: family name</source>
        <translation>ご担当者 姓</translation>
    </message>
    <message>
        <source>Contact person: given name</source>
        <translation>ご担当者 名</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Building, floor</source>
        <translation>建物名・階</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Sub-domain name</source>
        <translation>サブドメイン名</translation>
    </message>
    <message>
        <source>Day of the monthly report</source>
        <translation>月次レポート送付日</translation>
    </message>
    <message>
        <source>Language of mails and reports</source>
        <translation>メールとレポートの言語</translation>
    </message>
    <message>
        <source>Receive fault and recovery mails at this address</source>
        <translation>障害発生時（復旧時）の通知メールをこのアドレスで受信する</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択してください</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>Last day of the month</source>
        <translation>月末</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Like 123-4567.</source>
        <translation>例: 123-4567</translation>
    </message>
    <message>
        <source>Unique name for this customer: lower-case letters, digits and &apos;-&apos;.</source>
        <translation>お客様ごとに一意の名前（半角小文字、数字、&apos;-&apos;）</translation>
    </message>
    <message>
        <source>Confirm the registration</source>
        <translation>ユーザ情報入力確認</translation>
    </message>
    <message>
        <source>Check the entries. If they are right, press Register.</source>
        <translation>入力内容を確認し、間違いがなければ「登録」を押してください。</translation>
    </message>
    <message>
        <source>Registration complete</source>
        <translation>ユーザ登録完了</translation>
    </message>
    <message>
        <source>The registration is complete. A notice has been sent to %1.</source>
        <translation>ユーザ登録が完了しました。%1 に「登録完了」のお知らせを送りました。</translation>
    </message>
    <message>
        <source>The registration data has been updated.</source>
        <translation>ユーザ情報を更新しました。</translation>
    </message>
    <message>
        <source>Next, enter the maintenance licence key.</source>
        <translation>続けて運用保守ライセンスキーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the licence key</source>
        <translation>運用保守ライセンス入力</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Log in with the administrator&apos;s login ID and password (the first time: admin / admin).</source>
        <translation>管理者のログイン ID とパスワードでログインしてください（初回は admin / admin）。</translation>
    </message>
    <message>
        <source>Too many failed logins: this login ID is locked for a while. Try again later.</source>
        <translation>ログインの失敗が続いたため、このログイン ID はしばらくロックされています。時間をおいてやり直してください。</translation>
    </message>
    <message>
        <source>Too many failed logins from this computer: try again later.</source>
        <translation>このパソコンからのログインの失敗が続いています。時間をおいてやり直してください。</translation>
    </message>
    <message>
        <source>Only an administrator may use the setup page.</source>
        <translation>設定ツールは管理者のみ使用できます。</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>許可されていません</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this page (the box may have restarted). Open the page again and repeat the entry.</source>
        <translation>このフォームは無効です（期限切れ、または本機の再起動の可能性があります）。ページを開き直して、もう一度入力してください。</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>ページが見つかりません</translation>
    </message>
    <message>
        <source>There is no such page on the box.</source>
        <translation>このページはありません。</translation>
    </message>
    <message>
        <source>The setup page answers only computers on the box&apos;s own network.</source>
        <translation>この設定画面は、BOX と同じネットワーク内のコンピューターからのみ利用できます。</translation>
    </message>
    <message>
        <source>This page is served only under the box&apos;s own name or address. Open it by the box&apos;s address.</source>
        <translation>この画面は BOX 自身の名前またはアドレスでのみ表示できます。BOX のアドレスを指定して開いてください。</translation>
    </message>
    <message>
        <source>The form is too large.</source>
        <translation>フォームの内容が大きすぎます。</translation>
    </message>
    <message>
        <source>This method is not allowed here.</source>
        <translation>この操作はできません。</translation>
    </message>
    <message>
        <source>Through the HTTP proxy %1:%2</source>
        <translation>HTTP プロキシサーバ経由接続 (%1:%2) に設定されています</translation>
    </message>
    <message>
        <source>Through the SOCKS proxy %1:%2</source>
        <translation>SOCKS プロキシサーバ経由接続 (%1:%2) に設定されています</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Thank you for choosing the Mente box. Set it up here step by step.</source>
        <translation>Mente box をお買い上げいただきありがとうございます。ここで順に設定してください。</translation>
    </message>
    <message>
        <source>Registration is complete (%1).</source>
        <translation>既にユーザ登録は完了しています（%1）</translation>
    </message>
    <message>
        <source>Not registered yet.</source>
        <translation>ユーザ登録が完了していません</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>シリアル番号 %1</translation>
    </message>
    <message>
        <source>Edit registration</source>
        <translation>ユーザ情報の変更</translation>
    </message>
    <message>
        <source>Static address %1/%2, gateway %3</source>
        <translation>固定 IP アドレス %1/%2、ゲートウェイ %3 に設定されています</translation>
    </message>
    <message>
        <source>Current IP address: %1</source>
        <translation>IP アドレス【%1】</translation>
    </message>
    <message numerus="yes">
        <source>A change is waiting for confirmation (%n second(s) left).</source>
        <translation>
            <numerusform>変更の確認待ちです（残り %n 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク設定</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ設定</translation>
    </message>
    <message>
        <source>Complete the user registration first.</source>
        <translation>ユーザ登録が完了していません</translation>
    </message>
    <message>
        <source>No licence is registered.</source>
        <translation>ライセンスは未登録です</translation>
    </message>
    <message numerus="yes">
        <source>Registered: valid from %1 to %2 (%n day(s) left).</source>
        <translation>
            <numerusform>登録済み: 有効期間 %1 ～ %2（残り %n 日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>%1 に期限切れになりました。</translation>
    </message>
    <message>
        <source>HTTPS certificate (SHA-256)</source>
        <translation>HTTPS 証明書 (SHA-256)</translation>
    </message>
    <message>
        <source>Check that the console shows the same fingerprint when it first connects.</source>
        <translation>コンソールから初めて接続するとき、同じフィンガープリントが表示されることを確認してください。</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>ソフトウェアバージョン</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>本機の終了</translation>
    </message>
    <message>
        <source>Company name (reading)</source>
        <translation>会社名よみがな</translation>
    </message>
    <message>
        <source>Family name (reading)</source>
        <translation>姓よみがな</translation>
    </message>
    <message>
        <source>Given name (reading)</source>
        <translation>名よみがな</translation>
    </message>
    <message>
        <source>Address (reading)</source>
        <translation>住所よみがな</translation>
    </message>
    <message>
        <source>Building, floor (reading)</source>
        <translation>ビル名・階よみがな</translation>
    </message>
    <message>
        <source>The reading in hiragana or katakana, e.g. いたばしくしむら.</source>
        <translation>ひらがなまたはカタカナで入力してください（例: いたばしくしむら）。</translation>
    </message>
    <message>
        <source>Name on the LAN: %1.local</source>
        <translation>LAN 上の名前: %1.local</translation>
    </message>
    <message>
        <source>first-boot address, until the box has its own</source>
        <translation>初期設定用アドレス（本来のアドレスが設定されるまで）</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>IP アドレス: %1</translation>
    </message>
    <message>
        <source>Name and addresses</source>
        <translation>LAN 上の名前と IP アドレス</translation>
    </message>
    <message>
        <source>The proxy settings were not saved: the box cannot write the file %1. The box&apos;s log says why.</source>
        <translation>プロキシ設定を保存できませんでした。BOX がファイル %1 に書き込めません。理由は BOX のログに記録されています。</translation>
    </message>
    <message>
        <source>The mail settings were not saved: the box cannot write the file %1. The box&apos;s log says why.</source>
        <translation>メール設定を保存できませんでした。BOX がファイル %1 に書き込めません。理由は BOX のログに記録されています。</translation>
    </message>
    <message>
        <source>Log in with the administrator&apos;s login ID and password.</source>
        <translation>管理者のログイン ID とパスワードでログインしてください。</translation>
    </message>
    <message>
        <source>The SMTP server URL has at most 2048 characters.</source>
        <translation>SMTP サーバの URL は 2048 文字以内です。</translation>
    </message>
    <message>
        <source>The SMTP server is written like smtp://mail.example.jp:587.</source>
        <translation>SMTP サーバは smtp://mail.example.jp:587 のように入力してください。</translation>
    </message>
    <message>
        <source>The connection security is none, starttls or tls.</source>
        <translation>接続の保護は none、starttls、tls のいずれかです。</translation>
    </message>
    <message>
        <source>A fault mail repeats every 0.01 to 43200 minutes (30 days).</source>
        <translation>障害メールの再送間隔は 0.01～43200 分（30 日）です。</translation>
    </message>
    <message>
        <source>The SMTP user name has at most 255 characters, no control characters.</source>
        <translation>SMTP のユーザ名は 255 文字以内で、制御文字は使えません。</translation>
    </message>
    <message>
        <source>The SMTP password has at most 255 characters, no control characters.</source>
        <translation>SMTP のパスワードは 255 文字以内で、制御文字は使えません。</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>メール設定</translation>
    </message>
    <message>
        <source>The box sends fault notices and its other mails through this SMTP server. A saved change is in force for the next mail.</source>
        <translation>BOX は障害通知などのメールをこの SMTP サーバから送信します。保存した変更は次のメールから使われます。</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP サーバ</translation>
    </message>
    <message>
        <source>Like smtp://mail.example.jp:587. Empty: the mails wait in the outbox.</source>
        <translation>例: smtp://mail.example.jp:587。空欄の場合、メールは送信待ちのまま保管されます。</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>接続の保護</translation>
    </message>
    <message>
        <source>None (plain SMTP)</source>
        <translation>なし（暗号化しない SMTP）</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS（必須）</translation>
    </message>
    <message>
        <source>TLS from the start (SMTPS)</source>
        <translation>最初から TLS（SMTPS）</translation>
    </message>
    <message>
        <source>Only when the server wants a login (SMTP AUTH).</source>
        <translation>サーバが認証（SMTP AUTH）を必要とする場合のみ</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>パスワードは保存されていません。</translation>
    </message>
    <message>
        <source>Clear the stored password</source>
        <translation>保存されているパスワードを削除する</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>送信元アドレス</translation>
    </message>
    <message>
        <source>Repeat a fault mail every (minutes)</source>
        <translation>障害メールの再送間隔（分）</translation>
    </message>
    <message>
        <source>From 0.01 to 43200 (30 days).</source>
        <translation>0.01～43200（30 日）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Send a test mail with the saved settings:</source>
        <translation>保存した設定でテストメールを送信します:</translation>
    </message>
    <message>
        <source>Test mail to</source>
        <translation>テストメールの宛先</translation>
    </message>
    <message>
        <source>Send a test mail</source>
        <translation>テストメールを送信</translation>
    </message>
    <message>
        <source>The mail settings are saved and in force for the next mail.</source>
        <translation>メール設定を保存しました。次のメールから新しい設定が使われます。</translation>
    </message>
    <message>
        <source>A test mail is on its way already: wait for its result.</source>
        <translation>テストメールを送信中です。結果が出るまでお待ちください。</translation>
    </message>
    <message>
        <source>The test mail was sent to %1. Check that it has arrived.</source>
        <translation>%1 にテストメールを送信しました。届いていることを確認してください。</translation>
    </message>
    <message>
        <source>No SMTP server is set: enter one and save it first.</source>
        <translation>SMTP サーバが設定されていません。先に入力して保存してください。</translation>
    </message>
    <message>
        <source>The host name of the SMTP server cannot be resolved.</source>
        <translation>SMTP サーバのホスト名を解決できません。</translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections at the SMTP server&apos;s address and port.</source>
        <translation>接続が拒否されました。SMTP サーバのアドレスとポートで接続を受け付けていません。</translation>
    </message>
    <message>
        <source>Timeout: the SMTP server did not answer in time.</source>
        <translation>タイムアウト: SMTP サーバから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The encrypted connection to the SMTP server failed: check the connection security and the server&apos;s certificate.</source>
        <translation>SMTP サーバとの暗号化接続に失敗しました。接続の保護の設定とサーバの証明書を確認してください。</translation>
    </message>
    <message>
        <source>Authentication failed: the SMTP server did not accept the user name or the password.</source>
        <translation>認証に失敗しました。SMTP サーバがユーザ名またはパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The SMTP server refused the mail.</source>
        <translation>SMTP サーバがメールを拒否しました。</translation>
    </message>
    <message>
        <source>The SMTP server could not be reached.</source>
        <translation>SMTP サーバに接続できませんでした。</translation>
    </message>
    <message>
        <source>The test mail was not sent. %1</source>
        <translation>テストメールは送信されませんでした。%1</translation>
    </message>
    <message>
        <source>(The server&apos;s answer: %1)</source>
        <translation>（サーバの応答: %1）</translation>
    </message>
    <message>
        <source>No SMTP server is set: mails wait in the outbox.</source>
        <translation>SMTP サーバが設定されていません（メールは送信待ちのまま保管されます）</translation>
    </message>
    <message>
        <source>Through %1 (from %2)</source>
        <translation>%1 から送信（送信元 %2）</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>メール設定</translation>
    </message>
    <message>
        <source>The SMTP server URL holds no user name or password: use their own fields.</source>
        <translation>SMTP サーバの URL にユーザ名やパスワードを含めないでください。それぞれの欄に入力してください。</translation>
    </message>
</context>
<context>
    <name>VpnDiagnosis</name>
    <message>
        <source>Not checked: fix the fault above first.</source>
        <translation>未確認です。先に上の異常を解消してください。</translation>
    </message>
    <message>
        <source>VPN adapter present</source>
        <translation>VPN アダプタの有無</translation>
    </message>
    <message>
        <source>Found &quot;%1&quot;.</source>
        <translation>「%1」が見つかりました。</translation>
    </message>
    <message>
        <source>No adapter named %1. Install the SoftEther/PacketiX VPN client and create its virtual adapter, or set the adapter&apos;s name in Settings. Without it, use the SSH tunnel through the box.</source>
        <translation>%1 という名前のアダプタがありません。SoftEther/PacketiX VPN クライアントをインストールして仮想 LAN カードを作成するか、設定でアダプタ名を指定してください。VPN を使わない場合は、BOX 経由の SSH トンネルを使ってください。</translation>
    </message>
    <message>
        <source>Adapter connected</source>
        <translation>アダプタの接続</translation>
    </message>
    <message>
        <source>The adapter is up.</source>
        <translation>アダプタは接続されています。</translation>
    </message>
    <message>
        <source>The adapter is down. Connect the VPN connection setting in the VPN client manager.</source>
        <translation>アダプタが切断されています。VPN クライアント接続マネージャで接続設定を接続してください。</translation>
    </message>
    <message>
        <source>Adapter has an address</source>
        <translation>アダプタの IP アドレス</translation>
    </message>
    <message>
        <source>%1 on the adapter.</source>
        <translation>アダプタのアドレスは %1 です。</translation>
    </message>
    <message>
        <source>The adapter has no IPv4 address. Check that the box&apos;s virtual hub hands out addresses (DHCP) or give the adapter a fixed address.</source>
        <translation>アダプタに IPv4 アドレスがありません。BOX の仮想 HUB がアドレスを配布しているか（DHCP）確認するか、アダプタに固定 IP アドレスを設定してください。</translation>
    </message>
    <message>
        <source>%1 on &quot;%2&quot; overlaps %3 on the VPN adapter.</source>
        <translation>「%2」の %1 が VPN アダプタの %3 と重複しています。</translation>
    </message>
    <message>
        <source>No overlapping subnet</source>
        <translation>サブネットの重複なし</translation>
    </message>
    <message>
        <source>No other interface uses the customer&apos;s subnet.</source>
        <translation>お客様のサブネットを使っているインターフェイスは他にありません。</translation>
    </message>
    <message>
        <source>The customer&apos;s LAN uses the same addresses as one of your own networks: use the SSH tunnel through the box.</source>
        <translation>お客様の LAN が、こちら側のネットワークと同じアドレスを使っています。BOX 経由の SSH トンネルを使ってください。</translation>
    </message>
    <message>
        <source>Traffic to %1 goes through the VPN adapter.</source>
        <translation>%1 への通信は VPN アダプタを通ります。</translation>
    </message>
    <message>
        <source>No route leads to %1. Add a route for the customer&apos;s subnet through the VPN adapter.</source>
        <translation>%1 への経路がありません。お客様のサブネットへの経路を VPN アダプタ経由で追加してください。</translation>
    </message>
    <message>
        <source>Traffic to %1 leaves through &quot;%2&quot; (%3/%4, metric %5), not the VPN adapter. Give the VPN adapter a lower interface metric or add a route for the customer&apos;s subnet through it, or use the SSH tunnel.</source>
        <translation>%1 への通信が VPN アダプタではなく「%2」（%3/%4、メトリック %5）から出ています。VPN アダプタのインターフェイス メトリックを小さくするか、お客様のサブネットへの経路を VPN アダプタ経由で追加してください。または SSH トンネルを使ってください。</translation>
    </message>
    <message>
        <source>Route goes through the VPN</source>
        <translation>経路が VPN を通るか</translation>
    </message>
    <message>
        <source>Device inside the VPN subnet</source>
        <translation>機器が VPN のサブネット内にあるか</translation>
    </message>
    <message>
        <source>%1 is inside %2.</source>
        <translation>%1 は %2 の中にあります。</translation>
    </message>
    <message>
        <source>%1 is not inside the adapter&apos;s subnet %2. Check the device&apos;s address, or that the box bridges the right LAN.</source>
        <translation>%1 はアダプタのサブネット %2 の外にあります。機器のアドレスと、BOX が正しい LAN につながっているかを確認してください。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>mente::ErrorMessages</name>
    <message>
        <source>A password has 8 to 128 printable ASCII characters with at least one letter and one digit, and does not contain the login ID.</source>
        <translation>パスワードは半角の英字と数字をそれぞれ 1 文字以上含めて 8〜128 文字で、ログイン ID を含めずに入力してください。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>現在のパスワードが違います。</translation>
    </message>
    <message>
        <source>Write the e-mail address like name@example.jp (at most 254 characters).</source>
        <translation>メールアドレスは name@example.jp の形で入力してください（254 文字まで）。</translation>
    </message>
    <message>
        <source>Write the phone number with 6 to 15 digits, e.g. 03-1234-5678.</source>
        <translation>電話番号は 6〜15 桁の数字で入力してください（例: 03-1234-5678）。</translation>
    </message>
    <message>
        <source>Write the postal code as seven digits, e.g. 123-4567.</source>
        <translation>郵便番号は 7 桁で入力してください（例: 123-4567）。</translation>
    </message>
    <message>
        <source>Choose the prefecture.</source>
        <translation>都道府県を選んでください。</translation>
    </message>
    <message>
        <source>Enter the company name (at most 128 characters).</source>
        <translation>会社名を入力してください（128 文字まで）。</translation>
    </message>
    <message>
        <source>Enter the name (at most 128 characters).</source>
        <translation>名前を入力してください（128 文字まで）。</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s family name.</source>
        <translation>担当者の姓を入力してください。</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s given name.</source>
        <translation>担当者の名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the address (at most 256 characters).</source>
        <translation>住所を入力してください（256 文字まで）。</translation>
    </message>
    <message>
        <source>The building name has at most 256 characters.</source>
        <translation>建物名は 256 文字までです。</translation>
    </message>
    <message>
        <source>Write the reading in full-width katakana, e.g. ヤマダ タロウ.</source>
        <translation>フリガナは全角カタカナで入力してください（例: ヤマダ タロウ）。</translation>
    </message>
    <message>
        <source>A sub-domain has 1 to 63 lower-case letters a-z, digits or &apos;-&apos;, not at its start or end.</source>
        <translation>サブドメインは半角小文字の英字（a-z）・数字・「-」で 1〜63 文字です。「-」は先頭と末尾に使えません。</translation>
    </message>
    <message>
        <source>The report day is a day of the month, 1 to 31 (31: the last day).</source>
        <translation>レポート送信日は 1〜31 日で指定してください（31 は月末）。</translation>
    </message>
    <message>
        <source>The remark is too long.</source>
        <translation>備考が長すぎます。</translation>
    </message>
    <message>
        <source>Choose Japanese or English.</source>
        <translation>日本語か英語を選んでください。</translation>
    </message>
    <message>
        <source>Write the licence key like XXXX-XXXX-XXXX-XXXX, as printed on the licence certificate.</source>
        <translation>ライセンスキーはライセンス証書のとおり XXXX-XXXX-XXXX-XXXX の形で入力してください。</translation>
    </message>
    <message>
        <source>Write an IPv4 address like 192.168.1.10.</source>
        <translation>IPv4 アドレスを 192.168.1.10 の形で入力してください。</translation>
    </message>
    <message>
        <source>Write an IPv4 address like 192.168.1.10 that is a host of its subnet.</source>
        <translation>サブネット内のホストの IPv4 アドレスを 192.168.1.10 の形で入力してください。</translation>
    </message>
    <message>
        <source>Write the netmask like 255.255.255.0.</source>
        <translation>ネットマスクは 255.255.255.0 の形で入力してください。</translation>
    </message>
    <message>
        <source>The gateway is an IPv4 address inside the box&apos;s subnet, not the box&apos;s own.</source>
        <translation>ゲートウェイには BOX と同じサブネット内の、BOX 自身以外の IPv4 アドレスを指定してください。</translation>
    </message>
    <message>
        <source>Write the DNS server as an IPv4 address like 192.168.1.1.</source>
        <translation>DNS サーバーは 192.168.1.1 の形の IPv4 アドレスで入力してください。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>プロキシのホスト名またはアドレスを入力してください。</translation>
    </message>
    <message>
        <source>A port number is between 1 and 65535.</source>
        <translation>ポート番号は 1〜65535 で指定してください。</translation>
    </message>
    <message>
        <source>Write the ports like 1-1000,3389.</source>
        <translation>ポートは 1-1000,3389 の形で入力してください。</translation>
    </message>
    <message>
        <source>The protocol name is too long or contains a control character.</source>
        <translation>プロトコル名が長すぎるか、制御文字が含まれています。</translation>
    </message>
    <message>
        <source>Write the address like https://192.168.1.10/ (at most 1024 characters).</source>
        <translation>アドレスは https://192.168.1.10/ の形で入力してください（1024 文字まで）。</translation>
    </message>
    <message>
        <source>Write the box&apos;s address like https://192.168.1.2:8443.</source>
        <translation>BOX のアドレスを https://192.168.1.2:8443 の形で入力してください。</translation>
    </message>
    <message>
        <source>The end of the maintenance window must be a time in the future.</source>
        <translation>メンテナンスの終了日時には未来の日時を指定してください。</translation>
    </message>
    <message>
        <source>The length of the maintenance window is not accepted.</source>
        <translation>メンテナンス時間の長さが正しくありません。</translation>
    </message>
    <message>
        <source>The selection is not valid: reload the list and try again.</source>
        <translation>選択内容が正しくありません。一覧を再読み込みしてからやり直してください。</translation>
    </message>
    <message>
        <source>This value is not accepted: check what you entered.</source>
        <translation>入力内容に誤りがあります。確認してください。</translation>
    </message>
    <message>
        <source>This login ID is used already: choose another.</source>
        <translation>このログイン ID はすでに使われています。別の ID にしてください。</translation>
    </message>
    <message>
        <source>This sub-domain is used already: choose another.</source>
        <translation>このサブドメインはすでに使われています。別の名前にしてください。</translation>
    </message>
    <message>
        <source>A device with this address exists already.</source>
        <translation>このアドレスの機器はすでに登録されています。</translation>
    </message>
    <message>
        <source>This clashes with what the box has: reload and try again.</source>
        <translation>BOX 側の内容と食い違っています。再読み込みしてからやり直してください。</translation>
    </message>
    <message>
        <source>The login ID or the password is wrong.</source>
        <translation>ログイン ID またはパスワードが違います。</translation>
    </message>
    <message>
        <source>Too many failed logins: this login is locked for a few minutes.</source>
        <translation>ログインの失敗が続いたため、数分間ロックされています。</translation>
    </message>
    <message>
        <source>Too many attempts: wait a few minutes and try again.</source>
        <translation>試行回数が多すぎます。数分待ってからやり直してください。</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>この操作は管理者だけが行えます。</translation>
    </message>
    <message>
        <source>This is no longer on the box: reload the list.</source>
        <translation>BOX にもう存在しません。一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <source>A login ID has 3 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter or digit.</source>
        <translation>ログイン ID は半角英数字と「.」「_」「-」を使って 3〜32 文字で、先頭は英数字にしてください。</translation>
    </message>
    <message>
        <source>Enter the group (at most 64 characters).</source>
        <translation>グループを入力してください（64 文字まで）。</translation>
    </message>
</context>
<context>
    <name>mente::console::AddBoxDialog</name>
    <message>
        <source>Add a box</source>
        <translation>BOX の追加</translation>
    </message>
    <message>
        <source>https://192.168.1.20:8443</source>
        <translation>https://192.168.1.20:8443</translation>
    </message>
    <message>
        <source>Box address:</source>
        <translation>BOX のアドレス:</translation>
    </message>
    <message>
        <source>Login ID:</source>
        <translation>ログインID:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1（シリアル番号 %2）</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>ログインしています…</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>パスワードを変更しています…</translation>
    </message>
    <message>
        <source>Boxes announced on this network:</source>
        <translation>このネットワークで見つかった BOX:</translation>
    </message>
    <message>
        <source>Pick a box to fill in its address, or type the address.</source>
        <translation>BOX を選ぶとアドレスが入ります。アドレスを直接入力することもできます。</translation>
    </message>
    <message>
        <source>Boxes cannot be searched for on this computer: type the box&apos;s address.</source>
        <translation>このコンピュータでは BOX を検索できません。BOX のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
Serial %2, certificate %3</source>
        <translation>%1
シリアル番号 %2、証明書 %3</translation>
    </message>
</context>
<context>
    <name>mente::console::ApiReply</name>
    <message>
        <source>The box presented a different certificate (%1). The connection was refused.</source>
        <translation>BOX が別の証明書（%1）を提示しました。接続を拒否しました。</translation>
    </message>
    <message>
        <source>The box answered HTTP %1.</source>
        <translation>BOX が HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The box&apos;s answer was larger than %1 MB; the console did not read it.</source>
        <translation>BOX の応答が %1 MB を超えていたため、コンソールは読み込みませんでした。</translation>
    </message>
</context>
<context>
    <name>mente::console::ApiScope</name>
    <message>
        <source>The box sent an answer the console cannot read (%1: %2).</source>
        <translation>BOX から読み取れない応答が届きました（%1: %2）。</translation>
    </message>
</context>
<context>
    <name>mente::console::BoxClient</name>
    <message>
        <source>No password is stored for this box: log in again.</source>
        <translation>この BOX のパスワードが保存されていません。もう一度ログインしてください。</translation>
    </message>
</context>
<context>
    <name>mente::console::BoxEnrolment</name>
    <message>
        <source>The login ID is required.</source>
        <translation>ログインIDを入力してください。</translation>
    </message>
    <message>
        <source>The password is required.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>The certificate was not trusted; the box was not added.</source>
        <translation>証明書を信頼しなかったため、BOX は追加されませんでした。</translation>
    </message>
    <message>
        <source>The box refused this login ID or password.</source>
        <translation>BOX がこのログインIDまたはパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>Adding the box was cancelled.</source>
        <translation>BOX の追加を取り消しました。</translation>
    </message>
</context>
<context>
    <name>mente::console::BoxInfoPage</name>
    <message>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MACアドレス</translation>
    </message>
    <message>
        <source>Address mode</source>
        <translation>IP取得方式</translation>
    </message>
    <message>
        <source>Local IP</source>
        <translation>ローカルIP</translation>
    </message>
    <message>
        <source>Global IP</source>
        <translation>グローバルIP</translation>
    </message>
    <message>
        <source>Sub-domain</source>
        <translation>サブドメイン名</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSHポート</translation>
    </message>
    <message>
        <source>VPN hub</source>
        <translation>仮想HUB</translation>
    </message>
    <message>
        <source>VPN user</source>
        <translation>仮想HUB接続ユーザ名</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（非表示）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>The box records in its audit log that the password was shown.</source>
        <translation>パスワードを表示したことは BOX の監査ログに記録されます。</translation>
    </message>
    <message>
        <source>VPN password</source>
        <translation>仮想HUB接続パスワード</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>ソフトウェアバージョン</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>起動日時</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>The box sent details the console cannot read (%1).</source>
        <translation>BOX から読み取れない詳細情報が届きました（%1）。</translation>
    </message>
    <message>
        <source>static</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1日 %2時間 %3分</translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>mente::console::BoxLink</name>
    <message>
        <source>Login failed: %1</source>
        <translation>ログインに失敗しました: %1</translation>
    </message>
    <message>
        <source>The box sent a status the console cannot read (%1).</source>
        <translation>BOX から読み取れない状態が届きました（%1）。</translation>
    </message>
</context>
<context>
    <name>mente::console::BoxQuieting</name>
    <message>
        <source>The box %1 could not be reached (%2): the change is kept in this console only.</source>
        <translation>BOX %1 に接続できませんでした（%2）。この変更はこのコンソール内にのみ保持されます。</translation>
    </message>
    <message>
        <source>The box %1 refused the change (%2): it is kept in this console only.</source>
        <translation>BOX %1 が変更を受け付けませんでした（%2）。この変更はこのコンソール内にのみ保持されます。</translation>
    </message>
    <message>
        <source>Notifications of the box %1 are on again.</source>
        <translation>BOX %1 の通知を再開しました。</translation>
    </message>
    <message>
        <source>The box %1 is muted until %2.</source>
        <translation>BOX %1 を %2 までミュートしました。</translation>
    </message>
    <message>
        <source>The box %1 has no unacknowledged fault.</source>
        <translation>BOX %1 に未確認の障害はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n fault(s) acknowledged on the box %1.</source>
        <translation>
            <numerusform>BOX %1 の障害 %n 件を確認済みにしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mente::console::BoxWindow</name>
    <message>
        <source>Customer</source>
        <translation>ユーザ詳細</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>BOX詳細</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>機器一覧</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>オペレータ</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>お問合せ履歴</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Diagnose connection</source>
        <translation>接続診断</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>月次レポート</translation>
    </message>
</context>
<context>
    <name>mente::console::Cause</name>
    <message>
        <source>connection refused</source>
        <translation>接続拒否</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>no answer in time (no SSH banner)</source>
        <translation>タイムアウト（SSH バナーなし）</translation>
    </message>
    <message>
        <source>no TLS answer in time</source>
        <translation>TLS の応答がタイムアウト</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 接続に失敗</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>closed by the device</source>
        <translation>機器が接続を切断</translation>
    </message>
    <message>
        <source>unexpected greeting</source>
        <translation>想定外の応答</translation>
    </message>
    <message>
        <source>SSH key exchange failed</source>
        <translation>SSH 鍵交換に失敗</translation>
    </message>
    <message>
        <source>the box cannot check SSH</source>
        <translation>BOX で SSH を確認できない</translation>
    </message>
    <message>
        <source>unexpected HTTP answer</source>
        <translation>想定外の HTTP 応答</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>HTTP の応答なし</translation>
    </message>
    <message>
        <source>no way to check it</source>
        <translation>確認方法なし</translation>
    </message>
    <message>
        <source>the box cannot ping</source>
        <translation>BOX から ping できない</translation>
    </message>
    <message>
        <source>the ping could not be sent</source>
        <translation>ping を送信できない</translation>
    </message>
    <message>
        <source>down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>keeps changing state</source>
        <translation>状態が頻繁に変化</translation>
    </message>
    <message>
        <source>first check</source>
        <translation>初回チェック</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>復旧</translation>
    </message>
    <message>
        <source>stable again</source>
        <translation>状態が安定</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>acknowledgement taken back</source>
        <translation>確認済みを取り消し</translation>
    </message>
    <message>
        <source>the check did not finish in time</source>
        <translation>チェックが時間内に終わらない</translation>
    </message>
    <message>
        <source>no VPN configured</source>
        <translation>VPN 未設定</translation>
    </message>
    <message>
        <source>VPN session not established</source>
        <translation>VPN セッション未確立</translation>
    </message>
    <message>
        <source>vpncmd cannot be run</source>
        <translation>vpncmd を実行できない</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>network link %1 down</source>
        <translation>ネットワークリンク %1 が切断</translation>
    </message>
    <message>
        <source>gateway %1 unreachable</source>
        <translation>ゲートウェイ %1 に到達不能</translation>
    </message>
</context>
<context>
    <name>mente::console::CertificateProbe</name>
    <message>
        <source>The address does not speak HTTPS.</source>
        <translation>このアドレスは HTTPS に応答しません。</translation>
    </message>
</context>
<context>
    <name>mente::console::ChangePasswordDialog</name>
    <message>
        <source>Change the password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>The box still uses its initial password for %1. Choose a new one before doing anything else.</source>
        <translation>BOX の %1 はまだ初期パスワードのままです。操作の前に新しいパスワードを設定してください。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>現在のパスワード:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新しいパスワード:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>もう一度入力:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>新しいパスワードが一致しません。</translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation>新しいパスワード: %1</translation>
    </message>
</context>
<context>
    <name>mente::console::ConnectionPage</name>
    <message>
        <source>&lt;b&gt;Diagnose connection&lt;/b&gt; — can the VPN adapter reach this device?</source>
        <translation>&lt;b&gt;接続診断&lt;/b&gt; — VPN アダプタからこの機器に接続できるか確認します</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>機器のアドレス</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Device address:</source>
        <translation>機器のアドレス:</translation>
    </message>
    <message>
        <source>Automatic: the VPN when it is usable, else the SSH tunnel</source>
        <translation>自動（VPN が使えれば VPN、使えなければ SSH トンネル）</translation>
    </message>
    <message>
        <source>Always the VPN adapter</source>
        <translation>常に VPN アダプタ</translation>
    </message>
    <message>
        <source>Always the SSH tunnel via the box</source>
        <translation>常に BOX 経由の SSH トンネル</translation>
    </message>
    <message>
        <source>Sessions of this box go</source>
        <translation>この BOX への接続経路</translation>
    </message>
    <message>
        <source>VPN adapter: the VPN client&apos;s usual names (%1); set another in Settings.</source>
        <translation>VPN アダプタ: VPN クライアントの標準の名前（%1）。別の名前は設定で指定できます。</translation>
    </message>
    <message>
        <source>VPN adapter: %1 (from Settings)</source>
        <translation>VPN アダプタ: %1（設定で指定）</translation>
    </message>
    <message>
        <source>Type the device&apos;s IPv4 address, then Diagnose.</source>
        <translation>機器の IPv4 アドレスを入力して「診断」を押してください。</translation>
    </message>
    <message>
        <source>(not checked)</source>
        <translation>（未確認）</translation>
    </message>
    <message>
        <source>The VPN can carry sessions to %1.</source>
        <translation>VPN で %1 に接続できます。</translation>
    </message>
    <message>
        <source>The VPN cannot carry sessions to %1 now.</source>
        <translation>現在、VPN では %1 に接続できません。</translation>
    </message>
    <message>
        <source>Sessions go through the VPN adapter.</source>
        <translation>接続は VPN アダプタを通ります。</translation>
    </message>
    <message>
        <source>Sessions go through the SSH tunnel via the box.</source>
        <translation>接続は BOX 経由の SSH トンネルを通ります。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>mente::console::ConsoleApplication</name>
    <message>
        <source>Cannot open the console database %1: %2</source>
        <translation>コンソールのデータベース %1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>mente::console::ConsoleSshKey</name>
    <message>
        <source>The console could not make its SSH key.</source>
        <translation>コンソールの SSH 鍵を作成できませんでした。</translation>
    </message>
    <message>
        <source>The keychain did not keep the console&apos;s SSH key: %1</source>
        <translation>コンソールの SSH 鍵をキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot log in to the box to upload the console&apos;s SSH key.</source>
        <translation>コンソールの SSH 鍵を登録するために BOX へログインできません。</translation>
    </message>
    <message>
        <source>The box does not list SSH keys: %1</source>
        <translation>BOX から SSH 鍵の一覧を取得できません: %1</translation>
    </message>
    <message>
        <source>The box did not take the console&apos;s SSH key: %1</source>
        <translation>BOX がコンソールの SSH 鍵を受け付けませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mente::console::ConsoleStore</name>
    <message>
        <source>This box is already in the fleet.</source>
        <translation>この BOX はすでにこのコンソールに登録されています。</translation>
    </message>
</context>
<context>
    <name>mente::console::CustomerPage</name>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Company (furigana)</source>
        <translation>会社名ふりがな</translation>
    </message>
    <message>
        <source>Contact family name</source>
        <translation>担当者（姓）</translation>
    </message>
    <message>
        <source>Family name (furigana)</source>
        <translation>担当者（姓）ふりがな</translation>
    </message>
    <message>
        <source>Contact given name</source>
        <translation>担当者（名）</translation>
    </message>
    <message>
        <source>Given name (furigana)</source>
        <translation>担当者（名）ふりがな</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>会社住所1</translation>
    </message>
    <message>
        <source>Address 1 (furigana)</source>
        <translation>会社住所1ふりがな</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>会社住所2</translation>
    </message>
    <message>
        <source>Address 2 (furigana)</source>
        <translation>会社住所2ふりがな</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Sub-domain</source>
        <translation>サブドメイン名</translation>
    </message>
    <message>
        <source>31 means the last day of the month.</source>
        <translation>31 は月末を意味します。</translation>
    </message>
    <message>
        <source>Monthly report day</source>
        <translation>月次レポート送信日</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Mail language</source>
        <translation>メールの言語</translation>
    </message>
    <message>
        <source>The customer receives fault mail</source>
        <translation>ユーザが障害発生メールを受信する</translation>
    </message>
    <message>
        <source>Mail on VPN faults</source>
        <translation>VPN状態 障害発生メール通知</translation>
    </message>
    <message>
        <source>Mail on box faults</source>
        <translation>BOX状態 障害発生メール通知</translation>
    </message>
    <message>
        <source>Mail on device faults</source>
        <translation>機器状態 障害発生メール通知</translation>
    </message>
    <message>
        <source>Fault mails</source>
        <translation>障害発生メール</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>mente::console::DeviceEditDialog</name>
    <message>
        <source>Device %1</source>
        <translation>機器 %1</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>変更なし（キーチェーンに保管）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Access URL</source>
        <translation>リモートメンテナンス用URL</translation>
    </message>
    <message>
        <source>Access user</source>
        <translation>リモートメンテナンス用ユーザID</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>リモートメンテナンス用パスワード</translation>
    </message>
    <message>
        <source>Report URL</source>
        <translation>月次レポート取得用URL</translation>
    </message>
    <message>
        <source>Report user</source>
        <translation>月次レポート取得用ユーザID</translation>
    </message>
    <message>
        <source>Report password</source>
        <translation>月次レポート取得用パスワード</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>保存されていません</translation>
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
        <translation>IPアドレス / MACアドレス</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>機器名</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Access URL / user</source>
        <translation>WEB/IFアクセス用 URL / ユーザID</translation>
    </message>
    <message>
        <source>Report URL / user</source>
        <translation>レポート画面生成用 URL / ユーザID</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1 [new]</source>
        <translation>%1 [新規]</translation>
    </message>
    <message>
        <source>Discovery found this device for the first time; &quot;Mark as seen&quot; takes the mark away.</source>
        <translation>LAN 探索で初めて見つかった機器です。「確認済みにする」で新規の印を外せます。</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1（確認済み）</translation>
    </message>
</context>
<context>
    <name>mente::console::DevicesPage</name>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Monitor ON</source>
        <translation>監視 ON</translation>
    </message>
    <message>
        <source>Monitor OFF</source>
        <translation>監視 OFF</translation>
    </message>
    <message>
        <source>Scan common ports</source>
        <translation>主要ポートをスキャン</translation>
    </message>
    <message>
        <source>Scan all ports</source>
        <translation>全ポートをスキャン</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>機器を追加</translation>
    </message>
    <message>
        <source>Select the devices to scan first.</source>
        <translation>スキャンする機器を先に選択してください。</translation>
    </message>
    <message>
        <source>Scanning… %p%</source>
        <translation>スキャン中… %p%</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>スキャンに失敗しました: %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認済みにする</translation>
    </message>
    <message>
        <source>Take back acknowledgement</source>
        <translation>確認済みを取り消す</translation>
    </message>
</context>
<context>
    <name>mente::console::DiscoveryBar</name>
    <message>
        <source>Discover devices</source>
        <translation>機器を探索</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>確認済みにする</translation>
    </message>
    <message>
        <source>Sweep the customer&apos;s LAN for devices now</source>
        <translation>お客様の LAN 内の機器を今すぐ探索します</translation>
    </message>
    <message>
        <source>Take the &quot;new&quot; mark off the devices discovery found</source>
        <translation>LAN 探索で見つかった機器の「新規」の印を外します</translation>
    </message>
    <message>
        <source>Sweeping… %1 of %2 addresses</source>
        <translation>探索中… %2 アドレス中 %1</translation>
    </message>
    <message numerus="yes">
        <source>Last sweep: %n device(s) found</source>
        <translation>
            <numerusform>前回の探索: 機器 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sweep failed: %1</source>
        <translation>前回の探索に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n new device(s) as seen</source>
        <translation>
            <numerusform>新規の機器 %n 台を確認済みにする</numerusform>
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
        <translation>その BOX はこのコンソールにありません。</translation>
    </message>
</context>
<context>
    <name>mente::console::FleetModel</name>
    <message>
        <source>(not yet known)</source>
        <translation>（未取得）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The box presented a different certificate: %1</source>
        <translation>BOX が別の証明書を提示しました: %1</translation>
    </message>
    <message>
        <source>The box has stopped answering.</source>
        <translation>BOX が応答しなくなりました。</translation>
    </message>
    <message>
        <source>Notifications muted until %1</source>
        <translation>%1 まで通知を停止中</translation>
    </message>
    <message>
        <source>Fault acknowledged</source>
        <translation>障害確認済み</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Global IP</source>
        <translation>グローバルIP</translation>
    </message>
    <message>
        <source>Sub-domain</source>
        <translation>サブドメイン名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ユーザ名</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>運用保守ライセンスキー</translation>
    </message>
    <message>
        <source>Licence start</source>
        <translation>ライセンス発行日</translation>
    </message>
    <message>
        <source>Licence end</source>
        <translation>ライセンス終了日</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>監視IPポート数</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>機器状態</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>BOX状態</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN状態</translation>
    </message>
    <message>
        <source>Box MAC</source>
        <translation>BOXのMACアドレス</translation>
    </message>
    <message>
        <source>Address mode</source>
        <translation>IP取得方式</translation>
    </message>
    <message>
        <source>Local IP</source>
        <translation>ローカルIP</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSHポート</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終応答</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Availability last month</source>
        <translation>先月の稼働率</translation>
    </message>
</context>
<context>
    <name>mente::console::FleetOperatorsDialog</name>
    <message>
        <source>Operators on every box</source>
        <translation>全 BOX のオペレータ</translation>
    </message>
    <message>
        <source>Create on every box…</source>
        <translation>全 BOX に作成…</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Remove from every box</source>
        <translation>全 BOX から削除</translation>
    </message>
    <message>
        <source>Login ID:</source>
        <translation>ログインID:</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>BOX</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成しました</translation>
    </message>
    <message>
        <source>no such operator</source>
        <translation>該当するオペレータはいません</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除しました</translation>
    </message>
</context>
<context>
    <name>mente::console::InquiriesPage</name>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>What was asked and answered</source>
        <translation>お問合せ内容と回答</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレータ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Set the status of the selected entry</source>
        <translation>選択した記録の状況を変更</translation>
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
        <translation>プログラムが入力を求める</translation>
    </message>
    <message>
        <source>OpenSSH askpass helper</source>
        <translation>OpenSSH の askpass ヘルパー</translation>
    </message>
    <message>
        <source>Standard input (FreeRDP)</source>
        <translation>標準入力（FreeRDP）</translation>
    </message>
    <message>
        <source>One-time password file (TigerVNC)</source>
        <translation>一度だけ読めるパスワードファイル（TigerVNC）</translation>
    </message>
    <message>
        <source>Temporary Windows credential (mstsc)</source>
        <translation>一時的な Windows 資格情報（mstsc）</translation>
    </message>
    <message>
        <source>Clipboard, cleared after 30 s</source>
        <translation>クリップボード（30 秒後に消去）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remote sessions&lt;/b&gt; — the program for each protocol. Placeholders: {host} {port} {user} {url} {device}. Passwords never go on the command line.</source>
        <translation>&lt;b&gt;リモート接続&lt;/b&gt; — プロトコルごとに使うプログラムです。置き換え文字: {host} {port} {user} {url} {device}。パスワードがコマンドラインに渡されることはありません。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>Back to the defaults</source>
        <translation>初期設定に戻す</translation>
    </message>
    <message>
        <source>empty: the VPN client&apos;s usual adapter names</source>
        <translation>空欄: VPN クライアントの標準のアダプタ名</translation>
    </message>
    <message>
        <source>VPN adapter</source>
        <translation>VPN アダプタ</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
</context>
<context>
    <name>mente::console::MainWindow</name>
    <message>
        <source>Mente console</source>
        <translation>Mente コンソール</translation>
    </message>
    <message>
        <source>Filter by serial, customer or sub-domain</source>
        <translation>シリアル番号・ユーザ名・サブドメイン名で絞り込み</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>異常のみ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>ユーザ一覧</translation>
    </message>
    <message>
        <source>Add box…</source>
        <translation>BOX を追加…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>表示を更新</translation>
    </message>
    <message>
        <source>Remove box…</source>
        <translation>BOX を削除…</translation>
    </message>
    <message>
        <source>Trust the new certificate…</source>
        <translation>新しい証明書を信頼する…</translation>
    </message>
    <message>
        <source>Mute notifications…</source>
        <translation>通知を一時停止…</translation>
    </message>
    <message>
        <source>Acknowledge fault</source>
        <translation>障害を確認済みにする</translation>
    </message>
    <message>
        <source>Operators on every box…</source>
        <translation>全 BOX のオペレータ…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>コンソール(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>ユーザ一覧(&amp;F)</translation>
    </message>
    <message>
        <source>Box added.</source>
        <translation>BOX を追加しました。</translation>
    </message>
    <message>
        <source>Remove boxes</source>
        <translation>BOX の削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n box(es) from this console? The boxes keep running; their passwords are deleted from the keychain.</source>
        <translation>
            <numerusform>%n 台の BOX をこのコンソールから削除しますか？BOX は動作を続けます。パスワードはキーチェーンから削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>This box presents the certificate that is trusted.</source>
        <translation>この BOX は信頼済みの証明書を提示しています。</translation>
    </message>
    <message>
        <source>Notifications for this box are on again.</source>
        <translation>この BOX の通知を再開しました。</translation>
    </message>
    <message numerus="yes">
        <source>Notifications for this box muted for %n minute(s).</source>
        <translation>
            <numerusform>この BOX の通知を %n 分間停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>%1 of %2 boxes shown</source>
        <translation>%2 台中 %1 台を表示</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>再ログイン…</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>再ログイン</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>%2 の %1 のパスワード:</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>%n 分間</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications on again</source>
        <translation>通知を再開</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>mente::console::OpenCommand</name>
    <message>
        <source>--open needs SERIAL DEVICE-IP PORT.</source>
        <translation>--open には シリアル番号 機器IP ポート を指定してください。</translation>
    </message>
    <message>
        <source>SERIAL is empty.</source>
        <translation>シリアル番号が空です。</translation>
    </message>
    <message>
        <source>DEVICE-IP &quot;%1&quot; is not an IPv4 address.</source>
        <translation>機器IP「%1」は IPv4 アドレスではありません。</translation>
    </message>
    <message>
        <source>PORT &quot;%1&quot; is not a port number (1–65535).</source>
        <translation>ポート「%1」はポート番号（1～65535）ではありません。</translation>
    </message>
    <message>
        <source>--via takes vpn or tunnel, not &quot;%1&quot;.</source>
        <translation>--via には vpn か tunnel を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>No box with serial %1 in this console&apos;s fleet.</source>
        <translation>このコンソールにはシリアル番号 %1 の BOX がありません。</translation>
    </message>
    <message>
        <source>The box did not list its devices: %1</source>
        <translation>BOX から機器一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source># through an SSH tunnel via the box: 127.0.0.1 and the port are chosen when the tunnel opens</source>
        <translation># BOX 経由の SSH トンネルを使います。127.0.0.1 のポートはトンネルを開いたときに決まります</translation>
    </message>
    <message>
        <source>Device %1 has no port %2 in the box&apos;s list.</source>
        <translation>BOX の一覧では、機器 %1 にポート %2 がありません。</translation>
    </message>
    <message>
        <source>The box has no device %1.</source>
        <translation>BOX に機器 %1 がありません。</translation>
    </message>
</context>
<context>
    <name>mente::console::OperatorDialog</name>
    <message>
        <source>New operator</source>
        <translation>オペレータ新規登録</translation>
    </message>
    <message>
        <source>Edit operator %1</source>
        <translation>オペレータ情報編集 %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理権限あり</translation>
    </message>
    <message>
        <source>Receives fault mail</source>
        <translation>障害発生メールを受信する</translation>
    </message>
    <message>
        <source>Enabled (may log in)</source>
        <translation>有効（ログイン可）</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>mente::console::OperatorsPage</name>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規登録…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>選択したオペレータを削除…</translation>
    </message>
    <message>
        <source>Only administrators manage operators.</source>
        <translation>オペレータを管理できるのは管理権限のあるオペレータだけです。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ名</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理権限</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Fault mail</source>
        <translation>障害発生メール受信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有り</translation>
    </message>
    <message>
        <source>no</source>
        <translation>無し</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Remove operators</source>
        <translation>オペレータの削除</translation>
    </message>
    <message>
        <source>Remove these operators: %1?</source>
        <translation>次のオペレータを削除しますか: %1</translation>
    </message>
</context>
<context>
    <name>mente::console::PortSessionMenu</name>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connect through the VPN</source>
        <translation>VPN で接続</translation>
    </message>
    <message>
        <source>Connect through an SSH tunnel via the box</source>
        <translation>BOX 経由の SSH トンネルで接続</translation>
    </message>
    <message>
        <source>Opening %1 to %2:%3…</source>
        <translation>%2:%3 に %1 で接続しています…</translation>
    </message>
    <message>
        <source>Session started through the SSH tunnel.</source>
        <translation>SSH トンネル経由で接続を開始しました。</translation>
    </message>
    <message>
        <source>Session started through the VPN.</source>
        <translation>VPN 経由で接続を開始しました。</translation>
    </message>
</context>
<context>
    <name>mente::console::PresetEnrolment</name>
    <message>
        <source>The certificate&apos;s fingerprint is required to add a box unattended.</source>
        <translation>BOX を自動で追加するには証明書のフィンガープリントが必要です。</translation>
    </message>
    <message>
        <source>This account must change its password first: add the box with the add-box dialog.</source>
        <translation>このアカウントは先にパスワードの変更が必要です。「BOX を追加」ダイアログから追加してください。</translation>
    </message>
</context>
<context>
    <name>mente::console::QProcessLauncher</name>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>mente::console::ReportView</name>
    <message>
        <source>Choose a report in the list, or build one.</source>
        <translation>一覧からレポートを選ぶか、新しく作成してください。</translation>
    </message>
</context>
<context>
    <name>mente::console::ReportsPage</name>
    <message>
        <source>Build for month…</source>
        <translation>月を指定して作成…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>再送信</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF に書き出し…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出し…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>稼働率</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>障害件数</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>（途中経過）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（内容なし）</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Building the report for %1…</source>
        <translation>%1 のレポートを作成しています…</translation>
    </message>
    <message>
        <source>The report for %1 was rebuilt; it replaces the earlier one.</source>
        <translation>%1 のレポートを作り直しました。以前のレポートに代わります。</translation>
    </message>
    <message>
        <source>The report for %1 was built.</source>
        <translation>%1 のレポートを作成しました。</translation>
    </message>
    <message>
        <source>The report for %1 is queued for mailing.</source>
        <translation>%1 のレポートをメール送信待ちに入れました。</translation>
    </message>
    <message>
        <source>No report is open.</source>
        <translation>レポートが開かれていません。</translation>
    </message>
    <message>
        <source>Build a monthly report</source>
        <translation>月次レポートの作成</translation>
    </message>
    <message>
        <source>Month (like 2026-10); the current month is built up to now:</source>
        <translation>月（例：2026-10）。今月を指定すると、現時点までの途中経過を作成します：</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>レポートを PDF に書き出し</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>レポートを CSV に書き出し</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>mente::console::SessionController</name>
    <message>
        <source>The protocol of port %1 is not known: choose it in the device list first.</source>
        <translation>ポート %1 のプロトコルが不明です。先に機器一覧でプロトコルを選んでください。</translation>
    </message>
    <message>
        <source>No device address to connect to.</source>
        <translation>接続先の機器アドレスがありません。</translation>
    </message>
</context>
<context>
    <name>mente::console::SessionLauncher</name>
    <message>
        <source>%1 is not installed: it is neither on PATH nor in the usual folders. %2</source>
        <translation>%1 がインストールされていません（PATH にも通常のインストール先にもありません）。%2</translation>
    </message>
    <message>
        <source>No program is set for %1</source>
        <translation>%1 のプログラムが設定されていません</translation>
    </message>
    <message>
        <source>Set the program for %1 in Settings.</source>
        <translation>設定で %1 のプログラムを指定してください。</translation>
    </message>
    <message>
        <source>%1 runs in a terminal, and no terminal emulator was found. Install one (for example apt install xterm).</source>
        <translation>%1 は端末の中で動きますが、端末エミュレータが見つかりません。端末エミュレータをインストールしてください（例: apt install xterm）。</translation>
    </message>
    <message>
        <source>%1 has no safe way to be given the password, so it is on the clipboard for %2 seconds: paste it when asked.</source>
        <translation>%1 にはパスワードを安全に渡す方法がないため、パスワードを %2 秒間クリップボードに入れました。入力を求められたら貼り付けてください。</translation>
    </message>
    <message>
        <source>The password helper mente-askpass is missing.</source>
        <translation>パスワード受け渡し用の mente-askpass が見つかりません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>mente::console::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>ウィンドウを閉じてもタスクトレイで動作を続ける</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A box is faulty after no answer for</source>
        <translation>応答がない場合に BOX 異常とするまでの時間</translation>
    </message>
    <message>
        <source>Mute notifications for</source>
        <translation>通知を停止する時間</translation>
    </message>
    <message>
        <source>A changed fault limit applies after the console restarts.</source>
        <translation>異常とするまでの時間の変更はコンソールの再起動後に反映されます。</translation>
    </message>
</context>
<context>
    <name>mente::console::State</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>スキャン中</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>BOX</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>新しい機器</translation>
    </message>
</context>
<context>
    <name>mente::console::TrayController</name>
    <message>
        <source>Show the console</source>
        <translation>コンソールを表示</translation>
    </message>
    <message>
        <source>Open the last notified box</source>
        <translation>最後に通知した BOX を開く</translation>
    </message>
    <message>
        <source>Acknowledge the last fault</source>
        <translation>最後の障害を確認済みにする</translation>
    </message>
    <message>
        <source>Mute the last notified box</source>
        <translation>最後に通知した BOX の通知を停止</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Mente console — fleet: %1</source>
        <translation>Mente コンソール — 全体: %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Fault: %1</source>
        <translation>異常: %1</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>復旧: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Connect to the last notified port</source>
        <translation>最後に通知したポートに接続</translation>
    </message>
    <message>
        <source>New device on the LAN: %1</source>
        <translation>LAN に新しい機器: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 のポート %2</translation>
    </message>
    <message>
        <source>%1 port %2 %3</source>
        <translation>%1 のポート %2 %3</translation>
    </message>
    <message>
        <source>%1; last check: %2</source>
        <translation>%1、最後のチェック: %2</translation>
    </message>
</context>
<context>
    <name>mente::console::TrustDialog</name>
    <message>
        <source>Trust this box?</source>
        <translation>この BOX を信頼しますか？</translation>
    </message>
    <message>
        <source>The box&apos;s certificate has changed</source>
        <translation>BOX の証明書が変わりました</translation>
    </message>
    <message>
        <source>This is the first connection to %1. Compare the certificate fingerprint below with the one the box shows on its setup page or prints at start. Trust it only if they are the same.</source>
        <translation>%1 への最初の接続です。下の証明書フィンガープリントを、BOX の設定ページに表示される値（または起動時に出力される値）と照合してください。同じ場合にだけ信頼してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1 presented a different certificate from the one trusted before. This happens when the box was reinstalled, or when someone is intercepting the connection. The console refuses to talk to it until you trust the new certificate deliberately.</source>
        <translation>&lt;b&gt;警告:&lt;/b&gt; %1 が以前に信頼した証明書とは別の証明書を提示しました。BOX を再インストールした場合のほか、通信が傍受されている場合にも起こります。新しい証明書を意図して信頼するまで、コンソールはこの BOX と通信しません。</translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation>これまで信頼していた証明書:</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>今回提示された証明書:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信頼する</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>新しい証明書を信頼する</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>信頼しない</translation>
    </message>
</context>
<context>
    <name>mente::console::TunnelManager</name>
    <message>
        <source>The box went away.</source>
        <translation>BOX が見つからなくなりました。</translation>
    </message>
    <message>
        <source>The box did not say where its SSH endpoint is: %1</source>
        <translation>BOX から SSH 接続先の情報を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>This box has no SSH endpoint for tunnels (update mente-box, or use the VPN).</source>
        <translation>この BOX にはトンネル用の SSH 接続先がありません（mente-box を更新するか、VPN を使ってください）。</translation>
    </message>
    <message>
        <source>SSH tunnel through the box is up.</source>
        <translation>BOX 経由の SSH トンネルがつながりました。</translation>
    </message>
    <message>
        <source>The box now reports the SSH host key %1, not the pinned %2: no tunnel is opened. If the box was reinstalled, remove it from the console and add it again.</source>
        <translation>BOX の SSH ホスト鍵が、登録済みの %2 ではなく %1 になっています。トンネルは開きません。BOX を再インストールした場合は、コンソールから BOX を削除して追加し直してください。</translation>
    </message>
</context>
<context>
    <name>mente::console::TunnelWorker</name>
    <message>
        <source>Cannot reach the box&apos;s SSH endpoint %1:%2: %3</source>
        <translation>BOX の SSH 接続先 %1:%2 に接続できません: %3</translation>
    </message>
    <message>
        <source>The box&apos;s SSH host key is %1, not the pinned %2. The tunnel was not opened.</source>
        <translation>BOX の SSH ホスト鍵が登録済みの %2 ではなく %1 です。トンネルは開きませんでした。</translation>
    </message>
    <message>
        <source>The console&apos;s SSH key in the keychain cannot be read.</source>
        <translation>キーチェーンにあるコンソールの SSH 鍵を読み込めません。</translation>
    </message>
    <message>
        <source>SSH login to the box failed: %1</source>
        <translation>BOX への SSH ログインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>127.0.0.1 で待ち受けできません: %1</translation>
    </message>
    <message>
        <source>The box did not open a connection to %1:%2: %3</source>
        <translation>BOX が %1:%2 への接続を開きませんでした: %3</translation>
    </message>
    <message>
        <source>The SSH link to the box dropped: %1</source>
        <translation>BOX との SSH 接続が切れました: %1</translation>
    </message>
    <message>
        <source>The box refused the console&apos;s SSH key. Check that your operator account on this box is enabled, then try again.</source>
        <translation>BOX がコンソールの SSH 鍵を拒否しました。この BOX でのオペレータアカウントが有効か確認してから、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>mente::console::platform</name>
    <message>
        <source>Windows credentials exist only on Windows.</source>
        <translation>Windows 資格情報は Windows でのみ使えます。</translation>
    </message>
</context>
</TS>
