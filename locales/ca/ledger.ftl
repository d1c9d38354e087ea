# Extractes d’una cooperativa i el llibre major del comitè amb el balanç de comprovació.
ledger-title = Llibre major
ledger-statement-title = Extracte
ledger-statement-of = Extracte de { $coop }
ledger-nothing-posted = Encara no s’ha anotat res per a aquesta cooperativa.
ledger-col-coop = Cooperativa
ledger-col-account = Compte
ledger-col-currency = Moneda
ledger-col-balance = Saldo
ledger-col-when = Quan
ledger-col-what = Què
ledger-col-order = Comanda
ledger-col-amount = Import
ledger-col-balance-after = Saldo després
ledger-col-sum = Suma de tots els assentaments
ledger-from = Des de
ledger-until = Fins a (exclòs)
ledger-show = Mostrar
ledger-csv = Baixar CSV
ledger-balance-now = Saldo actual: { $balance }
ledger-no-entries = No hi ha assentaments en aquest període.
ledger-older = Assentaments anteriors
ledger-trial = Balanç de comprovació
ledger-trial-rule = Els assentaments de cada moneda han de sumar zero.
ledger-balanced = Totes les monedes quadren.
ledger-unbalanced = Una moneda no quadra: executa `cooptrade ledger verify`.
ledger-accounts = Comptes
ledger-more-accounts = Més comptes
ledger-marketplace = Mercat
ledger-some-coop = una cooperativa
ledger-account-of = { $coop }: { $account }
ledger-account = { $code ->
        [proceeds] ingressos per vendes
        [fair_share] part justa deguda
        [receivable] a retornar (recuperació)
        [payments] pagaments fets
        [pool] fons comú
        [gateway_clearing] en mans de la passarel·la de pagament o del banc
        [payouts_in_transit] pagaments en trànsit
       *[processor_fees] comissions del processador de pagaments
    }
ledger-account-choice = { $code ->
        [proceeds] Ingressos per vendes
        [fair_share] Part justa deguda
        [receivable] A retornar (recuperació)
       *[payments] Pagaments fets
    }
ledger-entry-kind = { $kind ->
        [settlement] comanda liquidada
        [payment] pagament rebut
        [transfer] transferència al venedor
        [refund] reemborsament
        [payment_refund] pagament reemborsat
        [processing_fee] comissió del processador de pagaments
        [pool_spending] despesa del fons
        [payout] pagament a cooperativa
       *[other] { $kind }
    }
ledger-entry-order = { $kind ->
        [settlement] comanda núm. { $id } liquidada
        [payment] pagament de la comanda núm. { $id } rebut
        [transfer] comanda núm. { $id } pagada al venedor
        [refund] reemborsament de la comanda núm. { $id }
        [payment_refund] pagament de la comanda núm. { $id } reemborsat
        [processing_fee] comissió del processador per la comanda núm. { $id }
       *[other] { $kind } (comanda núm. { $id })
    }
error-ledger-account = tria un dels comptes de la cooperativa
error-date-format = fes servir una data com 2026-11-25
error-date-range = fes servir una data entre 0001-01-01 i 9999-12-31
ledger-error-posted-twice = la clau del llibre major { $key } es comptabilitza dues vegades alhora
ledger-error-concurrent = una altra operació està comptabilitzant alhora una clau del llibre major
ledger-error-key-reused = la clau del llibre major { $key } ja s’ha fet servir per a un altre assentament (núm. { $entry })
ledger-error-balance-large = el saldo de { $account } és { $balance }, massa gran per a un sol import
error-money-mismatch = les monedes no coincideixen: { $left } i { $right }
error-money-negative = l’import no pot ser negatiu (rebut: { $amount })
error-money-split-policy = la regla de repartiment de la comissió no és vàlida
error-money-refund-fee = la comissió reemborsada ({ $refunded }) supera la comissió original ({ $original })
