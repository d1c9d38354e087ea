# Et kooperativs kontoudtog og udvalgets hovedbog med råbalancen.
ledger-title = Hovedbog
ledger-statement-title = Kontoudtog
ledger-statement-of = Kontoudtog for { $coop }
ledger-nothing-posted = Der er endnu ikke bogført noget for dette kooperativ.
ledger-col-coop = Kooperativ
ledger-col-account = Konto
ledger-col-currency = Valuta
ledger-col-balance = Saldo
ledger-col-when = Hvornår
ledger-col-what = Hvad
ledger-col-order = Ordre
ledger-col-amount = Beløb
ledger-col-balance-after = Saldo efter
ledger-col-sum = Summen af alle posteringer
ledger-from = Fra
ledger-until = Til (ikke medregnet)
ledger-show = Vis
ledger-csv = Hent CSV
ledger-balance-now = Saldo nu: { $balance }
ledger-no-entries = Ingen posteringer i denne periode.
ledger-older = Ældre posteringer
ledger-trial = Råbalance
ledger-trial-rule = Hver valutas posteringer skal give nul tilsammen.
ledger-balanced = Alle valutaer stemmer.
ledger-unbalanced = En valuta stemmer ikke: kør `cooptrade ledger verify`.
ledger-accounts = Konti
ledger-more-accounts = Flere konti
ledger-marketplace = Markedspladsen
ledger-some-coop = et kooperativ
ledger-account-of = { $coop }: { $account }
ledger-account = { $code ->
        [proceeds] salgsprovenu
        [fair_share] skyldig rimelig andel
        [receivable] skal betales tilbage (tilbageførsel)
        [payments] foretagne betalinger
        [pool] fællespulje
        [gateway_clearing] hos betalingsudbyderen eller banken
        [payouts_in_transit] udbetalinger undervejs
       *[processor_fees] betalingsudbyderens gebyrer
    }
ledger-account-choice = { $code ->
        [proceeds] Salgsprovenu
        [fair_share] Skyldig rimelig andel
        [receivable] Skal betales tilbage (tilbageførsel)
       *[payments] Foretagne betalinger
    }
ledger-entry-kind = { $kind ->
        [settlement] ordre afregnet
        [payment] betaling modtaget
        [transfer] overførsel til sælgeren
        [refund] refusion
        [payment_refund] betaling refunderet
        [processing_fee] betalingsudbyderens gebyr
        [pool_spending] udgift fra puljen
        [payout] udbetaling
       *[other] { $kind }
    }
ledger-entry-order = { $kind ->
        [settlement] ordre nr. { $id } afregnet
        [payment] betaling for ordre nr. { $id } modtaget
        [transfer] ordre nr. { $id } udbetalt til sælgeren
        [refund] refusion af ordre nr. { $id }
        [payment_refund] betaling for ordre nr. { $id } refunderet
        [processing_fee] betalingsudbyderens gebyr på ordre nr. { $id }
       *[other] { $kind } (ordre nr. { $id })
    }
error-ledger-account = vælg en af kooperativets konti
error-date-format = brug en dato som 2026-11-25
error-date-range = brug en dato mellem 0001-01-01 og 9999-12-31
ledger-error-posted-twice = hovedbogsnøglen { $key } bogføres to gange på én gang
ledger-error-concurrent = en hovedbogsnøgle bogføres samtidig af en anden handling
ledger-error-key-reused = hovedbogsnøglen { $key } er allerede brugt til en anden postering (nr. { $entry })
ledger-error-balance-large = saldoen på { $account } er { $balance }, for stor til ét beløb
error-money-mismatch = valutaerne passer ikke sammen: { $left } og { $right }
error-money-negative = beløbet må ikke være negativt (fik { $amount })
error-money-split-policy = reglen for deling af gebyret er ugyldig
error-money-refund-fee = det refunderede gebyr ({ $refunded }) er større end det oprindelige gebyr ({ $original })
