# カートのページ、出品ページの「カートに入れる」フォーム、注文手続き。
cart-title = カート
cart-buying-for = 購入する組合
cart-empty = カートは空です。
cart-browse = カタログを見る
cart-item = 商品
cart-unit-price = 単価
cart-quantity = 数量
# 単価：「EUR 12.50 / kg」。
cart-per-unit = { $price } / { $unit }
cart-total = 合計
cart-subtotal = 小計
cart-update = 更新
cart-remove = 削除
cart-check-out = 注文手続き
cart-one-order-per-seller = 販売者ごとに別々の注文になります。
cart-delivery-address = 配送先住所
cart-note = 販売者へのメモ
cart-place-orders = 注文を確定する
cart-terms-changed = カートに入れた後で価格が変わりました
cart-terms-changed-explained = 上の印の付いた行が変わりました。ご覧になっていない条件で注文されることはありません。新しい条件を承認して注文するか、カートを変更してください。
cart-accept-terms = 新しい条件を承認する
# 出品ページの「カートに入れる」フォーム。
cart-quantity-in = 数量（{ $unit }）
cart-add = カートに入れる
# 操作後のメッセージ。
cart-added = カートに入れました。
cart-updated = カートを更新しました。
cart-removed = カートから削除しました。
cart-terms-accepted = 新しい条件を承認しました。カートを確認して注文を確定してください。
cart-placed = { $count } 件の注文を確定しました：{ $ids }。
# カートに入れた後で行に起きた変更。
cart-change-price = 変更：価格は { $was } でしたが、現在は { $now } です。
cart-change-minimum = 変更：最小注文数量は { $was } でしたが、現在は { $now } です。
cart-change-not-for-sale = 変更：販売が終了しました。
cart-change-short = 変更：残りは { $left } だけです。
# 数量の横に表示されるエラー。
cart-quantity-negative = 0 以上の数量を入力してください。
cart-quantity-decimals = 小数は 3 桁までにしてください。
cart-quantity-too-large = { $max } 以下で入力してください。
cart-quantity-zero = 0 より大きい数量を入力してください。
cart-quantity-minimum = { $min } 以上注文してください。
cart-quantity-stock = 在庫は { $stock } だけです。
cart-not-for-sale = 「{ $title }」は現在販売されていません。
cart-own-listing = ご自身の組合の出品です。
# そのままでは注文できなかったときにカートの上に表示。
cart-cannot-place = 何も注文されていません：下の印の付いた行が変わりました。カートを変更するか新しい条件を承認して、もう一度注文してください。
# An error page: the co-op chosen is not one the viewer buys for.
cart-not-your-coop = この組合の購入担当ではありません。
cart-no-buying-coop = あなたの組合はどれも承認済みの購入者ではありません。
cart-added-by = 追加した人
cart-changed-by = { $name } が変更
cart-line-gone = その行は別のメンバーが削除または注文したところです。何も変更されていません
cart-error-stale = このページの表示後に協同組合のカートが変更されました。何も注文されていません。下のカートを確認して、もう一度注文してください
cart-error-stale-by = このページの表示後に協同組合のカートが変更されました（最後の変更：{ $name }）。何も注文されていません。下のカートを確認して、もう一度注文してください
cart-error-taken = 注文手続き中に協同組合のカートが変更されました。確認して、もう一度注文してください
