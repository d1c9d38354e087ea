# El marco de las páginas: cabecera, navegación, selector de idioma, pie.
language-self-name = Español
nav-main = Principal
nav-catalog = Catálogo
nav-coops = Cooperativas
nav-pool = Fondo común
nav-orders = Pedidos
nav-cart = Carrito
nav-register-coop = Registrar una cooperativa
nav-committee = Comité
nav-notifications = Avisos
nav-notifications-unread = Avisos, { $count } sin leer
nav-account = Cuenta
nav-logout = Cerrar sesión
nav-signed-in-as = Sesión iniciada como { $name }, miembro de { $count ->
        [one] { $count } cooperativa
        [many] { $count } de cooperativas
       *[other] { $count } cooperativas
    }
nav-login = Iniciar sesión
nav-register = Registrarse
coop-count = { $count ->
        [one] { $count } cooperativa
        [many] { $count } de cooperativas
       *[other] { $count } cooperativas
    }
language-switch-label = Idioma
language-switch-button = Cambiar
footer-tagline = cooptrade: comercio entre cooperativas, con la mitad de cada comisión para el fondo común.
language-changed = Las páginas ahora están en español.
# Between the items of a list inside a message (the lines of a stale payout run, the changes of a cart).
list-separator = {"; "}
# Between the amounts of a sum of several currencies inside a message.
sum-separator = {" + "}
# An amount of money alone (an item of a sum).
money-amount = { $amount }
