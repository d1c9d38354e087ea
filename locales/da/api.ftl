# The JSON API's error messages; the error's code beside them stays English. English answers
# keep the detailed message; these are what other languages read.
api-error = { $code ->
        [bad_request] Forespørgslen er ikke gyldig.
        [invalid] Nogle felter er ikke gyldige: se hvert felts besked.
        [unauthorized] Send et gyldigt API-token.
        [forbidden] Jeres andelsforening må ikke gøre dette.
        [not_found] Ikke fundet.
        [conflict] Det er ikke muligt i den nuværende tilstand.
        [unsupported_media_type] Send indholdet som JSON.
        [payload_too_large] Forespørgslens indhold er større end grænsen.
       *[internal] Noget gik galt hos os; det er logget.
    }
api-no-endpoint = Dette API-endepunkt findes ikke.
api-token-missing = Send "Authorization: Bearer <token>" med en andelsforenings API-token.
api-token-unknown = API-tokenet er ukendt eller er blevet tilbagekaldt.
api-listing-not-yours = Denne annonce tilhører en anden andelsforening.

# Bodies and headers the API could not read; $detail is a library's technical description,
# in English.
api-body-type = send brødteksten som application/json
api-body-unreadable = brødteksten kunne ikke læses: { $detail }
api-body-json = fejlformet JSON: { $detail }
api-body-object = send et JSON-objekt
api-body-shape = brødteksten passer ikke til API'ets beskrivelse: { $detail }
api-query = forespørgselsstrengen passer ikke til API'ets beskrivelse: { $detail }
api-photos-multipart = send fotoene som multipart/form-data: { $detail }
api-idempotency-key = brug 1 til 255 synlige tegn
# $holder is the co-op the token belongs to, $coop the one asked for.
api-token-other-coop = denne token tilhører { $holder }, ikke { $coop }
# A placement's expected total that cannot be read; $currency and $amount are as sent, $count
# the decimals the currency allows.
api-expected-total = expected_total: { $reason ->
        [currency] ukendt valutakode '{ $currency }'
        [decimals] { $currency } { $amount }: { $count ->
            [0] { $currency } tillader ingen decimaler
            [one] { $currency } tillader højst { $count } decimal
           *[other] { $currency } tillader højst { $count } decimaler
        }
       *[number] { $currency } { $amount }: ikke et beløb
    }
# A statement's account that names none of the co-op's; the choices are codes.
api-statement-account = brug proceeds, fair_share, receivable eller payments
# Stripe's webhook: what Stripe reads when a call is refused.
api-webhook-signature = Stripe-Signature-headeren blev afvist: { $detail }
api-webhook-not-event = ikke en Stripe-hændelse: { $detail }
api-webhook-no-ids = ikke en Stripe-hændelse: intet evt_-id eller objekt-id
