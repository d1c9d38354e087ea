# La página del comité: solicitudes, tasa de comisión, miembros.
committee-title = Comité
committee-heading = Comité del fondo común
committee-link-ledger = Libro mayor y balance de comprobación
committee-link-payouts = Tandas de pagos y gastos del fondo
committee-link-disputes = Disputas abiertas
committee-link-pool = La página pública del fondo
committee-applications = Solicitudes
committee-no-application = No hay ninguna solicitud pendiente.
committee-coop-kind = { $kind ->
        [producer] productora
        [buyer] compradora
       *[both] productora y compradora
    }
committee-reason = Motivo (obligatorio para rechazar)
committee-admit = Admitir
committee-decline = Rechazar
committee-fee-title = Comisión del mercado
committee-fee-explained = Los pedidos realizados a partir de ahora pagan { $rate } de su subtotal; la mitad va al fondo común y la otra mitad a las dos cooperativas del pedido. Los pedidos ya realizados mantienen su tasa.
committee-fee-new = Nueva tasa de comisión (porcentaje)
committee-fee-hint = De 0 a 20, con dos decimales como máximo
committee-fee-set = Fijar la tasa
committee-fee-rate = Tasa
committee-fee-by = Fijada por
committee-fee-when = Cuándo
committee-members = Miembros del comité
committee-add-member = Añadir a una persona registrada por su correo electrónico
committee-add-button = Añadir al comité
percent = { $rate } %
flash-coop-decided = { $coop } ahora está { $status ->
        [admitted] admitida
       *[declined] rechazada
    }.
flash-committee-joined = { $name } se ha unido al comité.
flash-fee-rate-set = La tasa de comisión ahora es del { $rate }.
error-decision-admit = la decisión debe ser admitir o rechazar
