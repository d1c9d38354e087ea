# 委員会の支払いバッチ、バッチのページ、基金の支出提案。
payouts-title = 支払いバッチ
payouts-nothing-owed = どの通貨でも最低支払額以上の未払いがある協同組合はないため、作成するバッチはありません。
payouts-currency = 通貨（未払いがあるもの、多い順）
payouts-owed = { $currency } · 未払い { $amount }
payouts-draft = 支払いバッチを作成
payouts-col-run = バッチ
payouts-col-drafted = 作成日時
payouts-col-lines = 明細
payouts-col-total = 合計
payouts-col-status = 状態
payouts-run-name = #{ $id } { $currency }
payouts-older-runs = 以前のバッチ
payouts-spending = 基金の支出提案
payouts-no-run = 支払いバッチはまだありません。
payouts-no-proposal = まだ提案はありません。
payouts-spending-to = { $coop } へ { $amount }
payouts-older-proposals = 以前の提案
payouts-decisions = 決定の記録
payouts-command-line = コマンドライン
payouts-decision = { $what ->
        [drafted] が作成
        [proposed] が提案
        [approved] が承認
        [rejected] が却下
        [paid] が支払済みに
        [failed] が支払い失敗を記録
        [replaces] が作り直し
        [superseded] が差し替え
       *[other] { $what }
    }
payouts-no-vote = これには投票できません。資金を受け取る協同組合に所属しているか、すでに投票済みです。
payouts-reason = 理由（却下する場合は必須）
payouts-approve = 承認する
payouts-reject = 却下する
payouts-voters = まだ投票できる委員は { $voters } 人です。あと { $needed } 件の承認が必要です。
payouts-unreachable = このままでは委員会は承認できません。
payouts-unreachable-why = 投票できる委員が必要な承認数より少なくなっています（他の委員は支払先の協同組合に所属しており、作成者は単独で承認できません）。委員を追加するか、理由を付けて却下してください。
run-title = 支払いバッチ #{ $id }
run-summary = { $created } に作成。協同組合 { $count } 団体、{ $total }。異なる委員による { $quorum } 件の承認が必要です。
run-link = バッチ #{ $id }
run-replaces = { $run } の差し替えです（未払い額を超えて支払う内容でした）。
run-replaced-by = { $run } に差し替えられました。このバッチは記録として残されています。
run-stale = このバッチは古くなっています。
run-stale-why = 作成後の返金で未払い額が減ったため、現在の未払い額を超えて支払うことになります（下の印の付いた明細を参照）。承認・出力・支払いはできません。
run-lines = 明細
run-line-over = この協同組合の現在の未払い額より { $amount } 多く支払います。
run-line-parts = 公正配分 { $fair_share } · 売上 { $proceeds } · { $method }
run-line-no-iban = 未登録
run-line-stripe-error = Stripe のエラー：{ $error }
run-line-bank-error = 銀行のエラー：{ $error }
run-line-no-bank-details = 口座情報なし
run-line-held = 保留：この協同組合には口座情報が登録されていないため、この明細は銀行ファイルから除外され、支払済みにできません。管理者に登録を依頼しました。
run-line-entries = この明細の元になった仕訳（{ $count } 件）
run-entry-order = 注文 #{ $id }
run-col-entry = 仕訳
run-files-after-approval = 委員会がバッチを承認すると、銀行ファイルをダウンロードできます。
run-download-csv = 銀行ファイル（CSV）をダウンロード
run-download-sepa = SEPA ファイル（pain.001）をダウンロード
run-no-debtor = マーケットプレイス自身の銀行口座がまだ設定されていないため、SEPA ファイルは作成できません。CSV をダウンロードするか、運営者に設定を依頼してください。
run-held-count = 協同組合 { $count } 団体に口座情報がありません。管理者が登録するまで、その明細は保留され、銀行ファイルから除外されます。
confirm-paid-title = バッチ #{ $id } を支払済みにする
confirm-paid-heading = バッチ #{ $id } の銀行ファイルを支払済みにしますか？
confirm-paid-body = { $count } 件の明細（合計 { $total }）を銀行による支払済みにします。銀行での振込が完了してから行ってください。
confirm-paid-held = 保留中の { $count } 件の明細（口座情報なし）は未処理のまま残ります。
confirm-paid-yes = はい、{ $count } 件を支払済みにする
confirm-paid-cancel = キャンセル
spending-title = 支出 #{ $id }
spending-summary = 共同基金から { $coop } へ { $amount }。異なる委員による { $quorum } 件の承認が必要です。
spending-paid-by-stripe = Stripe 送金で支払済み
spending-payment-error = 支払いエラー：{ $error }
spending-propose-title = 基金からの支出を提案
spending-propose-heading = 共同基金からの支出を提案
spending-field-title = タイトル
spending-field-purpose = 目的
spending-field-amount = 金額
spending-field-currency = 通貨（基金にあるもの、多い順）
spending-field-recipient = 受取先の協同組合
spending-in-pool = { $currency } · 基金残高 { $amount }
spending-pool-empty = 共同基金にはまだ何もありません。
spending-propose = 提案する
flash-run-drafted = バッチを作成しました。委員会に審査を依頼しました。
flash-vote-recorded = 記録しました。{ $subject ->
        [run] バッチ
       *[spending] 支出
    }は現在「{ $status ->
        [awaiting_review] 審査待ち
        [approved] 承認済み
       *[rejected] 却下
    }」です。
flash-line-paid = 明細を支払済みにしました。
flash-line-already-paid = 明細はすでに支払済みでした。変更はありません。
flash-line-failed = 明細は再試行のため未処理のままです。
flash-stripe-paid = Stripe で { $paid } 件を支払いました。
flash-stripe-failed = Stripe で { $paid } 件を支払いました。{ $failed } 件は失敗し、再試行のため未処理のままです：{ $errors }
flash-run-redrafted = バッチ #{ $id } を、現在の未払い額を支払うこのバッチとして作り直しました。委員会に審査を依頼しました。
flash-run-replaced = バッチ #{ $id } は差し替えられました。未払いがなくなったため、新しいバッチは作成していません。
flash-spending-proposed = 支出 #{ $id } を提案しました。委員会が審査します。
flash-spending-paid = 支出を支払済みにしました。
flash-spending-already-paid = すでに支払済みでした。変更はありません。
flash-bank-file-paid = { $count } 件の明細を支払済みにしました。
flash-bank-details-saved = 口座情報を保存しました。
error-decision-vote = 決定は「承認」か「却下」のどちらかにしてください
payout-details-title = 受取口座
payout-details-page = { $coop } の受取口座
payout-details-on-file = 銀行口座：{ $account }
payout-details-none = 銀行口座はまだありません。銀行振込で支払う購入者に必要です。
payout-details-holder = 口座名義
payout-details-iban-hint = スペースを含めても構いません（例：DE89 3704 0044 0532 0130 00）
payout-details-save = 口座情報を保存
payout-details-back = 協同組合に戻る
stripe-not-connected = 未連携：この協同組合には銀行振込で支払います。
stripe-connect = Stripe アカウントを連携
stripe-incomplete = 登録が未完了です（{ $account }）：決済は{ $charges ->
        [yes] 有効
       *[no] まだ無効
    }、送金受取は{ $payouts ->
        [yes] 有効
       *[no] まだ無効
    }です。Stripe が両方を有効にするまで、銀行振込で支払います。
stripe-continue = Stripe の登録を続ける
stripe-ready = 準備完了（{ $account }）：決済と送金受取が有効です。支払いはこの Stripe アカウントに送られます。
# Bank details typed by a co-op's admin.
bank-error-iban = IBAN を入力してください（国コード、チェックディジット、口座番号。例: DE89 3704 0044 0532 0130 00）
bank-error-iban-checksum = この IBAN のチェックディジットが正しくありません。入力ミスがないか確認してください
bank-error-bic = 8 文字または 11 文字の BIC を入力してください（例: COBADEFFXXX）
bank-error-holder = 口座名義を入力してください（140 文字以内）
# Why the system took a decision, as the decisions list shows it.
decision-why-paid = { $amount }
decision-why-line-paid = { $line } 行目: { $amount }
decision-why-line-failed = { $line } 行目: { $error }
decision-why-replaces = バッチ { $run } は現在の未払い額より多く支払う内容でした
decision-why-redrafted = バッチ { $run } として作り直されました
decision-why-nothing-owed = 作り直しましたが、未払いはもうありません
# Payment and bank refusals, as people read them; $gateway is a gateway's name (stripe, manual).
payments-error-stripe-refused = Stripe が送金を拒否しました（{ $status }）: { $message }
payments-error-card-steps = { $amount } はカードで支払えません。Stripe は { $currency } を 0.010 単位でしか受け付けません
payments-error-no-connect = 支払いは { $gateway } を通ります。協同組合への支払いは銀行振込で、接続や支払いをする Stripe アカウントはありません
payments-error-by-hand = 支払いは { $gateway } を通じて届きます。手動では確認できません
payments-error-pay-by-bank = 各注文は、その注文ページの参照番号を付けて銀行振込でお支払いください
payments-error-coop-no-connect = 支払いは { $gateway } を通ります。{ $coop } への支払いは銀行振込で、接続する Stripe アカウントはありません
payments-error-not-accepted = お支払いの前に、すべての売り手が注文を承認する必要があります
payments-error-nothing-due = この決済には支払い待ちのものがありません
payments-error-currencies = 複数の通貨を含む決済は注文ごとに支払います
payments-error-already-paid = この決済はすでに支払い済みです
payouts-error-bank-refused = 銀行が振込を拒否しました

# Refusals the store returns as codes.
payouts-error-not-open = 支払いバッチ #{ $run } は「{ status-run }」のため作り直せません
payouts-error-nothing-to-redraft = 支払いバッチ #{ $run } は今も支払うべき額だけを支払います。作り直す必要はありません
payouts-error-not-approved-pay = 支払いバッチ #{ $run } は「{ status-run }」のため支払えません。先に委員会の承認が必要です
payouts-error-not-approved-file = 支払いバッチ #{ $run } は「{ status-run }」です。委員会の承認後に銀行ファイルをダウンロードできます
payouts-error-line-stripe = { $line } 行目は Stripe で支払われます。手作業ではなく、バッチを実行して送金してください
payouts-error-line-paid = { $line } 行目はすでに支払済みです
payouts-error-line-bank = { $line } 行目は銀行振込で支払われます。銀行が送金したら支払済みにしてください
payouts-error-line-held = { $line } 行目は保留中です。{ $coop } の口座情報が登録されていないため、まだ支払えません。管理者に登録を依頼しました。
payouts-error-run-holds = { $currency } で支払うものはもうありません。支払いバッチ #{ $run }（{ status-run }）に支払うべき額がすでに含まれています
payouts-error-nothing-owed = { $currency } で支払うものはありません。{ $minimum } 以上を受け取る協同組合がありません
payouts-error-balance-large = { $account } には { $balance } あり、1 回の支払いバッチで支払うには大きすぎます
payouts-error-run-stale = 支払いバッチ #{ $run } は古くなっています。作成後に返金で支払うべき額が減り、今支払うべき額より多く支払うことになります（{ $lines }）。承認・エクスポート・支払いはできません。今日支払うべき額で作り直してください。
payouts-stale-line = { $line } 行目（{ $coop }）が { $over } 超過
payouts-error-sepa-empty = 振り込むものがありません
payouts-error-sepa-euro = SEPA 振込は EUR のみです。{ $currency } は使えません
payouts-error-sepa-positive = SEPA 振込はすべて正の金額でなければなりません。{ $amount } は正ではありません
