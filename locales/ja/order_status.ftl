# 暫定：i18n-desk の status.ftl にある注文の状態と操作（同じキー）。それが届くまでの仮置き。
# 統合時には、各言語のこのファイルと AREAS の "order_status" を削除してください。
status-order = { $code ->
        [placed] 注文済み
        [accepted] 承認済み
        [paid] 支払い済み
        [shipped] 発送済み
        [delivered] 配達済み
        [settled] 精算済み
        [rejected] 拒否
        [cancelled] キャンセル
        [disputed] 紛争中
       *[refunded] 返金済み
    }
status-order-meaning = { $code ->
        [placed] 販売者の承認待ちです。在庫は確保されています。
        [accepted] 販売者が承認しました。支払い待ちです。
        [paid] 支払い済みです。販売者の発送待ちです。
        [shipped] 購入者へ配送中です。
        [delivered] 購入者が受け取りを確認しました。まもなく精算されます。
        [settled] 完了：手数料が徴収され、販売者の受取額が記帳されました。
        [rejected] 販売者が拒否しました。
        [cancelled] 支払い前にキャンセルされました。
        [disputed] 紛争中です。委員会が判断します。
       *[refunded] 購入者に返金されました。
    }
action-order = { $code ->
        [accept] 承認する
        [reject] 拒否する
        [cancel] 注文をキャンセル
        [confirm_payment] 入金を確認する
        [payment_succeeded] 支払い完了
        [ship] 発送済みにする
        [confirm_delivery] 受け取りを確認する
        [settle] 精算する
        [dispute] 紛争を申し立てる
        [resolve_settle] 裁定：精算
        [resolve_refund] 裁定：返金
       *[refund] 返金する
    }
