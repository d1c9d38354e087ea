# Midlertidig: ordrestatusser og -handlinger fra i18n-desks status.ftl (samme nøgler), indtil
# den kommer. Ved sammenfletning: slet denne fil på alle sprog og "order_status" fra AREAS.
status-order = { $code ->
        [placed] afgivet
        [accepted] accepteret
        [paid] betalt
        [shipped] afsendt
        [delivered] leveret
        [settled] afregnet
        [rejected] afvist
        [cancelled] annulleret
        [disputed] i tvist
       *[refunded] refunderet
    }
status-order-meaning = { $code ->
        [placed] Venter på, at sælgeren accepterer den; varerne er reserveret.
        [accepted] Accepteret af sælgeren; venter på betaling.
        [paid] Betalt; venter på, at sælgeren sender den.
        [shipped] På vej til køberen.
        [delivered] Køberen har bekræftet leveringen; den afregnes snart.
        [settled] Færdig: gebyret er opkrævet, og sælgerens provenu bogført.
        [rejected] Sælgeren afviste den.
        [cancelled] Annulleret før betaling.
        [disputed] I tvist; udvalget afgør den.
       *[refunded] Køberen har fået pengene tilbage.
    }
action-order = { $code ->
        [accept] Accepter
        [reject] Afvis
        [cancel] Annuller ordren
        [confirm_payment] Bekræft modtaget betaling
        [payment_succeeded] Betaling gennemført
        [ship] Marker som afsendt
        [confirm_delivery] Bekræft levering
        [settle] Afregn
        [dispute] Åbn en tvist
        [resolve_settle] Afgør: afregn
        [resolve_refund] Afgør: refunder
       *[refund] Refunder
    }
