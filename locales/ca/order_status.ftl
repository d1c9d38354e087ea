# Provisional: els estats i accions de comanda del status.ftl d'i18n-desk (mateixes claus),
# fins que arribi. En fusionar-lo, esborra aquest fitxer a cada idioma i «order_status» d'AREAS.
status-order = { $code ->
        [placed] feta
        [accepted] acceptada
        [paid] pagada
        [shipped] enviada
        [delivered] lliurada
        [settled] liquidada
        [rejected] rebutjada
        [cancelled] cancel·lada
        [disputed] en disputa
       *[refunded] reemborsada
    }
status-order-meaning = { $code ->
        [placed] Esperant que el venedor l'accepti; l'estoc està reservat.
        [accepted] Acceptada pel venedor; esperant el pagament.
        [paid] Pagada; esperant que el venedor l'enviï.
        [shipped] De camí cap al comprador.
        [delivered] El comprador ha confirmat el lliurament; es liquidarà aviat.
        [settled] Completa: la comissió s'ha cobrat i els ingressos del venedor s'han comptabilitzat.
        [rejected] El venedor l'ha rebutjada.
        [cancelled] Cancel·lada abans del pagament.
        [disputed] En disputa; decideix el comitè.
       *[refunded] S'ha reemborsat el comprador.
    }
action-order = { $code ->
        [accept] Accepta
        [reject] Rebutja
        [cancel] Cancel·la la comanda
        [confirm_payment] Confirma el pagament rebut
        [payment_succeeded] Pagament completat
        [ship] Marca com a enviada
        [confirm_delivery] Confirma el lliurament
        [settle] Liquida
        [dispute] Obre una disputa
        [resolve_settle] Resol: liquida
        [resolve_refund] Resol: reemborsa
       *[refund] Reemborsa
    }
