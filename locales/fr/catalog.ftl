# Le catalogue public : recherche, filtres, fiches et page d'une offre.
catalog-title = Catalogue
catalog-search = Rechercher
catalog-search-hint = produits ou coopératives ; une faute de frappe est pardonnée
catalog-filters = Filtres
catalog-category-label = Catégorie
catalog-all-categories = Toutes les catégories
catalog-origin-country = Pays d'origine
catalog-all-countries = Tous les pays
catalog-certification = Certification
catalog-certification-hint = bio, équitable, ...
catalog-currency = Monnaie
catalog-all-currencies = Toutes les monnaies
catalog-min-price = Prix minimum
catalog-max-price = Prix maximum
catalog-seller = Vendeur
catalog-all-sellers = Tous les vendeurs
catalog-in-stock-only = En stock seulement
catalog-sort = Trier par
catalog-sort-by = { $sort ->
        [price] Prix
        [name] Nom
       *[newest] Plus récentes
    }
catalog-search-button = Rechercher
catalog-clear = Effacer
catalog-no-match = Aucune offre ne correspond.
catalog-out-of-stock = épuisé
catalog-pages = Pages
catalog-previous = ← Précédente
catalog-next = Suivante →
catalog-page = Page { $page }
catalog-price-per = { $price } / { $unit }
catalog-sold-by = { $price } le { $unit } · vendu par { $seller }
catalog-origin = Origine
catalog-in-stock = En stock
catalog-min-order = Commande minimum
catalog-lead-time = Délai
catalog-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
catalog-certifications = Certifications
catalog-no-certification = aucune
catalog-sku = Référence
catalog-edit-listing = Modifier cette offre
catalog-login-to-order = { $login } en tant que membre d'une coopérative acheteuse pour commander.
catalog-unit = { $unit ->
        [kg] kg
        [g] g
        [t] t
        [l] l
        [ml] ml
        [box] boîte
        [dozen] douzaine
        [bag] sac
        [bottle] bouteille
        [crate] caisse
        [pack] paquet
       *[piece] pièce
    }
catalog-listing-status = { $status ->
        [draft] brouillon
        [paused] en pause
        [archived] archivée
       *[active] active
    }
catalog-category = { $slug ->
        [fruit-vegetables] Fruits et légumes
        [coffee-cocoa-tea] Café, cacao et thé
        [grains-pulses] Céréales et légumineuses
        [dairy-eggs] Produits laitiers et œufs
        [fish-seafood] Poissons et fruits de mer
        [processed-food] Produits transformés
        [crafts-textiles] Artisanat et textiles
       *[other] Autre
    }
catalog-certification-name = { $name ->
        [organic] bio
        [fairtrade] équitable
       *[other] { $name }
    }
catalog-error-currency-needed = choisissez une monnaie pour filtrer par prix
catalog-error-negative = un prix ne peut pas être négatif
catalog-error-too-large = le prix est trop élevé
catalog-error-seller = le vendeur est un identifiant de coopérative
catalog-error-page = la page est un nombre de 1 à 10000
catalog-error-not-a-number = « { $value } » n'est pas un nombre
catalog-error-category = « { $value } » n'est pas une catégorie
# An amount of goods with its unit: "1 box", "3 boxes", "12.5 kg". $quantity is the number as written, $count the same number (for the plural), $unit the unit's code.
unit-amount = { $unit ->
        [kg] { $quantity } kg
        [g] { $quantity } g
        [t] { $quantity } t
        [l] { $quantity } l
        [ml] { $quantity } ml
        [box] { $count ->
            [one] { $quantity } boîte
           *[other] { $quantity } boîtes
        }
        [dozen] { $count ->
            [one] { $quantity } douzaine
           *[other] { $quantity } douzaines
        }
        [bag] { $count ->
            [one] { $quantity } sac
           *[other] { $quantity } sacs
        }
        [bottle] { $count ->
            [one] { $quantity } bouteille
           *[other] { $quantity } bouteilles
        }
        [crate] { $count ->
            [one] { $quantity } caisse
           *[other] { $quantity } caisses
        }
        [pack] { $count ->
            [one] { $quantity } paquet
           *[other] { $quantity } paquets
        }
       *[piece] { $count ->
            [one] { $quantity } pièce
           *[other] { $quantity } pièces
        }
    }
catalog-error-sort = « { $value } » n’est pas un ordre de tri : utilisez newest, price ou name
catalog-error-per-page = per_page est un nombre de 1 à { $max }
