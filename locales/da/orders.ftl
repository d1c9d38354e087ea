# Ordrelister, en ordres side, den printbare bekræftelse, handlinger og refusioner.
orders-title = Ordrer
orders-buying = Køb
orders-selling = Salg
orders-state = Status
orders-any-state = Alle statusser
orders-filter = Filtrer
orders-none = Ingen ordrer.
orders-order = Ordre
orders-buyer = Køber
orders-seller = Sælger
orders-total = I alt
orders-placed = Afgivet
orders-older = Ældre ordrer
orders-order-title = Ordre nr. { $id }
# Under titlen: sælgeren og køberen er links.
orders-from-to = Fra { $seller } til { $buyer } · afgivet { $when }
orders-your-coop = din andelsforening
orders-the-buyer-coop = den købende andelsforening
orders-the-seller-coop = den sælgende andelsforening
# Hvor gebyret går hen; $seller og $buyer er de tre udtryk ovenfor.
orders-fee-split = Af gebyret på { $fee } ({ $rate }): { $pool } til fællespuljen, { $seller_share } til { $seller }, { $buyer_share } til { $buyer }.
orders-percent = { $rate } %
orders-marketplace-fee = Markedspladsens gebyr ({ $rate })
orders-seller-proceeds = Sælgerens provenu
orders-dispute-link = Tvisten: begge parters redegørelser
orders-how-to-pay = Sådan betaler du
orders-pay-by-bank = Overfør { $amount } til sælgerens bankkonto; sælgeren bekræfter modtagelsen her.
orders-account-holder = Kontohaver
orders-payment-reference = Betalingsreference
orders-pay-bank-missing = Betal { $amount } med referencen { $reference }. Sælgeren har endnu ikke angivet bankoplysninger: spørg efter deres konto.
orders-pay-by-card = Betal { $amount } med kort for indkøb nr. { $checkout }: { $link }.
orders-pay-by-card-link = Betal med kort
orders-deliver-to = Leveres til
orders-note = Besked
orders-refunded-so-far = Refunderet indtil nu:
orders-claw-back = Refusionerne tog tilbage fra gebyret: { $pool } fra fællespuljen, { $seller_share } fra { $seller }s andel og { $buyer_share } fra { $buyer }s andel.
orders-refund-part = Refunder en del af denne ordre
orders-refund-amount = Beløb ({ $currency }, højst { $left })
orders-reason = Begrundelse
orders-refund = Refunder
orders-what-you-can-do = Det kan du gøre
orders-printable = Printbar bekræftelse
orders-history = Historik
orders-when = Hvornår
orders-who = Hvem
orders-what = Hvad
orders-now = Derefter
# Hvem der gjorde noget, i historikken: "Ama Mensah (sælger)".
orders-who-role = { $name } ({ $role ->
        [buyer] køber
        [seller] sælger
        [committee] udvalget
       *[system] systemet
    })
orders-role = { $role ->
        [buyer] køber
        [seller] sælger
        [committee] udvalget
       *[system] systemet
    }
# Hvad der skete, i historikken. $code er hændelsens faste navn.
orders-event = { $code ->
        [place] afgivet
        [accept] accepteret
        [reject] afvist
        [cancel] annulleret
        [confirm_payment] betaling bekræftet
        [payment_succeeded] betaling gennemført
        [ship] afsendt
        [confirm_delivery] levering bekræftet
        [settle] afregnet
        [dispute] tvist åbnet
        [resolve_settle] tvist afgjort: afregnet
        [resolve_refund] tvist afgjort: refunderet
        [refund] refunderet
        [partial_refund] delvist refunderet
       *[other] { $code }
    }
orders-confirmation-title = Ordrebekræftelse nr. { $id }
orders-placed-state = Afgivet { $when } · status: { $state }
orders-print = Udskriv
# Beskeder efter en handling eller en refusion.
orders-now-state = Ordre nr. { $id } er nu { $state }.
orders-refunded = Refunderet { $amount }; ordre nr. { $id } er { $state }.
orders-statement-added = Din redegørelse er tilføjet.
# Fejl ved en refusions beløb, en handlings begrundelse eller en redegørelse.
orders-refund-not-positive = Skriv et beløb over 0.
orders-refund-decimals = { $currency } har { $decimals ->
        [0] ingen decimaler
        [one] 1 decimal
       *[other] { $decimals } decimaler
    }: skriv ikke flere.
orders-refund-too-much = Der kan højst refunderes { $left } endnu.
orders-reason-missing = Sig hvorfor: den anden part læser det.
orders-text-control = Fjern kontroltegnene (usynlige koder eller et linjeskift i et felt på én linje).
orders-text-too-long = Hold det på { $max } tegn (dette er { $length }).
orders-statement-missing = Skriv, hvad der skete.
orders-action-not-now = Denne ordre er nu { $state }: "{ $action }" er ikke længere muligt. Siden viser, hvad du kan gøre nu.
orders-action-not-yours = Du kan ikke "{ $action }" på denne ordre.
# A part refund in an order's history; $reason is what the seller wrote.
orders-note-part-refund = { $amount } refunderet. { $reason }

# The order state machine's refusals: $code is the order's state, $action what was asked
# (a verb with its object), $hint why, $who who may.
order-refused-act = { $action ->
        [accept] acceptere en ordre
        [reject] afvise en ordre
        [cancel] annullere en ordre
        [confirm_payment] bekræfte betaling for en ordre
        [payment_succeeded] melde betaling for en ordre
        [ship] sende en ordre
        [confirm_delivery] bekræfte levering af en ordre
        [settle] afregne en ordre
        [dispute] gøre indsigelse mod en ordre
        [resolve_settle] afgøre en tvist om en ordre
        [resolve_refund] afgøre en tvist om en ordre
       *[refund] refundere en ordre
    }
order-refused-hint = { $hint ->
        [placed-only] kun en afgivet ordre kan accepteres eller afvises
        [paid-refund] den er allerede betalt: sælgeren kan refundere den
        [unpaid-only] kun en ordre, der ikke er betalt endnu, kan annulleres
        [accept-first] den skal først accepteres
        [already-paid] den er allerede betalt
        [pay-first] den skal først betales
        [already-shipped] den er allerede afsendt
        [ship-first] den skal først afsendes
        [shipped-only] levering kan kun bekræftes, mens den er afsendt
        [disputed] den er under tvist: udvalget afgør den
        [deliver-first] levering skal først bekræftes
        [unpaid-cancel] den er ikke betalt endnu: annuller den i stedet
        [ship-first-refund] den skal først afsendes; sælgeren kan refundere den
        [settled-ask] den er allerede afregnet: bed udvalget om en refundering
        [disputed-only] kun en ordre under tvist kan afgøres
       *[shipped-dispute] den er afsendt: køberen kan indlede en tvist
    }
order-refused-whom = { $who ->
        [seller] kun sælgerkooperativet kan
        [buyer] kun køberkooperativet kan
        [committee] kun udvalget kan
        [system] kun systemet kan
        [buyer_seller] kun køber- eller sælgerkooperativet kan
       *[seller_committee] kun sælgerkooperativet eller udvalget kan
    }
order-refused-already = ordren er allerede { status-order }
order-refused-state = man kan ikke { order-refused-act }, der er { status-order }: { order-refused-hint }
order-refused-who = { order-refused-whom } { order-refused-act }
order-refused-who-state = { order-refused-whom } { order-refused-act }, der er { status-order }
order-refused-not-yours = denne ordre er ikke jeres

# Refusals the store returns as codes.
order-changed = ordren er ændret imens; genindlæs den og prøv igen
order-error-no-lines = ordren har ingen linjer
order-error-no-address = angiv en leveringsadresse
order-error-text-long = adressen eller noten er for lang
order-error-quantity-large = mængden er for stor
order-error-stock-taken = ikke nok på lager: en anden ordre tog det imens; genindlæs og prøv igen
order-error-minimum = bestil mindst { $min } af "{ $title }"
order-error-stock = ikke nok på lager af "{ $title }": der er færre end { $quantity } tilbage
order-error-changed = nogle linjer er ændret, siden du lagde dem i kurven ({ $lines }); intet blev bestilt: gennemgå de nye vilkår nedenfor, og godkend dem for at bestille
order-changed-line = "{ $title }": { $changes }
order-change-price = prisen var { $was }, nu { $now }
order-change-minimum = mindstekøbet var { $was }, nu { $now }
order-change-not-for-sale = sælges ikke længere
order-change-short = kun { $left } tilbage
order-error-expected-total = totalen er { $placed }, ikke de forventede { $expected }; tjek priserne, og send den nye total
order-error-leader-refused = en anmodning ventede på en anden, der blev afvist
order-error-key-reused = denne nøgle er allerede brugt til en anden anmodning
