# Fejlsider, med titel efter fejlens art.
error-title = { $kind ->
        [forbidden] Det har du ikke adgang til
        [not-found] Ikke fundet
        [conflict] Ikke muligt lige nu
        [server] Noget gik galt
       *[other] Det virkede ikke
    }
error-back = Tilbage til hvor du var
error-back-or-start = eller { $start }
error-start-page = forsiden
error-back-to-start = Tilbage til forsiden
error-internal = Noget gik galt hos os; det er blevet logget.
error-not-found = { $what ->
        [listing] Denne vare findes ikke.
        [co-op] Dette kooperativ findes ikke.
        [photo] Dette foto findes ikke.
        [invitation] Denne invitation findes ikke.
        [order] Denne ordre findes ikke.
        [checkout] Denne betaling findes ikke.
        [member] Dette medlem findes ikke.
        [user] Denne bruger findes ikke.
        [spending-proposal] Dette udgiftsforslag findes ikke.
        [payout-run] Denne udbetalingskørsel findes ikke.
        [payout-line] Denne udbetalingslinje findes ikke.
        [action] Denne handling findes ikke.
        [cart-line] Denne kurvlinje findes ikke.
        [session] Denne session findes ikke.
        [token] Dette token findes ikke.
        [webhook-endpoint] Dette webhook-endepunkt findes ikke.
       *[other] Denne side findes ikke.
    }
error-forbidden-order = Denne ordre er mellem andre kooperativer.
error-no-such-user = ingen bruger er registreret som »{ $value }«
error-fee-rate = gebyrsatsen er en procentsats fra 0 til 20 med højst to decimaler, ikke »{ $value }«
error-unknown-currency = »{ $value }« er ikke en valuta, markedspladsen kender
error-amount-positive = beløbet skal være større end nul
error-title-empty = giv udgiften en titel
error-purpose-empty = skriv, hvad pengene skal bruges til
error-recipient = vælg et optaget kooperativ til at modtage pengene
error-reason-needed = en afvisning kræver en begrundelse
error-already-approved = du har allerede godkendt dette
error-conflict-of-interest = du hører til et kooperativ, der modtager penge her, så du kan ikke stemme om det
error-already-decided = det er allerede afgjort ({ $value ->
        [approved] godkendt
        [rejected] afvist
       *[other] { $value }
    })
error-statement-empty = skriv, hvad der skete
error-statement-long = hold dig til 4.000 tegn (denne har { $value })
error-too-large = forespørgslen er større end grænsen
# An amount that could not be read; $value is what was typed.
error-money-not-number = “{ $value }” er ikke et tal
# $currency is an ISO code; $count the decimals it allows.
error-money-decimals = { $count ->
        [0] { $currency } har ingen decimaler
        [one] { $currency } tillader højst { $count } decimal
       *[other] { $currency } tillader højst { $count } decimaler
    }
error-money-too-large = beløbet er for stort
# The account page's refusals.
error-current-password = det er ikke din nuværende adgangskode
error-email-same = det er allerede din adresse

# Refusals the store returns as codes.
error-amount-at-most = { $what ->
        [price] prisen
        [refund] en refundering
       *[spending] en udgift
    } må højst være { $max }
error-order-total-over = ordrens total må højst være { $max }; del den op i flere ordrer
error-order-total-zero = ordrens total skal være mindst den mindste enhed ({ $min }); bestil mere
