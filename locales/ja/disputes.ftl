# 紛争：委員会の一覧と、紛争中の注文の陳述。
disputes-title = 未解決の紛争
disputes-none = 紛争中の注文はありません。
disputes-older = 以前の紛争
dispute-order = 注文 #{ $id }
dispute-title = 注文 #{ $id } の紛争
dispute-bought = { $buyer } が { $seller } から購入：{ $amount }。
dispute-open-for = 申し立てから { $age } 経過。
dispute-age-hours = { $hours ->
        [0] 1 時間未満
       *[other] { $hours } 時間
    }
dispute-age-days = { $days } 日
dispute-resolve-link = 注文を開いて裁定する
dispute-order-is = 注文の状態：
dispute-the-order = 注文
dispute-statements = 陳述
dispute-no-statement = まだ陳述はありません。
dispute-statement-by = { $side ->
        [buyer] 購入者
       *[seller] 販売者
    }（{ $coop }）、{ $when }：
dispute-add-title = 陳述を追加
dispute-field-statement = 委員会へ：何があったか
dispute-field-hint = 4,000 文字まで。双方と委員会が読みます。
dispute-add = 陳述を追加
flash-statement-added = 陳述を追加しました。

# Refusals the store returns as codes.
dispute-statement-parties = 紛争の陳述を書けるのは購入者と販売者だけです
dispute-not-open = 注文 #{ $id } は紛争中ではありません（状態：{ status-order }）
disputes-error-statement-control = 陳述に制御文字（見えないコード）を含めることはできません
