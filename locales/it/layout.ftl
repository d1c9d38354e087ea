# La cornice delle pagine: intestazione, navigazione, scelta della lingua, piè di pagina.
language-self-name = Italiano
nav-main = Principale
nav-catalog = Catalogo
nav-coops = Cooperative
nav-pool = Fondo comune
nav-orders = Ordini
nav-cart = Carrello
nav-register-coop = Registra una cooperativa
nav-committee = Comitato
nav-notifications = Notifiche
nav-notifications-unread = Notifiche, { $count } da leggere
nav-account = Account
nav-logout = Esci
nav-signed-in-as = Accesso come { $name }, membro di { $count ->
        [one] { $count } cooperativa
        [many] { $count } di cooperative
       *[other] { $count } cooperative
    }
nav-login = Accedi
nav-register = Registrati
coop-count = { $count ->
        [one] { $count } cooperativa
        [many] { $count } di cooperative
       *[other] { $count } cooperative
    }
language-switch-label = Lingua
language-switch-button = Cambia
footer-tagline = cooptrade: commercio tra cooperative, con metà di ogni commissione destinata al fondo comune.
language-changed = Le pagine ora sono in italiano.
# Between the items of a list inside a message (the lines of a stale payout run, the changes of a cart).
list-separator = {"; "}
# Between the amounts of a sum of several currencies inside a message.
sum-separator = {" + "}
# An amount of money alone (an item of a sum).
money-amount = { $amount }
