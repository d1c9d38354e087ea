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

# Bodies and headers the API could not read; $detail is a library's technical description,
# in English.
api-body-type = envía el cuerpo como application/json
api-body-unreadable = no se pudo leer el cuerpo: { $detail }
api-body-json = JSON mal formado: { $detail }
api-body-object = envía un objeto JSON
api-body-shape = el cuerpo no se ajusta a la descripción de la API: { $detail }
api-query = la cadena de consulta no se ajusta a la descripción de la API: { $detail }
api-photos-multipart = envía las fotos como multipart/form-data: { $detail }
api-idempotency-key = usa de 1 a 255 caracteres visibles
# $holder is the co-op the token belongs to, $coop the one asked for.
api-token-other-coop = este token pertenece a { $holder }, no a { $coop }
# A placement's expected total that cannot be read; $currency and $amount are as sent, $count
# the decimals the currency allows.
api-expected-total = expected_total: { $reason ->
        [currency] código de moneda desconocido «{ $currency }»
        [decimals] { $currency } { $amount }: { $count ->
            [0] { $currency } no admite decimales
            [one] { $currency } admite como máximo { $count } decimal
           *[other] { $currency } admite como máximo { $count } decimales
        }
       *[number] { $currency } { $amount }: no es un importe
    }
# A statement's account that names none of the co-op's; the choices are codes.
api-statement-account = usa proceeds, fair_share, receivable o payments
# Stripe's webhook: what Stripe reads when a call is refused.
api-webhook-signature = cabecera Stripe-Signature rechazada: { $detail }
api-webhook-not-event = no es un evento de Stripe: { $detail }
api-webhook-no-ids = no es un evento de Stripe: no tiene identificador evt_ ni identificador de objeto
