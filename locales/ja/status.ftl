# バッジに表示する状態名とその意味（マウスを重ねると表示）。$code は保存されている値。
status-listing = { $code ->
        [draft] 下書き
        [active] 販売中
        [paused] 一時停止中
       *[archived] アーカイブ済み
    }
status-listing-meaning = { $code ->
        [draft] あなたの協同組合だけが見られます。
        [active] 購入者が見て注文できます。
        [paused] 購入者は見られますが注文はできません。
       *[archived] 完全に取り下げました。この商品を含む注文のために保存しています。
    }
status-coop = { $code ->
        [pending] 委員会の審査待ち
        [admitted] 承認済み
       *[declined] 却下
    }
status-coop-meaning = { $code ->
        [pending] 委員会はまだ申請について決定していません。
        [admitted] この協同組合はマーケットプレイスで取引しています。
       *[declined] 委員会は申請を却下しました。
    }
status-run = { $code ->
        [awaiting_review] 審査待ち
        [approved] 承認済み
        [rejected] 却下
        [paid] 支払済み
       *[superseded] 差し替え済み
    }
status-run-meaning = { $code ->
        [awaiting_review] 委員会はまだ必要な承認数に達していません。
        [approved] 委員会が承認しました。各明細を支払えます。
        [rejected] 委員が却下しました。この中の支払いは行われません。
        [paid] すべての明細が支払済みです。
       *[superseded] 新しい支払いバッチとして作り直され、記録として残されています。
    }
status-line = { $code ->
        [open] 未払い
        [paid] 支払済み
       *[failed] 支払い失敗
    }
status-line-meaning = { $code ->
        [open] まだ支払われていません。
        [paid] 協同組合に支払われました。
       *[failed] 前回の支払いが失敗しました。再試行のため未処理のままです。
    }
status-spending = { $code ->
        [awaiting_review] 審査待ち
        [approved] 承認済み
        [rejected] 却下
        [paid] 支払済み
       *[failed] 支払い失敗
    }
status-spending-meaning = { $code ->
        [awaiting_review] 委員会はまだ必要な承認数に達していません。
        [approved] 資金は基金から確保され、支払いを待っています。
        [rejected] 委員が却下しました。支払いは行われません。
        [paid] 受取先に共同基金から支払われました。
       *[failed] 支払いが失敗しました。もう一度送れます。
    }
status-method = { $code ->
        [bank] 銀行振込
       *[stripe] Stripe 送金
    }
status-method-meaning = { $code ->
        [bank] 銀行ファイルから支払い、委員会が支払済みにします。
       *[stripe] 協同組合の連携済み Stripe アカウントに支払います。
    }
status-payment = { $code ->
        [card] カード
       *[bank] 銀行振込
    }
status-payment-meaning = { $code ->
        [card] Stripe を通じてカードで支払われました。返金はカードに戻ります。
       *[bank] 銀行振込で支払われました。返金は売り手が送ります。
    }
status-order = { $code ->
        [placed] 注文済み
        [accepted] 受付済み
        [paid] 支払済み
        [shipped] 発送済み
        [delivered] 配達済み
        [settled] 精算済み
        [rejected] 拒否
        [cancelled] キャンセル
        [disputed] 紛争中
       *[refunded] 返金済み
    }
status-order-meaning = { $code ->
        [placed] 販売者の受付を待っています。在庫は確保されています。
        [accepted] 販売者が受け付けました。支払いを待っています。
        [paid] 支払済みです。販売者の発送を待っています。
        [shipped] 購入者へ配送中です。
        [delivered] 購入者が受け取りを確認しました。まもなく精算されます。
        [settled] 完了：手数料が徴収され、販売者の売上が記帳されました。
        [rejected] 販売者が拒否しました。
        [cancelled] 支払い前にキャンセルされました。
        [disputed] 紛争中です。委員会が判断します。
       *[refunded] 購入者に返金されました。
    }
# ボタン：今できる操作。$code は操作の固定名。
action-order = { $code ->
        [accept] 受け付ける
        [reject] 拒否する
        [cancel] 注文をキャンセル
        [confirm_payment] 入金を確認
        [payment_succeeded] 支払い成功
        [ship] 発送済みにする
        [confirm_delivery] 受け取りを確認
        [settle] 精算する
        [dispute] 紛争を申し立てる
        [resolve_settle] 裁定：精算
        [resolve_refund] 裁定：返金
       *[refund] 返金する
    }
action-listing = { $code ->
        [edit] 編集
        [publish] 公開
        [pause] 一時停止
        [delete] 削除
       *[archive] アーカイブ
    }
action-run = { $code ->
        [redraft] このバッチを作り直す
        [send_stripe] Stripe 送金を実行
       *[mark_bank_paid] 銀行ファイル全体を支払済みにする
    }
action-spending = { $code ->
        [send_stripe] Stripe で送金
       *[mark_paid] 支払済みにする
    }
action-line = { $code ->
        [retry] 送金を再試行
        [send] この送金を実行
        [mark_paid] 支払済みにする
       *[mark_failed] 失敗にする
    }
action-line-failed-placeholder = 銀行からの説明
status-error-unknown = 「{ $value }」は使えない値です。{ $choices }、{ $last } のいずれかを使ってください
