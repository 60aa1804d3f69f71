<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
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
        <source>A sub-domain name cannot start or end with '-'.</source>
        <translation>サブドメイン名の先頭と末尾に '-' は使えません。</translation>
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
        <source>A sub-domain name uses only lower-case letters a-z, digits and '-'.</source>
        <translation>サブドメイン名には半角小文字 a-z、数字、'-' のみ使えます。</translation>
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
        <source>The gateway cannot be the box's own address.</source>
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
        <source>The gateway must be inside the box's subnet %1.</source>
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
        <translation>Configuration</translation>
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
        <translation><numerusform>新しい設定が有効になりました。%n 秒以内に確認しないと、元の設定に戻ります。</numerusform></translation>
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
        <translation><numerusform>「適用」の後 %n 秒以内に新しいアドレスから設定を確定してください。確定しないと元の設定に戻ります。</numerusform></translation>
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
        <source>Company name (katakana)</source>
        <translation>会社名（フリガナ）</translation>
    </message>
    <message>
        <source>Contact person: family name</source>
        <translation>ご担当者 姓</translation>
    </message>
    <message>
        <source>Family name (katakana)</source>
        <translation>姓（フリガナ）</translation>
    </message>
    <message>
        <source>Contact person: given name</source>
        <translation>ご担当者 名</translation>
    </message>
    <message>
        <source>Given name (katakana)</source>
        <translation>名（フリガナ）</translation>
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
        <source>Address (katakana)</source>
        <translation>住所（フリガナ）</translation>
    </message>
    <message>
        <source>Building, floor</source>
        <translation>建物名・階</translation>
    </message>
    <message>
        <source>Building, floor (katakana)</source>
        <translation>建物名・階（フリガナ）</translation>
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
        <source>Full-width katakana.</source>
        <translation>全角カタカナ</translation>
    </message>
    <message>
        <source>Like 123-4567.</source>
        <translation>例: 123-4567</translation>
    </message>
    <message>
        <source>Unique name for this customer: lower-case letters, digits and '-'.</source>
        <translation>お客様ごとに一意の名前（半角小文字、数字、'-'）</translation>
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
        <source>Log in with the administrator's login ID and password (the first time: admin / admin).</source>
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
        <translation><numerusform>変更の確認待ちです（残り %n 秒）。</numerusform></translation>
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
        <translation><numerusform>登録済み: 有効期間 %1 ～ %2（残り %n 日）</numerusform></translation>
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
        <source>Receive fault and recovery mails at this address</source>
        <translation>障害発生時（復旧時）の通知メールをこのアドレスで受信する</translation>
    </message>
</context>
</TS>