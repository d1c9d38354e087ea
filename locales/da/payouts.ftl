# Udvalgets udbetalingskørsler, en kørsels side og forslag om udgifter fra puljen.
payouts-title = Udbetalingskørsler
payouts-nothing-owed = Intet kooperativ har mindst minimumsudbetalingen til gode i nogen valuta, så der er ingen kørsel at lave.
payouts-currency = Valuta (dem med noget til gode, den største først)
payouts-owed = { $currency } · { $amount } til gode
payouts-draft = Lav et udkast til en udbetalingskørsel
payouts-col-run = Kørsel
payouts-col-drafted = Oprettet
payouts-col-lines = Linjer
payouts-col-total = I alt
payouts-col-status = Status
payouts-run-name = nr. { $id } { $currency }
payouts-older-runs = Ældre kørsler
payouts-spending = Forslag om udgifter fra puljen
payouts-no-run = Ingen udbetalingskørsler endnu.
payouts-no-proposal = Ingen forslag endnu.
payouts-spending-to = { $amount } til { $coop }
payouts-older-proposals = Ældre forslag
payouts-decisions = Beslutninger
payouts-command-line = kommandolinjen
payouts-decision = { $what ->
        [drafted] lavede udkastet
        [proposed] foreslog den
        [approved] godkendte
        [rejected] afviste
        [paid] markerede som betalt
        [failed] registrerede en mislykket betaling
        [replaces] lavede den om
        [superseded] erstattede den
       *[other] { $what }
    }
payouts-no-vote = Du kan ikke stemme om dette: du hører til et kooperativ, der modtager penge her, eller du har allerede stemt.
payouts-reason = Begrundelse (kræves for at afvise)
payouts-approve = Godkend
payouts-reject = Afvis
payouts-voters = { $voters ->
        [one] { $voters } udvalgsmedlem kan stadig stemme
       *[other] { $voters } udvalgsmedlemmer kan stadig stemme
    }; { $needed ->
        [one] der mangler { $needed } godkendelse.
       *[other] der mangler { $needed } godkendelser.
    }
payouts-unreachable = Udvalget kan ikke godkende dette, som det er.
payouts-unreachable-why = Færre medlemmer kan stemme, end det beslutningsdygtige antal kræver (de andre hører til et kooperativ, der får penge, og den, der lavede udkastet, kan ikke godkende det alene). Tilføj udvalgsmedlemmer, eller afvis det med en begrundelse.
run-title = Udbetalingskørsel nr. { $id }
run-summary = Oprettet { $created }; { $count ->
        [one] { $count } kooperativ
       *[other] { $count } kooperativer
    }, { $total }. Kræver { $quorum } forskellige godkendelser.
run-link = kørsel nr. { $id }
run-replaces = Erstatter { $run }, som betalte mere, end der var skyldigt.
run-replaced-by = Erstattet af { $run }; denne kørsel gemmes som dokumentation.
run-stale = Denne kørsel er forældet.
run-stale-why = Refusioner siden udkastet har sænket det skyldige beløb, så den ville betale mere, end der skyldes nu (se de markerede linjer nedenfor). Den kan ikke godkendes, eksporteres eller betales.
run-lines = Linjer
run-line-over = Betaler { $amount } mere, end dette kooperativ har til gode nu.
run-line-parts = rimelig andel { $fair_share } · provenu { $proceeds } · via { $method }
run-line-no-iban = ikke registreret
run-line-stripe-error = Stripe-fejl: { $error }
run-line-bank-error = Bankfejl: { $error }
run-line-no-bank-details = ingen bankoplysninger
run-line-held = Tilbageholdt: dette kooperativ har ingen bankoplysninger, så linjen er udeladt af bankfilerne og kan ikke markeres som betalt. Dets administratorer er blevet bedt om at tilføje dem.
run-line-entries = Posteringer bag denne linje ({ $count })
run-entry-order = ordre nr. { $id }
run-col-entry = Postering
run-files-after-approval = Bankfilerne kan hentes, når udvalget har godkendt kørslen.
run-download-csv = Hent bankfilen (CSV)
run-download-sepa = Hent SEPA-filen (pain.001)
run-no-debtor = Markedspladsens egen bankkonto er ikke sat op endnu, så der kan ikke laves en SEPA-fil; hent CSV-filen, eller bed driftsansvarlig om at sætte den op.
run-held-count = { $count ->
        [one] { $count } kooperativ har ingen bankoplysninger: dets linje er tilbageholdt og udeladt af bankfilerne, indtil dets administratorer tilføjer dem.
       *[other] { $count } kooperativer har ingen bankoplysninger: deres linjer er tilbageholdt og udeladt af bankfilerne, indtil deres administratorer tilføjer dem.
    }
confirm-paid-title = Markér kørsel nr. { $id } som betalt
confirm-paid-heading = Markér bankfilen for kørsel nr. { $id } som betalt?
confirm-paid-body = Dette markerer { $count ->
        [one] { $count } linje
       *[other] { $count } linjer
    }, { $total } i alt, som betalt af banken. Gør det kun, når banken har foretaget overførslerne.
confirm-paid-held = { $count ->
        [one] { $count } tilbageholdt linje (ingen bankoplysninger) forbliver åben.
       *[other] { $count } tilbageholdte linjer (ingen bankoplysninger) forbliver åbne.
    }
confirm-paid-yes = { $count ->
        [one] Ja, markér { $count } linje som betalt
       *[other] Ja, markér { $count } linjer som betalt
    }
confirm-paid-cancel = Annullér
spending-title = Udgift nr. { $id }
spending-summary = { $amount } fra fællespuljen til { $coop }. Kræver { $quorum } forskellige godkendelser.
spending-paid-by-stripe = Betalt med Stripe-overførsel
spending-payment-error = Betalingsfejl: { $error }
spending-propose-title = Foreslå en udgift fra puljen
spending-propose-heading = Foreslå en udgift fra fællespuljen
spending-field-title = Titel
spending-field-purpose = Formål
spending-field-amount = Beløb
spending-field-currency = Valuta (dem puljen har, den største først)
spending-field-recipient = Modtagende kooperativ
spending-in-pool = { $currency } · { $amount } i puljen
spending-pool-empty = Fællespuljen har ingenting endnu.
spending-propose = Foreslå
flash-run-drafted = Kørslen er oprettet; udvalget er blevet bedt om at gennemgå den.
flash-vote-recorded = Registreret; { $subject ->
        [run] kørslen
       *[spending] udgiften
    } er nu { $status ->
        [awaiting_review] afventer gennemgang
        [approved] godkendt
       *[rejected] afvist
    }.
flash-line-paid = Linjen er betalt.
flash-line-already-paid = Linjen var allerede betalt; intet er ændret.
flash-line-failed = Linjen er stadig åben til et nyt forsøg.
flash-stripe-paid = { $paid ->
        [one] { $paid } linje betalt via Stripe.
       *[other] { $paid } linjer betalt via Stripe.
    }
flash-stripe-failed = { $paid } betalt via Stripe; { $failed ->
        [one] { $failed } mislykkedes og er stadig åben til et nyt forsøg: { $errors }
       *[other] { $failed } mislykkedes og er stadig åbne til et nyt forsøg: { $errors }
    }
flash-run-redrafted = Kørsel nr. { $id } er lavet om til denne kørsel, som betaler det, der skyldes nu; udvalget er blevet bedt om at gennemgå den.
flash-run-replaced = Kørsel nr. { $id } er erstattet; intet skyldes længere, så der er ikke lavet en ny kørsel.
flash-spending-proposed = Udgift nr. { $id } er foreslået; udvalget gennemgår den.
flash-spending-paid = Udgiften er betalt.
flash-spending-already-paid = Den var allerede betalt; intet er ændret.
flash-bank-file-paid = { $count ->
        [one] { $count } linje markeret som betalt.
       *[other] { $count } linjer markeret som betalt.
    }
flash-bank-details-saved = Bankoplysningerne er gemt.
error-decision-vote = beslutningen skal være godkend eller afvis
payout-details-title = Udbetalingsoplysninger
payout-details-page = Udbetalingsoplysninger for { $coop }
payout-details-on-file = Bankkonto: { $account }
payout-details-none = Ingen bankkonto endnu: købere, der betaler med bankoverførsel, har brug for en.
payout-details-holder = Kontohaver
payout-details-iban-hint = Mellemrum er fint, f.eks. DE89 3704 0044 0532 0130 00
payout-details-save = Gem bankoplysninger
payout-details-back = Tilbage til kooperativet
stripe-not-connected = Ikke tilknyttet: kooperativet betales med bankoverførsel.
stripe-connect = Tilknyt en Stripe-konto
stripe-incomplete = Oprettelse ikke færdig ({ $account }): betalinger { $charges ->
        [yes] slået til
       *[no] endnu ikke slået til
    }, udbetalinger { $payouts ->
        [yes] slået til
       *[no] endnu ikke slået til
    }. Kooperativet betales med bankoverførsel, indtil Stripe slår begge til.
stripe-continue = Fortsæt oprettelsen hos Stripe
stripe-ready = Klar ({ $account }): betalinger og udbetalinger er slået til. Udbetalinger går til denne Stripe-konto.
# Bank details typed by a co-op's admin.
bank-error-iban = indtast et IBAN: landekode, kontrolcifre og konto, f.eks. DE89 3704 0044 0532 0130 00
bank-error-iban-checksum = kontrolcifrene i dette IBAN er forkerte: se efter en slåfejl
bank-error-bic = indtast en BIC på 8 eller 11 tegn, f.eks. COBADEFFXXX
bank-error-holder = indtast kontohaveren (højst 140 tegn)
# Why the system took a decision, as the decisions list shows it.
decision-why-paid = { $amount }
decision-why-line-paid = linje nr. { $line }: { $amount }
decision-why-line-failed = linje nr. { $line }: { $error }
decision-why-replaces = kørsel nr. { $run } betalte mere, end der skyldes nu
decision-why-redrafted = udarbejdet igen som kørsel nr. { $run }
decision-why-nothing-owed = udarbejdet igen, men intet skyldes længere
# Payment and bank refusals, as people read them; $gateway is a gateway's name (stripe, manual).
payments-error-stripe-refused = Stripe afviste overførslen ({ $status }): { $message }
payments-error-card-steps = { $amount } kan ikke betales med kort: Stripe tager kun { $currency } i trin på 0,010
payments-error-no-connect = betalinger går gennem { $gateway }: kooperativer betales med bankoverførsel, der er ingen Stripe-konto at forbinde eller betale
payments-error-by-hand = betalinger kommer gennem { $gateway }: de kan ikke bekræftes manuelt
payments-error-pay-by-bank = betal hver ordre med bankoverførsel med referencen på dens side
payments-error-coop-no-connect = betalinger går gennem { $gateway }: { $coop } betales med bankoverførsel, der er ingen Stripe-konto at forbinde
payments-error-not-accepted = hver sælger skal acceptere sin ordre, før I betaler
payments-error-nothing-due = intet i denne betaling venter på at blive betalt
payments-error-currencies = en betaling i flere valutaer betales ordre for ordre
payments-error-already-paid = denne betaling er allerede betalt
payouts-error-bank-refused = banken afviste overførslen

# Refusals the store returns as codes.
payouts-error-not-open = udbetalingskørsel nr. { $run } er { status-run } og kan ikke laves om
payouts-error-nothing-to-redraft = udbetalingskørsel nr. { $run } betaler stadig kun det skyldige; der er intet at lave om
payouts-error-not-approved-pay = udbetalingskørsel nr. { $run } er { status-run } og kan ikke betales; den skal først godkendes af udvalget
payouts-error-not-approved-file = udbetalingskørsel nr. { $run } er { status-run }: bankfilen kan hentes, når udvalget har godkendt den
payouts-error-line-stripe = linje nr. { $line } betales via Stripe: kør udbetalingen for at sende den, ikke manuelt
payouts-error-line-paid = linje nr. { $line } er allerede betalt
payouts-error-line-bank = linje nr. { $line } betales via bank: markér den som betalt, når banken har sendt den
payouts-error-line-held = linje nr. { $line } er tilbageholdt: { $coop } har ingen bankoplysninger, så den kan ikke betales endnu. Dens administratorer er bedt om at tilføje dem.
payouts-error-run-holds = intet mere at udbetale i { $currency }: udbetalingskørsel nr. { $run } ({ status-run }) rummer allerede det skyldige
payouts-error-nothing-owed = intet at udbetale i { $currency }: intet kooperativ har mindst { $minimum } til gode
payouts-error-balance-large = { $account } rummer { $balance }, for meget til at udbetale i én kørsel
payouts-error-run-stale = Udbetalingskørsel nr. { $run } er forældet: siden den blev udarbejdet, har refusioner sænket det skyldige, og den ville udbetale mere end det, der skyldes nu ({ $lines }). Den kan ikke godkendes, eksporteres eller betales; udarbejd den igen for at betale det, der skyldes i dag.
payouts-stale-line = linje nr. { $line } ({ $coop }) med { $over }
payouts-error-sepa-empty = der er intet at overføre
payouts-error-sepa-euro = SEPA-overførsler er i EUR, ikke i { $currency }
payouts-error-sepa-positive = hver SEPA-overførsel skal være positiv, og { $amount } er ikke
