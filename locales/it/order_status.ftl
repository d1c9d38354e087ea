# Provvisorio: gli stati e le azioni degli ordini dello status.ftl di i18n-desk (stesse chiavi),
# finché non arriva. Alla fusione, eliminare questo file in ogni lingua e «order_status» da AREAS.
status-order = { $code ->
        [placed] inviato
        [accepted] accettato
        [paid] pagato
        [shipped] spedito
        [delivered] consegnato
        [settled] liquidato
        [rejected] rifiutato
        [cancelled] annullato
        [disputed] contestato
       *[refunded] rimborsato
    }
status-order-meaning = { $code ->
        [placed] In attesa che il venditore lo accetti; la merce è riservata.
        [accepted] Accettato dal venditore; in attesa del pagamento.
        [paid] Pagato; in attesa che il venditore lo spedisca.
        [shipped] In viaggio verso l'acquirente.
        [delivered] L'acquirente ha confermato la consegna; sarà liquidato a breve.
        [settled] Concluso: la commissione è addebitata e il ricavo del venditore registrato.
        [rejected] Il venditore lo ha rifiutato.
        [cancelled] Annullato prima del pagamento.
        [disputed] Contestato; decide il comitato.
       *[refunded] L'acquirente è stato rimborsato.
    }
action-order = { $code ->
        [accept] Accetta
        [reject] Rifiuta
        [cancel] Annulla l'ordine
        [confirm_payment] Conferma il pagamento ricevuto
        [payment_succeeded] Pagamento riuscito
        [ship] Segna come spedito
        [confirm_delivery] Conferma la consegna
        [settle] Liquida
        [dispute] Apri una contestazione
        [resolve_settle] Risolvi: liquida
        [resolve_refund] Risolvi: rimborsa
       *[refund] Rimborsa
    }
