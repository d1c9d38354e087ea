# Páginas de error, tituladas según el tipo de error.
error-title = { $kind ->
        [forbidden] No tienes acceso a esto
        [not-found] No encontrado
        [conflict] No es posible ahora
        [server] Algo salió mal
       *[other] Eso no funcionó
    }
error-back = Volver a donde estabas
error-back-or-start = o a { $start }
error-start-page = la página de inicio
error-back-to-start = Volver a la página de inicio
error-internal = Algo salió mal por nuestra parte; ha quedado registrado.
error-not-found = { $what ->
        [listing] Este producto no existe.
        [co-op] Esta cooperativa no existe.
        [photo] Esta foto no existe.
        [invitation] Esta invitación no existe.
        [order] Este pedido no existe.
        [checkout] Este pago no existe.
        [member] Este miembro no existe.
        [user] Esta persona no existe.
        [spending-proposal] Esta propuesta de gasto no existe.
        [payout-run] Esta tanda de pagos no existe.
        [payout-line] Esta línea de pago no existe.
        [action] Esta acción no existe.
        [cart-line] Esta línea del carrito no existe.
        [session] Esta sesión no existe.
        [token] Este token no existe.
        [webhook-endpoint] Este punto de webhook no existe.
       *[other] Esta página no existe.
    }
error-forbidden-order = Este pedido es entre otras cooperativas.
error-no-such-user = no hay ninguna persona registrada como «{ $value }»
error-fee-rate = la tasa de comisión es un porcentaje de 0 a 20 con dos decimales como máximo, no «{ $value }»
error-unknown-currency = «{ $value }» no es una moneda que el mercado conozca
error-amount-positive = el importe debe ser mayor que cero
error-title-empty = pon un título al gasto
error-purpose-empty = di para qué es el dinero
error-recipient = elige una cooperativa admitida que reciba el dinero
error-reason-needed = un rechazo necesita un motivo
error-already-approved = ya lo has aprobado
error-conflict-of-interest = perteneces a una cooperativa que recibe dinero aquí, así que no puedes votar
error-already-decided = esto ya está decidido ({ $value ->
        [approved] aprobado
        [rejected] rechazado
       *[other] { $value }
    })
error-statement-empty = escribe lo que pasó
error-statement-long = no pases de 4000 caracteres (esta tiene { $value })
error-too-large = la solicitud supera el tamaño permitido
# An amount that could not be read; $value is what was typed.
error-money-not-number = «{ $value }» no es un número
# $currency is an ISO code; $count the decimals it allows.
error-money-decimals = { $count ->
        [0] { $currency } no admite decimales
        [one] { $currency } admite como máximo { $count } decimal
       *[other] { $currency } admite como máximo { $count } decimales
    }
error-money-too-large = importe demasiado grande
# The account page's refusals.
error-current-password = esta no es su contraseña actual
error-email-same = esta ya es su dirección

# Refusals the store returns as codes.
error-amount-at-most = { $what ->
        [price] el precio
        [refund] un reembolso
       *[spending] un gasto
    } no puede superar { $max }
error-order-total-over = el total del pedido no puede superar { $max }; divídalo en varios pedidos
error-order-total-zero = el total del pedido debe ser al menos la unidad mínima ({ $min }); pida más

# Refusals before a page's own checks: who may do what, and forms that could not be read.
# $coop is a co-op's name; $detail is a library's technical description, in English.
error-log-in-first = inicia sesión primero
error-committee-only = solo los miembros del comité del fondo común pueden hacer esto
error-not-member = no eres miembro de { $coop }
error-admin-only = solo un administrador de { $coop } puede hacer esto
error-csrf = falta el token de seguridad del formulario o no es correcto; recarga la página e inténtalo de nuevo
error-form-type = envía el formulario como application/x-www-form-urlencoded
error-form-unreadable = no se pudo leer el formulario: { $detail }
error-form-malformed = formulario mal formado: { $detail }
error-upload-unreadable = no se pudo leer el archivo subido: { $detail }
error-import-no-file = elige un archivo CSV o ZIP para importar
error-terms-malformed = las condiciones aceptadas están mal formadas
# $value is the language code that was sent.
error-no-such-language = no existe ese idioma: { $value }
# The page of an address that leads nowhere.
error-no-page = No hay ninguna página en esta dirección.
# A list's page parameters; $max is the most items one page holds.
error-per-page = per_page debe ser un número entero de 1 a { $max }
error-cursor = este cursor no procede de ninguna página; vuelve a empezar desde la primera
# A word in an address that names none of the choices; $value is what was sent. The choices
# are codes and stay as they are.
error-unknown-choice = { $kind ->
        [order-state] estado de pedido desconocido: «{ $value }»
        [listing-status] «{ $value }» no es un estado: usa draft, active, paused o archived
       *[photo-move] «{ $value }» no es un movimiento (up, down o cover)
    }
# Alt texts sent with photos; $photos is how many photos were sent, $count how many alt texts.
error-photo-alts = da un solo texto alternativo, o uno por foto ({ $photos ->
        [one] { $photos } foto
       *[other] { $photos } fotos
    }, { $count ->
        [one] { $count } texto alternativo
       *[other] { $count } textos alternativos
    })
