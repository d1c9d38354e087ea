# Nomi degli stati sulle etichette e il loro significato (al passaggio del mouse). $code è il valore salvato.
status-listing = { $code ->
        [draft] bozza
        [active] in vendita
        [paused] in pausa
       *[archived] archiviato
    }
status-listing-meaning = { $code ->
        [draft] Solo la tua cooperativa lo vede.
        [active] Gli acquirenti lo vedono e possono ordinarlo.
        [paused] Gli acquirenti lo vedono ma non possono ordinarlo.
       *[archived] Ritirato per sempre; conservato per gli ordini che lo citano.
    }
status-coop = { $code ->
        [pending] in attesa del comitato
        [admitted] ammessa
       *[declined] respinta
    }
status-coop-meaning = { $code ->
        [pending] Il comitato non ha ancora deciso sulla domanda.
        [admitted] La cooperativa commercia sul mercato.
       *[declined] Il comitato ha respinto la domanda.
    }
status-run = { $code ->
        [awaiting_review] in attesa di esame
        [approved] approvato
        [rejected] respinto
        [paid] pagato
       *[superseded] sostituito
    }
status-run-meaning = { $code ->
        [awaiting_review] Il comitato non ha ancora raggiunto il quorum di approvazioni.
        [approved] Il comitato l’ha approvato; le sue righe possono essere pagate.
        [rejected] Un membro del comitato l’ha respinto; non verrà pagato nulla.
        [paid] Tutte le righe sono pagate.
       *[superseded] È stato rifatto in un lotto più recente ed è conservato come documento.
    }
status-line = { $code ->
        [open] da pagare
        [paid] pagata
       *[failed] pagamento non riuscito
    }
status-line-meaning = { $code ->
        [open] Non ancora pagata.
        [paid] La cooperativa è stata pagata.
       *[failed] L’ultimo pagamento non è riuscito; resta aperta per un nuovo tentativo.
    }
status-spending = { $code ->
        [awaiting_review] in attesa di esame
        [approved] approvata
        [rejected] respinta
        [paid] pagata
       *[failed] pagamento non riuscito
    }
status-spending-meaning = { $code ->
        [awaiting_review] Il comitato non ha ancora raggiunto il quorum di approvazioni.
        [approved] Il denaro è accantonato dal fondo, in attesa di essere pagato.
        [rejected] Un membro del comitato l’ha respinta; non verrà pagato nulla.
        [paid] Il destinatario è stato pagato dal fondo comune.
       *[failed] Il pagamento non è riuscito; si può inviare di nuovo.
    }
status-method = { $code ->
        [bank] bonifico bancario
       *[stripe] trasferimento Stripe
    }
status-method-meaning = { $code ->
        [bank] Pagato dal file bancario e segnato come pagato dal comitato.
       *[stripe] Pagato sul conto Stripe collegato della cooperativa.
    }
status-payment = { $code ->
        [card] carta
       *[bank] bonifico bancario
    }
status-payment-meaning = { $code ->
        [card] Pagato con carta tramite Stripe; i rimborsi tornano sulla carta.
       *[bank] Pagato con bonifico bancario; il venditore invia i rimborsi.
    }
status-order = { $code ->
        [placed] inviato
        [accepted] accettato
        [paid] pagato
        [shipped] spedito
        [delivered] consegnato
        [settled] regolato
        [rejected] rifiutato
        [cancelled] annullato
        [disputed] in contestazione
       *[refunded] rimborsato
    }
status-order-meaning = { $code ->
        [placed] In attesa che il venditore lo accetti; la merce è riservata.
        [accepted] Accettato dal venditore; in attesa di pagamento.
        [paid] Pagato; in attesa che il venditore lo spedisca.
        [shipped] In viaggio verso l’acquirente.
        [delivered] L’acquirente ha confermato la consegna; sarà regolato a breve.
        [settled] Concluso: la commissione è addebitata e il ricavato del venditore registrato.
        [rejected] Il venditore l’ha rifiutato.
        [cancelled] Annullato prima del pagamento.
        [disputed] In contestazione; decide il comitato.
       *[refunded] L’acquirente è stato rimborsato.
    }
# Pulsanti: ciò che si può fare ora. $code è il nome stabile dell’azione.
action-order = { $code ->
        [accept] Accetta
        [reject] Rifiuta
        [cancel] Annulla l’ordine
        [confirm_payment] Conferma il pagamento ricevuto
        [payment_succeeded] Pagamento riuscito
        [ship] Segna come spedito
        [confirm_delivery] Conferma la consegna
        [settle] Regola
        [dispute] Apri una contestazione
        [resolve_settle] Decidi: regola
        [resolve_refund] Decidi: rimborsa
       *[refund] Rimborsa
    }
action-listing = { $code ->
        [edit] Modifica
        [publish] Pubblica
        [pause] Metti in pausa
        [delete] Elimina
       *[archive] Archivia
    }
action-run = { $code ->
        [redraft] Rifai questo lotto
        [send_stripe] Invia i trasferimenti Stripe
       *[mark_bank_paid] Segna tutto il file bancario come pagato
    }
action-spending = { $code ->
        [send_stripe] Invia tramite Stripe
       *[mark_paid] Segna come pagata
    }
action-line = { $code ->
        [retry] Riprova il trasferimento
        [send] Invia questo trasferimento
        [mark_paid] Segna come pagata
       *[mark_failed] Segna come non riuscita
    }
action-line-failed-placeholder = cosa ha risposto la banca
status-error-unknown = «{ $value }» non è un valore possibile: usa { $choices } o { $last }
