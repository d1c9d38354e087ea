# Disputas: la cola del comité y las declaraciones de un pedido en disputa.
disputes-title = Disputas abiertas
disputes-none = Ningún pedido está en disputa.
disputes-older = Disputas anteriores
dispute-order = Pedido n.º { $id }
dispute-title = Disputa sobre el pedido n.º { $id }
dispute-bought = { $buyer } compró a { $seller }: { $amount }.
dispute-open-for = Abierta desde hace { $age }.
dispute-age-hours = { $hours ->
        [0] menos de una hora
        [one] { $hours } hora
       *[other] { $hours } horas
    }
dispute-age-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
dispute-resolve-link = Abrir el pedido para resolverla
dispute-order-is = Estado del pedido:
dispute-the-order = El pedido
dispute-statements = Declaraciones
dispute-no-statement = Aún no hay declaraciones.
dispute-statement-by = { $side ->
        [buyer] El comprador
       *[seller] El vendedor
    }, { $coop }, el { $when }:
dispute-add-title = Añade tu declaración
dispute-field-statement = Lo que pasó, para el comité
dispute-field-hint = Hasta 4000 caracteres. La leen ambas partes y el comité.
dispute-add = Añadir declaración
flash-statement-added = Se ha añadido tu declaración.

# Refusals the store returns as codes.
dispute-statement-parties = solo el comprador y el vendedor escriben declaraciones en una disputa
dispute-not-open = el pedido n.º { $id } no está en disputa (está { status-order })
disputes-error-statement-control = la declaración no puede contener caracteres de control (códigos invisibles)
