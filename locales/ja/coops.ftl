# 協同組合のページ：加入申請、公開プロフィール、メンバー管理。
coops-apply-title = 協同組合を登録
coops-apply-intro = 共同基金の委員会がすべての申請を審査します。あなたが協同組合の最初の管理者になります。
coops-name = 協同組合の名前
coops-kind-label = 種類
coops-kind-choice = { $kind ->
        [producer] 生産者：商品を出品します
        [buyer] 購入者：商品を注文します
       *[both] 両方
    }
coops-kind = { $kind ->
        [producer] 生産者
        [buyer] 購入者
       *[both] 生産者・購入者
    }
coops-country = 国
coops-country-hint = ISO コード（例：TG、IT、DK、LK、JP、CO、ES）
coops-currency = 通貨
coops-currency-hint = ISO 4217 コード（例：XOF、EUR、DKK、LKR、JPY、COP）
coops-contact-email = 連絡先メールアドレス
coops-description = 協同組合の活動内容
coops-apply-button = 申請する
coops-flash-applied = 申請を送信しました。委員会が審査します。
coops-contact = 連絡先
coops-manage-this = この協同組合を管理
coops-listings = 商品
coops-awaiting-decision = この申請について委員会はまだ決定していません。
coops-committee-note = 委員会からのメモ：{ $reason }
coops-public-profile = 公開プロフィール
coops-statement = 取引明細
coops-members = メンバー
coops-member-name = 名前
coops-email = メールアドレス
coops-role-label = 役割
coops-role = { $role ->
        [admin] 管理者
       *[member] メンバー
    }
coops-change-role = 役割の変更
coops-make-role = { $role ->
        [admin] 管理者にする
       *[member] メンバーにする
    }
coops-pending-invitations = 回答待ちの招待
coops-sent = 送信日時
coops-withdraw = 取り消す
coops-invite = メンバーを招待
coops-invite-intro = 招待リンクをメールで送ります。承諾した場合にのみ参加となり、それまでは何も変わりません。
coops-their-email = 招待する人のメールアドレス
coops-their-email-hint = アカウントがまだない場合は、このアドレスで登録してから回答します。
coops-send-invitation = 招待を送る
coops-flash-invited = { $email } に招待を送りました。承諾すると参加になります。
coops-flash-already-invited = { $email } はすでに招待済みで、回答を待っています。
coops-flash-role-changed = 役割を変更しました。
coops-api-tokens = API トークン
coops-new-token = 新しいトークンです。再表示されないので、今すぐコピーしてください：
coops-token-name-column = 名前
coops-token-starts = 先頭
coops-token-created = 作成日時
coops-token-state = 状態
coops-token-revoked = { $date } に無効化
coops-token-revoke = 無効にする
coops-token-active = 有効
coops-token-name = トークン名
coops-token-name-hint = 使用する用途（例：「ERP 連携」）。
coops-token-create = トークンを作成
coops-token-admins-only = API トークンの作成・無効化は協同組合の管理者のみが行えます。
coops-flash-token-revoked = トークンを無効にしました。
coops-error-name-empty = 協同組合の名前を入力してください
coops-error-name-long = 協同組合の名前は 100 文字以内にしてください
coops-error-kind = 生産者、購入者、両方のいずれかを選んでください
coops-error-role = 管理者かメンバーを選んでください
coops-error-currency = 「{ $value }」は不明な通貨コードです
coops-error-decided = { $coop } はすでに「{ status-coop }」です
coops-error-one-admin = 協同組合には管理者が少なくとも1人必要です
coops-error-not-member = あなたは { $coop } のメンバーではありません
coops-error-last-admin = あなたは { $coop } の最後の管理者です。退会する前に別のメンバーを管理者にしてください
coops-error-name-taken = この名前の協同組合はすでにあります
coops-error-reason = 申請を却下する理由を書いてください
coops-error-token-name = トークンに名前を付けてください（1〜100 文字。例：「ERP 連携」）
coops-error-not-admitted = { $coop } はまだ承認されていません
coops-error-does-not-buy = { $coop } は生産者として登録されているため、注文できません
coops-error-does-not-sell = { $coop } は購入者として登録されているため、商品を出品できません
