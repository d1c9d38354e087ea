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
