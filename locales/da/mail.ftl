# E-mails. Order mails: $order is the order's number, $buyer and $seller the co-ops' names,
# amounts ($proceeds, $refunded, $fee ...) come formatted. $event chooses the words.
mail-order-subject = { $event ->
        [placed] Ny ordre nr. { $order } fra { $buyer }
        [accepted] Ordre nr. { $order }: accepteret, betaling forfalden
        [rejected] Ordre nr. { $order }: afvist
        [cancelled-by-seller] Ordre nr. { $order }: annulleret
        [cancelled-by-buyer] Ordre nr. { $order }: annulleret
        [paid] Ordre nr. { $order }: betalt
        [shipped] Ordre nr. { $order }: afsendt
        [delivered] Ordre nr. { $order }: leveret
        [settled] Ordre nr. { $order }: afregnet
        [refunded] Ordre nr. { $order }: refunderet
        [part-refunded] Ordre nr. { $order }: { $refunded } refunderet
        [disputed] Ordre nr. { $order }: tvist
        [resolved-refund] Ordre nr. { $order }: tvist afgjort, refunderet
       *[resolved-settle] Ordre nr. { $order }: tvist afgjort, afregnet
    }
mail-order-headline = { $event ->
        [placed] { $buyer } har afgivet ordre nr. { $order }.
        [accepted] { $seller } har accepteret ordre nr. { $order }. Betalingen er nu forfalden.
        [rejected] { $seller } har afvist ordre nr. { $order }.
        [cancelled-by-seller] { $seller } har annulleret ordre nr. { $order }.
        [cancelled-by-buyer] { $buyer } har annulleret ordre nr. { $order }.
        [paid] Ordre nr. { $order } er betalt: { $seller } kan sende den.
        [shipped] { $seller } har sendt ordre nr. { $order }.
        [delivered] { $buyer } har bekræftet, at ordre nr. { $order } er ankommet.
        [settled] Ordre nr. { $order } er afregnet: { $seller } har { $proceeds } til gode.
        [refunded] Ordre nr. { $order } er refunderet til { $buyer }.
        [part-refunded] { $refunded } af ordre nr. { $order } er refunderet til { $buyer }.
        [disputed] { $buyer } har åbnet en tvist om ordre nr. { $order }. Udvalget afgør den; begge parter kan tilføje en erklæring på ordrens side.
        [resolved-refund] Udvalget har afgjort tvisten om ordre nr. { $order } til fordel for { $buyer }: den refunderes.
       *[resolved-settle] Udvalget har afgjort tvisten om ordre nr. { $order } til fordel for { $seller }: den afregnes.
    }
mail-order-between = Ordre fra { $buyer } til { $seller }:
mail-your-coop = jeres andelsforening
mail-order-line = { $quantity } { $title } à { $price }: { $total }
mail-subtotal = Subtotal: { $total }
mail-col-item = Vare
mail-col-quantity = Mængde
mail-col-unit-price = Enhedspris
mail-col-total = I alt
mail-col-subtotal = Subtotal
# $rate is a number: 4 for 4 %.
mail-fee = { $settled ->
        [yes] Af gebyret på { $fee } ({ $rate } %), som nu er opkrævet: { $pool } til fællespuljen, { $seller_share } til { $seller }, { $buyer_share } til { $buyer }.
       *[no] Af gebyret på { $fee } ({ $rate } %): { $pool } til fællespuljen, { $seller_share } til { $seller }, { $buyer_share } til { $buyer }.
    }
mail-refund-amounts = Refunderet nu: { $refunded }. Stadig refunderbart på ordren: { $left }.
mail-refund-claw-back = { $settled ->
        [yes] Af det allerede opkrævede gebyr kommer { $fee } tilbage: { $pool } fra fællespuljen, { $seller_share } fra { $seller }, { $buyer_share } fra { $buyer } (en andel, der allerede er udbetalt, trækkes fra næste udbetaling).
       *[no] Gebyret falder med { $fee }: { $pool } mindre til fællespuljen, { $seller_share } mindre til { $seller }, { $buyer_share } mindre til { $buyer }.
    }
mail-pay-by-bank = Betal venligst med bankoverførsel:
mail-pay-amount = Beløb: { $amount }
mail-pay-holder = Kontohaver: { $holder }
mail-pay-iban = IBAN: { $iban }
mail-pay-bic = BIC: { $bic }
mail-pay-no-details = Sælgeren har endnu ikke angivet sine bankoplysninger: ordrens side viser dem.
mail-pay-reference = Reference: { $reference }
mail-pay-by-card = Betal venligst { $amount } med kort på ordrens side:
mail-deliver-to = Leveres til:
mail-note = Bemærkning: { $note }
mail-see-order = Se ordren
mail-open-link = Åbn det på cooptrade
# Co-ops applying and the committee's decision. $kind is producer, buyer or both.
mail-coop-applied-subject = { $coop } ansøger om at blive en del af cooptrade
mail-coop-applied-body = { $coop } ({ $kind ->
        [producer] producent
        [buyer] køber
       *[both] producent og køber
    }, { $country }, handler i { $currency }) har ansøgt om optagelse. Optag eller afvis den på udvalgets side.
mail-coop-admitted-subject = { $coop } er optaget på cooptrade
mail-coop-admitted-body = Udvalget har optaget { $coop }: den kan nu handle.
mail-coop-declined-subject = { $coop } er afvist på cooptrade
mail-coop-declined-body = Udvalget har afvist ansøgningen fra { $coop }. Begrundelse: { $reason }
# A statement added to a dispute. $side is buyer or seller.
mail-dispute-statement-subject = Ordre nr. { $order }: { $side ->
        [buyer] køberen
       *[seller] sælgeren
    } har tilføjet en erklæring til tvisten
mail-dispute-read = Læs tvisten: { $link }
# Money sent by the committee. $how is stripe or bank.
mail-payout-made-subject = Udbetaling på { $amount } sendt
mail-payout-made-body = Fællespuljens udvalg har sendt { $amount } til jeres andelsforening { $how ->
        [stripe] via Stripe
       *[bank] med bankoverførsel
    } (udbetalingsrunde nr. { $run }, linje nr. { $line }).
mail-spending-paid-subject = { $amount } fra fællespuljen
mail-spending-paid-body = Fællespuljens udvalg har sendt { $amount } til jeres andelsforening { $how ->
        [stripe] via Stripe
       *[bank] med bankoverførsel
    } til "{ $title }".
# Committee mails. $link is the page to review on.
mail-spending-review-subject = Udgift nr. { $id } fra fællespuljen venter på din gennemgang
mail-spending-review-body = { $coop } foreslår at bruge { $amount } fra fællespuljen til { $title }: { $purpose }
mail-review-at = Gennemgå den på { $link }
mail-run-review-subject = Udbetalingsrunde nr. { $run } venter på din gennemgang
mail-run-review-body = En udbetalingsrunde på { $amount } til { $count ->
        [one] { $count } andelsforening
       *[other] { $count } andelsforeninger
    } er udarbejdet og kræver udvalgets godkendelse.
mail-run-held-subject = Tilføj jeres bankoplysninger for at modtage en udbetaling
mail-run-held-body = Udbetalingsrunde nr. { $run } skylder jeres andelsforening { $amount }, men vi har ingen bankoplysninger, så betalingen er tilbageholdt. Tilføj kontohaver og IBAN under "Udbetalingsoplysninger" på { $link }
mail-run-blocked-subject = Udbetalingsrunde nr. { $run } kan ikke godkendes af udvalget, som den er
mail-run-blocked-body = Udbetalingsrunde nr. { $run } kræver { $quorum } godkendelser, men kun { $count } udvalgsmedlemmer kan stadig stemme om den (de andre tilhører en andelsforening, den betaler, og den, der udarbejdede den, kan ikke godkende den alene). Tilføj udvalgsmedlemmer, eller afvis den med en begrundelse.
mail-see = Se { $link }
# Account mails.
mail-hello-name = Hej { $name }
mail-hello = Hej
mail-verify-subject = Bekræft din e-mailadresse til cooptrade
mail-verify-body = for at bekræfte, at { $email } er din adresse på cooptrade, skal du følge dette link inden for 24 timer:
mail-verify-once = Linket virker én gang. Hvis du ikke har bedt om dette, kan du se bort fra denne mail: intet ændres.
mail-taken-subject = Nogen har forsøgt at registrere sig med din adresse
mail-taken-body = nogen har forsøgt at oprette en cooptrade-konto med din adresse, { $email }, som allerede har en. Intet er ændret.
mail-taken-what-now = Hvis det var dig, kan du logge ind på { $login } eller, hvis du har glemt din adgangskode, nulstille den på { $reset }. Hvis ikke, kan du se bort fra denne mail.
mail-reset-subject = Nulstil din cooptrade-adgangskode
mail-reset-body = for at vælge en ny cooptrade-adgangskode skal du følge dette link inden for en time:
mail-reset-once = Linket virker én gang, og når du vælger en adgangskode, logges alle andre enheder ud. Hvis du ikke har bedt om dette, kan du se bort fra denne mail: din adgangskode forbliver uændret.
mail-change-subject = Din cooptrade-adresse er ved at blive ændret
mail-change-body = din cooptrade-konto har bedt om at skifte fra { $email } til { $new }. Ændringen sker, når linket sendt til den nye adresse følges.
mail-change-not-you = Hvis det ikke var dig, så log ind og skift din adgangskode: ændringen sker ikke uden det link.
mail-lockout-subject = Gentagne mislykkede login på din konto
mail-lockout-body = Nogen har flere gange forsøgt at logge ind på din cooptrade-konto med en forkert adgangskode. Login på kontoen afvises i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    }.
mail-lockout-advice = Hvis det var dig, så vent og prøv igen. Hvis ikke, holdt din adgangskode; du kan overveje at skifte til en længere.
# An invitation to join a co-op. $role is admin or member.
mail-invitation-subject = { $coop } inviterer dig til at blive { $role ->
        [admin] administrator
       *[member] medlem
    }
mail-invitation-body = { $name } inviterer dig til at blive { $role ->
        [admin] administrator
       *[member] medlem
    } af { $coop } på cooptrade.
mail-invitation-consent = Intet ændres, før du siger ja. Accepter eller afslå på { $link }
mail-invitation-register = Hvis du endnu ikke har en konto, skal du først registrere dig med denne adresse ({ $email }).
