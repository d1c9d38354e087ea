# 協同組合の明細書と、委員会の元帳および試算表。
ledger-title = 元帳
ledger-statement-title = 明細書
ledger-statement-of = { $coop } の明細書
ledger-nothing-posted = この協同組合にはまだ記帳がありません。
ledger-col-coop = 協同組合
ledger-col-account = 勘定
ledger-col-currency = 通貨
ledger-col-balance = 残高
ledger-col-when = 日時
ledger-col-what = 内容
ledger-col-order = 注文
ledger-col-amount = 金額
ledger-col-balance-after = 取引後残高
ledger-col-sum = 全仕訳の合計
ledger-from = 開始日
ledger-until = 終了日（この日を含まない）
ledger-show = 表示
ledger-csv = CSV をダウンロード
ledger-balance-now = 現在の残高：{ $balance }
ledger-no-entries = この期間の仕訳はありません。
ledger-older = 以前の仕訳
ledger-trial = 試算表
ledger-trial-rule = 各通貨の仕訳の合計はゼロでなければなりません。
ledger-balanced = すべての通貨で貸借が一致しています。
ledger-unbalanced = 貸借が一致しない通貨があります：`cooptrade ledger verify` を実行してください。
ledger-accounts = 勘定一覧
ledger-more-accounts = さらに表示
ledger-marketplace = マーケットプレイス
ledger-some-coop = ある協同組合
ledger-account-of = { $coop }：{ $account }
ledger-account = { $code ->
        [proceeds] 売上代金
        [fair_share] 未払いの公正配分
        [receivable] 返還分（回収）
        [payments] 支払済み額
        [pool] 共同基金
        [gateway_clearing] 決済代行会社または銀行の預かり
        [payouts_in_transit] 送金中の支払い
       *[processor_fees] 決済代行手数料
    }
ledger-account-choice = { $code ->
        [proceeds] 売上代金
        [fair_share] 未払いの公正配分
        [receivable] 返還分（回収）
       *[payments] 支払済み額
    }
ledger-entry-kind = { $kind ->
        [settlement] 注文の精算
        [payment] 入金
        [transfer] 販売者への送金
        [refund] 返金
        [payment_refund] 支払いの返金
        [processing_fee] 決済代行手数料
        [pool_spending] 基金からの支出
        [payout] 協同組合への支払い
       *[other] { $kind }
    }
ledger-entry-order = { $kind ->
        [settlement] 注文 #{ $id } の精算
        [payment] 注文 #{ $id } の入金
        [transfer] 注文 #{ $id } の販売者への送金
        [refund] 注文 #{ $id } の返金
        [payment_refund] 注文 #{ $id } の支払いの返金
        [processing_fee] 注文 #{ $id } の決済代行手数料
       *[other] { $kind }（注文 #{ $id }）
    }
error-ledger-account = 協同組合の勘定から 1 つ選んでください
error-date-format = 2026-11-25 のような形式で日付を入力してください
error-date-range = 0001-01-01 から 9999-12-31 までの日付を入力してください
ledger-error-posted-twice = 元帳キー { $key } が同時に 2 回記帳されています
ledger-error-concurrent = 元帳キーが別の処理で同時に記帳されています
ledger-error-key-reused = 元帳キー { $key } はすでに別の仕訳（#{ $entry }）に使われています
ledger-error-balance-large = { $account } の残高は { $balance } で、1 つの金額として扱うには大きすぎます
error-money-mismatch = 通貨が一致しません：{ $left } と { $right }
error-money-negative = 金額は負にできません（{ $amount } が指定されました）
error-money-split-policy = 手数料の配分ルールが正しくありません
error-money-refund-fee = 返金する手数料 { $refunded } が元の手数料 { $original } を超えています
