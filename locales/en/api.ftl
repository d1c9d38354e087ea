# The JSON API's error messages; the error's code beside them stays English. English answers
# keep the detailed message; these are what other languages read.
api-error = { $code ->
        [bad_request] The request is not valid.
        [invalid] Some fields are not valid: see each field's message.
        [unauthorized] Send a valid API token.
        [forbidden] Your co-op may not do this.
        [not_found] Not found.
        [conflict] This is not possible in the current state.
        [unsupported_media_type] Send the body as JSON.
        [payload_too_large] The request body is larger than the limit.
       *[internal] Something went wrong on our side; it has been logged.
    }
api-no-endpoint = no such API endpoint
api-token-missing = send 'Authorization: Bearer <token>' with a co-op's API token
api-token-unknown = the API token is unknown or has been revoked
api-listing-not-yours = this listing belongs to another co-op

# Bodies and headers the API could not read; $detail is a library's technical description,
# in English.
api-body-type = send the body as application/json
api-body-unreadable = could not read the body: { $detail }
api-body-json = malformed JSON: { $detail }
api-body-object = send a JSON object
api-body-shape = the body does not match the API's description: { $detail }
api-query = the query string does not match the API's description: { $detail }
api-photos-multipart = send the photos as multipart/form-data: { $detail }
api-idempotency-key = use 1 to 255 visible characters
# $holder is the co-op the token belongs to, $coop the one asked for.
api-token-other-coop = this token belongs to { $holder }, not { $coop }
# A placement's expected total that cannot be read; $currency and $amount are as sent, $count
# the decimals the currency allows.
api-expected-total = expected_total: { $reason ->
        [currency] unknown currency code '{ $currency }'
        [decimals] { $currency } { $amount }: { $count ->
            [0] { $currency } allows no decimals
           *[other] { $currency } allows at most { $count } decimals
        }
       *[number] { $currency } { $amount }: not an amount
    }
# A statement's account that names none of the co-op's; the choices are codes.
api-statement-account = use proceeds, fair_share, receivable or payments
# Stripe's webhook: what Stripe reads when a call is refused.
api-webhook-signature = Stripe-Signature: { $detail }
api-webhook-not-event = not a Stripe event: { $detail }
api-webhook-no-ids = not a Stripe event: no evt_ id or object id
