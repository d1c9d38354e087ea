# E-mails. Order mails: $order is the order's number, $buyer and $seller the co-ops' names,
# amounts ($proceeds, $refunded, $fee ...) come formatted. $event chooses the words.
mail-order-subject = { $event ->
        [placed] Nuovo ordine n. { $order } da { $buyer }
        [accepted] Ordine n. { $order }: accettato, pagamento dovuto
        [rejected] Ordine n. { $order }: rifiutato
        [cancelled-by-seller] Ordine n. { $order }: annullato
        [cancelled-by-buyer] Ordine n. { $order }: annullato
        [paid] Ordine n. { $order }: pagato
        [shipped] Ordine n. { $order }: spedito
        [delivered] Ordine n. { $order }: consegnato
        [settled] Ordine n. { $order }: regolato
        [refunded] Ordine n. { $order }: rimborsato
        [part-refunded] Ordine n. { $order }: { $refunded } rimborsati
        [disputed] Ordine n. { $order }: contestato
        [resolved-refund] Ordine n. { $order }: contestazione risolta, rimborsato
       *[resolved-settle] Ordine n. { $order }: contestazione risolta, regolato
    }
mail-order-headline = { $event ->
        [placed] { $buyer } ha effettuato l'ordine n. { $order }.
        [accepted] { $seller } ha accettato l'ordine n. { $order }. Ora il pagamento è dovuto.
        [rejected] { $seller } ha rifiutato l'ordine n. { $order }.
        [cancelled-by-seller] { $seller } ha annullato l'ordine n. { $order }.
        [cancelled-by-buyer] { $buyer } ha annullato l'ordine n. { $order }.
        [paid] L'ordine n. { $order } è pagato: { $seller } può spedirlo.
        [shipped] { $seller } ha spedito l'ordine n. { $order }.
        [delivered] { $buyer } ha confermato che l'ordine n. { $order } è arrivato.
        [settled] L'ordine n. { $order } è regolato: a { $seller } spettano { $proceeds }.
        [refunded] L'ordine n. { $order } è stato rimborsato a { $buyer }.
        [part-refunded] { $refunded } dell'ordine n. { $order } sono stati rimborsati a { $buyer }.
        [disputed] { $buyer } ha aperto una contestazione sull'ordine n. { $order }. Decide il comitato; entrambe le parti possono aggiungere una dichiarazione nella pagina dell'ordine.
        [resolved-refund] Il comitato ha risolto la contestazione sull'ordine n. { $order } a favore di { $buyer }: viene rimborsato.
       *[resolved-settle] Il comitato ha risolto la contestazione sull'ordine n. { $order } a favore di { $seller }: viene regolato.
    }
mail-order-between = Ordine di { $buyer } a { $seller }:
mail-your-coop = la vostra cooperativa
mail-order-line = { $quantity } { $title } a { $price }: { $total }
mail-subtotal = Subtotale: { $total }
mail-col-item = Articolo
mail-col-quantity = Quantità
mail-col-unit-price = Prezzo unitario
mail-col-total = Totale
mail-col-subtotal = Subtotale
# $rate is a number: 4 for 4 %.
mail-fee = { $settled ->
        [yes] Della commissione di { $fee } ({ $rate }%) ora addebitata: { $pool } al fondo comune, { $seller_share } a { $seller }, { $buyer_share } a { $buyer }.
       *[no] Della commissione di { $fee } ({ $rate }%): { $pool } al fondo comune, { $seller_share } a { $seller }, { $buyer_share } a { $buyer }.
    }
mail-refund-amounts = Rimborsato ora: { $refunded }. Ancora rimborsabile sull'ordine: { $left }.
mail-refund-claw-back = { $settled ->
        [yes] Della commissione già addebitata tornano { $fee }: { $pool } dal fondo comune, { $seller_share } da { $seller }, { $buyer_share } da { $buyer } (una quota già versata viene detratta dal prossimo versamento).
       *[no] La commissione scende di { $fee }: { $pool } in meno al fondo comune, { $seller_share } in meno a { $seller }, { $buyer_share } in meno a { $buyer }.
    }
mail-pay-by-bank = Pagate con bonifico bancario:
mail-pay-amount = Importo: { $amount }
mail-pay-holder = Intestatario del conto: { $holder }
mail-pay-iban = IBAN: { $iban }
mail-pay-bic = BIC: { $bic }
mail-pay-no-details = Il venditore non ha ancora inserito le coordinate bancarie: la pagina dell'ordine le mostrerà.
mail-pay-reference = Causale: { $reference }
mail-pay-by-card = Pagate { $amount } con carta nella pagina dell'ordine:
mail-deliver-to = Consegnare a:
mail-note = Nota: { $note }
mail-see-order = Vedi l'ordine
mail-open-link = Apri su cooptrade
# Co-ops applying and the committee's decision. $kind is producer, buyer or both.
mail-coop-applied-subject = { $coop } chiede di aderire a cooptrade
mail-coop-applied-body = { $coop } ({ $kind ->
        [producer] produttrice
        [buyer] acquirente
       *[both] produttrice e acquirente
    }, { $country }, opera in { $currency }) ha chiesto di aderire. Ammettetela o respingetela nella pagina del comitato.
mail-coop-admitted-subject = { $coop } è stata ammessa su cooptrade
mail-coop-admitted-body = Il comitato ha ammesso { $coop }: ora può commerciare.
mail-coop-declined-subject = { $coop } è stata respinta su cooptrade
mail-coop-declined-body = Il comitato ha respinto la domanda di { $coop }. Motivo: { $reason }
# A statement added to a dispute. $side is buyer or seller.
mail-dispute-statement-subject = Ordine n. { $order }: { $side ->
        [buyer] l'acquirente
       *[seller] il venditore
    } ha aggiunto una dichiarazione alla contestazione
mail-dispute-read = Leggi la contestazione: { $link }
# Money sent by the committee. $how is stripe or bank.
mail-payout-made-subject = Versamento di { $amount } inviato
mail-payout-made-body = Il comitato del fondo comune ha inviato { $amount } alla vostra cooperativa { $how ->
        [stripe] tramite Stripe
       *[bank] con bonifico bancario
    } (ciclo di versamenti n. { $run }, riga n. { $line }).
mail-spending-paid-subject = { $amount } dal fondo comune
mail-spending-paid-body = Il comitato del fondo comune ha inviato { $amount } alla vostra cooperativa { $how ->
        [stripe] tramite Stripe
       *[bank] con bonifico bancario
    } per «{ $title }».
# Committee mails. $link is the page to review on.
mail-spending-review-subject = La spesa n. { $id } del fondo comune attende il vostro esame
mail-spending-review-body = { $coop } propone di spendere { $amount } del fondo comune per { $title }: { $purpose }
mail-review-at = Esaminatela su { $link }
mail-run-review-subject = Il ciclo di versamenti n. { $run } attende il vostro esame
mail-run-review-body = È stato preparato un ciclo di versamenti di { $amount } a { $count ->
        [one] { $count } cooperativa
       *[other] { $count } cooperative
    } che richiede l'approvazione del comitato.
mail-run-held-subject = Aggiungete le coordinate bancarie per ricevere un versamento
mail-run-held-body = Il ciclo di versamenti n. { $run } deve { $amount } alla vostra cooperativa, ma non abbiamo le sue coordinate bancarie, quindi il pagamento è sospeso. Aggiungete intestatario e IBAN in «Dati per i versamenti» su { $link }
mail-run-blocked-subject = Il comitato non può approvare il ciclo di versamenti n. { $run } così com'è
mail-run-blocked-body = Il ciclo di versamenti n. { $run } richiede { $quorum } approvazioni, ma solo { $count } membri del comitato possono ancora votarlo (gli altri appartengono a una cooperativa che riceve, e chi l'ha preparato non può approvarlo da solo). Aggiungete membri al comitato o respingetelo con un motivo.
mail-see = Vedi { $link }
# Account mails.
mail-hello-name = Ciao { $name },
mail-hello = Ciao,
mail-verify-subject = Confermate il vostro indirizzo e-mail per cooptrade
mail-verify-body = per confermare che { $email } è il vostro indirizzo su cooptrade, seguite questo link entro 24 ore:
mail-verify-once = Il link funziona una sola volta. Se non l'avete chiesto, ignorate questa e-mail: non cambia nulla.
mail-taken-subject = Qualcuno ha provato a registrarsi con il vostro indirizzo
mail-taken-body = qualcuno ha provato a creare un account cooptrade con il vostro indirizzo, { $email }, che ne ha già uno. Non è cambiato nulla.
mail-taken-what-now = Se eravate voi, accedete su { $login } o, se avete dimenticato la password, reimpostatela su { $reset }. Altrimenti potete ignorare questa e-mail.
mail-reset-subject = Reimpostate la password di cooptrade
mail-reset-body = per scegliere una nuova password di cooptrade, seguite questo link entro un'ora:
mail-reset-once = Il link funziona una sola volta, e impostare una password disconnette tutti gli altri dispositivi. Se non l'avete chiesto, ignorate questa e-mail: la password resta quella di prima.
mail-change-subject = Il vostro indirizzo cooptrade sta cambiando
mail-change-body = il vostro account cooptrade ha chiesto di passare da { $email } a { $new }. Il cambio avviene quando si segue il link inviato al nuovo indirizzo.
mail-change-not-you = Se non eravate voi, accedete e cambiate la password: senza quel link il cambio non avviene.
mail-lockout-subject = Accessi falliti ripetuti al vostro account
mail-lockout-body = Qualcuno ha provato più volte ad accedere al vostro account cooptrade con una password sbagliata. Gli accessi all'account sono rifiutati per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
mail-lockout-advice = Se eravate voi, aspettate e riprovate. Altrimenti la password ha retto; potreste sostituirla con una più lunga.
# An invitation to join a co-op. $role is admin or member.
mail-invitation-subject = { $coop } vi invita a unirvi come { $role ->
        [admin] amministratore
       *[member] membro
    }
mail-invitation-body = { $name } vi invita a diventare { $role ->
        [admin] amministratore
       *[member] membro
    } di { $coop } su cooptrade.
mail-invitation-consent = Non cambia nulla finché non dite di sì. Accettate o rifiutate su { $link }
mail-invitation-register = Se non avete ancora un account, registratevi prima con questo indirizzo ({ $email }).
