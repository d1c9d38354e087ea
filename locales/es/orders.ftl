# Las listas de pedidos, la página de un pedido, su confirmación imprimible, las acciones y los reembolsos.
orders-title = Pedidos
orders-buying = Compras
orders-selling = Ventas
orders-state = Estado
orders-any-state = Cualquier estado
orders-filter = Filtrar
orders-none = No hay pedidos.
orders-order = Pedido
orders-buyer = Comprador
orders-seller = Vendedor
orders-total = Total
orders-placed = Realizado
orders-older = Pedidos anteriores
orders-order-title = Pedido n.º { $id }
# Bajo el título: el vendedor y el comprador son enlaces.
orders-from-to = De { $seller } a { $buyer } · realizado el { $when }
orders-your-coop = tu cooperativa
orders-the-buyer-coop = la cooperativa compradora
orders-the-seller-coop = la cooperativa vendedora
# Adónde va la comisión; $seller y $buyer son las tres expresiones de arriba.
orders-fee-split = De la comisión de { $fee } ({ $rate }): { $pool } al fondo común, { $seller_share } para { $seller }, { $buyer_share } para { $buyer }.
orders-percent = { $rate } %
orders-marketplace-fee = Comisión del mercado ({ $rate })
orders-seller-proceeds = Ingresos del vendedor
orders-dispute-link = La disputa: declaraciones de ambas partes
orders-how-to-pay = Cómo pagar
orders-pay-by-bank = Transfiere { $amount } a la cuenta bancaria del vendedor; el vendedor confirma aquí la recepción.
orders-account-holder = Titular de la cuenta
orders-payment-reference = Referencia del pago
orders-pay-bank-missing = Paga { $amount } con la referencia { $reference }. El vendedor aún no ha introducido sus datos bancarios: pídele su cuenta.
orders-pay-by-card = Paga { $amount } con tarjeta por la compra n.º { $checkout }: { $link }.
orders-pay-by-card-link = Pagar con tarjeta
orders-deliver-to = Entregar en
orders-note = Nota
orders-refunded-so-far = Reembolsado hasta ahora:
orders-claw-back = Los reembolsos recuperaron de la comisión: { $pool } del fondo común, { $seller_share } de la parte de { $seller } y { $buyer_share } de la parte de { $buyer }.
orders-refund-part = Reembolsar parte de este pedido
orders-refund-amount = Importe ({ $currency }, como máximo { $left })
orders-reason = Motivo
orders-refund = Reembolsar
orders-what-you-can-do = Lo que puedes hacer
orders-printable = Confirmación imprimible
orders-history = Historial
orders-when = Cuándo
orders-who = Quién
orders-what = Qué
orders-now = Después
# Quién hizo algo, en el historial: «Ama Mensah (vendedor)».
orders-who-role = { $name } ({ $role ->
        [buyer] comprador
        [seller] vendedor
        [committee] comité
       *[system] sistema
    })
orders-role = { $role ->
        [buyer] comprador
        [seller] vendedor
        [committee] comité
       *[system] sistema
    }
# Lo que pasó, en el historial. $code es el nombre estable del evento.
orders-event = { $code ->
        [place] realizado
        [accept] aceptado
        [reject] rechazado
        [cancel] cancelado
        [confirm_payment] pago confirmado
        [payment_succeeded] pago completado
        [ship] enviado
        [confirm_delivery] entrega confirmada
        [settle] liquidado
        [dispute] disputa abierta
        [resolve_settle] disputa resuelta: liquidado
        [resolve_refund] disputa resuelta: reembolsado
        [refund] reembolsado
        [partial_refund] reembolsado en parte
       *[other] { $code }
    }
orders-confirmation-title = Confirmación del pedido n.º { $id }
orders-placed-state = Realizado el { $when } · estado: { $state }
orders-print = Imprimir
# Mensajes tras una acción o un reembolso.
orders-now-state = El pedido n.º { $id } está ahora { $state }.
orders-refunded = Reembolsado { $amount }; el pedido n.º { $id } está { $state }.
orders-statement-added = Se ha añadido tu declaración.
# Errores junto al importe de un reembolso, el motivo de una acción o una declaración.
orders-refund-not-positive = Escribe un importe mayor que 0.
orders-refund-decimals = El { $currency } tiene { $decimals ->
        [0] cero decimales
        [one] 1 decimal
       *[other] { $decimals } decimales
    }: no escribas más.
orders-refund-too-much = Como máximo se pueden reembolsar aún { $left }.
orders-reason-missing = Di por qué: la otra parte lo leerá.
orders-text-control = Quita los caracteres de control (códigos invisibles, o un salto de línea en un campo de una línea).
orders-text-too-long = Limítalo a { $max } caracteres (tiene { $length }).
orders-statement-missing = Escribe lo que pasó.
orders-action-not-now = Este pedido está ahora { $state }: «{ $action }» ya no es posible. La página muestra lo que puedes hacer ahora.
orders-action-not-yours = No puedes hacer «{ $action }» en este pedido.
# A part refund in an order's history; $reason is what the seller wrote.
orders-note-part-refund = { $amount } reembolsados. { $reason }

# The order state machine's refusals: $code is the order's state, $action what was asked
# (a verb with its object), $hint why, $who who may.
order-refused-act = { $action ->
        [accept] aceptar un pedido
        [reject] rechazar un pedido
        [cancel] cancelar un pedido
        [confirm_payment] confirmar el pago de un pedido
        [payment_succeeded] notificar el pago de un pedido
        [ship] enviar un pedido
        [confirm_delivery] confirmar la entrega de un pedido
        [settle] liquidar un pedido
        [dispute] abrir una disputa sobre un pedido
        [resolve_settle] resolver una disputa sobre un pedido
        [resolve_refund] resolver una disputa sobre un pedido
       *[refund] reembolsar un pedido
    }
order-refused-hint = { $hint ->
        [placed-only] solo un pedido realizado puede aceptarse o rechazarse
        [paid-refund] ya está pagado: el vendedor puede reembolsarlo
        [unpaid-only] solo un pedido aún no pagado puede cancelarse
        [accept-first] primero debe aceptarse
        [already-paid] ya está pagado
        [pay-first] primero debe pagarse
        [already-shipped] ya se ha enviado
        [ship-first] primero debe enviarse
        [shipped-only] la entrega solo puede confirmarse mientras está enviado
        [disputed] está en disputa: la resuelve el comité
        [deliver-first] primero debe confirmarse la entrega
        [unpaid-cancel] aún no está pagado: cancélelo en su lugar
        [ship-first-refund] primero debe enviarse; el vendedor puede reembolsarlo
        [settled-ask] ya está liquidado: pida un reembolso al comité
        [disputed-only] solo un pedido en disputa puede resolverse
       *[shipped-dispute] ya se ha enviado: el comprador puede abrir una disputa
    }
order-refused-whom = { $who ->
        [seller] solo la cooperativa vendedora puede
        [buyer] solo la cooperativa compradora puede
        [committee] solo el comité puede
        [system] solo el sistema puede
        [buyer_seller] solo la cooperativa compradora o la vendedora pueden
       *[seller_committee] solo la cooperativa vendedora o el comité pueden
    }
order-refused-already = el pedido ya está { status-order }
order-refused-state = no se puede { order-refused-act } { status-order }: { order-refused-hint }
order-refused-who = { order-refused-whom } { order-refused-act }
order-refused-who-state = { order-refused-whom } { order-refused-act } { status-order }
order-refused-not-yours = este pedido no es suyo

# Refusals the store returns as codes.
order-changed = el pedido cambió mientras tanto; recárguelo e inténtelo de nuevo
order-error-no-lines = el pedido no tiene líneas
order-error-no-address = introduzca una dirección de entrega
order-error-text-long = la dirección o la nota es demasiado larga
order-error-quantity-large = cantidad demasiado grande
order-error-stock-taken = existencias insuficientes: otro pedido las tomó mientras tanto; recargue e inténtelo de nuevo
order-error-minimum = pida al menos { $min } de «{ $title }»
order-error-stock = existencias insuficientes de «{ $title }»: quedan menos de { $quantity }
order-error-changed = algunas líneas han cambiado desde que las añadió al carrito ({ $lines }); no se ha hecho ningún pedido: revise las nuevas condiciones de abajo y acéptelas para pagar
order-changed-line = «{ $title }»: { $changes }
order-change-price = el precio era { $was }, ahora es { $now }
order-change-minimum = el pedido mínimo era { $was }, ahora es { $now }
order-change-not-for-sale = ya no está a la venta
order-change-short = solo quedan { $left }
order-error-expected-total = el total es { $placed }, no el esperado { $expected }; revise los precios y envíe el nuevo total
order-error-leader-refused = una solicitud esperaba a otra que fue rechazada
order-error-key-reused = esta clave ya se usó para otra solicitud
