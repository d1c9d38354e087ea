# The JSON API's error messages; the error's code beside them stays English. English answers
# keep the detailed message; these are what other languages read.
api-error = { $code ->
        [bad_request] La sol·licitud no és vàlida.
        [invalid] Alguns camps no són vàlids: vegeu el missatge de cada camp.
        [unauthorized] Envieu un testimoni d'API vàlid.
        [forbidden] La vostra cooperativa no pot fer això.
        [not_found] No s'ha trobat.
        [conflict] No és possible en l'estat actual.
        [unsupported_media_type] Envieu el cos en JSON.
        [payload_too_large] El cos de la sol·licitud supera el límit.
       *[internal] Alguna cosa ha fallat per la nostra banda; ha quedat registrada.
    }
api-no-endpoint = No existeix aquest punt d'accés de l'API.
api-token-missing = Envieu «Authorization: Bearer <testimoni>» amb el testimoni d'API d'una cooperativa.
api-token-unknown = El testimoni d'API és desconegut o s'ha revocat.
api-listing-not-yours = Aquest anunci pertany a una altra cooperativa.

# Bodies and headers the API could not read; $detail is a library's technical description,
# in English.
api-body-type = envia el cos com a application/json
api-body-unreadable = no s'ha pogut llegir el cos: { $detail }
api-body-json = JSON mal format: { $detail }
api-body-object = envia un objecte JSON
api-body-shape = el cos no s'ajusta a la descripció de l'API: { $detail }
api-query = la cadena de consulta no s'ajusta a la descripció de l'API: { $detail }
api-photos-multipart = envia les fotos com a multipart/form-data: { $detail }
api-idempotency-key = fes servir d'1 a 255 caràcters visibles
# $holder is the co-op the token belongs to, $coop the one asked for.
api-token-other-coop = aquest testimoni pertany a { $holder }, no a { $coop }
# A placement's expected total that cannot be read; $currency and $amount are as sent, $count
# the decimals the currency allows.
api-expected-total = expected_total: { $reason ->
        [currency] codi de moneda desconegut «{ $currency }»
        [decimals] { $currency } { $amount }: { $count ->
            [0] { $currency } no admet decimals
            [one] { $currency } admet com a màxim { $count } decimal
           *[other] { $currency } admet com a màxim { $count } decimals
        }
       *[number] { $currency } { $amount }: no és un import
    }
# A statement's account that names none of the co-op's; the choices are codes.
api-statement-account = fes servir proceeds, fair_share, receivable o payments
# Stripe's webhook: what Stripe reads when a call is refused.
api-webhook-signature = capçalera Stripe-Signature rebutjada: { $detail }
api-webhook-not-event = no és un esdeveniment de Stripe: { $detail }
api-webhook-no-ids = no és un esdeveniment de Stripe: no té identificador evt_ ni identificador d'objecte
