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

# Refusals before a page's own checks: who may do what, and forms that could not be read.
# $coop is a co-op's name; $detail is a library's technical description, in English.
error-log-in-first = log ind først
error-committee-only = kun medlemmer af fællesfondens udvalg kan gøre dette
error-not-member = du er ikke medlem af { $coop }
error-admin-only = kun en administrator af { $coop } kan gøre dette
error-csrf = formularens sikkerhedstoken mangler eller er forkert; genindlæs siden, og prøv igen
error-form-type = send formularen som application/x-www-form-urlencoded
error-form-unreadable = formularen kunne ikke læses: { $detail }
error-form-malformed = fejlformet formular: { $detail }
error-upload-unreadable = den uploadede fil kunne ikke læses: { $detail }
error-import-no-file = vælg en CSV- eller ZIP-fil at importere
error-terms-malformed = de accepterede betingelser er fejlformede
# $value is the language code that was sent.
error-no-such-language = sproget findes ikke: { $value }
# The page of an address that leads nowhere.
error-no-page = Der er ingen side på denne adresse.
# A list's page parameters; $max is the most items one page holds.
error-per-page = per_page skal være et helt tal fra 1 til { $max }
error-cursor = denne markør kommer ikke fra en side; start forfra fra første side
# A word in an address that names none of the choices; $value is what was sent. The choices
# are codes and stay as they are.
error-unknown-choice = { $kind ->
        [order-state] ukendt ordrestatus '{ $value }'
        [listing-status] '{ $value }' er ikke en status: brug draft, active, paused eller archived
       *[photo-move] '{ $value }' er ikke en flytning (up, down eller cover)
    }
# Alt texts sent with photos; $photos is how many photos were sent, $count how many alt texts.
error-photo-alts = giv én alternativ tekst, eller én pr. foto ({ $photos ->
        [one] { $photos } foto
       *[other] { $photos } fotos
    }, { $count ->
        [one] { $count } alternativ tekst
       *[other] { $count } alternative tekster
    })
