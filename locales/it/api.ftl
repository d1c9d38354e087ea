# The JSON API's error messages; the error's code beside them stays English. English answers
# keep the detailed message; these are what other languages read.
api-error = { $code ->
        [bad_request] La richiesta non è valida.
        [invalid] Alcuni campi non sono validi: vedete il messaggio di ogni campo.
        [unauthorized] Inviate un token API valido.
        [forbidden] La vostra cooperativa non può farlo.
        [not_found] Non trovato.
        [conflict] Non è possibile nello stato attuale.
        [unsupported_media_type] Inviate il corpo in JSON.
        [payload_too_large] Il corpo della richiesta supera il limite.
       *[internal] Qualcosa è andato storto da parte nostra; è stato registrato.
    }
api-no-endpoint = Questo endpoint dell'API non esiste.
api-token-missing = Inviate «Authorization: Bearer <token>» con il token API di una cooperativa.
api-token-unknown = Il token API è sconosciuto o è stato revocato.
api-listing-not-yours = Questo annuncio appartiene a un'altra cooperativa.

# Bodies and headers the API could not read; $detail is a library's technical description,
# in English.
api-body-type = invia il corpo come application/json
api-body-unreadable = impossibile leggere il corpo: { $detail }
api-body-json = JSON malformato: { $detail }
api-body-object = invia un oggetto JSON
api-body-shape = il corpo non corrisponde alla descrizione dell’API: { $detail }
api-query = la stringa di query non corrisponde alla descrizione dell’API: { $detail }
api-photos-multipart = invia le foto come multipart/form-data: { $detail }
api-idempotency-key = usa da 1 a 255 caratteri visibili
# $holder is the co-op the token belongs to, $coop the one asked for.
api-token-other-coop = questo token appartiene a { $holder }, non a { $coop }
# A placement's expected total that cannot be read; $currency and $amount are as sent, $count
# the decimals the currency allows.
api-expected-total = expected_total: { $reason ->
        [currency] codice valuta sconosciuto «{ $currency }»
        [decimals] { $currency } { $amount }: { $count ->
            [0] { $currency } non ammette decimali
            [one] { $currency } ammette al massimo { $count } decimale
           *[other] { $currency } ammette al massimo { $count } decimali
        }
       *[number] { $currency } { $amount }: non è un importo
    }
# A statement's account that names none of the co-op's; the choices are codes.
api-statement-account = usa proceeds, fair_share, receivable o payments
# Stripe's webhook: what Stripe reads when a call is refused.
api-webhook-signature = intestazione Stripe-Signature rifiutata: { $detail }
api-webhook-not-event = non è un evento Stripe: { $detail }
api-webhook-no-ids = non è un evento Stripe: manca l’identificativo evt_ o quello dell’oggetto
