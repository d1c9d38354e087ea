# ページの枠：ヘッダー、ナビゲーション、言語の切り替え、フッター。
language-self-name = 日本語
nav-main = メイン
nav-catalog = カタログ
nav-coops = 協同組合
nav-pool = 共同基金
nav-orders = 注文
nav-cart = カート
nav-register-coop = 協同組合を登録
nav-committee = 委員会
nav-notifications = お知らせ
nav-notifications-unread = お知らせ（未読 { $count } 件）
nav-account = アカウント
nav-logout = ログアウト
# 日本語には複数形がないので、選択肢は使わない。
nav-signed-in-as = { $name } としてログイン中（協同組合 { $count } 団体に所属）
nav-login = ログイン
nav-register = 新規登録
coop-count = 協同組合 { $count } 団体
language-switch-label = 言語
language-switch-button = 変更
footer-tagline = cooptrade：協同組合どうしの取引。手数料の半分は共同基金に入ります。
language-changed = ページを日本語で表示しています。
# Between the items of a list inside a message (the lines of a stale payout run, the changes of a cart).
list-separator = 、
# Between the amounts of a sum of several currencies inside a message.
sum-separator = {" + "}
# An amount of money alone (an item of a sum).
money-amount = { $amount }
