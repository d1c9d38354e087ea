# The command line's sentences to people (not its CSV, SEPA or tables).
cli-error = errore: { $message }
cli-database-up-to-date = il database è aggiornato
cli-drew-photos = { $count ->
        [one] { $count } foto di annuncio disegnata
       *[other] { $count } foto di annunci disegnate
    } in { $where }
cli-user-created = utente { $name } <{ $email }> creato
cli-committee-added = { $name } <{ $email }> fa parte del comitato
cli-ledger-not-zero = le valute del libro mastro non si compensano a zero
cli-imported = importato in { $coop }: { $created } creati, { $updated } aggiornati, { $unchanged } invariati
cli-imported-photos = importato in { $coop }: { $created } creati, { $updated } aggiornati, { $unchanged } invariati, { $count } foto aggiunte
cli-row-problem = riga { $row }, colonna { $column }: { $message }
cli-nothing-imported = non è stato importato nulla: { $count ->
        [one] { $count } problema
       *[other] { $count } problemi
    } in { $file }
cli-cannot-read = impossibile leggere { $file }: { $reason }
cli-cannot-write = impossibile scrivere { $file }: { $reason }
cli-no-user = nessun utente è registrato come { $email }
cli-not-on-committee = { $email } non fa parte del comitato
cli-run-drafted = ciclo di versamenti n. { $run } preparato in { $currency }
cli-run-paid = ciclo di versamenti n. { $run }: { $count ->
        [one] { $count } riga pagata
       *[other] { $count } righe pagate
    } tramite Stripe
cli-line-failed = la riga n. { $line } non è riuscita: { $reason }
cli-lines-failed = { $count ->
        [one] { $count } riga non è riuscita
       *[other] { $count } righe non sono riuscite
    }; riprovate con --line
cli-set-debtor = impostate PAYOUT_DEBTOR_IBAN (e PAYOUT_DEBTOR_NAME, PAYOUT_DEBTOR_BIC) per esportare file SEPA
cli-error-since = --since deve essere una data nel formato AAAA-MM-GG (ad esempio 2026-11-01), ricevuto «{ $value }»
cli-error-stripe-key = STRIPE_SECRET_KEY non è impostata: la riconciliazione richiede i conti di Stripe
