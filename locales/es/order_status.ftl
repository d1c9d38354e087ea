# Provisional: los estados y acciones de pedido del status.ftl de i18n-desk (mismas claves),
# hasta que llegue. Al fusionarlo, borrar este archivo en cada idioma y «order_status» de AREAS.
status-order = { $code ->
        [placed] realizado
        [accepted] aceptado
        [paid] pagado
        [shipped] enviado
        [delivered] entregado
        [settled] liquidado
        [rejected] rechazado
        [cancelled] cancelado
        [disputed] en disputa
       *[refunded] reembolsado
    }
status-order-meaning = { $code ->
        [placed] Esperando a que el vendedor lo acepte; las existencias están reservadas.
        [accepted] Aceptado por el vendedor; esperando el pago.
        [paid] Pagado; esperando a que el vendedor lo envíe.
        [shipped] De camino al comprador.
        [delivered] El comprador confirmó la entrega; se liquidará pronto.
        [settled] Completo: la comisión está cobrada y los ingresos del vendedor, contabilizados.
        [rejected] El vendedor lo rechazó.
        [cancelled] Cancelado antes del pago.
        [disputed] En disputa; decide el comité.
       *[refunded] Se reembolsó al comprador.
    }
action-order = { $code ->
        [accept] Aceptar
        [reject] Rechazar
        [cancel] Cancelar el pedido
        [confirm_payment] Confirmar el pago recibido
        [payment_succeeded] Pago completado
        [ship] Marcar como enviado
        [confirm_delivery] Confirmar la entrega
        [settle] Liquidar
        [dispute] Abrir una disputa
        [resolve_settle] Resolver: liquidar
        [resolve_refund] Resolver: reembolsar
       *[refund] Reembolsar
    }
