# El catàleg públic: cerca, filtres, fitxes i pàgina d'una oferta.
catalog-title = Catàleg
catalog-search = Cerca
catalog-search-hint = productes o cooperatives; es perdona una errada
catalog-filters = Filtres
catalog-category-label = Categoria
catalog-all-categories = Totes les categories
catalog-origin-country = País d'origen
catalog-all-countries = Tots els països
catalog-certification = Certificació
catalog-certification-hint = ecològic, comerç just, ...
catalog-currency = Moneda
catalog-all-currencies = Totes les monedes
catalog-min-price = Preu mínim
catalog-max-price = Preu màxim
catalog-seller = Venedor
catalog-all-sellers = Tots els venedors
catalog-in-stock-only = Només amb existències
catalog-sort = Ordena per
catalog-sort-by = { $sort ->
        [price] Preu
        [name] Nom
       *[newest] Més recents
    }
catalog-search-button = Cerca
catalog-clear = Esborra
catalog-no-match = Cap oferta no coincideix.
catalog-out-of-stock = esgotat
catalog-pages = Pàgines
catalog-previous = ← Anterior
catalog-next = Següent →
catalog-page = Pàgina { $page }
catalog-price-per = { $price } / { $unit }
catalog-sold-by = { $price } per { $unit } · venut per { $seller }
catalog-origin = Origen
catalog-in-stock = En existències
catalog-min-order = Comanda mínima
catalog-lead-time = Termini de lliurament
catalog-days = { $days ->
        [one] { $days } dia
       *[other] { $days } dies
    }
catalog-certifications = Certificacions
catalog-no-certification = cap
catalog-sku = Referència
catalog-edit-listing = Edita aquesta oferta
catalog-login-to-order = { $login } com a membre d'una cooperativa compradora per fer una comanda.
catalog-unit = { $unit ->
        [kg] kg
        [g] g
        [t] t
        [l] l
        [ml] ml
        [box] capsa
        [dozen] dotzena
        [bag] sac
        [bottle] ampolla
        [crate] caixa
        [pack] paquet
       *[piece] unitat
    }
catalog-listing-status = { $status ->
        [draft] esborrany
        [paused] en pausa
        [archived] arxivada
       *[active] activa
    }
catalog-category = { $slug ->
        [fruit-vegetables] Fruita i verdura
        [coffee-cocoa-tea] Cafè, cacau i te
        [grains-pulses] Cereals i llegums
        [dairy-eggs] Làctics i ous
        [fish-seafood] Peix i marisc
        [processed-food] Aliments elaborats
        [crafts-textiles] Artesania i tèxtil
       *[other] Altres
    }
catalog-certification-name = { $name ->
        [organic] ecològic
        [fairtrade] comerç just
       *[other] { $name }
    }
catalog-error-currency-needed = tria una moneda per filtrar per preu
catalog-error-negative = un preu no pot ser negatiu
catalog-error-too-large = el preu és massa alt
catalog-error-seller = el venedor és un identificador de cooperativa
catalog-error-page = la pàgina és un nombre de l'1 al 10000
catalog-error-not-a-number = «{ $value }» no és un nombre
catalog-error-category = «{ $value }» no és una categoria
# An amount of goods with its unit: "1 box", "3 boxes", "12.5 kg". $quantity is the number as written, $count the same number (for the plural), $unit the unit's code.
unit-amount = { $unit ->
        [kg] { $quantity } kg
        [g] { $quantity } g
        [t] { $quantity } t
        [l] { $quantity } l
        [ml] { $quantity } ml
        [box] { $count ->
            [one] { $quantity } capsa
           *[other] { $quantity } capses
        }
        [dozen] { $count ->
            [one] { $quantity } dotzena
           *[other] { $quantity } dotzenes
        }
        [bag] { $count ->
            [one] { $quantity } sac
           *[other] { $quantity } sacs
        }
        [bottle] { $count ->
            [one] { $quantity } ampolla
           *[other] { $quantity } ampolles
        }
        [crate] { $count ->
            [one] { $quantity } caixa
           *[other] { $quantity } caixes
        }
        [pack] { $count ->
            [one] { $quantity } paquet
           *[other] { $quantity } paquets
        }
       *[piece] { $count ->
            [one] { $quantity } unitat
           *[other] { $quantity } unitats
        }
    }
catalog-error-sort = «{ $value }» no és un ordre: feu servir newest, price o name
catalog-error-per-page = per_page és un nombre de l’1 al { $max }
