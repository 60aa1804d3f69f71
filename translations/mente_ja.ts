<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>mente::console::AddBoxDialog</name>
    <message>
        <source>Add a box</source>
        <translation>ボックスの追加</translation>
    </message>
    <message>
        <source>https://192.168.1.20:8443</source>
        <translation>https://192.168.1.20:8443</translation>
    </message>
    <message>
        <source>Box address:</source>
        <translation>ボックスのアドレス:</translation>
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
</context>
<context>
    <name>mente::console::ApiReply</name>
    <message>
        <source>The box presented a different certificate (%1). The connection was refused.</source>
        <translation>ボックスが別の証明書（%1）を提示しました。接続を拒否しました。</translation>
    </message>
    <message>
        <source>The box answered HTTP %1.</source>
        <translation>ボックスが HTTP %1 を返しました。</translation>
    </message>
</context>
<context>
    <name>mente::console::BoxClient</name>
    <message>
        <source>No password is stored for this box: log in again.</source>
        <translation>このボックスのパスワードが保存されていません。もう一度ログインしてください。</translation>
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
        <translation>証明書を信頼しなかったため、ボックスは追加されませんでした。</translation>
    </message>
    <message>
        <source>The box refused this login ID or password.</source>
        <translation>ボックスがこのログインIDまたはパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>Adding the box was cancelled.</source>
        <translation>ボックスの追加を取り消しました。</translation>
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
        <translation>パスワードを表示したことはボックスの監査ログに記録されます。</translation>
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
        <translation>ボックスから読み取れない詳細情報が届きました（%1）。</translation>
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
        <translation>ボックスから読み取れない状態が届きました（%1）。</translation>
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
        <translation>ボックスの %1 はまだ初期パスワードのままです。操作の前に新しいパスワードを設定してください。</translation>
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
    <name>mente::console::ConsoleApplication</name>
    <message>
        <source>Cannot open the console database %1: %2</source>
        <translation>コンソールのデータベース %1 を開けません: %2</translation>
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
        <source>Scanning…</source>
        <translation>スキャン中…</translation>
    </message>
    <message>
        <source>Scanning… %p%</source>
        <translation>スキャン中… %p%</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>スキャンに失敗しました: %1</translation>
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
        <translation>（未取得）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The box presented a different certificate: %1</source>
        <translation>ボックスが別の証明書を提示しました: %1</translation>
    </message>
    <message>
        <source>The box has stopped answering.</source>
        <translation>ボックスが応答しなくなりました。</translation>
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
</context>
<context>
    <name>mente::console::FleetOperatorsDialog</name>
    <message>
        <source>Operators on every box</source>
        <translation>全ボックスのオペレータ</translation>
    </message>
    <message>
        <source>Create on every box…</source>
        <translation>全ボックスに作成…</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Remove from every box</source>
        <translation>全ボックスから削除</translation>
    </message>
    <message>
        <source>Login ID:</source>
        <translation>ログインID:</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>ボックス</translation>
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
        <translation>ユーザー一覧</translation>
    </message>
    <message>
        <source>Add box…</source>
        <translation>ボックスを追加…</translation>
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
        <translation>ボックスを削除…</translation>
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
        <translation>全ボックスのオペレータ…</translation>
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
        <translation>ユーザー一覧(&amp;F)</translation>
    </message>
    <message>
        <source>Box added.</source>
        <translation>ボックスを追加しました。</translation>
    </message>
    <message>
        <source>Remove boxes</source>
        <translation>ボックスの削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n box(es) from this console? The boxes keep running; their passwords are deleted from the keychain.</source>
        <translation>
            <numerusform>%n 台のボックスをこのコンソールから削除しますか？ボックスは動作を続けます。パスワードはキーチェーンから削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>This box presents the certificate that is trusted.</source>
        <translation>このボックスは信頼済みの証明書を提示しています。</translation>
    </message>
    <message>
        <source>Notifications for this box are on again.</source>
        <translation>このボックスの通知を再開しました。</translation>
    </message>
    <message numerus="yes">
        <source>Notifications for this box muted for %n minute(s).</source>
        <translation>
            <numerusform>このボックスの通知を %n 分間停止しました。</numerusform>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>チェックしたオペレータを削除…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
</context>
<context>
    <name>mente::console::TrayController</name>
    <message>
        <source>Show the console</source>
        <translation>コンソールを表示</translation>
    </message>
    <message>
        <source>Open the last notified box</source>
        <translation>最後に通知したボックスを開く</translation>
    </message>
    <message>
        <source>Acknowledge the last fault</source>
        <translation>最後の障害を確認済みにする</translation>
    </message>
    <message>
        <source>Mute the last notified box</source>
        <translation>最後に通知したボックスの通知を停止</translation>
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
</context>
<context>
    <name>mente::console::TrustDialog</name>
    <message>
        <source>Trust this box?</source>
        <translation>このボックスを信頼しますか？</translation>
    </message>
    <message>
        <source>The box&apos;s certificate has changed</source>
        <translation>ボックスの証明書が変わりました</translation>
    </message>
    <message>
        <source>This is the first connection to %1. Compare the certificate fingerprint below with the one the box shows on its setup page or prints at start. Trust it only if they are the same.</source>
        <translation>%1 への最初の接続です。下の証明書フィンガープリントを、ボックスの設定ページに表示される値（または起動時に出力される値）と照合してください。同じ場合にだけ信頼してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1 presented a different certificate from the one trusted before. This happens when the box was reinstalled, or when someone is intercepting the connection. The console refuses to talk to it until you trust the new certificate deliberately.</source>
        <translation>&lt;b&gt;警告:&lt;/b&gt; %1 が以前に信頼した証明書とは別の証明書を提示しました。ボックスを再インストールした場合のほか、通信が傍受されている場合にも起こります。新しい証明書を意図して信頼するまで、コンソールはこのボックスと通信しません。</translation>
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
</TS>
