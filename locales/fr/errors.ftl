# Pages d’erreur, titrées selon le genre d’erreur.
error-title = { $kind ->
        [forbidden] Vous n’avez pas accès à cette page
        [not-found] Introuvable
        [conflict] Impossible pour le moment
        [server] Un problème est survenu
       *[other] Cela n’a pas fonctionné
    }
error-back = Revenir là où vous étiez
error-back-or-start = ou { $start }
error-start-page = la page d’accueil
error-back-to-start = Revenir à la page d’accueil
error-internal = Un problème est survenu de notre côté ; il a été consigné.
error-not-found = { $what ->
        [listing] Cette annonce n’existe pas.
        [co-op] Cette coopérative n’existe pas.
        [photo] Cette photo n’existe pas.
        [invitation] Cette invitation n’existe pas.
        [order] Cette commande n’existe pas.
        [checkout] Ce paiement n’existe pas.
        [member] Ce membre n’existe pas.
        [user] Cette personne n’existe pas.
        [spending-proposal] Cette proposition de dépense n’existe pas.
        [payout-run] Ce lot de versements n’existe pas.
        [payout-line] Cette ligne de versement n’existe pas.
        [action] Cette action n’existe pas.
        [cart-line] Cette ligne du panier n’existe pas.
        [session] Cette session n’existe pas.
        [token] Ce jeton n’existe pas.
        [webhook-endpoint] Ce point d’entrée de webhook n’existe pas.
       *[other] Cette page n’existe pas.
    }
error-forbidden-order = Cette commande concerne d’autres coopératives.
error-no-such-user = aucune personne n’est inscrite sous « { $value } »
error-fee-rate = le taux de commission est un pourcentage de 0 à 20 avec deux décimales au plus, pas « { $value } »
error-unknown-currency = « { $value } » n’est pas une devise connue de la place de marché
error-amount-positive = le montant doit être supérieur à zéro
error-title-empty = donnez un titre à la dépense
error-purpose-empty = dites à quoi servira l’argent
error-recipient = choisissez une coopérative admise pour recevoir l’argent
error-reason-needed = un rejet doit être motivé
error-already-approved = vous avez déjà approuvé
error-conflict-of-interest = vous appartenez à une coopérative qui reçoit de l’argent ici, vous ne pouvez donc pas voter
error-already-decided = c’est déjà décidé ({ $value ->
        [approved] approuvé
        [rejected] rejeté
       *[other] { $value }
    })
error-statement-empty = écrivez ce qui s’est passé
error-statement-long = tenez-vous-en à 4 000 caractères (celle-ci en compte { $value })
error-too-large = la requête dépasse la taille permise
# An amount that could not be read; $value is what was typed.
error-money-not-number = « { $value } » n’est pas un nombre
# $currency is an ISO code; $count the decimals it allows.
error-money-decimals = { $count ->
        [0] { $currency } n’a pas de décimales
        [one] { $currency } permet au plus { $count } décimale
       *[other] { $currency } permet au plus { $count } décimales
    }
error-money-too-large = montant trop grand
# The account page's refusals.
error-current-password = ce n’est pas votre mot de passe actuel
error-email-same = c’est déjà votre adresse

# Refusals the store returns as codes.
error-amount-at-most = { $what ->
        [price] le prix
        [refund] un remboursement
       *[spending] une dépense
    } ne peut pas dépasser { $max }
error-order-total-over = le total de la commande ne peut pas dépasser { $max } ; répartissez-la en plusieurs commandes
error-order-total-zero = le total de la commande doit valoir au moins la plus petite unité ({ $min }) ; commandez davantage

# Refusals before a page's own checks: who may do what, and forms that could not be read.
# $coop is a co-op's name; $detail is a library's technical description, in English.
error-log-in-first = connectez-vous d’abord
error-committee-only = seuls les membres du comité du fonds commun peuvent faire cela
error-not-member = vous n’êtes pas membre de { $coop }
error-admin-only = seul un administrateur de { $coop } peut faire cela
error-csrf = le jeton de sécurité du formulaire manque ou est erroné ; rechargez la page et réessayez
error-form-type = envoyez le formulaire en application/x-www-form-urlencoded
error-form-unreadable = impossible de lire le formulaire : { $detail }
error-form-malformed = formulaire mal formé : { $detail }
error-upload-unreadable = impossible de lire le fichier envoyé : { $detail }
error-import-no-file = choisissez un fichier CSV ou ZIP à importer
error-terms-malformed = les conditions acceptées sont mal formées
# $value is the language code that was sent.
error-no-such-language = langue inconnue : { $value }
# The page of an address that leads nowhere.
error-no-page = Il n’y a pas de page à cette adresse.
# A list's page parameters; $max is the most items one page holds.
error-per-page = per_page doit être un nombre entier de 1 à { $max }
error-cursor = ce curseur ne vient d’aucune page ; recommencez à la première page
# A word in an address that names none of the choices; $value is what was sent. The choices
# are codes and stay as they are.
error-unknown-choice = { $kind ->
        [order-state] état de commande inconnu : « { $value } »
        [listing-status] « { $value } » n’est pas un statut : utilisez draft, active, paused ou archived
       *[photo-move] « { $value } » n’est pas un déplacement (up, down ou cover)
    }
# Alt texts sent with photos; $photos is how many photos were sent, $count how many alt texts.
error-photo-alts = donnez un seul texte alternatif, ou un par photo ({ $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }, { $count ->
        [one] { $count } texte alternatif
       *[other] { $count } textes alternatifs
    })
