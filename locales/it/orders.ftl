# Gli elenchi degli ordini, la pagina di un ordine, la conferma stampabile, le azioni e i rimborsi.
orders-title = Ordini
orders-buying = Acquisti
orders-selling = Vendite
orders-state = Stato
orders-any-state = Qualsiasi stato
orders-filter = Filtra
orders-none = Nessun ordine.
orders-order = Ordine
orders-buyer = Acquirente
orders-seller = Venditore
orders-total = Totale
orders-placed = Inviato
orders-older = Ordini meno recenti
orders-order-title = Ordine n. { $id }
# Sotto il titolo: il venditore e l'acquirente sono link.
orders-from-to = Da { $seller } a { $buyer } · inviato il { $when }
orders-your-coop = la tua cooperativa
orders-the-buyer-coop = la cooperativa acquirente
orders-the-seller-coop = la cooperativa venditrice
# Dove va la commissione; $seller e $buyer sono le tre espressioni qui sopra.
orders-fee-split = Della commissione di { $fee } ({ $rate }): { $pool } al fondo comune, { $seller_share } a { $seller }, { $buyer_share } a { $buyer }.
orders-percent = { $rate }%
orders-marketplace-fee = Commissione del mercato ({ $rate })
orders-seller-proceeds = Ricavo del venditore
orders-dispute-link = La contestazione: dichiarazioni di entrambe le parti
orders-how-to-pay = Come pagare
orders-pay-by-bank = Bonifica { $amount } sul conto bancario del venditore; il venditore ne conferma qui la ricezione.
orders-account-holder = Intestatario del conto
orders-payment-reference = Causale del pagamento
orders-pay-bank-missing = Paga { $amount } con la causale { $reference }. Il venditore non ha ancora inserito i dati bancari: chiedigli il conto.
orders-pay-by-card = Paga { $amount } con carta per l'acquisto n. { $checkout }: { $link }.
orders-pay-by-card-link = Paga con carta
orders-deliver-to = Consegna a
orders-note = Nota
orders-refunded-so-far = Rimborsato finora:
orders-claw-back = I rimborsi hanno ripreso dalla commissione: { $pool } dal fondo comune, { $seller_share } dalla quota di { $seller } e { $buyer_share } dalla quota di { $buyer }.
orders-refund-part = Rimborsa parte di questo ordine
orders-refund-amount = Importo ({ $currency }, al massimo { $left })
orders-reason = Motivo
orders-refund = Rimborsa
orders-what-you-can-do = Che cosa puoi fare
orders-printable = Conferma stampabile
orders-history = Cronologia
orders-when = Quando
orders-who = Chi
orders-what = Che cosa
orders-now = Poi
# Chi ha fatto qualcosa, nella cronologia: «Ama Mensah (venditore)».
orders-who-role = { $name } ({ $role ->
        [buyer] acquirente
        [seller] venditore
        [committee] comitato
       *[system] sistema
    })
orders-role = { $role ->
        [buyer] acquirente
        [seller] venditore
        [committee] comitato
       *[system] sistema
    }
# Che cosa è successo, nella cronologia. $code è il nome stabile dell'evento.
orders-event = { $code ->
        [place] inviato
        [accept] accettato
        [reject] rifiutato
        [cancel] annullato
        [confirm_payment] pagamento confermato
        [payment_succeeded] pagamento riuscito
        [ship] spedito
        [confirm_delivery] consegna confermata
        [settle] liquidato
        [dispute] contestazione aperta
        [resolve_settle] contestazione risolta: liquidato
        [resolve_refund] contestazione risolta: rimborsato
        [refund] rimborsato
        [partial_refund] rimborsato in parte
       *[other] { $code }
    }
orders-confirmation-title = Conferma dell'ordine n. { $id }
orders-placed-state = Inviato il { $when } · stato: { $state }
orders-print = Stampa
# Messaggi dopo un'azione o un rimborso.
orders-now-state = L'ordine n. { $id } ora è { $state }.
orders-refunded = Rimborsati { $amount }; l'ordine n. { $id } è { $state }.
orders-statement-added = La tua dichiarazione è stata aggiunta.
# Errori accanto all'importo di un rimborso, al motivo di un'azione o a una dichiarazione.
orders-refund-not-positive = Inserisci un importo maggiore di 0.
orders-refund-decimals = { $currency } ha { $decimals ->
        [0] zero decimali
        [one] 1 decimale
       *[other] { $decimals } decimali
    }: non scriverne di più.
orders-refund-too-much = Si possono ancora rimborsare al massimo { $left }.
orders-reason-missing = Di' perché: l'altra parte lo leggerà.
orders-text-control = Togli i caratteri di controllo (codici invisibili, o un a capo in un campo di una riga).
orders-text-too-long = Resta entro { $max } caratteri (questo ne ha { $length }).
orders-statement-missing = Scrivi che cosa è successo.
orders-action-not-now = Questo ordine ora è { $state }: «{ $action }» non è più possibile. La pagina mostra che cosa puoi fare adesso.
orders-action-not-yours = Non puoi fare «{ $action }» su questo ordine.
# A part refund in an order's history; $reason is what the seller wrote.
orders-note-part-refund = { $amount } rimborsati. { $reason }

# The order state machine's refusals: $code is the order's state, $action what was asked
# (a verb with its object), $hint why, $who who may.
order-refused-act = { $action ->
        [accept] accettare un ordine
        [reject] rifiutare un ordine
        [cancel] annullare un ordine
        [confirm_payment] confermare il pagamento di un ordine
        [payment_succeeded] segnalare il pagamento di un ordine
        [ship] spedire un ordine
        [confirm_delivery] confermare la consegna di un ordine
        [settle] regolare un ordine
        [dispute] contestare un ordine
        [resolve_settle] risolvere una contestazione su un ordine
        [resolve_refund] risolvere una contestazione su un ordine
       *[refund] rimborsare un ordine
    }
order-refused-hint = { $hint ->
        [placed-only] solo un ordine inviato può essere accettato o rifiutato
        [paid-refund] è già pagato: il venditore può rimborsarlo
        [unpaid-only] solo un ordine non ancora pagato può essere annullato
        [accept-first] prima deve essere accettato
        [already-paid] è già pagato
        [pay-first] prima deve essere pagato
        [already-shipped] è già stato spedito
        [ship-first] prima deve essere spedito
        [shipped-only] la consegna si può confermare solo mentre è spedito
        [disputed] è in contestazione: decide il comitato
        [deliver-first] prima deve essere confermata la consegna
        [unpaid-cancel] non è ancora pagato: annullalo invece
        [ship-first-refund] prima deve essere spedito; il venditore può rimborsarlo
        [settled-ask] è già regolato: chiedi un rimborso al comitato
        [disputed-only] solo un ordine in contestazione può essere risolto
       *[shipped-dispute] è già stato spedito: l’acquirente può aprire una contestazione
    }
order-refused-whom = { $who ->
        [seller] solo la cooperativa venditrice può
        [buyer] solo la cooperativa acquirente può
        [committee] solo il comitato può
        [system] solo il sistema può
        [buyer_seller] solo la cooperativa acquirente o quella venditrice possono
       *[seller_committee] solo la cooperativa venditrice o il comitato possono
    }
order-refused-already = l’ordine è già { status-order }
order-refused-state = non si può { order-refused-act } { status-order }: { order-refused-hint }
order-refused-who = { order-refused-whom } { order-refused-act }
order-refused-who-state = { order-refused-whom } { order-refused-act } { status-order }
order-refused-not-yours = questo ordine non è tuo

# Refusals the store returns as codes.
order-changed = l’ordine è cambiato nel frattempo; ricaricalo e riprova
order-error-no-lines = l’ordine non ha righe
order-error-no-address = inserisci un indirizzo di consegna
order-error-text-long = l’indirizzo o la nota è troppo lungo
order-error-quantity-large = quantità troppo grande
order-error-stock-taken = scorte insufficienti: un altro ordine le ha prese nel frattempo; ricarica e riprova
order-error-minimum = ordina almeno { $min } di «{ $title }»
order-error-stock = scorte insufficienti per «{ $title }»: ne restano meno di { $quantity }
order-error-changed = alcune righe sono cambiate da quando le hai aggiunte al carrello ({ $lines }); non è stato ordinato nulla: controlla le nuove condizioni qui sotto e accettale per completare l’ordine
order-changed-line = «{ $title }»: { $changes }
order-change-price = il prezzo era { $was }, ora è { $now }
order-change-minimum = l’ordine minimo era { $was }, ora è { $now }
order-change-not-for-sale = non è più in vendita
order-change-short = ne restano solo { $left }
order-error-expected-total = il totale è { $placed }, non { $expected } come previsto; controlla i prezzi e invia il nuovo totale
order-error-leader-refused = una richiesta ne attendeva un’altra che è stata rifiutata
order-error-key-reused = questa chiave è già stata usata per un’altra richiesta
