# La pàgina de la cistella, el formulari «Afegeix a la cistella» d'una oferta i la comanda.
cart-title = Cistella
cart-buying-for = Compra per a
cart-empty = La teva cistella és buida.
cart-browse = Mira el catàleg
cart-item = Article
cart-unit-price = Preu unitari
cart-quantity = Quantitat
# Un preu unitari: «12,50 EUR / kg».
cart-per-unit = { $price } / { $unit }
cart-total = Total
cart-subtotal = Subtotal
cart-update = Actualitza
cart-remove = Treu
cart-check-out = Fes la comanda
cart-one-order-per-seller = Cada venedor rep la seva pròpia comanda.
cart-delivery-address = Adreça de lliurament
cart-note = Nota per als venedors
cart-place-orders = Fes les comandes
cart-terms-changed = Els preus han canviat des que els vas afegir
cart-terms-changed-explained = Les línies marcades a dalt han canviat. No es demana res en condicions que no hagis vist: accepta les noves condicions per fer la comanda o canvia la cistella.
cart-accept-terms = Accepta les noves condicions
# El formulari «Afegeix a la cistella» a la pàgina d'una oferta.
cart-quantity-in = Quantitat ({ $unit })
cart-add = Afegeix a la cistella
# Missatges després d'una acció.
cart-added = Afegit a la cistella.
cart-updated = Cistella actualitzada.
cart-removed = Tret de la cistella.
cart-terms-accepted = Noves condicions acceptades. Revisa la cistella i fes les comandes.
cart-placed = { $count ->
        [one] 1 comanda feta: { $ids }.
       *[other] { $count } comandes fetes: { $ids }.
    }
# El que ha canviat en una línia des que va entrar a la cistella.
cart-change-price = Canvi: el preu era { $was }, ara és { $now }.
cart-change-minimum = Canvi: la comanda mínima era { $was }, ara és { $now }.
cart-change-not-for-sale = Canvi: ja no està a la venda.
cart-change-short = Canvi: només en queden { $left }.
# Errors al costat d'una quantitat.
cart-quantity-negative = Escriu una quantitat de 0 o més.
cart-quantity-decimals = Fes servir com a màxim 3 decimals.
cart-quantity-too-large = Escriu com a màxim { $max }.
cart-quantity-zero = Escriu una quantitat més gran que 0.
cart-quantity-minimum = Demana'n com a mínim { $min }.
cart-quantity-stock = Només n'hi ha { $stock } en estoc.
cart-not-for-sale = «{ $title }» no està a la venda ara mateix.
cart-own-listing = És una oferta de la teva pròpia cooperativa.
# A sobre de la cistella quan la comanda no s'ha pogut fer tal com és.
cart-cannot-place = No s'ha demanat res: les línies marcades a sota han canviat. Canvia la cistella, o accepta les noves condicions, i torna a fer les comandes.
# An error page: the co-op chosen is not one the viewer buys for.
cart-not-your-coop = No compres per a aquesta cooperativa.
cart-no-buying-coop = Cap de les teves cooperatives és un comprador admès.
cart-added-by = Afegit per
cart-changed-by = canviat per { $name }
cart-line-gone = aquesta línia l’acaba de treure o demanar un altre membre: no s’ha canviat res
cart-error-stale = la cistella de la vostra cooperativa ha canviat des que aquesta pàgina la va mostrar; no s’ha fet cap comanda: reviseu la cistella de sota i torneu a fer les comandes
cart-error-stale-by = la cistella de la vostra cooperativa ha canviat des que aquesta pàgina la va mostrar (darrer canvi de { $name }); no s’ha fet cap comanda: reviseu la cistella de sota i torneu a fer les comandes
cart-error-taken = la cistella de la vostra cooperativa ha canviat mentre fèieu la comanda: reviseu-la i torneu a fer les comandes
