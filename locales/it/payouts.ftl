# I lotti di pagamenti del comitato, la pagina di un lotto e le proposte di spesa del fondo.
payouts-title = Lotti di pagamenti
payouts-nothing-owed = A nessuna cooperativa è dovuto almeno il pagamento minimo in alcuna valuta, quindi non c’è un lotto da preparare.
payouts-currency = Valuta (quelle con qualcosa di dovuto, la maggiore per prima)
payouts-owed = { $currency } · { $amount } dovuti
payouts-draft = Prepara un lotto di pagamenti
payouts-col-run = Lotto
payouts-col-drafted = Preparato
payouts-col-lines = Righe
payouts-col-total = Totale
payouts-col-status = Stato
payouts-run-name = n. { $id } { $currency }
payouts-older-runs = Lotti precedenti
payouts-spending = Proposte di spesa del fondo
payouts-no-run = Ancora nessun lotto di pagamenti.
payouts-no-proposal = Ancora nessuna proposta.
payouts-spending-to = { $amount } a { $coop }
payouts-older-proposals = Proposte precedenti
payouts-decisions = Decisioni
payouts-command-line = la riga di comando
payouts-decision = { $what ->
        [drafted] l’ha preparato
        [proposed] l’ha proposta
        [approved] ha approvato
        [rejected] ha respinto
        [paid] ha segnato come pagato
        [failed] ha registrato un pagamento non riuscito
        [replaces] l’ha rifatto
        [superseded] l’ha sostituito
       *[other] { $what }
    }
payouts-no-vote = Non puoi votare: appartieni a una cooperativa che qui riceve denaro, oppure hai già votato.
payouts-reason = Motivo (obbligatorio per respingere)
payouts-approve = Approva
payouts-reject = Respingi
payouts-voters = { $voters ->
        [one] { $voters } membro del comitato può ancora votare
       *[other] { $voters } membri del comitato possono ancora votare
    }; { $needed ->
        [one] serve ancora { $needed } approvazione.
       *[other] servono ancora { $needed } approvazioni.
    }
payouts-unreachable = Il comitato non può approvarlo così com’è.
payouts-unreachable-why = Possono votare meno membri di quanti ne richieda il quorum (gli altri appartengono a una cooperativa che qui riceve denaro, e chi l’ha preparato non può approvarlo da solo). Aggiungi membri al comitato o respingilo con un motivo.
run-title = Lotto di pagamenti n. { $id }
run-summary = Preparato il { $created }; { $count ->
        [one] { $count } cooperativa
       *[other] { $count } cooperative
    }, { $total }. Servono { $quorum } approvazioni distinte.
run-link = lotto n. { $id }
run-replaces = Sostituisce il { $run }, che pagava più del dovuto.
run-replaced-by = Sostituito dal { $run }; questo lotto è conservato come documento.
run-stale = Questo lotto non è aggiornato.
run-stale-why = I rimborsi successivi alla sua preparazione hanno ridotto il dovuto, quindi pagherebbe più di quanto è dovuto ora (vedi le righe segnalate sotto). Non può essere approvato, esportato né pagato.
run-lines = Righe
run-line-over = Paga { $amount } in più di quanto è dovuto ora a questa cooperativa.
run-line-parts = quota equa { $fair_share } · ricavi { $proceeds } · tramite { $method }
run-line-no-iban = non registrato
run-line-stripe-error = Errore Stripe: { $error }
run-line-bank-error = Errore della banca: { $error }
run-line-no-bank-details = senza coordinate bancarie
run-line-held = Sospesa: questa cooperativa non ha coordinate bancarie registrate, quindi la riga resta fuori dai file bancari e non può essere segnata come pagata. Ai suoi amministratori è stato chiesto di aggiungerle.
run-line-entries = Registrazioni dietro questa riga ({ $count })
run-entry-order = ordine n. { $id }
run-col-entry = Scrittura
run-files-after-approval = I file bancari si potranno scaricare quando il comitato avrà approvato il lotto.
run-download-csv = Scarica il file bancario (CSV)
run-download-sepa = Scarica il file SEPA (pain.001)
run-no-debtor = Il conto bancario del mercato non è ancora configurato, quindi non si può creare un file SEPA; scarica il CSV o chiedi al gestore di configurarlo.
run-held-count = { $count ->
        [one] { $count } cooperativa non ha coordinate bancarie: la sua riga è sospesa, fuori dai file bancari, finché i suoi amministratori non le aggiungono.
       *[other] { $count } cooperative non hanno coordinate bancarie: le loro righe sono sospese, fuori dai file bancari, finché i loro amministratori non le aggiungono.
    }
confirm-paid-title = Segna il lotto n. { $id } come pagato
confirm-paid-heading = Segnare come pagato il file bancario del lotto n. { $id }?
confirm-paid-body = Questo segna { $count ->
        [one] { $count } riga
       *[other] { $count } righe
    }, { $total } in totale, come pagate dalla banca. Fallo solo quando la banca ha eseguito questi bonifici.
confirm-paid-held = { $count ->
        [one] { $count } riga sospesa (senza coordinate bancarie) resta aperta.
       *[other] { $count } righe sospese (senza coordinate bancarie) restano aperte.
    }
confirm-paid-yes = { $count ->
        [one] Sì, segna { $count } riga come pagata
       *[other] Sì, segna { $count } righe come pagate
    }
confirm-paid-cancel = Annulla
spending-title = Spesa n. { $id }
spending-summary = { $amount } dal fondo comune a { $coop }. Servono { $quorum } approvazioni distinte.
spending-paid-by-stripe = Pagata con trasferimento Stripe
spending-payment-error = Errore di pagamento: { $error }
spending-propose-title = Proponi una spesa del fondo
spending-propose-heading = Proponi una spesa dal fondo comune
spending-field-title = Titolo
spending-field-purpose = Scopo
spending-field-amount = Importo
spending-field-currency = Valuta (quelle che il fondo detiene, la maggiore per prima)
spending-field-recipient = Cooperativa destinataria
spending-in-pool = { $currency } · { $amount } nel fondo
spending-pool-empty = Il fondo comune non detiene ancora nulla.
spending-propose = Proponi
flash-run-drafted = Il lotto è stato preparato; al comitato è stato chiesto di esaminarlo.
flash-vote-recorded = Registrato; { $subject ->
        [run] il lotto ora è { $status ->
                [awaiting_review] in attesa di esame
                [approved] approvato
               *[rejected] respinto
            }
       *[spending] la spesa ora è { $status ->
                [awaiting_review] in attesa di esame
                [approved] approvata
               *[rejected] respinta
            }
    }.
flash-line-paid = La riga è pagata.
flash-line-already-paid = La riga era già pagata; non è cambiato nulla.
flash-line-failed = La riga resta aperta per un nuovo tentativo.
flash-stripe-paid = { $paid ->
        [one] { $paid } riga pagata tramite Stripe.
       *[other] { $paid } righe pagate tramite Stripe.
    }
flash-stripe-failed = { $paid } pagate tramite Stripe; { $failed ->
        [one] { $failed } non è riuscita e resta aperta per un nuovo tentativo: { $errors }
       *[other] { $failed } non sono riuscite e restano aperte per un nuovo tentativo: { $errors }
    }
flash-run-redrafted = Il lotto n. { $id } è stato rifatto in questo lotto, che paga quanto è dovuto ora; al comitato è stato chiesto di esaminarlo.
flash-run-replaced = Il lotto n. { $id } è stato sostituito; non è più dovuto nulla, quindi non è stato preparato un nuovo lotto.
flash-spending-proposed = La spesa n. { $id } è stata proposta; il comitato la esaminerà.
flash-spending-paid = La spesa è pagata.
flash-spending-already-paid = Era già pagata; non è cambiato nulla.
flash-bank-file-paid = { $count ->
        [one] { $count } riga segnata come pagata.
       *[other] { $count } righe segnate come pagate.
    }
flash-bank-details-saved = Coordinate bancarie salvate.
error-decision-vote = la decisione deve essere approvare o respingere
payout-details-title = Dati per i pagamenti
payout-details-page = Dati per i pagamenti di { $coop }
payout-details-on-file = Conto bancario: { $account }
payout-details-none = Ancora nessun conto bancario: serve agli acquirenti che pagano con bonifico.
payout-details-holder = Intestatario del conto
payout-details-iban-hint = Gli spazi vanno bene, ad es. DE89 3704 0044 0532 0130 00
payout-details-save = Salva le coordinate bancarie
payout-details-back = Torna alla cooperativa
stripe-not-connected = Non collegato: la cooperativa è pagata con bonifico bancario.
stripe-connect = Collega un conto Stripe
stripe-incomplete = Registrazione incompleta ({ $account }): incassi { $charges ->
        [yes] attivi
       *[no] non ancora attivi
    }, pagamenti { $payouts ->
        [yes] attivi
       *[no] non ancora attivi
    }. La cooperativa è pagata con bonifico finché Stripe non li attiva entrambi.
stripe-continue = Continua la registrazione Stripe
stripe-ready = Pronto ({ $account }): incassi e pagamenti attivi. I pagamenti vanno su questo conto Stripe.
# Bank details typed by a co-op's admin.
bank-error-iban = inserite un IBAN: codice del paese, cifre di controllo e conto, ad es. DE89 3704 0044 0532 0130 00
bank-error-iban-checksum = le cifre di controllo di questo IBAN sono errate: controllate se c’è un errore di battitura
bank-error-bic = inserite un BIC di 8 o 11 caratteri, ad es. COBADEFFXXX
bank-error-holder = inserite l’intestatario del conto (al massimo 140 caratteri)
# Why the system took a decision, as the decisions list shows it.
decision-why-paid = { $amount }
decision-why-line-paid = riga n. { $line }: { $amount }
decision-why-line-failed = riga n. { $line }: { $error }
decision-why-replaces = il lotto n. { $run } pagava più di quanto è dovuto ora
decision-why-redrafted = ripreparato come lotto n. { $run }
decision-why-nothing-owed = ripreparato, ma non è più dovuto nulla
# Payment and bank refusals, as people read them; $gateway is a gateway's name (stripe, manual).
payments-error-stripe-refused = Stripe ha rifiutato il trasferimento ({ $status }): { $message }
payments-error-card-steps = { $amount } non si può pagare con carta: Stripe accetta { $currency } solo a passi di 0,010
payments-error-no-connect = i pagamenti passano dal gateway { $gateway }: le cooperative sono pagate con bonifico, non c’è un conto Stripe da collegare o pagare
payments-error-by-hand = i pagamenti arrivano tramite { $gateway }: non si possono confermare a mano
payments-error-pay-by-bank = pagate ogni ordine con bonifico usando il riferimento sulla sua pagina
payments-error-coop-no-connect = i pagamenti passano dal gateway { $gateway }: { $coop } è pagata con bonifico, non c’è un conto Stripe da collegare
payments-error-not-accepted = ogni venditore deve accettare il proprio ordine prima che paghiate
payments-error-nothing-due = niente in questo pagamento è in attesa di essere pagato
payments-error-currencies = un pagamento in più valute si paga ordine per ordine
payments-error-already-paid = questo pagamento è già stato saldato
payouts-error-bank-refused = la banca ha rifiutato il bonifico

# Refusals the store returns as codes.
payouts-error-not-open = il lotto di pagamenti n. { $run } è { status-run } e non si può ricompilare
payouts-error-nothing-to-redraft = il lotto di pagamenti n. { $run } paga ancora solo il dovuto; non c’è nulla da ricompilare
payouts-error-not-approved-pay = il lotto di pagamenti n. { $run } è { status-run } e non si può pagare; serve prima l’approvazione del comitato
payouts-error-not-approved-file = il lotto di pagamenti n. { $run } è { status-run }: il file bancario si potrà scaricare quando il comitato lo avrà approvato
payouts-error-line-stripe = la riga n. { $line } si paga tramite Stripe: esegui il lotto per inviarla, non a mano
payouts-error-line-paid = la riga n. { $line } è già pagata
payouts-error-line-bank = la riga n. { $line } si paga tramite banca: segnala come pagata quando la banca l’ha inviata
payouts-error-line-held = la riga n. { $line } è sospesa: { $coop } non ha coordinate bancarie registrate, quindi non si può ancora pagare. Ai suoi amministratori è stato chiesto di aggiungerle.
payouts-error-run-holds = nient’altro da pagare in { $currency }: il lotto di pagamenti n. { $run } ({ status-run }) contiene già il dovuto
payouts-error-nothing-owed = niente da pagare in { $currency }: a nessuna cooperativa è dovuto almeno { $minimum }
payouts-error-balance-large = { $account } contiene { $balance }, troppo per pagarlo in un solo lotto
payouts-error-run-stale = Il lotto di pagamenti n. { $run } non è aggiornato: da quando è stato preparato, i rimborsi hanno ridotto il dovuto, e pagherebbe più di quanto è dovuto ora ({ $lines }). Non può essere approvato, esportato né pagato; preparalo di nuovo per pagare il dovuto di oggi.
payouts-stale-line = riga n. { $line } ({ $coop }) di { $over }
payouts-error-sepa-empty = non c’è nulla da bonificare
payouts-error-sepa-euro = i bonifici SEPA sono in EUR, non in { $currency }
payouts-error-sepa-positive = ogni bonifico SEPA deve essere positivo, e { $amount } non lo è
