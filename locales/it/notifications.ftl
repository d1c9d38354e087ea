# La pagina delle notifiche e le preferenze e-mail nella pagina dell’account.
notifications-title = Notifiche
notifications-mark-all = Segna tutte come lette
notifications-none = Ancora niente.
notifications-new = nuova
notifications-mark-read = Segna come letta
notifications-older = Notifiche precedenti
notification-text = { $kind ->
        [order_placed] Nuovo ordine n. { $id } per la tua cooperativa
        [order_accepted] L’ordine n. { $id } è stato accettato; ora si può pagare
        [order_rejected] L’ordine n. { $id } è stato rifiutato
        [order_cancelled] L’ordine n. { $id } è stato annullato
        [order_paid] L’ordine n. { $id } è pagato
        [order_shipped] L’ordine n. { $id } è stato spedito
        [order_delivered] L’ordine n. { $id } è arrivato
        [order_settled] L’ordine n. { $id } è regolato
        [order_refunded] L’ordine n. { $id } è stato rimborsato
        [dispute_opened] È stata aperta una contestazione sull’ordine n. { $id }
        [dispute_statement] È stata aggiunta una dichiarazione alla contestazione sull’ordine n. { $id }
        [dispute_resolved] La contestazione sull’ordine n. { $id } è stata decisa
        [coop_application] Una cooperativa ha chiesto di entrare nel mercato
        [coop_decision] Il comitato ha deciso sulla domanda della tua cooperativa
        [payout_review] Il lotto di pagamenti n. { $id } attende il tuo esame
        [payout_made] È stato fatto un pagamento alla tua cooperativa
        [spending_review] La spesa del fondo n. { $id } attende il tuo esame
       *[spending_decision] È stata decisa una spesa del fondo
    }
flash-marked-read = { $count ->
        [one] { $count } segnata come letta.
       *[other] { $count } segnate come lette.
    }
flash-one-marked-read = Segnata come letta.
flash-mail-saved = Le tue preferenze e-mail sono salvate.
mail-prefs-title = E-mail che ricevi
mail-prefs-intro = Ogni notifica compare anche nella tua { $page }. Le e-mail che richiedono un’azione vengono sempre inviate.
mail-prefs-page = pagina delle notifiche
mail-prefs-legend = Mandami un’e-mail per
mail-prefs-always = (sempre inviata)
mail-prefs-save = Salva le preferenze e-mail
mail-kind = { $kind ->
        [order_placed] Un nuovo ordine per la tua cooperativa
        [order_accepted] Un ordine accettato, con come pagarlo
        [order_rejected] Un ordine rifiutato
        [order_cancelled] Un ordine annullato
        [order_paid] Un ordine pagato
        [order_shipped] Un ordine spedito
        [order_delivered] Un ordine consegnato
        [order_settled] Un ordine regolato, con dove è andata la commissione
        [order_refunded] Un ordine rimborsato
        [dispute_opened] Una contestazione aperta
        [dispute_statement] Una dichiarazione aggiunta a una contestazione
        [dispute_resolved] Una contestazione decisa
        [coop_application] Una cooperativa che chiede di entrare (comitato)
        [coop_decision] La tua cooperativa ammessa o respinta
        [payout_review] Un lotto di pagamenti da esaminare (comitato)
        [payout_made] Un pagamento fatto alla tua cooperativa
        [spending_review] Una spesa del fondo da esaminare (comitato)
       *[spending_decision] Una spesa del fondo decisa
    }
