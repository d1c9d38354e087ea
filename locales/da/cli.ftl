# The command line's sentences to people (not its CSV, SEPA or tables).
cli-error = fejl: { $message }
cli-database-up-to-date = databasen er opdateret
cli-drew-photos = tegnede { $count ->
        [one] { $count } annoncebillede
       *[other] { $count } annoncebilleder
    } i { $where }
cli-user-created = oprettede brugeren { $name } <{ $email }>
cli-committee-added = { $name } <{ $email }> sidder i udvalget
cli-ledger-not-zero = hovedbogens valutaer summerer ikke til nul
cli-imported = importeret til { $coop }: { $created } oprettet, { $updated } opdateret, { $unchanged } uændret
cli-imported-photos = importeret til { $coop }: { $created } oprettet, { $updated } opdateret, { $unchanged } uændret, { $count } billeder tilføjet
cli-row-problem = række { $row }, kolonne { $column }: { $message }
cli-nothing-imported = intet importeret: { $count ->
        [one] { $count } problem
       *[other] { $count } problemer
    } i { $file }
cli-cannot-read = kan ikke læse { $file }: { $reason }
cli-cannot-write = kan ikke skrive { $file }: { $reason }
cli-no-user = ingen bruger er registreret som { $email }
cli-not-on-committee = { $email } sidder ikke i udvalget
cli-run-drafted = udbetalingsrunde nr. { $run } udarbejdet i { $currency }
cli-run-paid = udbetalingsrunde nr. { $run }: { $count ->
        [one] { $count } linje betalt
       *[other] { $count } linjer betalt
    } via Stripe
cli-line-failed = linje nr. { $line } mislykkedes: { $reason }
cli-lines-failed = { $count ->
        [one] { $count } linje mislykkedes
       *[other] { $count } linjer mislykkedes
    }; prøv igen med --line
cli-set-debtor = angiv PAYOUT_DEBTOR_IBAN (og PAYOUT_DEBTOR_NAME, PAYOUT_DEBTOR_BIC) for at eksportere SEPA-filer
cli-error-since = --since skal være en dato som ÅÅÅÅ-MM-DD (f.eks. 2026-11-01), fik "{ $value }"
cli-error-stripe-key = STRIPE_SECRET_KEY er ikke sat: afstemningen kræver Stripes regnskab
