# La página de notificaciones y las preferencias de correo de la página de la cuenta.
notifications-title = Notificaciones
notifications-mark-all = Marcar todas como leídas
notifications-none = Nada todavía.
notifications-new = nueva
notifications-mark-read = Marcar como leída
notifications-older = Notificaciones anteriores
notification-text = { $kind ->
        [order_placed] Nuevo pedido n.º { $id } para tu cooperativa
        [order_accepted] El pedido n.º { $id } fue aceptado; ya se puede pagar
        [order_rejected] El pedido n.º { $id } fue rechazado
        [order_cancelled] El pedido n.º { $id } fue cancelado
        [order_paid] El pedido n.º { $id } está pagado
        [order_shipped] El pedido n.º { $id } fue enviado
        [order_delivered] El pedido n.º { $id } ha llegado
        [order_settled] El pedido n.º { $id } está liquidado
        [order_refunded] El pedido n.º { $id } fue reembolsado
        [dispute_opened] Se abrió una disputa sobre el pedido n.º { $id }
        [dispute_statement] Se añadió una declaración a la disputa del pedido n.º { $id }
        [dispute_resolved] Se resolvió la disputa del pedido n.º { $id }
        [coop_application] Una cooperativa ha solicitado unirse al mercado
        [coop_decision] El comité decidió sobre la solicitud de tu cooperativa
        [payout_review] La tanda de pagos n.º { $id } espera tu revisión
        [payout_made] Se hizo un pago a tu cooperativa
        [spending_review] El gasto del fondo n.º { $id } espera tu revisión
       *[spending_decision] Se decidió un gasto del fondo
    }
flash-marked-read = { $count ->
        [one] { $count } marcada como leída.
       *[other] { $count } marcadas como leídas.
    }
flash-one-marked-read = Marcada como leída.
flash-mail-saved = Se han guardado tus preferencias de correo.
mail-prefs-title = Correos que recibes
mail-prefs-intro = Cada notificación también aparece en tu { $page }. Los correos que requieren una acción se envían siempre.
mail-prefs-page = página de notificaciones
mail-prefs-legend = Envíame un correo cuando haya
mail-prefs-always = (se envía siempre)
mail-prefs-save = Guardar preferencias de correo
mail-kind = { $kind ->
        [order_placed] Un pedido nuevo para tu cooperativa
        [order_accepted] Un pedido aceptado, con cómo pagarlo
        [order_rejected] Un pedido rechazado
        [order_cancelled] Un pedido cancelado
        [order_paid] Un pedido pagado
        [order_shipped] Un pedido enviado
        [order_delivered] Un pedido entregado
        [order_settled] Un pedido liquidado, con adónde fue su comisión
        [order_refunded] Un pedido reembolsado
        [dispute_opened] Una disputa abierta
        [dispute_statement] Una declaración añadida a una disputa
        [dispute_resolved] Una disputa resuelta
        [coop_application] Una cooperativa que solicita unirse (comité)
        [coop_decision] Tu cooperativa admitida o rechazada
        [payout_review] Una tanda de pagos por revisar (comité)
        [payout_made] Un pago hecho a tu cooperativa
        [spending_review] Un gasto del fondo por revisar (comité)
       *[spending_decision] Un gasto del fondo decidido
    }
