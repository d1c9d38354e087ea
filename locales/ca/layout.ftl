# El marc de les pàgines: capçalera, navegació, selector d'idioma, peu.
language-self-name = Català
nav-main = Principal
nav-catalog = Catàleg
nav-coops = Cooperatives
nav-pool = Fons comú
nav-orders = Comandes
nav-cart = Cistella
nav-register-coop = Registra una cooperativa
nav-committee = Comitè
nav-notifications = Avisos
nav-notifications-unread = Avisos, { $count } sense llegir
nav-account = Compte
nav-logout = Tanca la sessió
nav-signed-in-as = Sessió iniciada com a { $name }, membre de { $count ->
        [one] { $count } cooperativa
       *[other] { $count } cooperatives
    }
nav-login = Inicia la sessió
nav-register = Registra't
coop-count = { $count ->
        [one] { $count } cooperativa
       *[other] { $count } cooperatives
    }
language-switch-label = Idioma
language-switch-button = Canvia
footer-tagline = cooptrade: comerç entre cooperatives, amb la meitat de cada comissió per al fons comú.
language-changed = Les pàgines ara són en català.
# Between the items of a list inside a message (the lines of a stale payout run, the changes of a cart).
list-separator = {"; "}
# Between the amounts of a sum of several currencies inside a message.
sum-separator = {" + "}
# An amount of money alone (an item of a sum).
money-amount = { $amount }
