# Sidernes ramme: sidehoved, navigation, sprogvalg, sidefod.
language-self-name = Dansk
nav-main = Hovedmenu
nav-catalog = Katalog
nav-coops = Kooperativer
nav-pool = Fællespulje
nav-orders = Ordrer
nav-cart = Kurv
nav-register-coop = Registrér et kooperativ
nav-committee = Udvalg
nav-notifications = Beskeder
nav-notifications-unread = Beskeder, { $count } ulæste
nav-account = Konto
nav-logout = Log ud
nav-signed-in-as = Logget ind som { $name }, medlem af { $count ->
        [one] { $count } kooperativ
       *[other] { $count } kooperativer
    }
nav-login = Log ind
nav-register = Opret konto
coop-count = { $count ->
        [one] { $count } kooperativ
       *[other] { $count } kooperativer
    }
language-switch-label = Sprog
language-switch-button = Skift
footer-tagline = cooptrade: handel mellem kooperativer, hvor halvdelen af hvert gebyr går til fællespuljen.
language-changed = Siderne er nu på dansk.
# Between the items of a list inside a message (the lines of a stale payout run, the changes of a cart).
list-separator = {"; "}
# Between the amounts of a sum of several currencies inside a message.
sum-separator = {" + "}
# An amount of money alone (an item of a sum).
money-amount = { $amount }
