# The command line's sentences to people (not its CSV, SEPA or tables).
cli-error = error: { $message }
cli-database-up-to-date = la base de dades està al dia
cli-drew-photos = { $count ->
        [one] { $count } foto d'anunci dibuixada
       *[other] { $count } fotos d'anuncis dibuixades
    } a { $where }
cli-user-created = usuari { $name } <{ $email }> creat
cli-committee-added = { $name } <{ $email }> forma part del comitè
cli-ledger-not-zero = les monedes del llibre major no sumen zero
cli-imported = importat a { $coop }: { $created } creats, { $updated } actualitzats, { $unchanged } sense canvis
cli-imported-photos = importat a { $coop }: { $created } creats, { $updated } actualitzats, { $unchanged } sense canvis, { $count } fotos afegides
cli-row-problem = fila { $row }, columna { $column }: { $message }
cli-nothing-imported = no s'ha importat res: { $count ->
        [one] { $count } problema
       *[other] { $count } problemes
    } a { $file }
cli-cannot-read = no es pot llegir { $file }: { $reason }
cli-cannot-write = no es pot escriure { $file }: { $reason }
cli-no-user = no hi ha cap usuari registrat com a { $email }
cli-not-on-committee = { $email } no forma part del comitè
cli-run-drafted = ronda de pagaments núm. { $run } preparada en { $currency }
cli-run-paid = ronda de pagaments núm. { $run }: { $count ->
        [one] { $count } línia pagada
       *[other] { $count } línies pagades
    } a través de Stripe
cli-line-failed = la línia núm. { $line } ha fallat: { $reason }
cli-lines-failed = { $count ->
        [one] { $count } línia ha fallat
       *[other] { $count } línies han fallat
    }; torneu-ho a provar amb --line
cli-set-debtor = definiu PAYOUT_DEBTOR_IBAN (i PAYOUT_DEBTOR_NAME, PAYOUT_DEBTOR_BIC) per exportar fitxers SEPA
cli-error-since = --since ha de ser una data amb el format AAAA-MM-DD (per exemple 2026-11-01), rebut «{ $value }»
cli-error-stripe-key = STRIPE_SECRET_KEY no està definida: la conciliació necessita els llibres de Stripe
