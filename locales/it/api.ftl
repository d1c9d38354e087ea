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
