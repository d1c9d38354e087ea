# Kurvens side, formularen "Læg i kurven" på et tilbud, og bestillingen.
cart-title = Kurv
cart-buying-for = Køber for
cart-empty = Din kurv er tom.
cart-browse = Se kataloget
cart-item = Vare
cart-unit-price = Stykpris
cart-quantity = Mængde
# En stykpris: "12,50 EUR / kg".
cart-per-unit = { $price } / { $unit }
cart-total = I alt
cart-subtotal = Subtotal
cart-update = Opdater
cart-remove = Fjern
cart-check-out = Bestil
cart-one-order-per-seller = Hver sælger får sin egen ordre.
cart-delivery-address = Leveringsadresse
cart-note = Besked til sælgerne
cart-place-orders = Afgiv ordrerne
cart-terms-changed = Priserne er ændret, siden du lagde varerne i kurven
cart-terms-changed-explained = Linjerne markeret ovenfor er ændret. Intet bestilles på vilkår, du ikke har set: accepter de nye vilkår for at bestille, eller ret din kurv.
cart-accept-terms = Accepter de nye vilkår
# Formularen "Læg i kurven" på et tilbuds side.
cart-quantity-in = Mængde ({ $unit })
cart-add = Læg i kurven
# Beskeder efter en handling.
cart-added = Lagt i din kurv.
cart-updated = Kurven er opdateret.
cart-removed = Fjernet fra din kurv.
cart-terms-accepted = De nye vilkår er accepteret. Tjek kurven, og afgiv ordrerne.
cart-placed = { $count ->
        [one] 1 ordre afgivet: { $ids }.
       *[other] { $count } ordrer afgivet: { $ids }.
    }
# Hvad der er ændret på en linje, siden den kom i kurven.
cart-change-price = Ændret: prisen var { $was }, nu { $now }.
cart-change-minimum = Ændret: mindstekøbet var { $was }, nu { $now }.
cart-change-not-for-sale = Ændret: sælges ikke længere.
cart-change-short = Ændret: kun { $left } tilbage.
# Fejl ved en mængde.
cart-quantity-negative = Skriv en mængde på 0 eller mere.
cart-quantity-decimals = Brug højst 3 decimaler.
cart-quantity-too-large = Skriv højst { $max }.
cart-quantity-zero = Skriv en mængde over 0.
cart-quantity-minimum = Bestil mindst { $min }.
cart-quantity-stock = Kun { $stock } på lager.
cart-not-for-sale = "{ $title }" sælges ikke lige nu.
cart-own-listing = Det er din egen andelsforenings tilbud.
# Over kurven, når bestillingen ikke kunne afgives, som den er.
cart-cannot-place = Intet blev bestilt: linjerne markeret nedenfor er ændret. Ret kurven, eller accepter de nye vilkår, og afgiv ordrerne igen.
# An error page: the co-op chosen is not one the viewer buys for.
cart-not-your-coop = Du køber ikke for denne andelsforening.
cart-no-buying-coop = Ingen af dine andelsforeninger er en optaget køber.
cart-added-by = Tilføjet af
cart-changed-by = ændret af { $name }
cart-line-gone = den linje er lige fjernet eller bestilt af et andet medlem: intet blev ændret
cart-error-stale = jeres kooperativs kurv er ændret, siden denne side viste den; intet blev bestilt: gennemgå kurven nedenfor, og afgiv ordrerne igen
cart-error-stale-by = jeres kooperativs kurv er ændret, siden denne side viste den (senest ændret af { $name }); intet blev bestilt: gennemgå kurven nedenfor, og afgiv ordrerne igen
cart-error-taken = jeres kooperativs kurv blev ændret, mens du bestilte: gennemgå den, og afgiv ordrerne igen
