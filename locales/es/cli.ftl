# The command line's sentences to people (not its CSV, SEPA or tables).
cli-error = error: { $message }
cli-database-up-to-date = la base de datos está al día
cli-drew-photos = { $count ->
        [one] { $count } foto de anuncio dibujada
       *[other] { $count } fotos de anuncios dibujadas
    } en { $where }
cli-user-created = usuario { $name } <{ $email }> creado
cli-committee-added = { $name } <{ $email }> forma parte del comité
cli-ledger-not-zero = las monedas del libro mayor no suman cero
cli-imported = importado en { $coop }: { $created } creados, { $updated } actualizados, { $unchanged } sin cambios
cli-imported-photos = importado en { $coop }: { $created } creados, { $updated } actualizados, { $unchanged } sin cambios, { $count } fotos añadidas
cli-row-problem = fila { $row }, columna { $column }: { $message }
cli-nothing-imported = no se ha importado nada: { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    } en { $file }
cli-cannot-read = no se puede leer { $file }: { $reason }
cli-cannot-write = no se puede escribir { $file }: { $reason }
cli-no-user = no hay ningún usuario registrado como { $email }
cli-not-on-committee = { $email } no forma parte del comité
cli-run-drafted = ronda de pagos n.º { $run } preparada en { $currency }
cli-run-paid = ronda de pagos n.º { $run }: { $count ->
        [one] { $count } línea pagada
       *[other] { $count } líneas pagadas
    } a través de Stripe
cli-line-failed = la línea n.º { $line } ha fallado: { $reason }
cli-lines-failed = { $count ->
        [one] { $count } línea ha fallado
       *[other] { $count } líneas han fallado
    }; vuelve a intentarlo con --line
cli-set-debtor = define PAYOUT_DEBTOR_IBAN (y PAYOUT_DEBTOR_NAME, PAYOUT_DEBTOR_BIC) para exportar ficheros SEPA
cli-error-since = --since debe ser una fecha con el formato AAAA-MM-DD (por ejemplo 2026-11-01), recibido «{ $value }»
cli-error-stripe-key = STRIPE_SECRET_KEY no está definida: la conciliación necesita los libros de Stripe
