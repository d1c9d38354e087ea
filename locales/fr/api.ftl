# The JSON API's error messages; the error's code beside them stays English. English answers
# keep the detailed message; these are what other languages read.
api-error = { $code ->
        [bad_request] La requête n'est pas valide.
        [invalid] Certains champs ne sont pas valides : voir le message de chaque champ.
        [unauthorized] Envoyez un jeton d'API valide.
        [forbidden] Votre coopérative n'a pas le droit de faire cela.
        [not_found] Introuvable.
        [conflict] Ce n'est pas possible dans l'état actuel.
        [unsupported_media_type] Envoyez le corps en JSON.
        [payload_too_large] Le corps de la requête dépasse la limite.
       *[internal] Une erreur s'est produite de notre côté ; elle a été journalisée.
    }
api-no-endpoint = Ce point d'accès de l'API n'existe pas.
api-token-missing = Envoyez « Authorization: Bearer <jeton> » avec le jeton d'API d'une coopérative.
api-token-unknown = Le jeton d'API est inconnu ou a été révoqué.
api-listing-not-yours = Cette annonce appartient à une autre coopérative.

# Bodies and headers the API could not read; $detail is a library's technical description,
# in English.
api-body-type = envoyez le corps en application/json
api-body-unreadable = impossible de lire le corps : { $detail }
api-body-json = JSON mal formé : { $detail }
api-body-object = envoyez un objet JSON
api-body-shape = le corps ne correspond pas à la description de l’API : { $detail }
api-query = la chaîne de requête ne correspond pas à la description de l’API : { $detail }
api-photos-multipart = envoyez les photos en multipart/form-data : { $detail }
api-idempotency-key = utilisez de 1 à 255 caractères visibles
# $holder is the co-op the token belongs to, $coop the one asked for.
api-token-other-coop = ce jeton appartient à { $holder }, pas à { $coop }
# A placement's expected total that cannot be read; $currency and $amount are as sent, $count
# the decimals the currency allows.
api-expected-total = expected_total : { $reason ->
        [currency] code de devise inconnu « { $currency } »
        [decimals] { $currency } { $amount } : { $count ->
            [0] { $currency } n’a pas de décimales
            [one] { $currency } permet au plus { $count } décimale
           *[other] { $currency } permet au plus { $count } décimales
        }
       *[number] { $currency } { $amount } : ce n’est pas un montant
    }
# A statement's account that names none of the co-op's; the choices are codes.
api-statement-account = utilisez proceeds, fair_share, receivable ou payments
# Stripe's webhook: what Stripe reads when a call is refused.
api-webhook-signature = en-tête Stripe-Signature refusé : { $detail }
api-webhook-not-event = ce n’est pas un événement Stripe : { $detail }
api-webhook-no-ids = ce n’est pas un événement Stripe : pas d’identifiant evt_ ni d’identifiant d’objet
