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
