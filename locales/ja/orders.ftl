# 注文一覧、注文ページ、印刷用の確認書、操作と返金。
orders-title = 注文
orders-buying = 購入
orders-selling = 販売
orders-state = 状態
orders-any-state = すべての状態
orders-filter = 絞り込む
orders-none = 注文はありません。
orders-order = 注文
orders-buyer = 購入者
orders-seller = 販売者
orders-total = 合計
orders-placed = 注文日
orders-older = 以前の注文
orders-order-title = 注文 #{ $id }
# タイトルの下：販売者と購入者はリンクです。
orders-from-to = { $seller } から { $buyer } へ · { $when } に注文
orders-your-coop = あなたの組合
orders-the-buyer-coop = 購入側の組合
orders-the-seller-coop = 販売側の組合
# 手数料の行き先。$seller と $buyer は上の 3 つの語句です。
orders-fee-split = 手数料 { $fee }（{ $rate }）のうち、{ $pool } は共同基金へ、{ $seller_share } は{ $seller }へ、{ $buyer_share } は{ $buyer }へ。
orders-percent = { $rate }%
orders-marketplace-fee = マーケット手数料（{ $rate }）
orders-seller-proceeds = 販売者の受取額
orders-dispute-link = 紛争：双方の陳述
orders-how-to-pay = お支払い方法
orders-pay-by-bank = 販売者の銀行口座に { $amount } を振り込んでください。販売者がここで受領を確認します。
orders-account-holder = 口座名義
orders-payment-reference = 振込参照番号
orders-pay-bank-missing = 参照番号 { $reference } を付けて { $amount } をお支払いください。販売者はまだ銀行口座を登録していません。口座を問い合わせてください。
orders-pay-by-card = 購入 #{ $checkout } の { $amount } をカードで支払う：{ $link }。
orders-pay-by-card-link = カードで支払う
orders-deliver-to = 配送先
orders-note = メモ
orders-refunded-so-far = これまでの返金額：
orders-claw-back = 返金により手数料から取り戻された額：共同基金から { $pool }、{ $seller } の取り分から { $seller_share }、{ $buyer } の取り分から { $buyer_share }。
orders-refund-part = この注文の一部を返金する
orders-refund-amount = 金額（{ $currency }、最大 { $left }）
orders-reason = 理由
orders-refund = 返金する
orders-what-you-can-do = できること
orders-printable = 印刷用の確認書
orders-history = 履歴
orders-when = 日時
orders-who = 誰が
orders-what = 内容
orders-now = その後の状態
# 履歴で誰が操作したか：「Ama Mensah（販売者）」。
orders-who-role = { $name }（{ $role ->
        [buyer] 購入者
        [seller] 販売者
        [committee] 委員会
       *[system] システム
    }）
orders-role = { $role ->
        [buyer] 購入者
        [seller] 販売者
        [committee] 委員会
       *[system] システム
    }
# 履歴で起きたこと。$code はイベントの固定名です。
orders-event = { $code ->
        [place] 注文
        [accept] 承認
        [reject] 拒否
        [cancel] キャンセル
        [confirm_payment] 入金確認
        [payment_succeeded] 支払い完了
        [ship] 発送
        [confirm_delivery] 受け取り確認
        [settle] 精算
        [dispute] 紛争の申し立て
        [resolve_settle] 紛争の裁定：精算
        [resolve_refund] 紛争の裁定：返金
        [refund] 返金
        [partial_refund] 一部返金
       *[other] { $code }
    }
orders-confirmation-title = 注文確認書 #{ $id }
orders-placed-state = { $when } に注文 · 状態：{ $state }
orders-print = 印刷
# 操作や返金の後のメッセージ。
orders-now-state = 注文 #{ $id } は「{ $state }」になりました。
orders-refunded = { $amount } を返金しました。注文 #{ $id } は「{ $state }」です。
orders-statement-added = 陳述を追加しました。
# 返金額、操作の理由、陳述の横に表示されるエラー。
orders-refund-not-positive = 0 より大きい金額を入力してください。
orders-refund-decimals = { $currency } の小数は { $decimals } 桁です。それ以上書かないでください。
orders-refund-too-much = まだ返金できるのは最大 { $left } です。
orders-reason-missing = 理由を書いてください。相手側が読みます。
orders-text-control = 制御文字（見えない記号、または 1 行の欄の改行）を取り除いてください。
orders-text-too-long = { $max } 文字以内にしてください（現在 { $length } 文字）。
orders-statement-missing = 何が起きたかを書いてください。
orders-action-not-now = この注文は現在「{ $state }」です。「{ $action }」はもうできません。今できることはページに表示されています。
orders-action-not-yours = この注文で「{ $action }」はできません。
# A part refund in an order's history; $reason is what the seller wrote.
orders-note-part-refund = { $amount } を返金しました。{ $reason }

# The order state machine's refusals: $code is the order's state, $action what was asked
# (a verb with its object), $hint why, $who who may.
order-refused-act = { $action ->
        [accept] 受付
        [reject] 拒否
        [cancel] キャンセル
        [confirm_payment] 入金確認
        [payment_succeeded] 支払い報告
        [ship] 発送
        [confirm_delivery] 受け取り確認
        [settle] 精算
        [dispute] 紛争の申し立て
        [resolve_settle] 紛争の裁定
        [resolve_refund] 紛争の裁定
       *[refund] 返金
    }
order-refused-hint = { $hint ->
        [placed-only] 受付・拒否できるのは注文済みの注文だけです
        [paid-refund] すでに支払済みです。販売者が返金できます
        [unpaid-only] キャンセルできるのは未払いの注文だけです
        [accept-first] 先に受け付ける必要があります
        [already-paid] すでに支払済みです
        [pay-first] 先に支払う必要があります
        [already-shipped] すでに発送済みです
        [ship-first] 先に発送する必要があります
        [shipped-only] 受け取りの確認は発送済みの間だけできます
        [disputed] 紛争中です。委員会が裁定します
        [deliver-first] 先に受け取りを確認する必要があります
        [unpaid-cancel] まだ支払われていません。代わりにキャンセルしてください
        [ship-first-refund] 先に発送する必要があります。販売者は返金できます
        [settled-ask] すでに精算済みです。委員会に返金を依頼してください
        [disputed-only] 裁定できるのは紛争中の注文だけです
       *[shipped-dispute] 発送済みです。購入者は紛争を申し立てられます
    }
order-refused-whom = { $who ->
        [seller] 販売側の協同組合
        [buyer] 購入側の協同組合
        [committee] 委員会
        [system] システム
        [buyer_seller] 購入側または販売側の協同組合
       *[seller_committee] 販売側の協同組合または委員会
    }
order-refused-already = 注文はすでに「{ status-order }」です
order-refused-state = 状態が「{ status-order }」の注文は{ order-refused-act }できません。{ order-refused-hint }
order-refused-who = 注文の{ order-refused-act }ができるのは{ order-refused-whom }だけです
order-refused-who-state = 状態が「{ status-order }」の注文の{ order-refused-act }ができるのは{ order-refused-whom }だけです
order-refused-not-yours = この注文はあなたの協同組合のものではありません

# Refusals the store returns as codes.
order-changed = その間に注文が変更されました。再読み込みしてもう一度お試しください
order-error-no-lines = 注文に明細がありません
order-error-no-address = 配送先住所を入力してください
order-error-text-long = 住所またはメモが長すぎます
order-error-quantity-large = 数量が大きすぎます
order-error-stock-taken = 在庫が足りません。その間に別の注文が確保しました。再読み込みしてもう一度お試しください
order-error-minimum = 「{ $title }」は { $min } 以上注文してください
order-error-stock = 「{ $title }」の在庫が足りません。残りは { $quantity } 未満です
order-error-changed = カートに入れた後で変更された行があります（{ $lines }）。何も注文されていません。下の新しい条件を確認し、承認してから注文してください
order-changed-line = 「{ $title }」：{ $changes }
order-change-price = 価格が { $was } から { $now } に変わりました
order-change-minimum = 最小注文数量が { $was } から { $now } に変わりました
order-change-not-for-sale = 販売が終了しました
order-change-short = 残りは { $left } だけです
order-error-expected-total = 合計は { $placed } で、想定された { $expected } ではありません。価格を確認して、新しい合計を送ってください
order-error-leader-refused = このリクエストが待っていた別のリクエストが拒否されました
order-error-key-reused = このキーはすでに別のリクエストに使われています
