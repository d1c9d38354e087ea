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
