# The JSON API's error messages; the error's code beside them stays English. English answers
# keep the detailed message; these are what other languages read.
api-error = { $code ->
        [bad_request] リクエストが正しくありません。
        [invalid] 一部の項目が正しくありません。各項目のメッセージを確認してください。
        [unauthorized] 有効な API トークンを送信してください。
        [forbidden] あなたの協同組合にはこの操作は許可されていません。
        [not_found] 見つかりません。
        [conflict] 現在の状態ではこの操作はできません。
        [unsupported_media_type] 本文を JSON で送信してください。
        [payload_too_large] リクエスト本文が上限を超えています。
       *[internal] こちら側で問題が発生しました。記録済みです。
    }
api-no-endpoint = その API エンドポイントはありません。
api-token-missing = 協同組合の API トークンを「Authorization: Bearer <token>」で送信してください。
api-token-unknown = API トークンが不明か、取り消されています。
api-listing-not-yours = この出品は別の協同組合のものです。

# Bodies and headers the API could not read; $detail is a library's technical description,
# in English.
api-body-type = 本文は application/json で送信してください
api-body-unreadable = 本文を読み取れませんでした: { $detail }
api-body-json = JSON の形式が正しくありません: { $detail }
api-body-object = JSON オブジェクトを送信してください
api-body-shape = 本文が API の説明と一致しません: { $detail }
api-query = クエリ文字列が API の説明と一致しません: { $detail }
api-photos-multipart = 写真は multipart/form-data で送信してください: { $detail }
api-idempotency-key = 表示可能な文字を 1〜255 文字使ってください
# $holder is the co-op the token belongs to, $coop the one asked for.
api-token-other-coop = このトークンは{ $coop }ではなく{ $holder }のものです
# A placement's expected total that cannot be read; $currency and $amount are as sent, $count
# the decimals the currency allows.
api-expected-total = expected_total: { $reason ->
        [currency] 不明な通貨コード「{ $currency }」
        [decimals] { $currency } { $amount }: { $count ->
            [0] { $currency } には小数点以下の桁がありません
           *[other] { $currency } の小数点以下は { $count } 桁までです
        }
       *[number] { $currency } { $amount }: 金額ではありません
    }
# A statement's account that names none of the co-op's; the choices are codes.
api-statement-account = proceeds、fair_share、receivable、payments のいずれかを使ってください
# Stripe's webhook: what Stripe reads when a call is refused.
api-webhook-signature = Stripe-Signature ヘッダーが拒否されました: { $detail }
api-webhook-not-event = Stripe のイベントではありません: { $detail }
api-webhook-no-ids = Stripe のイベントではありません: evt_ ID またはオブジェクト ID がありません
