# 公開カタログ：検索、絞り込み、商品カード、商品ページ。
catalog-title = カタログ
catalog-search = 検索
catalog-search-hint = 商品または協同組合（多少の入力ミスは大丈夫です）
catalog-filters = 絞り込み
catalog-category-label = カテゴリー
catalog-all-categories = すべてのカテゴリー
catalog-origin-country = 原産国
catalog-all-countries = すべての国
catalog-certification = 認証
catalog-certification-hint = 有機、フェアトレードなど
catalog-currency = 通貨
catalog-all-currencies = すべての通貨
catalog-min-price = 最低価格
catalog-max-price = 最高価格
catalog-seller = 販売者
catalog-all-sellers = すべての販売者
catalog-in-stock-only = 在庫ありのみ
catalog-sort = 並べ替え
catalog-sort-by = { $sort ->
        [price] 価格順
        [name] 名前順
       *[newest] 新着順
    }
catalog-search-button = 検索する
catalog-clear = クリア
catalog-no-match = 条件に合う商品はありません。
catalog-out-of-stock = 在庫切れ
catalog-pages = ページ
catalog-previous = ← 前へ
catalog-next = 次へ →
catalog-page = { $page } ページ
catalog-price-per = { $price } / { $unit }
catalog-sold-by = 1 { $unit } あたり { $price }・販売：{ $seller }
catalog-origin = 原産地
catalog-in-stock = 在庫
catalog-min-order = 最小注文数量
catalog-lead-time = 納期
catalog-days = { $days } 日
catalog-certifications = 認証
catalog-no-certification = なし
catalog-sku = 商品コード
catalog-edit-listing = この商品を編集
catalog-login-to-order = 注文するには、購入側の協同組合のメンバーとして{ $login }してください。
catalog-unit = { $unit ->
        [kg] kg
        [g] g
        [t] t
        [l] L
        [ml] mL
        [box] 箱
        [dozen] ダース
        [bag] 袋
        [bottle] 本
        [crate] ケース
        [pack] パック
       *[piece] 個
    }
catalog-listing-status = { $status ->
        [draft] 下書き
        [paused] 一時停止中
        [archived] アーカイブ済み
       *[active] 公開中
    }
catalog-category = { $slug ->
        [fruit-vegetables] 果物・野菜
        [coffee-cocoa-tea] コーヒー・カカオ・茶
        [grains-pulses] 穀物・豆類
        [dairy-eggs] 乳製品・卵
        [fish-seafood] 魚介類
        [processed-food] 加工食品
        [crafts-textiles] 工芸品・織物
       *[other] その他
    }
catalog-certification-name = { $name ->
        [organic] 有機
        [fairtrade] フェアトレード
       *[other] { $name }
    }
catalog-error-currency-needed = 価格で絞り込むには通貨を選んでください
catalog-error-negative = 価格をマイナスにはできません
catalog-error-too-large = 価格が大きすぎます
catalog-error-seller = 販売者には協同組合の ID を指定してください
catalog-error-page = ページは 1〜10000 の数値です
catalog-error-not-a-number = 「{ $value }」は数値ではありません
catalog-error-category = 「{ $value }」はカテゴリーではありません
# An amount of goods with its unit: "1 box", "3 boxes", "12.5 kg". $quantity is the number as written, $count the same number (for the plural), $unit the unit's code.
unit-amount = { $unit ->
        [kg] { $quantity } kg
        [g] { $quantity } g
        [t] { $quantity } t
        [l] { $quantity } L
        [ml] { $quantity } mL
        [box] { $quantity } 箱
        [dozen] { $quantity } ダース
        [bag] { $quantity } 袋
        [bottle] { $quantity } 本
        [crate] { $quantity } ケース
        [pack] { $quantity } パック
       *[piece] { $quantity } 個
    }
catalog-error-sort = 「{ $value }」は並べ替えの指定ではありません。newest、price、name のいずれかを使ってください
catalog-error-per-page = per_page は 1〜{ $max } の数値です
