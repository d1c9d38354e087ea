# E-mails. Order mails: $order is the order's number, $buyer and $seller the co-ops' names,
# amounts ($proceeds, $refunded, $fee ...) come formatted. $event chooses the words.
mail-order-subject = { $event ->
        [placed] { $buyer } から新しい注文 #{ $order }
        [accepted] 注文 #{ $order }：承認されました（お支払いをお願いします）
        [rejected] 注文 #{ $order }：却下されました
        [cancelled-by-seller] 注文 #{ $order }：キャンセルされました
        [cancelled-by-buyer] 注文 #{ $order }：キャンセルされました
        [paid] 注文 #{ $order }：支払い済み
        [shipped] 注文 #{ $order }：発送済み
        [delivered] 注文 #{ $order }：配達済み
        [settled] 注文 #{ $order }：精算済み
        [refunded] 注文 #{ $order }：返金済み
        [part-refunded] 注文 #{ $order }：{ $refunded } を返金
        [disputed] 注文 #{ $order }：異議申し立て
        [resolved-refund] 注文 #{ $order }：異議解決、返金
       *[resolved-settle] 注文 #{ $order }：異議解決、精算
    }
mail-order-headline = { $event ->
        [placed] { $buyer } が注文 #{ $order } を出しました。
        [accepted] { $seller } が注文 #{ $order } を承認しました。お支払いをお願いします。
        [rejected] { $seller } が注文 #{ $order } を却下しました。
        [cancelled-by-seller] { $seller } が注文 #{ $order } をキャンセルしました。
        [cancelled-by-buyer] { $buyer } が注文 #{ $order } をキャンセルしました。
        [paid] 注文 #{ $order } は支払い済みです。{ $seller } が発送できます。
        [shipped] { $seller } が注文 #{ $order } を発送しました。
        [delivered] { $buyer } が注文 #{ $order } の到着を確認しました。
        [settled] 注文 #{ $order } は精算されました。{ $seller } の受取額は { $proceeds } です。
        [refunded] 注文 #{ $order } は { $buyer } に返金されました。
        [part-refunded] 注文 #{ $order } のうち { $refunded } が { $buyer } に返金されました。
        [disputed] { $buyer } が注文 #{ $order } に異議を申し立てました。委員会が判断します。双方とも注文ページで意見を追加できます。
        [resolved-refund] 委員会は注文 #{ $order } の異議を { $buyer } に有利に解決しました。返金されます。
       *[resolved-settle] 委員会は注文 #{ $order } の異議を { $seller } に有利に解決しました。精算されます。
    }
mail-order-between = { $buyer } から { $seller } への注文：
mail-your-coop = あなたの協同組合
mail-order-line = { $title } { $quantity }（単価 { $price }）：{ $total }
mail-subtotal = 小計：{ $total }
mail-col-item = 品目
mail-col-quantity = 数量
mail-col-unit-price = 単価
mail-col-total = 合計
mail-col-subtotal = 小計
# $rate is a number: 4 for 4 %.
mail-fee = { $settled ->
        [yes] 今回徴収された手数料 { $fee }（{ $rate }%）の内訳：共同基金へ { $pool }、{ $seller } へ { $seller_share }、{ $buyer } へ { $buyer_share }。
       *[no] 手数料 { $fee }（{ $rate }%）の内訳：共同基金へ { $pool }、{ $seller } へ { $seller_share }、{ $buyer } へ { $buyer_share }。
    }
mail-refund-amounts = 今回の返金額：{ $refunded }。この注文でまだ返金できる額：{ $left }。
mail-refund-claw-back = { $settled ->
        [yes] 徴収済みの手数料から { $fee } が戻ります：共同基金から { $pool }、{ $seller } から { $seller_share }、{ $buyer } から { $buyer_share }（支払い済みの分は次回の支払いから差し引かれます）。
       *[no] 手数料が { $fee } 減ります：共同基金へ { $pool }、{ $seller } へ { $seller_share }、{ $buyer } へ { $buyer_share } 少なくなります。
    }
mail-pay-by-bank = 銀行振込でお支払いください：
mail-pay-amount = 金額：{ $amount }
mail-pay-holder = 口座名義：{ $holder }
mail-pay-iban = IBAN：{ $iban }
mail-pay-bic = BIC：{ $bic }
mail-pay-no-details = 販売者はまだ口座情報を登録していません。注文ページに表示されます。
mail-pay-reference = 振込参照番号：{ $reference }
mail-pay-by-card = 注文ページでカードにより { $amount } をお支払いください：
mail-deliver-to = 配送先：
mail-note = メモ：{ $note }
mail-see-order = 注文を見る
mail-open-link = cooptrade で開く
# Co-ops applying and the committee's decision. $kind is producer, buyer or both.
mail-coop-applied-subject = { $coop } が cooptrade への参加を申請しました
mail-coop-applied-body = { $coop }（{ $kind ->
        [producer] 生産者
        [buyer] 購入者
       *[both] 生産者・購入者
    }、{ $country }、{ $currency } で取引）が参加を申請しました。委員会のページで承認または却下してください。
mail-coop-admitted-subject = { $coop } は cooptrade に承認されました
mail-coop-admitted-body = 委員会は { $coop } を承認しました。取引を始められます。
mail-coop-declined-subject = { $coop } は cooptrade に却下されました
mail-coop-declined-body = 委員会は { $coop } の申請を却下しました。理由：{ $reason }
# A statement added to a dispute. $side is buyer or seller.
mail-dispute-statement-subject = 注文 #{ $order }：{ $side ->
        [buyer] 購入者
       *[seller] 販売者
    }が異議に意見を追加しました
mail-dispute-read = 異議を読む：{ $link }
# Money sent by the committee. $how is stripe or bank.
mail-payout-made-subject = { $amount } の支払いを送金しました
mail-payout-made-body = 共同基金委員会はあなたの協同組合に { $amount } を{ $how ->
        [stripe] Stripe で
       *[bank] 銀行振込で
    }送金しました（支払い回 #{ $run }、行 #{ $line }）。
mail-spending-paid-subject = 共同基金から { $amount }
mail-spending-paid-body = 共同基金委員会は「{ $title }」のためにあなたの協同組合に { $amount } を{ $how ->
        [stripe] Stripe で
       *[bank] 銀行振込で
    }送金しました。
# Committee mails. $link is the page to review on.
mail-spending-review-subject = 共同基金の支出 #{ $id } があなたの審査を待っています
mail-spending-review-body = { $coop } が共同基金から { $amount } を { $title } に支出することを提案しています：{ $purpose }
mail-review-at = 審査はこちら：{ $link }
mail-run-review-subject = 支払い回 #{ $run } があなたの審査を待っています
mail-run-review-body = { $count } 組合への { $amount } の支払い回が作成され、委員会の承認が必要です。
mail-run-held-subject = 支払いを受け取るために口座情報を登録してください
mail-run-held-body = 支払い回 #{ $run } はあなたの協同組合に { $amount } を支払う予定ですが、口座情報がないため保留中です。{ $link } の「支払い先情報」で口座名義と IBAN を登録してください
mail-run-blocked-subject = 支払い回 #{ $run } はこのままでは委員会が承認できません
mail-run-blocked-body = 支払い回 #{ $run } には { $quorum } 件の承認が必要ですが、投票できる委員は { $count } 人だけです（他の委員は支払先の協同組合に所属しており、作成者は単独で承認できません）。委員を追加するか、理由を添えて却下してください。
mail-see = 詳細：{ $link }
# Account mails.
mail-hello-name = { $name } 様
mail-hello = こんにちは。
mail-verify-subject = cooptrade のメールアドレスを確認してください
mail-verify-body = { $email } が cooptrade でのあなたのアドレスであることを確認するため、24 時間以内に次のリンクを開いてください：
mail-verify-once = リンクは一度だけ使えます。心当たりがない場合はこのメールを無視してください。何も変わりません。
mail-taken-subject = あなたのアドレスで登録しようとした人がいます
mail-taken-body = すでにアカウントのあるあなたのアドレス { $email } で、cooptrade のアカウントを作成しようとした人がいます。何も変更されていません。
mail-taken-what-now = ご本人の場合は { $login } でログインするか、パスワードを忘れた場合は { $reset } で再設定してください。心当たりがない場合はこのメールを無視してください。
mail-reset-subject = cooptrade のパスワードを再設定してください
mail-reset-body = cooptrade の新しいパスワードを設定するには、1 時間以内に次のリンクを開いてください：
mail-reset-once = リンクは一度だけ使えます。パスワードを設定すると他のすべての端末からログアウトします。心当たりがない場合はこのメールを無視してください。パスワードは変わりません。
mail-change-subject = cooptrade のアドレスを変更しようとしています
mail-change-body = あなたの cooptrade アカウントで、{ $email } から { $new } への変更が依頼されました。新しいアドレスに送ったリンクが開かれたときに変更されます。
mail-change-not-you = 心当たりがない場合は、ログインしてパスワードを変更してください。そのリンクなしでは変更されません。
mail-lockout-subject = あなたのアカウントへのログイン失敗が続いています
mail-lockout-body = 誰かが間違ったパスワードで cooptrade アカウントに何度もログインしようとしました。今後 { $minutes } 分間、このアカウントへのログインは拒否されます。
mail-lockout-advice = ご本人の場合は、しばらく待ってからもう一度お試しください。そうでない場合、パスワードは守られました。より長いパスワードへの変更をおすすめします。
# An invitation to join a co-op. $role is admin or member.
mail-invitation-subject = { $coop } から{ $role ->
        [admin] 管理者
       *[member] メンバー
    }としての参加の招待
mail-invitation-body = { $name } さんが、cooptrade の { $coop } の{ $role ->
        [admin] 管理者
       *[member] メンバー
    }になるようあなたを招待しています。
mail-invitation-consent = あなたが承諾するまで何も変わりません。承諾または辞退はこちら：{ $link }
mail-invitation-register = まだアカウントがない場合は、先にこのアドレス（{ $email }）で登録してください。
