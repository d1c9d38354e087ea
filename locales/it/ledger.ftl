# Estratti conto di una cooperativa e il libro mastro del comitato con il bilancio di verifica.
ledger-title = Libro mastro
ledger-statement-title = Estratto conto
ledger-statement-of = Estratto conto di { $coop }
ledger-nothing-posted = Non è stato ancora registrato nulla per questa cooperativa.
ledger-col-coop = Cooperativa
ledger-col-account = Conto
ledger-col-currency = Valuta
ledger-col-balance = Saldo
ledger-col-when = Quando
ledger-col-what = Cosa
ledger-col-order = Ordine
ledger-col-amount = Importo
ledger-col-balance-after = Saldo dopo
ledger-col-sum = Somma di tutte le registrazioni
ledger-from = Dal
ledger-until = Fino al (escluso)
ledger-show = Mostra
ledger-csv = Scarica CSV
ledger-balance-now = Saldo attuale: { $balance }
ledger-no-entries = Nessuna registrazione in questo periodo.
ledger-older = Registrazioni precedenti
ledger-trial = Bilancio di verifica
ledger-trial-rule = Le registrazioni di ogni valuta devono sommare a zero.
ledger-balanced = Tutte le valute quadrano.
ledger-unbalanced = Una valuta non quadra: esegui `cooptrade ledger verify`.
ledger-accounts = Conti
ledger-more-accounts = Altri conti
ledger-marketplace = Mercato
ledger-some-coop = una cooperativa
ledger-account-of = { $coop }: { $account }
ledger-account = { $code ->
        [proceeds] ricavi delle vendite
        [fair_share] quota equa dovuta
        [receivable] da restituire (recupero)
        [payments] pagamenti effettuati
        [pool] fondo comune
        [gateway_clearing] presso il gestore dei pagamenti o la banca
        [payouts_in_transit] pagamenti in transito
       *[processor_fees] commissioni del gestore dei pagamenti
    }
ledger-account-choice = { $code ->
        [proceeds] Ricavi delle vendite
        [fair_share] Quota equa dovuta
        [receivable] Da restituire (recupero)
       *[payments] Pagamenti effettuati
    }
ledger-entry-kind = { $kind ->
        [settlement] ordine regolato
        [payment] pagamento ricevuto
        [transfer] trasferimento al venditore
        [refund] rimborso
        [payment_refund] pagamento rimborsato
        [processing_fee] commissione del gestore dei pagamenti
        [pool_spending] spesa del fondo
        [payout] pagamento alla cooperativa
       *[other] { $kind }
    }
ledger-entry-order = { $kind ->
        [settlement] ordine n. { $id } regolato
        [payment] pagamento dell’ordine n. { $id } ricevuto
        [transfer] ordine n. { $id } pagato al venditore
        [refund] rimborso dell’ordine n. { $id }
        [payment_refund] pagamento dell’ordine n. { $id } rimborsato
        [processing_fee] commissione del gestore sull’ordine n. { $id }
       *[other] { $kind } (ordine n. { $id })
    }
error-ledger-account = scegli uno dei conti della cooperativa
error-date-format = usa una data come 2026-11-25
error-date-range = usa una data tra 0001-01-01 e 9999-12-31
ledger-error-posted-twice = la chiave di libro mastro { $key } viene registrata due volte contemporaneamente
ledger-error-concurrent = un’altra operazione sta registrando nello stesso momento una chiave di libro mastro
ledger-error-key-reused = la chiave di libro mastro { $key } è già stata usata per un’altra scrittura (n. { $entry })
ledger-error-balance-large = il saldo di { $account } è { $balance }, troppo grande per un solo importo
error-money-mismatch = valute diverse: { $left } e { $right }
error-money-negative = l’importo non può essere negativo (ricevuto: { $amount })
error-money-split-policy = la regola di ripartizione della commissione non è valida
error-money-refund-fee = la commissione rimborsata ({ $refunded }) supera quella originale ({ $original })
