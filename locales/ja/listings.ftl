# 生産者協同組合の自社商品：一覧、商品フォーム、CSV インポート、写真。
listings-title = 商品
listings-of = { $coop } の商品
listings-new = 新しい商品
listings-import-csv = CSV をインポート
listings-export-csv = CSV をエクスポート
listings-field-title = 商品名
listings-price = 価格
listings-stock = 在庫
listings-status = 状態
listings-actions = 操作
listings-edit = 編集
listings-action = { $action ->
        [publish] 公開する
        [pause] 一時停止する
        [archive] アーカイブする
       *[delete] 削除する
    }
listings-edit-title = { $title } を編集
listings-sku-hint = 協同組合内で重複しない独自のコード
listings-description = 説明
listings-unit = 単位
listings-price-per-unit = 単価
listings-price-hint = { $currency } で入力
listings-stock-hint = 量り売りの商品は小数点以下 3 桁まで
listings-stock-available = 注文可能な在庫
listings-stock-available-hint = 今すぐ注文できる数量です（このほか未完了の注文で { $reserved } が確保されています）。注文によって常に変わるため、この値を変更したときだけ保存されます
listings-country-hint = ISO コード（例：TG）
listings-origin-region = 原産地域
listings-certifications-hint = organic; fairtrade; その他は ; で区切って入力
listings-lead-time-days = 納期（日）
listings-save = 保存
listings-flash-created = { $title } を出品しました。
listings-flash-saved = { $title } を保存しました。
listings-flash-status = { $title } は「{ $status }」になりました。
listings-flash-deleted = { $title } を削除しました。
listings-flash-imported = インポートしました：新規 { $created } 件、更新 { $updated } 件、変更なし { $unchanged } 件{ $photos ->
        [0] 。
       *[other] 、写真 { $photos } 枚を追加。
    }
listings-import-title = 商品のインポート
listings-import-heading = CSV から商品をインポート
listings-import-columns = 列：{ $columns }。行は商品コードで照合され、新しいコードは作成、既存のコードは更新されます。誤りのある行が一つでもあれば、何もインポートされません。
listings-import-photos = 写真も取り込むには、CSV と画像ファイルを入れた ZIP をアップロードしてください。各行のファイル名は { $photos } 列に（; で区切って）書き、その説明は { $alt } 列に書きます。
listings-import-failed = 何もインポートされませんでした。{ $count } 件の問題を直して、もう一度お試しください。
listings-import-row = 行
listings-import-column = 列
listings-import-problem = 問題
listings-import-file = CSV または ZIP ファイル
listings-import-button = インポート
photos-heading = 写真（{ $max } 枚中 { $count } 枚）
photos-cover-note = 最初の写真がカタログに表示されるカバー写真になります。
photos-cover = カバー
photos-make-cover = カバーにする
photos-move-up = 上へ
photos-move-down = 下へ
photos-delete = 削除
photos-add = 写真を追加
photos-add-hint = JPEG、PNG、WebP、各 15 MB・5000 万画素まで。あと { $room } 枚追加できます。
photos-alt = 代替テキスト
photos-alt-hint = 写真に写っているもの。写真を見られない方に読み上げられます。
photos-upload = アップロード
photos-thumbs = 写真
photos-number = 写真 { $number }
photos-flash-added = 写真を { $count } 枚追加しました。
photos-flash-cover = カバー写真を変更しました。
photos-flash-moved = 写真を移動しました。
photos-flash-deleted = 写真を削除しました。
photos-logo = ロゴ
photos-no-logo = ロゴはまだありません。
photos-logo-replace = ロゴを差し替える
photos-logo-upload = ロゴをアップロード
photos-logo-hint = JPEG、PNG、WebP、15 MB まで。正方形の画像がきれいに表示されます。
photos-logo-save = ロゴを保存
photos-logo-remove = ロゴを削除
photos-flash-logo-saved = ロゴを保存しました。
photos-flash-logo-removed = ロゴを削除しました。
listings-error-sku-empty = 商品コードを入力してください
listings-error-sku-long = 商品コードは 64 文字以内にしてください
listings-error-sku-chars = 英字、数字、- _ . / のみ使えます
listings-error-title-empty = 商品名を入力してください
listings-error-title-long = 商品名は 200 文字以内にしてください
listings-error-description-long = 説明は 5000 文字以内にしてください
listings-error-price-zero = 価格は 0 より大きくしてください
listings-error-min-order-zero = 最小注文数量は 0 より大きくしてください
listings-error-lead-time = 納期は 0〜365 の整数（日数）で入力してください
listings-error-stock-negative = 在庫をマイナスにはできません
listings-error-decimals = 小数点以下は 3 桁までです
listings-error-country = 「{ $value }」は ISO 3166 の国コードではありません（例：TG、DK、JP）
photos-error-none = 写真を 1 枚以上選んでください
photos-error-alt-empty = 写真を見られない方のために、写真の説明（代替テキスト）を入力してください
photos-error-alt-long = 代替テキストは 250 文字以内にしてください
photos-error-no-logo = ロゴの画像を選んでください
photos-error-too-many = 写真は { $value } 枚までにしてください
