# E-mails. Order mails: $order is the order's number, $buyer and $seller the co-ops' names,
# amounts ($proceeds, $refunded, $fee ...) come formatted. $event chooses the words.
mail-order-subject = { $event ->
        [placed] Nuevo pedido n.º { $order } de { $buyer }
        [accepted] Pedido n.º { $order }: aceptado, pago pendiente
        [rejected] Pedido n.º { $order }: rechazado
        [cancelled-by-seller] Pedido n.º { $order }: cancelado
        [cancelled-by-buyer] Pedido n.º { $order }: cancelado
        [paid] Pedido n.º { $order }: pagado
        [shipped] Pedido n.º { $order }: enviado
        [delivered] Pedido n.º { $order }: entregado
        [settled] Pedido n.º { $order }: liquidado
        [refunded] Pedido n.º { $order }: reembolsado
        [part-refunded] Pedido n.º { $order }: { $refunded } reembolsados
        [disputed] Pedido n.º { $order }: en disputa
        [resolved-refund] Pedido n.º { $order }: disputa resuelta, reembolsado
       *[resolved-settle] Pedido n.º { $order }: disputa resuelta, liquidado
    }
mail-order-headline = { $event ->
        [placed] { $buyer } ha hecho el pedido n.º { $order }.
        [accepted] { $seller } ha aceptado el pedido n.º { $order }. Ya se debe pagar.
        [rejected] { $seller } ha rechazado el pedido n.º { $order }.
        [cancelled-by-seller] { $seller } ha cancelado el pedido n.º { $order }.
        [cancelled-by-buyer] { $buyer } ha cancelado el pedido n.º { $order }.
        [paid] El pedido n.º { $order } está pagado: { $seller } puede enviarlo.
        [shipped] { $seller } ha enviado el pedido n.º { $order }.
        [delivered] { $buyer } ha confirmado que el pedido n.º { $order } ha llegado.
        [settled] El pedido n.º { $order } está liquidado: se le deben { $proceeds } a { $seller }.
        [refunded] El pedido n.º { $order } se ha reembolsado a { $buyer }.
        [part-refunded] Se han reembolsado { $refunded } del pedido n.º { $order } a { $buyer }.
        [disputed] { $buyer } ha abierto una disputa sobre el pedido n.º { $order }. El comité la resuelve; ambas partes pueden añadir una declaración en la página del pedido.
        [resolved-refund] El comité ha resuelto la disputa sobre el pedido n.º { $order } a favor de { $buyer }: se reembolsa.
       *[resolved-settle] El comité ha resuelto la disputa sobre el pedido n.º { $order } a favor de { $seller }: se liquida.
    }
mail-order-between = Pedido de { $buyer } a { $seller }:
mail-your-coop = tu cooperativa
mail-order-line = { $quantity } { $title } a { $price }: { $total }
mail-subtotal = Subtotal: { $total }
mail-col-item = Artículo
mail-col-quantity = Cantidad
mail-col-unit-price = Precio unitario
mail-col-total = Total
mail-col-subtotal = Subtotal
# $rate is a number: 4 for 4 %.
mail-fee = { $settled ->
        [yes] De la comisión de { $fee } ({ $rate } %) ya cobrada: { $pool } al fondo común, { $seller_share } a { $seller }, { $buyer_share } a { $buyer }.
       *[no] De la comisión de { $fee } ({ $rate } %): { $pool } al fondo común, { $seller_share } a { $seller }, { $buyer_share } a { $buyer }.
    }
mail-refund-amounts = Reembolsado ahora: { $refunded }. Aún reembolsable en el pedido: { $left }.
mail-refund-claw-back = { $settled ->
        [yes] De la comisión ya cobrada se recuperan { $fee }: { $pool } del fondo común, { $seller_share } de { $seller }, { $buyer_share } de { $buyer } (una parte ya pagada se descuenta del próximo pago).
       *[no] La comisión baja { $fee }: { $pool } menos al fondo común, { $seller_share } menos a { $seller }, { $buyer_share } menos a { $buyer }.
    }
mail-pay-by-bank = Paga por transferencia bancaria:
mail-pay-amount = Importe: { $amount }
mail-pay-holder = Titular de la cuenta: { $holder }
mail-pay-iban = IBAN: { $iban }
mail-pay-bic = BIC: { $bic }
mail-pay-no-details = El vendedor aún no ha introducido sus datos bancarios: la página del pedido los mostrará.
mail-pay-reference = Referencia: { $reference }
mail-pay-by-card = Paga { $amount } con tarjeta en la página del pedido:
mail-deliver-to = Entregar en:
mail-note = Nota: { $note }
mail-see-order = Ver el pedido
mail-open-link = Abrirlo en cooptrade
# Co-ops applying and the committee's decision. $kind is producer, buyer or both.
mail-coop-applied-subject = { $coop } solicita unirse a cooptrade
mail-coop-applied-body = { $coop } ({ $kind ->
        [producer] productora
        [buyer] compradora
       *[both] productora y compradora
    }, { $country }, opera en { $currency }) ha solicitado unirse. Admítela o recházala en la página del comité.
mail-coop-admitted-subject = { $coop } ha sido admitida en cooptrade
mail-coop-admitted-body = El comité ha admitido a { $coop }: ya puede comerciar.
mail-coop-declined-subject = { $coop } ha sido rechazada en cooptrade
mail-coop-declined-body = El comité ha rechazado la solicitud de { $coop }. Motivo: { $reason }
# A statement added to a dispute. $side is buyer or seller.
mail-dispute-statement-subject = Pedido n.º { $order }: { $side ->
        [buyer] el comprador
       *[seller] el vendedor
    } ha añadido una declaración a la disputa
mail-dispute-read = Lee la disputa: { $link }
# Money sent by the committee. $how is stripe or bank.
mail-payout-made-subject = Pago de { $amount } enviado
mail-payout-made-body = El comité del fondo común ha enviado { $amount } a tu cooperativa { $how ->
        [stripe] a través de Stripe
       *[bank] por transferencia bancaria
    } (ronda de pagos n.º { $run }, línea n.º { $line }).
mail-spending-paid-subject = { $amount } del fondo común
mail-spending-paid-body = El comité del fondo común ha enviado { $amount } a tu cooperativa { $how ->
        [stripe] a través de Stripe
       *[bank] por transferencia bancaria
    } para «{ $title }».
# Committee mails. $link is the page to review on.
mail-spending-review-subject = El gasto n.º { $id } del fondo común espera tu revisión
mail-spending-review-body = { $coop } propone gastar { $amount } del fondo común para { $title }: { $purpose }
mail-review-at = Revísalo en { $link }
mail-run-review-subject = La ronda de pagos n.º { $run } espera tu revisión
mail-run-review-body = Se ha preparado una ronda de pagos de { $amount } a { $count ->
        [one] { $count } cooperativa
       *[other] { $count } cooperativas
    } que necesita la aprobación del comité.
mail-run-held-subject = Añade tus datos bancarios para recibir un pago
mail-run-held-body = La ronda de pagos n.º { $run } debe { $amount } a tu cooperativa, pero no tenemos sus datos bancarios, así que el pago queda retenido. Añade el titular y el IBAN en «Datos de pago» en { $link }
mail-run-blocked-subject = El comité no puede aprobar la ronda de pagos n.º { $run } tal como está
mail-run-blocked-body = La ronda de pagos n.º { $run } necesita { $quorum } aprobaciones, pero solo { $count } miembros del comité pueden votarla todavía (los demás pertenecen a una cooperativa a la que paga, y quien la preparó no puede aprobarla solo). Añade miembros al comité o recházala con un motivo.
mail-see = Ver { $link }
# Account mails.
mail-hello-name = Hola, { $name }:
mail-hello = Hola:
mail-verify-subject = Confirma tu dirección de correo para cooptrade
mail-verify-body = para confirmar que { $email } es tu dirección en cooptrade, sigue este enlace en las próximas 24 horas:
mail-verify-once = El enlace funciona una sola vez. Si no lo has pedido, ignora este correo: no cambia nada.
mail-taken-subject = Alguien ha intentado registrarse con tu dirección
mail-taken-body = alguien ha intentado crear una cuenta de cooptrade con tu dirección, { $email }, que ya tiene una. No se ha cambiado nada.
mail-taken-what-now = Si fuiste tú, inicia sesión en { $login } o, si olvidaste tu contraseña, restablécela en { $reset }. Si no fuiste tú, puedes ignorar este correo.
mail-reset-subject = Restablece tu contraseña de cooptrade
mail-reset-body = para elegir una nueva contraseña de cooptrade, sigue este enlace en la próxima hora:
mail-reset-once = El enlace funciona una sola vez, y elegir una contraseña cierra la sesión en los demás dispositivos. Si no lo has pedido, ignora este correo: tu contraseña no cambia.
mail-change-subject = Tu dirección de cooptrade está cambiando
mail-change-body = tu cuenta de cooptrade ha pedido pasar de { $email } a { $new }. El cambio se produce cuando se sigue el enlace enviado a la nueva dirección.
mail-change-not-you = Si no fuiste tú, inicia sesión y cambia tu contraseña: sin ese enlace el cambio no se produce.
mail-lockout-subject = Inicios de sesión fallidos repetidos en tu cuenta
mail-lockout-body = Alguien ha intentado varias veces iniciar sesión en tu cuenta de cooptrade con una contraseña incorrecta. Se rechazan los inicios de sesión durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
mail-lockout-advice = Si fuiste tú, espera y vuelve a intentarlo. Si no, tu contraseña ha resistido; quizá quieras cambiarla por una más larga.
# An invitation to join a co-op. $role is admin or member.
mail-invitation-subject = { $coop } te invita a unirte como { $role ->
        [admin] administrador
       *[member] miembro
    }
mail-invitation-body = { $name } te invita a ser { $role ->
        [admin] administrador
       *[member] miembro
    } de { $coop } en cooptrade.
mail-invitation-consent = Nada cambia hasta que digas que sí. Acepta o rechaza en { $link }
mail-invitation-register = Si aún no tienes cuenta, regístrate primero con esta dirección ({ $email }).
