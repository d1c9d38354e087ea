# エラーページ。エラーの種類ごとの見出し。
error-title = { $kind ->
        [forbidden] 閲覧する権限がありません
        [not-found] 見つかりません
        [conflict] 現在は実行できません
        [server] 問題が発生しました
       *[other] うまくいきませんでした
    }
error-back = 元のページに戻る
error-back-or-start = または{ $start }
error-start-page = トップページへ
error-back-to-start = トップページに戻る
error-internal = こちら側で問題が発生しました。記録済みです。
error-not-found = { $what ->
        [listing] この商品は存在しません。
        [co-op] この協同組合は存在しません。
        [photo] この写真は存在しません。
        [invitation] この招待は存在しません。
        [order] この注文は存在しません。
        [checkout] この決済は存在しません。
        [member] このメンバーは存在しません。
        [user] このユーザーは存在しません。
        [spending-proposal] この支出提案は存在しません。
        [payout-run] この支払いバッチは存在しません。
        [payout-line] この支払い明細は存在しません。
        [action] この操作は存在しません。
        [cart-line] このカートの行は存在しません。
        [session] このセッションは存在しません。
        [token] このトークンは存在しません。
        [webhook-endpoint] このWebhookエンドポイントは存在しません。
       *[other] このページは存在しません。
    }
error-forbidden-order = この注文は他の協同組合間のものです。
error-no-such-user = 「{ $value }」で登録されたユーザーはいません
error-fee-rate = 手数料率は 0〜20 の百分率で、小数点以下 2 桁までです（「{ $value }」は使えません）
error-unknown-currency = 「{ $value }」はマーケットプレイスで扱う通貨ではありません
error-amount-positive = 金額は 0 より大きくしてください
error-title-empty = 支出にタイトルを付けてください
error-purpose-empty = 資金の使い道を書いてください
error-recipient = 資金を受け取る承認済みの協同組合を選んでください
error-reason-needed = 却下には理由が必要です
error-already-approved = すでに承認済みです
error-conflict-of-interest = ここで資金を受け取る協同組合に所属しているため、投票できません
error-already-decided = すでに決定済みです（{ $value ->
        [approved] 承認
        [rejected] 却下
       *[other] { $value }
    }）
error-statement-empty = 何があったかを書いてください
error-statement-long = 4,000 文字以内にしてください（現在 { $value } 文字）
error-too-large = リクエストの本文が上限を超えています
# An amount that could not be read; $value is what was typed.
error-money-not-number = 「{ $value }」は数値ではありません
# $currency is an ISO code; $count the decimals it allows.
error-money-decimals = { $count ->
        [0] { $currency } には小数点以下の桁がありません
       *[other] { $currency } の小数点以下は { $count } 桁までです
    }
error-money-too-large = 金額が大きすぎます
# The account page's refusals.
error-current-password = 現在のパスワードが違います
error-email-same = これはすでにあなたのアドレスです

# Refusals the store returns as codes.
error-amount-at-most = { $what ->
        [price] 価格
        [refund] 返金額
       *[spending] 支出額
    }は{ $max }以下にしてください
error-order-total-over = 注文の合計は{ $max }以下にしてください。複数の注文に分けてください
error-order-total-zero = 注文の合計は最小単位（{ $min }）以上にしてください。数量を増やしてください

# Refusals before a page's own checks: who may do what, and forms that could not be read.
# $coop is a co-op's name; $detail is a library's technical description, in English.
error-log-in-first = 先にログインしてください
error-committee-only = これができるのは共同基金委員会のメンバーだけです
error-not-member = あなたは{ $coop }のメンバーではありません
error-admin-only = これができるのは{ $coop }の管理者だけです
error-csrf = フォームのセキュリティトークンがないか、正しくありません。ページを再読み込みして、もう一度お試しください
error-form-type = フォームは application/x-www-form-urlencoded で送信してください
error-form-unreadable = フォームを読み取れませんでした: { $detail }
error-form-malformed = フォームの形式が正しくありません: { $detail }
error-upload-unreadable = アップロードされたファイルを読み取れませんでした: { $detail }
error-import-no-file = インポートする CSV または ZIP ファイルを選んでください
error-terms-malformed = 承諾した条件の形式が正しくありません
# $value is the language code that was sent.
error-no-such-language = その言語はありません: { $value }
# The page of an address that leads nowhere.
error-no-page = このアドレスにはページがありません。
# A list's page parameters; $max is the most items one page holds.
error-per-page = per_page は 1〜{ $max } の整数にしてください
error-cursor = このカーソルはどのページのものでもありません。最初のページからやり直してください
# A word in an address that names none of the choices; $value is what was sent. The choices
# are codes and stay as they are.
error-unknown-choice = { $kind ->
        [order-state] 不明な注文状態「{ $value }」
        [listing-status] 「{ $value }」は状態ではありません。draft、active、paused、archived のいずれかを使ってください
       *[photo-move] 「{ $value }」は移動ではありません（up、down、cover）
    }
# Alt texts sent with photos; $photos is how many photos were sent, $count how many alt texts.
error-photo-alts = 代替テキストは 1 つだけ、または写真ごとに 1 つ指定してください（写真 { $photos } 枚、代替テキスト { $count } 個）
