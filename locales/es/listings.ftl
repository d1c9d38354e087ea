# Las ofertas de una cooperativa productora: la lista, el formulario, la importación CSV, las fotos.
listings-title = Ofertas
listings-of = Ofertas de { $coop }
listings-new = Nueva oferta
listings-import-csv = Importar CSV
listings-export-csv = Exportar CSV
listings-field-title = Título
listings-price = Precio
listings-stock = Existencias
listings-status = Estado
listings-actions = Acciones
listings-edit = Editar
listings-action = { $action ->
        [publish] Publicar
        [pause] Pausar
        [archive] Archivar
       *[delete] Eliminar
    }
listings-edit-title = Editar { $title }
listings-sku-hint = Tu propio código, único en tu cooperativa
listings-description = Descripción
listings-unit = Unidad
listings-price-per-unit = Precio por unidad
listings-price-hint = en { $currency }
listings-stock-hint = hasta 3 decimales para productos a peso
listings-stock-available = Existencias disponibles
listings-stock-available-hint = disponibles para pedir ahora, además de { $reserved } reservadas en pedidos abiertos; los pedidos las cambian continuamente, y solo se guardan si cambias este valor
listings-country-hint = código ISO, p. ej. TG
listings-origin-region = Región de origen
listings-certifications-hint = organic; fairtrade; cualquier otra, separadas por ;
listings-lead-time-days = Plazo de entrega (días)
listings-save = Guardar
listings-flash-created = { $title } está publicada.
listings-flash-saved = { $title } se ha guardado.
listings-flash-status = { $title } ahora está { $status }.
listings-flash-deleted = { $title } se ha eliminado.
listings-flash-imported = Importación: { $created } creadas, { $updated } actualizadas, { $unchanged } sin cambios{ $photos ->
        [0] .
        [one] ; { $photos } foto añadida.
       *[other] ; { $photos } fotos añadidas.
    }
listings-import-title = Importar ofertas
listings-import-heading = Importar ofertas desde un CSV
listings-import-columns = Columnas: { $columns }. Las filas se emparejan por referencia: las referencias nuevas se crean y las existentes se actualizan. Si alguna fila es incorrecta, no se importa nada.
listings-import-photos = Para añadir fotos, sube un ZIP con el CSV y las imágenes: nombra los archivos de cada fila en una columna { $photos } (separados por ;) y descríbelos en una columna { $alt }.
listings-import-failed = No se ha importado nada: corrige { $count ->
        [one] este problema
       *[other] estos { $count } problemas
    } y vuelve a intentarlo.
listings-import-row = Fila
listings-import-column = Columna
listings-import-problem = Problema
listings-import-file = Archivo CSV o ZIP
listings-import-button = Importar
photos-heading = Fotos ({ $count } de { $max })
photos-cover-note = La primera foto es la portada que se muestra en el catálogo.
photos-cover = portada
photos-make-cover = Usar como portada
photos-move-up = Subir
photos-move-down = Bajar
photos-delete = Eliminar
photos-add = Añadir fotos
photos-add-hint = JPEG, PNG o WebP, hasta 15 MB y 50 megapíxeles cada una; { $room ->
        [one] una más
       *[other] hasta { $room } más
    }.
photos-alt = Texto alternativo
photos-alt-hint = Lo que muestran las fotos, leído a quienes no pueden verlas.
photos-upload = Subir
photos-thumbs = Fotos
photos-number = Foto { $number }
photos-flash-added = { $count ->
        [one] { $count } foto añadida.
       *[other] { $count } fotos añadidas.
    }
photos-flash-cover = Se ha cambiado la foto de portada.
photos-flash-moved = Foto movida.
photos-flash-deleted = Foto eliminada.
photos-logo = Logotipo
photos-no-logo = Todavía no hay logotipo.
photos-logo-replace = Reemplazar el logotipo
photos-logo-upload = Subir un logotipo
photos-logo-hint = JPEG, PNG o WebP, hasta 15 MB; una imagen cuadrada queda mejor.
photos-logo-save = Guardar el logotipo
photos-logo-remove = Quitar el logotipo
photos-flash-logo-saved = El logotipo se ha guardado.
photos-flash-logo-removed = El logotipo se ha quitado.
listings-error-sku-empty = escribe una referencia
listings-error-sku-long = la referencia supera los 64 caracteres
listings-error-sku-chars = usa solo letras, cifras y - _ . /
listings-error-title-empty = escribe un título
listings-error-title-long = el título supera los 200 caracteres
listings-error-description-long = la descripción supera los 5000 caracteres
listings-error-price-zero = el precio debe ser mayor que cero
listings-error-min-order-zero = el pedido mínimo debe ser mayor que cero
listings-error-lead-time = el plazo es un número entero de días, de 0 a 365
listings-error-stock-negative = las existencias no pueden ser negativas
listings-error-decimals = usa 3 decimales como máximo
listings-error-country = «{ $value }» no es un código de país ISO 3166 (p. ej. TG, DK, JP)
photos-error-none = elige al menos una foto
photos-error-alt-empty = describe la foto para quienes no pueden verla (texto alternativo)
photos-error-alt-long = limita el texto alternativo a 250 caracteres
photos-error-no-logo = elige una imagen para el logotipo
photos-error-too-many = elige { $value } fotos como máximo
# Quantity errors; $max is the largest quantity allowed.
quantity-negative = la cantidad no puede ser negativa
quantity-too-large = la cantidad no puede superar { $max }
listings-error-certification-long = «{ $value }» supera los 40 caracteres
listings-error-region-long = la región supera los 100 caracteres
listings-error-unit = «{ $value }» no es una unidad: use una de { $units }
# A photo file refused; $file is its name.
photo-error-empty = { $file } está vacío
photo-error-too-large = { $file } supera los 15 MB ({ $bytes } bytes)
photo-error-not-image = { $file } no es una imagen JPEG, PNG o WebP
photo-error-format = { $file } es una imagen { $format }; solo se aceptan JPEG, PNG y WebP
photo-error-truncated = { $file } está truncado: el archivo termina antes que la imagen
photo-error-polyglot = { $file } tiene otros datos después del final de la imagen (un archivo políglota)
photo-error-damaged = { $file } está dañado: { $detail }
photo-error-pixels = { $file } mide { $width } × { $height } píxeles; se aceptan como máximo 50 megapíxeles y 20.000 píxeles por lado
photo-error-memory = { $file } necesitaría más memoria de la permitida para decodificarse (256 MB)
photo-error-encoding = { $file } no se pudo codificar: { $detail }
# The listings import (CSV or ZIP): what is wrong with the file or a row.
zip-error-unreadable = el ZIP no es un archivo ZIP legible: { $detail }
zip-error-entries = el ZIP contiene { $count } elementos; se aceptan como máximo { $max }
zip-error-damaged = el ZIP está dañado: { $detail }
zip-error-path = { $file } tiene una ruta que sale de la carpeta del ZIP («..» o una ruta absoluta)
zip-error-total = con { $file }, los archivos del ZIP superan { $mb } MB sin comprimir
zip-error-no-csv = el ZIP no contiene ningún archivo CSV
zip-error-many-csv = el ZIP contiene { $count } archivos CSV ({ $names }); ponga solo uno
zip-error-missing = { $file } no está en el ZIP
zip-error-file-large = { $file } supera los { $mb } MB
zip-error-file-unreadable = no se puede leer { $file }: { $detail }
zip-error-encrypted = { $file } está cifrado
zip-error-method = { $file } está comprimido con un método distinto de deflate
import-error-photos-need-zip = las fotos se importan en un archivo ZIP con este CSV y las imágenes
import-error-header = encabezado ilegible: { $detail }
import-error-row = fila ilegible: { $detail }
import-error-sku-twice = la referencia { $sku } aparece dos veces en el archivo
import-error-unknown-column = columna desconocida; se esperaba { $columns }
import-error-missing-column = falta la columna
import-error-archived = el producto { $sku } está archivado y no se puede cambiar
import-error-photos-many = nombra { $count } fotos; un producto tiene como máximo { $max }
import-error-photos-full = el producto { $sku } tiene { $count } fotos; con estas tendría más de { $max }

# Refusals the store returns as codes.
listings-error-archived-edit = un anuncio archivado no se puede editar
listings-error-archived = el anuncio está archivado
listings-error-ordered-draft = un anuncio que ya se pidió no puede volver a borrador
listings-error-ordered-delete = este anuncio ya se ha pedido, así que solo puede archivarse
listings-error-delete-draft = solo se puede eliminar un borrador; pause o archive este anuncio
listings-error-stock = existencias insuficientes
import-error-sku-race = se acaba de crear un anuncio con una de estas referencias; vuelva a importar
listings-error-sku-taken = esta cooperativa ya tiene un anuncio con esta referencia
listings-error-photos-many = un anuncio tiene como máximo { $max } fotos; este tiene { $existing }, así que añada como máximo { $left }
listings-error-photo-twice = la foto { $photo } ya está en este anuncio
listings-error-photo-move = «{ $value }» no es un movimiento (up, down o cover)
listings-error-photo-order = { $count ->
        [one] indique una vez la foto del anuncio
       *[other] indique una vez cada una de las { $count } fotos del anuncio, la portada primero
    }
