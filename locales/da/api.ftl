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
