# The JSON API's error messages; the error's code beside them stays English. English answers
# keep the detailed message; these are what other languages read.
api-error = { $code ->
        [bad_request] La solicitud no es válida.
        [invalid] Algunos campos no son válidos: mira el mensaje de cada campo.
        [unauthorized] Envía un token de API válido.
        [forbidden] Tu cooperativa no puede hacer esto.
        [not_found] No encontrado.
        [conflict] No es posible en el estado actual.
        [unsupported_media_type] Envía el cuerpo en JSON.
        [payload_too_large] El cuerpo de la solicitud supera el límite.
       *[internal] Algo ha fallado por nuestra parte; ha quedado registrado.
    }
api-no-endpoint = No existe ese punto de acceso de la API.
api-token-missing = Envía «Authorization: Bearer <token>» con el token de API de una cooperativa.
api-token-unknown = El token de API es desconocido o ha sido revocado.
api-listing-not-yours = Este anuncio pertenece a otra cooperativa.
