# Le cadre des pages : en-tête, navigation, choix de la langue, pied de page.
language-self-name = Français
nav-main = Principal
nav-catalog = Catalogue
nav-coops = Coopératives
nav-pool = Fonds commun
nav-orders = Commandes
nav-cart = Panier
nav-register-coop = Inscrire une coopérative
nav-committee = Comité
nav-notifications = Notifications
nav-notifications-unread = Notifications, { $count } non lues
nav-account = Compte
nav-logout = Se déconnecter
nav-signed-in-as = Connecté·e en tant que { $name }, membre de { $count ->
        [one] { $count } coopérative
        [many] { $count } de coopératives
       *[other] { $count } coopératives
    }
nav-login = Se connecter
nav-register = S’inscrire
coop-count = { $count ->
        [one] { $count } coopérative
        [many] { $count } de coopératives
       *[other] { $count } coopératives
    }
language-switch-label = Langue
language-switch-button = Changer
footer-tagline = cooptrade : le commerce entre coopératives, où la moitié de chaque commission va au fonds commun.
language-changed = Les pages sont désormais en français.
# Between the items of a list inside a message (the lines of a stale payout run, the changes of a cart).
list-separator = {" ; "}
# Between the amounts of a sum of several currencies inside a message.
sum-separator = {" + "}
# An amount of money alone (an item of a sum).
money-amount = { $amount }
