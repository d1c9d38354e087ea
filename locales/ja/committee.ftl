# 委員会のページ：申請、手数料率、委員。
committee-title = 委員会
committee-heading = 共同基金委員会
committee-link-ledger = 元帳と試算表
committee-link-payouts = 支払いバッチと基金の支出
committee-link-disputes = 未解決の紛争
committee-link-pool = 基金の公開ページ
committee-applications = 加入申請
committee-no-application = 審査待ちの申請はありません。
committee-coop-kind = { $kind ->
        [producer] 生産者
        [buyer] 購入者
       *[both] 生産者兼購入者
    }
committee-reason = 理由（却下する場合は必須）
committee-admit = 承認する
committee-decline = 却下する
committee-fee-title = マーケットプレイス手数料
committee-fee-explained = 今後の注文は小計の { $rate } を支払います。半分は共同基金へ、半分は注文の両協同組合へ分配されます。すでに出された注文は元の料率のままです。
committee-fee-new = 新しい手数料率（％）
committee-fee-hint = 0〜20、小数点以下 2 桁まで
committee-fee-set = 手数料率を設定
committee-fee-rate = 料率
committee-fee-by = 設定者
committee-fee-when = 日時
committee-members = 委員会のメンバー
committee-add-member = 登録済みユーザーをメールアドレスで追加
committee-add-button = 委員会に追加
percent = { $rate }%
flash-coop-decided = { $coop } は{ $status ->
        [admitted] 承認
       *[declined] 却下
    }されました。
flash-committee-joined = { $name } さんが委員会に加わりました。
flash-fee-rate-set = 手数料率を { $rate } にしました。
error-decision-admit = 決定は「承認」か「却下」のどちらかにしてください
