# 購入者の購入：その注文、支払い、カード支払いのページ（Stripe）。
checkout-title = 購入 #{ $id }
checkout-payment = 支払い
checkout-awaiting-sellers = お支払いの前に、各販売者が注文を承認する必要があります。
checkout-pay-whole = 購入全体の { $total } をカードで支払います。
checkout-pay-by-card = カードで支払う
checkout-confirming = Stripe が { $total } のお支払いを確認しています。Stripe から連絡があり次第、このページに支払い済みと表示されます。
checkout-failed = カードでの支払いに失敗しました。請求はされていません。必要なら別のカードで、もう一度お試しください。
checkout-paid = カードで支払い済み：{ $total }。
checkout-by-bank = 各注文を、そのページに表示された参照番号を付けて銀行振込で支払ってください。
checkout-nothing-due = この購入に支払い待ちのものはありません。
checkout-card-title = 購入 #{ $id } をカードで支払う
checkout-amount = 金額：
checkout-pay-amount = { $amount } を支払う
checkout-needs-javascript = カードでの支払いには JavaScript が必要です（Stripe の安全なカード入力フォーム）。
checkout-back = 購入に戻る
checkout-use-bank = 各注文を、そのページの参照番号を付けて銀行振込で支払ってください。
checkout-no-cards = このサイトではカード支払いが設定されていません。
