# El catálogo público: búsqueda, filtros, fichas y página de una oferta.
catalog-title = Catálogo
catalog-search = Buscar
catalog-search-hint = productos o cooperativas; se perdona una errata
catalog-filters = Filtros
catalog-category-label = Categoría
catalog-all-categories = Todas las categorías
catalog-origin-country = País de origen
catalog-all-countries = Todos los países
catalog-certification = Certificación
catalog-certification-hint = ecológico, comercio justo, ...
catalog-currency = Moneda
catalog-all-currencies = Todas las monedas
catalog-min-price = Precio mínimo
catalog-max-price = Precio máximo
catalog-seller = Vendedor
catalog-all-sellers = Todos los vendedores
catalog-in-stock-only = Solo con existencias
catalog-sort = Ordenar por
catalog-sort-by = { $sort ->
        [price] Precio
        [name] Nombre
       *[newest] Más recientes
    }
catalog-search-button = Buscar
catalog-clear = Borrar
catalog-no-match = Ninguna oferta coincide.
catalog-out-of-stock = agotado
catalog-pages = Páginas
catalog-previous = ← Anterior
catalog-next = Siguiente →
catalog-page = Página { $page }
catalog-price-per = { $price } / { $unit }
catalog-sold-by = { $price } por { $unit } · vendido por { $seller }
catalog-origin = Origen
catalog-in-stock = En existencias
catalog-min-order = Pedido mínimo
catalog-lead-time = Plazo de entrega
catalog-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
catalog-certifications = Certificaciones
catalog-no-certification = ninguna
catalog-sku = Referencia
catalog-edit-listing = Editar esta oferta
catalog-login-to-order = { $login } como miembro de una cooperativa compradora para hacer un pedido.
catalog-unit = { $unit ->
        [kg] kg
        [g] g
        [t] t
        [l] l
        [ml] ml
        [box] caja
        [dozen] docena
        [bag] saco
        [bottle] botella
        [crate] cajón
        [pack] paquete
       *[piece] unidad
    }
catalog-listing-status = { $status ->
        [draft] borrador
        [paused] en pausa
        [archived] archivada
       *[active] activa
    }
catalog-category = { $slug ->
        [fruit-vegetables] Frutas y verduras
        [coffee-cocoa-tea] Café, cacao y té
        [grains-pulses] Cereales y legumbres
        [dairy-eggs] Lácteos y huevos
        [fish-seafood] Pescado y marisco
        [processed-food] Alimentos elaborados
        [crafts-textiles] Artesanía y textiles
       *[other] Otros
    }
catalog-certification-name = { $name ->
        [organic] ecológico
        [fairtrade] comercio justo
       *[other] { $name }
    }
catalog-error-currency-needed = elige una moneda para filtrar por precio
catalog-error-negative = un precio no puede ser negativo
catalog-error-too-large = el precio es demasiado alto
catalog-error-seller = el vendedor es un identificador de cooperativa
catalog-error-page = la página es un número del 1 al 10000
catalog-error-not-a-number = «{ $value }» no es un número
catalog-error-category = «{ $value }» no es una categoría
# An amount of goods with its unit: "1 box", "3 boxes", "12.5 kg". $quantity is the number as written, $count the same number (for the plural), $unit the unit's code.
unit-amount = { $unit ->
        [kg] { $quantity } kg
        [g] { $quantity } g
        [t] { $quantity } t
        [l] { $quantity } l
        [ml] { $quantity } ml
        [box] { $count ->
            [one] { $quantity } caja
           *[other] { $quantity } cajas
        }
        [dozen] { $count ->
            [one] { $quantity } docena
           *[other] { $quantity } docenas
        }
        [bag] { $count ->
            [one] { $quantity } saco
           *[other] { $quantity } sacos
        }
        [bottle] { $count ->
            [one] { $quantity } botella
           *[other] { $quantity } botellas
        }
        [crate] { $count ->
            [one] { $quantity } cajón
           *[other] { $quantity } cajones
        }
        [pack] { $count ->
            [one] { $quantity } paquete
           *[other] { $quantity } paquetes
        }
       *[piece] { $count ->
            [one] { $quantity } unidad
           *[other] { $quantity } unidades
        }
    }
catalog-error-sort = «{ $value }» no es un orden: use newest, price o name
catalog-error-per-page = per_page es un número del 1 al { $max }
