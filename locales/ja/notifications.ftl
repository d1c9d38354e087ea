# お知らせのページと、アカウントページのメール設定。
notifications-title = お知らせ
notifications-mark-all = すべて既読にする
notifications-none = まだ何もありません。
notifications-new = 新着
notifications-mark-read = 既読にする
notifications-older = 以前のお知らせ
notification-text = { $kind ->
        [order_placed] あなたの協同組合に新しい注文 #{ $id } が届きました
        [order_accepted] 注文 #{ $id } が受け付けられました。支払いをお願いします
        [order_rejected] 注文 #{ $id } が拒否されました
        [order_cancelled] 注文 #{ $id } がキャンセルされました
        [order_paid] 注文 #{ $id } が支払われました
        [order_shipped] 注文 #{ $id } が発送されました
        [order_delivered] 注文 #{ $id } が届きました
        [order_settled] 注文 #{ $id } が精算されました
        [order_refunded] 注文 #{ $id } が返金されました
        [dispute_opened] 注文 #{ $id } について紛争が申し立てられました
        [dispute_statement] 注文 #{ $id } の紛争に陳述が追加されました
        [dispute_resolved] 注文 #{ $id } の紛争が解決しました
        [coop_application] 協同組合からマーケットプレイスへの加入申請がありました
        [coop_decision] 委員会があなたの協同組合の申請について決定しました
        [payout_review] 支払いバッチ #{ $id } があなたの審査を待っています
        [payout_made] あなたの協同組合への支払いが行われました
        [spending_review] 基金の支出 #{ $id } があなたの審査を待っています
       *[spending_decision] 基金の支出が決定されました
    }
flash-marked-read = { $count } 件を既読にしました。
flash-one-marked-read = 既読にしました。
flash-mail-saved = メール設定を保存しました。
mail-prefs-title = 受け取るメール
mail-prefs-intro = すべてのお知らせは{ $page }にも表示されます。対応が必要なメールは常に送信されます。
mail-prefs-page = お知らせのページ
mail-prefs-legend = 次の場合にメールを送る
mail-prefs-always = （常に送信）
mail-prefs-save = メール設定を保存
mail-kind = { $kind ->
        [order_placed] 協同組合への新しい注文
        [order_accepted] 注文の受付（支払い方法つき）
        [order_rejected] 注文の拒否
        [order_cancelled] 注文のキャンセル
        [order_paid] 注文の支払い
        [order_shipped] 注文の発送
        [order_delivered] 注文の配達
        [order_settled] 注文の精算（手数料の行き先つき）
        [order_refunded] 注文の返金
        [dispute_opened] 紛争の申し立て
        [dispute_statement] 紛争への陳述の追加
        [dispute_resolved] 紛争の解決
        [coop_application] 協同組合の加入申請（委員会）
        [coop_decision] あなたの協同組合の承認または却下
        [payout_review] 審査する支払いバッチ（委員会）
        [payout_made] あなたの協同組合への支払い
        [spending_review] 審査する基金の支出（委員会）
       *[spending_decision] 基金の支出の決定
    }
