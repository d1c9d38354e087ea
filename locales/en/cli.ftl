# The command line's sentences to people (not its CSV, SEPA or tables).
cli-error = error: { $message }
cli-database-up-to-date = database is up to date
cli-drew-photos = drew { $count ->
        [one] { $count } listing photo
       *[other] { $count } listing photos
    } into { $where }
cli-user-created = created user { $name } <{ $email }>
cli-committee-added = { $name } <{ $email }> is on the committee
cli-ledger-not-zero = the ledger's currencies do not sum to zero
cli-imported = imported into { $coop }: { $created } created, { $updated } updated, { $unchanged } unchanged
cli-imported-photos = imported into { $coop }: { $created } created, { $updated } updated, { $unchanged } unchanged, { $count } photos added
cli-row-problem = row { $row }, column { $column }: { $message }
cli-nothing-imported = nothing imported: { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } in { $file }
cli-cannot-read = cannot read { $file }: { $reason }
cli-cannot-write = cannot write { $file }: { $reason }
cli-no-user = no user is registered as { $email }
cli-not-on-committee = { $email } is not on the committee
cli-run-drafted = drafted payout run #{ $run } in { $currency }
cli-run-paid = payout run #{ $run }: { $count ->
        [one] { $count } line
       *[other] { $count } lines
    } paid through Stripe
cli-line-failed = line #{ $line } failed: { $reason }
cli-lines-failed = { $count ->
        [one] { $count } line failed
       *[other] { $count } lines failed
    }; retry with --line
cli-set-debtor = set PAYOUT_DEBTOR_IBAN (and PAYOUT_DEBTOR_NAME, PAYOUT_DEBTOR_BIC) to export SEPA files
cli-error-since = --since must be a date as YYYY-MM-DD (such as 2026-11-01), got '{ $value }'
cli-error-stripe-key = STRIPE_SECRET_KEY is not set: reconciling needs Stripe's books
