# Pàgines d’error, titulades segons el tipus d’error.
error-title = { $kind ->
        [forbidden] No hi tens accés
        [not-found] No s’ha trobat
        [conflict] Ara no és possible
        [server] Alguna cosa ha anat malament
       *[other] No ha funcionat
    }
error-back = Tornar on eres
error-back-or-start = o a { $start }
error-start-page = la pàgina d’inici
error-back-to-start = Tornar a la pàgina d’inici
error-internal = Alguna cosa ha anat malament per part nostra; s’ha registrat.
error-not-found = { $what ->
        [listing] Aquest producte no existeix.
        [co-op] Aquesta cooperativa no existeix.
        [photo] Aquesta foto no existeix.
        [invitation] Aquesta invitació no existeix.
        [order] Aquesta comanda no existeix.
        [checkout] Aquest pagament no existeix.
        [member] Aquest membre no existeix.
        [user] Aquesta persona no existeix.
        [spending-proposal] Aquesta proposta de despesa no existeix.
        [payout-run] Aquesta tanda de pagaments no existeix.
        [payout-line] Aquesta línia de pagament no existeix.
        [action] Aquesta acció no existeix.
        [cart-line] Aquesta línia de la cistella no existeix.
        [session] Aquesta sessió no existeix.
        [token] Aquest testimoni no existeix.
        [webhook-endpoint] Aquest punt de webhook no existeix.
       *[other] Aquesta pàgina no existeix.
    }
error-forbidden-order = Aquesta comanda és entre altres cooperatives.
error-no-such-user = no hi ha ningú registrat com a «{ $value }»
error-fee-rate = la taxa de comissió és un percentatge de 0 a 20 amb dos decimals com a màxim, no «{ $value }»
error-unknown-currency = «{ $value }» no és una moneda que el mercat conegui
error-amount-positive = l’import ha de ser més gran que zero
error-title-empty = posa un títol a la despesa
error-purpose-empty = digues per a què són els diners
error-recipient = tria una cooperativa admesa que rebi els diners
error-reason-needed = un rebuig necessita un motiu
error-already-approved = ja ho has aprovat
error-conflict-of-interest = pertanys a una cooperativa que rep diners aquí, així que no hi pots votar
error-already-decided = això ja està decidit ({ $value ->
        [approved] aprovat
        [rejected] rebutjat
       *[other] { $value }
    })
error-statement-empty = escriu què ha passat
error-statement-long = no passis de 4.000 caràcters (aquesta en té { $value })
error-too-large = la sol·licitud supera la mida permesa
# An amount that could not be read; $value is what was typed.
error-money-not-number = «{ $value }» no és un nombre
# $currency is an ISO code; $count the decimals it allows.
error-money-decimals = { $count ->
        [0] { $currency } no admet decimals
        [one] { $currency } admet com a màxim { $count } decimal
       *[other] { $currency } admet com a màxim { $count } decimals
    }
error-money-too-large = import massa gran
# The account page's refusals.
error-current-password = aquesta no és la vostra contrasenya actual
error-email-same = aquesta ja és la vostra adreça

# Refusals the store returns as codes.
error-amount-at-most = { $what ->
        [price] el preu
        [refund] un reemborsament
       *[spending] una despesa
    } no pot superar { $max }
error-order-total-over = el total de la comanda no pot superar { $max }; dividiu-la en diverses comandes
error-order-total-zero = el total de la comanda ha de ser com a mínim la unitat més petita ({ $min }); demaneu-ne més

# Refusals before a page's own checks: who may do what, and forms that could not be read.
# $coop is a co-op's name; $detail is a library's technical description, in English.
error-log-in-first = inicia la sessió primer
error-committee-only = només els membres del comitè del fons comú poden fer això
error-not-member = no ets membre de { $coop }
error-admin-only = només un administrador de { $coop } pot fer això
error-csrf = falta el testimoni de seguretat del formulari o no és correcte; torna a carregar la pàgina i torna-ho a provar
error-form-type = envia el formulari com a application/x-www-form-urlencoded
error-form-unreadable = no s'ha pogut llegir el formulari: { $detail }
error-form-malformed = formulari mal format: { $detail }
error-upload-unreadable = no s'ha pogut llegir el fitxer pujat: { $detail }
error-import-no-file = tria un fitxer CSV o ZIP per importar
error-terms-malformed = les condicions acceptades estan mal formades
# $value is the language code that was sent.
error-no-such-language = no existeix aquesta llengua: { $value }
# The page of an address that leads nowhere.
error-no-page = No hi ha cap pàgina en aquesta adreça.
# A list's page parameters; $max is the most items one page holds.
error-per-page = per_page ha de ser un nombre enter de l'1 al { $max }
error-cursor = aquest cursor no prové de cap pàgina; torna a començar des de la primera
# A word in an address that names none of the choices; $value is what was sent. The choices
# are codes and stay as they are.
error-unknown-choice = { $kind ->
        [order-state] estat de comanda desconegut: «{ $value }»
        [listing-status] «{ $value }» no és un estat: fes servir draft, active, paused o archived
       *[photo-move] «{ $value }» no és un moviment (up, down o cover)
    }
# Alt texts sent with photos; $photos is how many photos were sent, $count how many alt texts.
error-photo-alts = dona un sol text alternatiu, o un per foto ({ $photos ->
        [one] { $photos } foto
       *[other] { $photos } fotos
    }, { $count ->
        [one] { $count } text alternatiu
       *[other] { $count } textos alternatius
    })
