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
