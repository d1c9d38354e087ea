# The page frame: header, navigation, language switch, footer.
language-self-name = English
nav-main = Main
nav-catalog = Catalog
nav-coops = Co-ops
nav-pool = Common pool
nav-orders = Orders
nav-cart = Cart
nav-register-coop = Register a co-op
nav-committee = Committee
nav-notifications = Notifications
nav-notifications-unread = Notifications, { $count } unread
nav-account = Account
nav-logout = Log out
# Tooltip of "Log out".
nav-signed-in-as = Signed in as { $name }, member of { $count ->
        [one] { $count } co-op
       *[other] { $count } co-ops
    }
nav-login = Log in
nav-register = Register
coop-count = { $count ->
        [one] { $count } co-op
       *[other] { $count } co-ops
    }
language-switch-label = Language
language-switch-button = Change
footer-tagline = cooptrade: trade between co-operatives, with half of every fee going to the common pool.
language-changed = The pages are now in English.
# Between the items of a list inside a message (the lines of a stale payout run, the changes of a cart).
list-separator = {"; "}
# Between the amounts of a sum of several currencies inside a message.
sum-separator = {" + "}
# An amount of money alone (an item of a sum).
money-amount = { $amount }
