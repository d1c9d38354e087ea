# Det offentlige katalog: søgning, filtre, kort og en varens side.
catalog-title = Katalog
catalog-search = Søg
catalog-search-hint = varer eller kooperativer; en tastefejl tilgives
catalog-filters = Filtre
catalog-category-label = Kategori
catalog-all-categories = Alle kategorier
catalog-origin-country = Oprindelsesland
catalog-all-countries = Alle lande
catalog-certification = Certificering
catalog-certification-hint = økologisk, fairtrade, ...
catalog-currency = Valuta
catalog-all-currencies = Alle valutaer
catalog-min-price = Laveste pris
catalog-max-price = Højeste pris
catalog-seller = Sælger
catalog-all-sellers = Alle sælgere
catalog-in-stock-only = Kun på lager
catalog-sort = Sortér efter
catalog-sort-by = { $sort ->
        [price] Pris
        [name] Navn
       *[newest] Nyeste
    }
catalog-search-button = Søg
catalog-clear = Ryd
catalog-no-match = Ingen varer passer.
catalog-out-of-stock = udsolgt
catalog-pages = Sider
catalog-previous = ← Forrige
catalog-next = Næste →
catalog-page = Side { $page }
catalog-price-per = { $price } / { $unit }
catalog-sold-by = { $price } pr. { $unit } · sælges af { $seller }
catalog-origin = Oprindelse
catalog-in-stock = På lager
catalog-min-order = Mindste bestilling
catalog-lead-time = Leveringstid
catalog-days = { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    }
catalog-certifications = Certificeringer
catalog-no-certification = ingen
catalog-sku = Varenummer
catalog-edit-listing = Redigér denne vare
catalog-login-to-order = { $login } som medlem af et købende kooperativ for at bestille.
catalog-unit = { $unit ->
        [kg] kg
        [g] g
        [t] t
        [l] l
        [ml] ml
        [box] æske
        [dozen] dusin
        [bag] sæk
        [bottle] flaske
        [crate] kasse
        [pack] pakke
       *[piece] stk.
    }
catalog-listing-status = { $status ->
        [draft] kladde
        [paused] sat på pause
        [archived] arkiveret
       *[active] aktiv
    }
catalog-category = { $slug ->
        [fruit-vegetables] Frugt og grønt
        [coffee-cocoa-tea] Kaffe, kakao og te
        [grains-pulses] Korn og bælgfrugter
        [dairy-eggs] Mejeri og æg
        [fish-seafood] Fisk og skaldyr
        [processed-food] Forarbejdede fødevarer
        [crafts-textiles] Håndværk og tekstiler
       *[other] Andet
    }
catalog-certification-name = { $name ->
        [organic] økologisk
        [fairtrade] fairtrade
       *[other] { $name }
    }
catalog-error-currency-needed = vælg en valuta for at filtrere på pris
catalog-error-negative = en pris kan ikke være negativ
catalog-error-too-large = prisen er for høj
catalog-error-seller = sælger er et kooperativ-id
catalog-error-page = siden er et tal fra 1 til 10000
catalog-error-not-a-number = "{ $value }" er ikke et tal
catalog-error-category = "{ $value }" er ikke en kategori
# An amount of goods with its unit: "1 box", "3 boxes", "12.5 kg". $quantity is the number as written, $count the same number (for the plural), $unit the unit's code.
unit-amount = { $unit ->
        [kg] { $quantity } kg
        [g] { $quantity } g
        [t] { $quantity } t
        [l] { $quantity } l
        [ml] { $quantity } ml
        [box] { $count ->
            [one] { $quantity } æske
           *[other] { $quantity } æsker
        }
        [dozen] { $count ->
            [one] { $quantity } dusin
           *[other] { $quantity } dusin
        }
        [bag] { $count ->
            [one] { $quantity } sæk
           *[other] { $quantity } sække
        }
        [bottle] { $count ->
            [one] { $quantity } flaske
           *[other] { $quantity } flasker
        }
        [crate] { $count ->
            [one] { $quantity } kasse
           *[other] { $quantity } kasser
        }
        [pack] { $count ->
            [one] { $quantity } pakke
           *[other] { $quantity } pakker
        }
       *[piece] { $count ->
            [one] { $quantity } stk.
           *[other] { $quantity } stk.
        }
    }
catalog-error-sort = "{ $value }" er ikke en sortering: brug newest, price eller name
catalog-error-per-page = per_page er et tal fra 1 til { $max }
