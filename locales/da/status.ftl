# Statusnavne på mærkerne og deres betydning (når man holder musen over). $code er den gemte værdi.
status-listing = { $code ->
        [draft] kladde
        [active] til salg
        [paused] sat på pause
       *[archived] arkiveret
    }
status-listing-meaning = { $code ->
        [draft] Kun jeres kooperativ kan se den.
        [active] Købere kan se den og bestille den.
        [paused] Købere kan se den, men ikke bestille den.
       *[archived] Trukket tilbage for altid; gemt for de ordrer, der nævner den.
    }
status-coop = { $code ->
        [pending] afventer udvalget
        [admitted] optaget
       *[declined] afvist
    }
status-coop-meaning = { $code ->
        [pending] Udvalget har endnu ikke taget stilling til ansøgningen.
        [admitted] Kooperativet handler på markedspladsen.
       *[declined] Udvalget afviste ansøgningen.
    }
status-run = { $code ->
        [awaiting_review] afventer gennemgang
        [approved] godkendt
        [rejected] afvist
        [paid] betalt
       *[superseded] erstattet
    }
status-run-meaning = { $code ->
        [awaiting_review] Udvalget har endnu ikke nået sit beslutningsdygtige antal godkendelser.
        [approved] Udvalget har godkendt den; dens linjer kan betales.
        [rejected] Et udvalgsmedlem afviste den; intet i den bliver betalt.
        [paid] Alle linjer er betalt.
       *[superseded] Den blev lavet om til en nyere kørsel og gemmes som dokumentation.
    }
status-line = { $code ->
        [open] skal betales
        [paid] betalt
       *[failed] betaling mislykkedes
    }
status-line-meaning = { $code ->
        [open] Ikke betalt endnu.
        [paid] Kooperativet er blevet betalt.
       *[failed] Den seneste betaling mislykkedes; linjen er stadig åben til et nyt forsøg.
    }
status-spending = { $code ->
        [awaiting_review] afventer gennemgang
        [approved] godkendt
        [rejected] afvist
        [paid] betalt
       *[failed] betaling mislykkedes
    }
status-spending-meaning = { $code ->
        [awaiting_review] Udvalget har endnu ikke nået sit beslutningsdygtige antal godkendelser.
        [approved] Pengene er sat til side fra puljen og venter på at blive betalt.
        [rejected] Et udvalgsmedlem afviste den; intet bliver betalt.
        [paid] Modtageren er blevet betalt fra fællespuljen.
       *[failed] Betalingen mislykkedes; den kan sendes igen.
    }
status-method = { $code ->
        [bank] bankoverførsel
       *[stripe] Stripe-overførsel
    }
status-method-meaning = { $code ->
        [bank] Betales fra bankfilen og markeres som betalt af udvalget.
       *[stripe] Betales til kooperativets tilknyttede Stripe-konto.
    }
status-payment = { $code ->
        [card] kort
       *[bank] bankoverførsel
    }
status-payment-meaning = { $code ->
        [card] Betalt med kort via Stripe; refusioner går tilbage til kortet.
       *[bank] Betalt med bankoverførsel; sælgeren sender refusioner.
    }
status-order = { $code ->
        [placed] afgivet
        [accepted] accepteret
        [paid] betalt
        [shipped] afsendt
        [delivered] leveret
        [settled] afregnet
        [rejected] afvist
        [cancelled] annulleret
        [disputed] under tvist
       *[refunded] refunderet
    }
status-order-meaning = { $code ->
        [placed] Venter på, at sælgeren accepterer den; lageret er reserveret.
        [accepted] Accepteret af sælgeren; venter på betaling.
        [paid] Betalt; venter på, at sælgeren sender den.
        [shipped] På vej til køberen.
        [delivered] Køberen har bekræftet leveringen; den afregnes snart.
        [settled] Færdig: gebyret er opkrævet, og sælgerens provenu er bogført.
        [rejected] Sælgeren afviste den.
        [cancelled] Annulleret før betaling.
        [disputed] Under tvist; udvalget afgør den.
       *[refunded] Køberen har fået pengene tilbage.
    }
# Knapper: det, man kan gøre nu. $code er handlingens faste navn.
action-order = { $code ->
        [accept] Acceptér
        [reject] Afvis
        [cancel] Annullér ordren
        [confirm_payment] Bekræft modtaget betaling
        [payment_succeeded] Betaling gennemført
        [ship] Markér som afsendt
        [confirm_delivery] Bekræft levering
        [settle] Afregn
        [dispute] Åbn en tvist
        [resolve_settle] Afgør: afregn
        [resolve_refund] Afgør: refundér
       *[refund] Refundér
    }
action-listing = { $code ->
        [edit] Redigér
        [publish] Offentliggør
        [pause] Sæt på pause
        [delete] Slet
       *[archive] Arkivér
    }
action-run = { $code ->
        [redraft] Lav denne kørsel om
        [send_stripe] Send Stripe-overførslerne
       *[mark_bank_paid] Markér hele bankfilen som betalt
    }
action-spending = { $code ->
        [send_stripe] Send via Stripe
       *[mark_paid] Markér som betalt
    }
action-line = { $code ->
        [retry] Prøv overførslen igen
        [send] Send denne overførsel
        [mark_paid] Markér som betalt
       *[mark_failed] Markér som mislykket
    }
action-line-failed-placeholder = hvad banken sagde
status-error-unknown = "{ $value }" er ikke en mulig værdi: brug { $choices } eller { $last }
