# Disputes: la cua del comitè i les declaracions d’una comanda en disputa.
disputes-title = Disputes obertes
disputes-none = Cap comanda no és en disputa.
disputes-older = Disputes anteriors
dispute-order = Comanda núm. { $id }
dispute-title = Disputa sobre la comanda núm. { $id }
dispute-bought = { $buyer } va comprar a { $seller }: { $amount }.
dispute-open-for = Oberta des de fa { $age }.
dispute-age-hours = { $hours ->
        [0] menys d’una hora
        [one] { $hours } hora
       *[other] { $hours } hores
    }
dispute-age-days = { $days ->
        [one] { $days } dia
       *[other] { $days } dies
    }
dispute-resolve-link = Obrir la comanda per resoldre-la
dispute-order-is = Estat de la comanda:
dispute-the-order = La comanda
dispute-statements = Declaracions
dispute-no-statement = Encara no hi ha cap declaració.
dispute-statement-by = { $side ->
        [buyer] El comprador
       *[seller] El venedor
    }, { $coop }, el { $when }:
dispute-add-title = Afegeix la teva declaració
dispute-field-statement = Què ha passat, per al comitè
dispute-field-hint = Fins a 4.000 caràcters. La llegeixen les dues parts i el comitè.
dispute-add = Afegir la declaració
flash-statement-added = S’ha afegit la teva declaració.

# Refusals the store returns as codes.
dispute-statement-parties = només el comprador i el venedor escriuen declaracions en una disputa
dispute-not-open = la comanda núm. { $id } no està en disputa (està { status-order })
disputes-error-statement-control = la declaració no pot contenir caràcters de control (codis invisibles)
