# Il catalogo pubblico: ricerca, filtri, schede e pagina di un'offerta.
catalog-title = Catalogo
catalog-search = Cerca
catalog-search-hint = prodotti o cooperative; un errore di battitura è perdonato
catalog-filters = Filtri
catalog-category-label = Categoria
catalog-all-categories = Tutte le categorie
catalog-origin-country = Paese d'origine
catalog-all-countries = Tutti i paesi
catalog-certification = Certificazione
catalog-certification-hint = biologico, equo e solidale, ...
catalog-currency = Valuta
catalog-all-currencies = Tutte le valute
catalog-min-price = Prezzo minimo
catalog-max-price = Prezzo massimo
catalog-seller = Venditore
catalog-all-sellers = Tutti i venditori
catalog-in-stock-only = Solo disponibili
catalog-sort = Ordina per
catalog-sort-by = { $sort ->
        [price] Prezzo
        [name] Nome
       *[newest] Più recenti
    }
catalog-search-button = Cerca
catalog-clear = Azzera
catalog-no-match = Nessuna offerta corrisponde.
catalog-out-of-stock = esaurito
catalog-pages = Pagine
catalog-previous = ← Precedente
catalog-next = Successiva →
catalog-page = Pagina { $page }
catalog-price-per = { $price } / { $unit }
catalog-sold-by = { $price } al { $unit } · venduto da { $seller }
catalog-origin = Origine
catalog-in-stock = Disponibili
catalog-min-order = Ordine minimo
catalog-lead-time = Tempi di consegna
catalog-days = { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }
catalog-certifications = Certificazioni
catalog-no-certification = nessuna
catalog-sku = Codice articolo
catalog-edit-listing = Modifica questa offerta
catalog-login-to-order = { $login } come membro di una cooperativa acquirente per ordinare.
catalog-unit = { $unit ->
        [kg] kg
        [g] g
        [t] t
        [l] l
        [ml] ml
        [box] scatola
        [dozen] dozzina
        [bag] sacco
        [bottle] bottiglia
        [crate] cassa
        [pack] confezione
       *[piece] pezzo
    }
catalog-listing-status = { $status ->
        [draft] bozza
        [paused] in pausa
        [archived] archiviata
       *[active] attiva
    }
catalog-category = { $slug ->
        [fruit-vegetables] Frutta e verdura
        [coffee-cocoa-tea] Caffè, cacao e tè
        [grains-pulses] Cereali e legumi
        [dairy-eggs] Latticini e uova
        [fish-seafood] Pesce e frutti di mare
        [processed-food] Alimenti trasformati
        [crafts-textiles] Artigianato e tessili
       *[other] Altro
    }
catalog-certification-name = { $name ->
        [organic] biologico
        [fairtrade] equo e solidale
       *[other] { $name }
    }
catalog-error-currency-needed = scegli una valuta per filtrare per prezzo
catalog-error-negative = un prezzo non può essere negativo
catalog-error-too-large = il prezzo è troppo alto
catalog-error-seller = il venditore è un identificativo di cooperativa
catalog-error-page = la pagina è un numero da 1 a 10000
catalog-error-not-a-number = «{ $value }» non è un numero
catalog-error-category = «{ $value }» non è una categoria
# An amount of goods with its unit: "1 box", "3 boxes", "12.5 kg". $quantity is the number as written, $count the same number (for the plural), $unit the unit's code.
unit-amount = { $unit ->
        [kg] { $quantity } kg
        [g] { $quantity } g
        [t] { $quantity } t
        [l] { $quantity } l
        [ml] { $quantity } ml
        [box] { $count ->
            [one] { $quantity } scatola
           *[other] { $quantity } scatole
        }
        [dozen] { $count ->
            [one] { $quantity } dozzina
           *[other] { $quantity } dozzine
        }
        [bag] { $count ->
            [one] { $quantity } sacco
           *[other] { $quantity } sacchi
        }
        [bottle] { $count ->
            [one] { $quantity } bottiglia
           *[other] { $quantity } bottiglie
        }
        [crate] { $count ->
            [one] { $quantity } cassa
           *[other] { $quantity } casse
        }
        [pack] { $count ->
            [one] { $quantity } confezione
           *[other] { $quantity } confezioni
        }
       *[piece] { $count ->
            [one] { $quantity } pezzo
           *[other] { $quantity } pezzi
        }
    }
catalog-error-sort = «{ $value }» non è un ordinamento: usa newest, price o name
catalog-error-per-page = per_page è un numero da 1 a { $max }
