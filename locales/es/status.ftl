# Nombres de los estados en las etiquetas y su significado (al pasar el ratón). $code es el valor guardado.
status-listing = { $code ->
        [draft] borrador
        [active] a la venta
        [paused] en pausa
       *[archived] archivado
    }
status-listing-meaning = { $code ->
        [draft] Solo tu cooperativa lo ve.
        [active] Los compradores lo ven y pueden pedirlo.
        [paused] Los compradores lo ven pero no pueden pedirlo.
       *[archived] Retirado definitivamente; se conserva por los pedidos que lo nombran.
    }
status-coop = { $code ->
        [pending] pendiente del comité
        [admitted] admitida
       *[declined] rechazada
    }
status-coop-meaning = { $code ->
        [pending] El comité aún no ha decidido sobre la solicitud.
        [admitted] La cooperativa comercia en el mercado.
       *[declined] El comité rechazó la solicitud.
    }
status-run = { $code ->
        [awaiting_review] pendiente de revisión
        [approved] aprobada
        [rejected] rechazada
        [paid] pagada
       *[superseded] sustituida
    }
status-run-meaning = { $code ->
        [awaiting_review] El comité aún no ha alcanzado su quórum de aprobaciones.
        [approved] El comité la aprobó; sus líneas se pueden pagar.
        [rejected] Un miembro del comité la rechazó; no se pagará nada de ella.
        [paid] Todas las líneas están pagadas.
       *[superseded] Se rehízo como una tanda más reciente y se conserva como registro.
    }
status-line = { $code ->
        [open] por pagar
        [paid] pagada
       *[failed] pago fallido
    }
status-line-meaning = { $code ->
        [open] Aún no se ha pagado.
        [paid] Se pagó a la cooperativa.
       *[failed] El último pago falló; sigue abierta para reintentarlo.
    }
status-spending = { $code ->
        [awaiting_review] pendiente de revisión
        [approved] aprobado
        [rejected] rechazado
        [paid] pagado
       *[failed] pago fallido
    }
status-spending-meaning = { $code ->
        [awaiting_review] El comité aún no ha alcanzado su quórum de aprobaciones.
        [approved] El dinero está reservado del fondo, a la espera de pagarse.
        [rejected] Un miembro del comité lo rechazó; no se pagará nada.
        [paid] Se pagó al destinatario con el fondo común.
       *[failed] El pago falló; se puede enviar de nuevo.
    }
status-method = { $code ->
        [bank] transferencia bancaria
       *[stripe] transferencia de Stripe
    }
status-method-meaning = { $code ->
        [bank] Se paga con el fichero bancario y el comité lo marca como pagado.
       *[stripe] Se paga en la cuenta de Stripe conectada de la cooperativa.
    }
status-payment = { $code ->
        [card] tarjeta
       *[bank] transferencia bancaria
    }
status-payment-meaning = { $code ->
        [card] Pagado con tarjeta mediante Stripe; los reembolsos vuelven a la tarjeta.
       *[bank] Pagado por transferencia bancaria; el vendedor envía los reembolsos.
    }
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
        [placed] Espera a que el vendedor lo acepte; el stock está reservado.
        [accepted] Aceptado por el vendedor; pendiente de pago.
        [paid] Pagado; espera a que el vendedor lo envíe.
        [shipped] De camino al comprador.
        [delivered] El comprador confirmó la entrega; se liquidará pronto.
        [settled] Completo: la comisión está cobrada y lo del vendedor, contabilizado.
        [rejected] El vendedor lo rechazó.
        [cancelled] Cancelado antes del pago.
        [disputed] En disputa; decide el comité.
       *[refunded] Se reembolsó al comprador.
    }
# Botones: lo que se puede hacer ahora. $code es el nombre estable de la acción.
action-order = { $code ->
        [accept] Aceptar
        [reject] Rechazar
        [cancel] Cancelar el pedido
        [confirm_payment] Confirmar el pago recibido
        [payment_succeeded] Pago correcto
        [ship] Marcar como enviado
        [confirm_delivery] Confirmar la entrega
        [settle] Liquidar
        [dispute] Abrir una disputa
        [resolve_settle] Resolver: liquidar
        [resolve_refund] Resolver: reembolsar
       *[refund] Reembolsar
    }
action-listing = { $code ->
        [edit] Editar
        [publish] Publicar
        [pause] Pausar
        [delete] Eliminar
       *[archive] Archivar
    }
action-run = { $code ->
        [redraft] Rehacer esta tanda
        [send_stripe] Enviar las transferencias de Stripe
       *[mark_bank_paid] Marcar todo el fichero bancario como pagado
    }
action-spending = { $code ->
        [send_stripe] Enviar por Stripe
       *[mark_paid] Marcar como pagado
    }
action-line = { $code ->
        [retry] Reintentar la transferencia
        [send] Enviar esta transferencia
        [mark_paid] Marcar como pagada
       *[mark_failed] Marcar como fallida
    }
action-line-failed-placeholder = lo que dijo el banco
status-error-unknown = «{ $value }» no es un valor posible: use { $choices } o { $last }
