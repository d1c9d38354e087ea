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
# Quantity errors; $max is the largest quantity allowed.
quantity-negative = 数量は負の値にできません
quantity-too-large = 数量は { $max } 以下にしてください
listings-error-certification-long = 「{ $value }」は40文字を超えています
listings-error-region-long = 地域は100文字以内にしてください
listings-error-unit = 「{ $value }」は単位ではありません。次から選んでください: { $units }
# A photo file refused; $file is its name.
photo-error-empty = { $file } は空です
photo-error-too-large = { $file } は 15 MB を超えています（{ $bytes } バイト）
photo-error-not-image = { $file } は JPEG・PNG・WebP の画像ではありません
photo-error-format = { $file } は { $format } 画像です。JPEG・PNG・WebP のみ受け付けます
photo-error-truncated = { $file } は途中で切れています（画像の終わりより前にファイルが終わっています）
photo-error-polyglot = { $file } には画像の終わりの後に別のデータがあります（ポリグロットファイル）
photo-error-damaged = { $file } は破損しています: { $detail }
photo-error-pixels = { $file } は { $width } × { $height } ピクセルです。50 メガピクセル、一辺 20,000 ピクセルまで受け付けます
photo-error-memory = { $file } のデコードには許可された以上のメモリ（256 MB）が必要です
photo-error-encoding = { $file } をエンコードできませんでした: { $detail }
# The listings import (CSV or ZIP): what is wrong with the file or a row.
zip-error-unreadable = ZIP を ZIP ファイルとして読み取れません: { $detail }
zip-error-entries = ZIP に { $count } 個の項目があります。受け付けるのは { $max } 個までです
zip-error-damaged = ZIP が破損しています: { $detail }
zip-error-path = { $file } のパスは ZIP のフォルダーの外を指しています（「..」または絶対パス）
zip-error-total = { $file } を含めると ZIP のファイルは展開後 { $mb } MB を超えます
zip-error-no-csv = ZIP に CSV ファイルがありません
zip-error-many-csv = ZIP に CSV ファイルが { $count } 個あります（{ $names }）。1 つだけにしてください
zip-error-missing = { $file } は ZIP に含まれていません
zip-error-file-large = { $file } は { $mb } MB を超えています
zip-error-file-unreadable = { $file } を読み取れません: { $detail }
zip-error-encrypted = { $file } は暗号化されています
zip-error-method = { $file } は deflate 以外の方式で圧縮されています
import-error-photos-need-zip = 写真は、この CSV と画像を入れた ZIP ファイルで取り込みます
import-error-header = 見出し行を読み取れません: { $detail }
import-error-row = 行を読み取れません: { $detail }
import-error-sku-twice = SKU { $sku } がファイル内に 2 回あります
import-error-unknown-column = 不明な列です。想定している列: { $columns }
import-error-missing-column = 列がありません
import-error-archived = 商品 { $sku } はアーカイブ済みのため変更できません
import-error-photos-many = 写真が { $count } 枚指定されています。1 つの商品に付けられるのは { $max } 枚までです
import-error-photos-full = 商品 { $sku } には写真が { $count } 枚あります。これらを加えると { $max } 枚を超えます

# Refusals the store returns as codes.
listings-error-archived-edit = アーカイブ済みの商品は編集できません
listings-error-archived = この商品はアーカイブ済みです
listings-error-ordered-draft = 注文されたことのある商品は下書きに戻せません
listings-error-ordered-delete = この商品は注文されたことがあるため、アーカイブしかできません
listings-error-delete-draft = 削除できるのは下書きだけです。代わりに一時停止するかアーカイブしてください
listings-error-stock = 在庫が足りません
import-error-sku-race = これらの SKU のいずれかを持つ商品が作成されたところです。もう一度インポートしてください
listings-error-sku-taken = この協同組合にはこの SKU の商品がすでにあります
listings-error-photos-many = 1 つの商品の写真は最大 { $max } 枚です。この商品には { $existing } 枚あるので、追加できるのは { $left } 枚までです
listings-error-photo-twice = 写真 { $photo } はすでにこの商品にあります
listings-error-photo-move = 「{ $value }」は移動の指定ではありません（up、down、cover のいずれか）
listings-error-photo-order = 商品の写真 { $count } 枚をそれぞれ 1 回ずつ、表紙を先頭にして指定してください
