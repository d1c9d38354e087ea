# Les ofertes d'una cooperativa productora: la llista, el formulari, la importació CSV, les fotos.
listings-title = Ofertes
listings-of = Ofertes de { $coop }
listings-new = Oferta nova
listings-import-csv = Importa un CSV
listings-export-csv = Exporta en CSV
listings-field-title = Títol
listings-price = Preu
listings-stock = Existències
listings-status = Estat
listings-actions = Accions
listings-edit = Edita
listings-action = { $action ->
        [publish] Publica
        [pause] Posa en pausa
        [archive] Arxiva
       *[delete] Elimina
    }
listings-edit-title = Edita { $title }
listings-sku-hint = El teu propi codi, únic a la teva cooperativa
listings-description = Descripció
listings-unit = Unitat
listings-price-per-unit = Preu per unitat
listings-price-hint = en { $currency }
listings-stock-hint = fins a 3 decimals per als productes a pes
listings-stock-available = Existències disponibles
listings-stock-available-hint = disponibles per demanar ara, a més de { $reserved } reservades en comandes obertes; les comandes les canvien contínuament, i només es desen si canvies aquest valor
listings-country-hint = codi ISO, p. ex. TG
listings-origin-region = Regió d'origen
listings-certifications-hint = organic; fairtrade; qualsevol altra, separades per ;
listings-lead-time-days = Termini de lliurament (dies)
listings-save = Desa
listings-flash-created = { $title } s'ha publicat.
listings-flash-saved = { $title } s'ha desat.
listings-flash-status = { $title } ara està { $status }.
listings-flash-deleted = { $title } s'ha eliminat.
listings-flash-imported = Importació: { $created } creades, { $updated } actualitzades, { $unchanged } sense canvis{ $photos ->
        [0] .
        [one] ; { $photos } foto afegida.
       *[other] ; { $photos } fotos afegides.
    }
listings-import-title = Importa ofertes
listings-import-heading = Importa ofertes des d'un CSV
listings-import-columns = Columnes: { $columns }. Les files es relacionen per referència: les referències noves es creen i les existents s'actualitzen. Si alguna fila és incorrecta, no s'importa res.
listings-import-photos = Per afegir fotos, puja un ZIP amb el CSV i les imatges: anomena els fitxers de cada fila en una columna { $photos } (separats per ;) i descriu-los en una columna { $alt }.
listings-import-failed = No s'ha importat res: corregeix { $count ->
        [one] aquest problema
       *[other] aquests { $count } problemes
    } i torna-ho a provar.
listings-import-row = Fila
listings-import-column = Columna
listings-import-problem = Problema
listings-import-file = Fitxer CSV o ZIP
listings-import-button = Importa
photos-heading = Fotos ({ $count } de { $max })
photos-cover-note = La primera foto és la portada que es mostra al catàleg.
photos-cover = portada
photos-make-cover = Fes-la portada
photos-move-up = Puja
photos-move-down = Baixa
photos-delete = Elimina
photos-add = Afegeix fotos
photos-add-hint = JPEG, PNG o WebP, fins a 15 MB i 50 megapíxels cadascuna; { $room ->
        [one] una més
       *[other] fins a { $room } més
    }.
photos-alt = Text alternatiu
photos-alt-hint = El que mostren les fotos, llegit a les persones que no les poden veure.
photos-upload = Puja
photos-thumbs = Fotos
photos-number = Foto { $number }
photos-flash-added = { $count ->
        [one] { $count } foto afegida.
       *[other] { $count } fotos afegides.
    }
photos-flash-cover = S'ha canviat la foto de portada.
photos-flash-moved = Foto moguda.
photos-flash-deleted = Foto eliminada.
photos-logo = Logotip
photos-no-logo = Encara no hi ha logotip.
photos-logo-replace = Substitueix el logotip
photos-logo-upload = Puja un logotip
photos-logo-hint = JPEG, PNG o WebP, fins a 15 MB; una imatge quadrada queda millor.
photos-logo-save = Desa el logotip
photos-logo-remove = Treu el logotip
photos-flash-logo-saved = S'ha desat el logotip.
photos-flash-logo-removed = S'ha tret el logotip.
listings-error-sku-empty = escriu una referència
listings-error-sku-long = la referència passa de 64 caràcters
listings-error-sku-chars = fes servir només lletres, xifres i - _ . /
listings-error-title-empty = escriu un títol
listings-error-title-long = el títol passa de 200 caràcters
listings-error-description-long = la descripció passa de 5000 caràcters
listings-error-price-zero = el preu ha de ser més gran que zero
listings-error-min-order-zero = la comanda mínima ha de ser més gran que zero
listings-error-lead-time = el termini és un nombre enter de dies, de 0 a 365
listings-error-stock-negative = les existències no poden ser negatives
listings-error-decimals = fes servir 3 decimals com a màxim
listings-error-country = «{ $value }» no és un codi de país ISO 3166 (p. ex. TG, DK, JP)
photos-error-none = tria almenys una foto
photos-error-alt-empty = descriu la foto per a les persones que no la poden veure (text alternatiu)
photos-error-alt-long = limita el text alternatiu a 250 caràcters
photos-error-no-logo = tria una imatge per al logotip
photos-error-too-many = tria { $value } fotos com a màxim
# Quantity errors; $max is the largest quantity allowed.
quantity-negative = la quantitat no pot ser negativa
quantity-too-large = la quantitat no pot superar { $max }
listings-error-certification-long = «{ $value }» supera els 40 caràcters
listings-error-region-long = la regió supera els 100 caràcters
listings-error-unit = «{ $value }» no és una unitat: feu servir una de { $units }
# A photo file refused; $file is its name.
photo-error-empty = { $file } és buit
photo-error-too-large = { $file } supera els 15 MB ({ $bytes } bytes)
photo-error-not-image = { $file } no és una imatge JPEG, PNG o WebP
photo-error-format = { $file } és una imatge { $format }; només s’accepten JPEG, PNG i WebP
photo-error-truncated = { $file } està truncat: el fitxer acaba abans que la imatge
photo-error-polyglot = { $file } té altres dades després del final de la imatge (un fitxer políglot)
photo-error-damaged = { $file } està malmès: { $detail }
photo-error-pixels = { $file } fa { $width } × { $height } píxels; s’accepten com a màxim 50 megapíxels i 20.000 píxels per costat
photo-error-memory = { $file } necessitaria més memòria de la permesa per descodificar-se (256 MB)
photo-error-encoding = { $file } no s’ha pogut codificar: { $detail }
# The listings import (CSV or ZIP): what is wrong with the file or a row.
zip-error-unreadable = el ZIP no és un fitxer ZIP llegible: { $detail }
zip-error-entries = el ZIP conté { $count } elements; se n’accepten com a màxim { $max }
zip-error-damaged = el ZIP està malmès: { $detail }
zip-error-path = { $file } té un camí que surt de la carpeta del ZIP («..» o un camí absolut)
zip-error-total = amb { $file }, els fitxers del ZIP superen { $mb } MB sense comprimir
zip-error-no-csv = el ZIP no conté cap fitxer CSV
zip-error-many-csv = el ZIP conté { $count } fitxers CSV ({ $names }); poseu-ne només un
zip-error-missing = { $file } no és al ZIP
zip-error-file-large = { $file } supera els { $mb } MB
zip-error-file-unreadable = no es pot llegir { $file }: { $detail }
zip-error-encrypted = { $file } està xifrat
zip-error-method = { $file } està comprimit amb un mètode diferent de deflate
import-error-photos-need-zip = les fotos s’importen en un fitxer ZIP amb aquest CSV i les imatges
import-error-header = capçalera il·legible: { $detail }
import-error-row = fila il·legible: { $detail }
import-error-sku-twice = la referència { $sku } apareix dues vegades al fitxer
import-error-unknown-column = columna desconeguda; s’esperava { $columns }
import-error-missing-column = falta la columna
import-error-archived = el producte { $sku } està arxivat i no es pot canviar
import-error-photos-many = anomena { $count } fotos; un producte en té com a màxim { $max }
import-error-photos-full = el producte { $sku } té { $count } fotos; amb aquestes en tindria més de { $max }

# Refusals the store returns as codes.
listings-error-archived-edit = un anunci arxivat no es pot editar
listings-error-archived = l’anunci està arxivat
listings-error-ordered-draft = un anunci que ja s’ha demanat no pot tornar a esborrany
listings-error-ordered-delete = aquest anunci ja s’ha demanat, així que només es pot arxivar
listings-error-delete-draft = només es pot eliminar un esborrany; poseu en pausa o arxiveu aquest anunci
listings-error-stock = estoc insuficient
import-error-sku-race = s’acaba de crear un anunci amb una d’aquestes referències; torneu a importar
listings-error-sku-taken = aquesta cooperativa ja té un anunci amb aquesta referència
listings-error-photos-many = un anunci té com a màxim { $max } fotos; aquest en té { $existing }, així que afegiu-ne com a màxim { $left }
listings-error-photo-twice = la foto { $photo } ja és en aquest anunci
listings-error-photo-move = «{ $value }» no és un moviment (up, down o cover)
listings-error-photo-order = { $count ->
        [one] indiqueu una vegada la foto de l’anunci
       *[other] indiqueu una vegada cadascuna de les { $count } fotos de l’anunci, la portada primer
    }
