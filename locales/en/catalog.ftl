# The public catalog: search, filters, listing cards and a listing's page.
catalog-title = Catalog
catalog-search = Search
catalog-search-hint = goods or co-ops; a typo is forgiven
catalog-filters = Filters
catalog-category-label = Category
catalog-all-categories = All categories
catalog-origin-country = Origin country
catalog-all-countries = All countries
catalog-certification = Certification
catalog-certification-hint = organic, fairtrade, ...
catalog-currency = Currency
catalog-all-currencies = All currencies
catalog-min-price = Lowest price
catalog-max-price = Highest price
catalog-seller = Seller
catalog-all-sellers = All sellers
catalog-in-stock-only = In stock only
catalog-sort = Sort by
catalog-sort-by = { $sort ->
        [price] Price
        [name] Name
       *[newest] Newest
    }
catalog-search-button = Search
catalog-clear = Clear
catalog-no-match = No listing matches.
catalog-out-of-stock = out of stock
catalog-pages = Pages
catalog-previous = ← Previous
catalog-next = Next →
catalog-page = Page { $page }
# A card's price: "EUR 12.50 / kg".
catalog-price-per = { $price } / { $unit }
# A listing's page: "EUR 12.50 per kg · sold by <co-op>"; $seller is the co-op's linked name.
catalog-sold-by = { $price } per { $unit } · sold by { $seller }
catalog-origin = Origin
catalog-in-stock = In stock
catalog-min-order = Minimum order
catalog-lead-time = Lead time
catalog-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
catalog-certifications = Certifications
catalog-no-certification = none
catalog-sku = SKU
catalog-edit-listing = Edit this listing
# $login is the link "Log in".
catalog-login-to-order = { $login } as a member of a buying co-op to order.
catalog-unit = { $unit ->
        [kg] kg
        [g] g
        [t] t
        [l] l
        [ml] ml
        [box] box
        [dozen] dozen
        [bag] bag
        [bottle] bottle
        [crate] crate
        [pack] pack
       *[piece] piece
    }
catalog-listing-status = { $status ->
        [draft] draft
        [paused] paused
        [archived] archived
       *[active] active
    }
catalog-category = { $slug ->
        [fruit-vegetables] Fruit and vegetables
        [coffee-cocoa-tea] Coffee, cocoa and tea
        [grains-pulses] Grains and pulses
        [dairy-eggs] Dairy and eggs
        [fish-seafood] Fish and seafood
        [processed-food] Processed food
        [crafts-textiles] Crafts and textiles
       *[other] Other
    }
# Known certifications are named; any other is shown as the seller wrote it.
catalog-certification-name = { $name ->
        [organic] organic
        [fairtrade] fairtrade
       *[other] { $name }
    }
# Field errors of the catalog's filters.
catalog-error-currency-needed = choose a currency to filter by price
catalog-error-negative = a price cannot be negative
catalog-error-too-large = the price is too large
catalog-error-seller = seller is a co-op id
catalog-error-page = page is a number from 1 to 10000
catalog-error-not-a-number = '{ $value }' is not a number
catalog-error-category = '{ $value }' is not a category
# An amount of goods with its unit: "1 box", "3 boxes", "12.5 kg". $quantity is the number as written, $count the same number (for the plural), $unit the unit's code.
unit-amount = { $unit ->
        [kg] { $quantity } kg
        [g] { $quantity } g
        [t] { $quantity } t
        [l] { $quantity } l
        [ml] { $quantity } ml
        [box] { $count ->
            [one] { $quantity } box
           *[other] { $quantity } boxes
        }
        [dozen] { $count ->
            [one] { $quantity } dozen
           *[other] { $quantity } dozen
        }
        [bag] { $count ->
            [one] { $quantity } bag
           *[other] { $quantity } bags
        }
        [bottle] { $count ->
            [one] { $quantity } bottle
           *[other] { $quantity } bottles
        }
        [crate] { $count ->
            [one] { $quantity } crate
           *[other] { $quantity } crates
        }
        [pack] { $count ->
            [one] { $quantity } pack
           *[other] { $quantity } packs
        }
       *[piece] { $count ->
            [one] { $quantity } piece
           *[other] { $quantity } pieces
        }
    }
catalog-error-sort = '{ $value }' is not a sort order: use newest, price or name
catalog-error-per-page = per_page is a number from 1 to { $max }
