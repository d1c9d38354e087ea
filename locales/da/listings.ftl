# Et producentkooperativs egne varer: listen, formularen, CSV-import, billeder.
listings-title = Varer
listings-of = Varer fra { $coop }
listings-new = Ny vare
listings-import-csv = Importér CSV
listings-export-csv = Eksportér CSV
listings-field-title = Titel
listings-price = Pris
listings-stock = Lager
listings-status = Status
listings-actions = Handlinger
listings-edit = Redigér
listings-action = { $action ->
        [publish] Offentliggør
        [pause] Sæt på pause
        [archive] Arkivér
       *[delete] Slet
    }
listings-edit-title = Redigér { $title }
listings-sku-hint = Din egen kode, entydig i dit kooperativ
listings-description = Beskrivelse
listings-unit = Enhed
listings-price-per-unit = Pris pr. enhed
listings-price-hint = i { $currency }
listings-stock-hint = op til 3 decimaler for vejede varer
listings-stock-available = Lager til rådighed
listings-stock-available-hint = kan bestilles nu, ud over { $reserved } reserveret i åbne ordrer; ordrer ændrer det hele tiden, og det gemmes kun, hvis du ændrer denne værdi
listings-country-hint = ISO-kode, f.eks. TG
listings-origin-region = Oprindelsesregion
listings-certifications-hint = organic; fairtrade; alt andet, adskilt med ;
listings-lead-time-days = Leveringstid (dage)
listings-save = Gem
listings-flash-created = { $title } er udbudt.
listings-flash-saved = { $title } er gemt.
listings-flash-status = { $title } er nu { $status }.
listings-flash-deleted = { $title } er slettet.
listings-flash-imported = Importeret: { $created } oprettet, { $updated } opdateret, { $unchanged } uændret{ $photos ->
        [0] .
        [one] ; { $photos } billede tilføjet.
       *[other] ; { $photos } billeder tilføjet.
    }
listings-import-title = Importér varer
listings-import-heading = Importér varer fra CSV
listings-import-columns = Kolonner: { $columns }. Rækker matches på varenummer: nye varenumre oprettes, eksisterende opdateres. Er en række forkert, importeres intet.
listings-import-photos = Vil du have billeder med, så upload en ZIP med CSV-filen og billedfilerne: angiv en rækkes filer i en kolonne { $photos } (adskilt med ;) og beskriv dem i en kolonne { $alt }.
listings-import-failed = Intet blev importeret: ret { $count ->
        [one] dette problem
       *[other] disse { $count } problemer
    } og prøv igen.
listings-import-row = Række
listings-import-column = Kolonne
listings-import-problem = Problem
listings-import-file = CSV- eller ZIP-fil
listings-import-button = Importér
photos-heading = Billeder ({ $count } af { $max })
photos-cover-note = Det første billede er forsidebilledet i kataloget.
photos-cover = forside
photos-make-cover = Gør til forside
photos-move-up = Flyt op
photos-move-down = Flyt ned
photos-delete = Slet
photos-add = Tilføj billeder
photos-add-hint = JPEG, PNG eller WebP, op til 15 MB og 50 megapixel hver; { $room ->
        [one] ét mere
       *[other] op til { $room } mere
    }.
photos-alt = Alternativ tekst
photos-alt-hint = Hvad billederne viser, læst op for dem, der ikke kan se dem.
photos-upload = Upload
photos-thumbs = Billeder
photos-number = Billede { $number }
photos-flash-added = { $count ->
        [one] { $count } billede tilføjet.
       *[other] { $count } billeder tilføjet.
    }
photos-flash-cover = Forsidebilledet er ændret.
photos-flash-moved = Billedet er flyttet.
photos-flash-deleted = Billedet er slettet.
photos-logo = Logo
photos-no-logo = Intet logo endnu.
photos-logo-replace = Udskift logoet
photos-logo-upload = Upload et logo
photos-logo-hint = JPEG, PNG eller WebP, op til 15 MB; et kvadratisk billede ser bedst ud.
photos-logo-save = Gem logo
photos-logo-remove = Fjern logoet
photos-flash-logo-saved = Logoet er gemt.
photos-flash-logo-removed = Logoet er fjernet.
listings-error-sku-empty = angiv et varenummer
listings-error-sku-long = varenummeret er længere end 64 tegn
listings-error-sku-chars = brug kun bogstaver, tal og - _ . /
listings-error-title-empty = angiv en titel
listings-error-title-long = titlen er længere end 200 tegn
listings-error-description-long = beskrivelsen er længere end 5000 tegn
listings-error-price-zero = prisen skal være over nul
listings-error-min-order-zero = mindste bestilling skal være over nul
listings-error-lead-time = leveringstiden er et helt antal dage fra 0 til 365
listings-error-stock-negative = lageret må ikke være negativt
listings-error-decimals = brug højst 3 decimaler
listings-error-country = "{ $value }" er ikke en ISO 3166-landekode (f.eks. TG, DK, JP)
photos-error-none = vælg mindst ét billede
photos-error-alt-empty = beskriv billedet for dem, der ikke kan se det (alternativ tekst)
photos-error-alt-long = hold den alternative tekst på højst 250 tegn
photos-error-no-logo = vælg et billede til logoet
photos-error-too-many = vælg højst { $value } billeder
# Quantity errors; $max is the largest quantity allowed.
quantity-negative = mængden må ikke være negativ
quantity-too-large = mængden må højst være { $max }
listings-error-certification-long = “{ $value }” er længere end 40 tegn
listings-error-region-long = regionen er længere end 100 tegn
listings-error-unit = “{ $value }” er ikke en enhed: brug en af { $units }
# A photo file refused; $file is its name.
photo-error-empty = { $file } er tom
photo-error-too-large = { $file } er større end 15 MB ({ $bytes } byte)
photo-error-not-image = { $file } er ikke et JPEG-, PNG- eller WebP-billede
photo-error-format = { $file } er et { $format }-billede; kun JPEG, PNG og WebP accepteres
photo-error-truncated = { $file } er afkortet: filen slutter før billedet
photo-error-polyglot = { $file } har andre data efter billedets slutning (en polyglot-fil)
photo-error-damaged = { $file } er beskadiget: { $detail }
photo-error-pixels = { $file } er { $width } × { $height } pixel; højst 50 megapixel og 20.000 pixel pr. side accepteres
photo-error-memory = { $file } ville kræve mere hukommelse at afkode end tilladt (256 MB)
photo-error-encoding = { $file } kunne ikke kodes: { $detail }
# The listings import (CSV or ZIP): what is wrong with the file or a row.
zip-error-unreadable = ZIP-filen kan ikke læses som ZIP: { $detail }
zip-error-entries = ZIP-filen indeholder { $count } elementer; højst { $max } accepteres
zip-error-damaged = ZIP-filen er beskadiget: { $detail }
zip-error-path = { $file } har en sti, der går uden for ZIP-filens mappe (“..” eller en absolut sti)
zip-error-total = med { $file } fylder ZIP-filens filer mere end { $mb } MB ukomprimeret
zip-error-no-csv = ZIP-filen indeholder ingen CSV-fil
zip-error-many-csv = ZIP-filen indeholder { $count } CSV-filer ({ $names }); læg kun én
zip-error-missing = { $file } er ikke i ZIP-filen
zip-error-file-large = { $file } er større end { $mb } MB
zip-error-file-unreadable = { $file } kan ikke læses: { $detail }
zip-error-encrypted = { $file } er krypteret
zip-error-method = { $file } er komprimeret med en anden metode end deflate
import-error-photos-need-zip = fotos kommer i en ZIP-fil med denne CSV og billederne
import-error-header = overskriften kan ikke læses: { $detail }
import-error-row = rækken kan ikke læses: { $detail }
import-error-sku-twice = varenummer { $sku } står to gange i filen
import-error-unknown-column = ukendt kolonne; forventet { $columns }
import-error-missing-column = kolonnen mangler
import-error-archived = varen { $sku } er arkiveret og kan ikke ændres
import-error-photos-many = nævner { $count } fotos; en vare har højst { $max }
import-error-photos-full = varen { $sku } har { $count } fotos; med disse ville den få flere end { $max }

# Refusals the store returns as codes.
listings-error-archived-edit = en arkiveret annonce kan ikke redigeres
listings-error-archived = annoncen er arkiveret
listings-error-ordered-draft = en annonce, der er bestilt, kan ikke blive kladde igen
listings-error-ordered-delete = denne annonce er bestilt, så den kan kun arkiveres
listings-error-delete-draft = kun en kladde kan slettes; sæt annoncen på pause eller arkivér den i stedet
listings-error-stock = ikke nok på lager
import-error-sku-race = en annonce med et af disse varenumre er lige oprettet; importér igen
listings-error-sku-taken = dette kooperativ har allerede en annonce med dette varenummer
listings-error-photos-many = en annonce har højst { $max } billeder; denne har { $existing }, så tilføj højst { $left }
listings-error-photo-twice = billede { $photo } er allerede på denne annonce
listings-error-photo-move = "{ $value }" er ikke en flytning (up, down eller cover)
listings-error-photo-order = { $count ->
        [one] angiv annoncens billede én gang
       *[other] angiv hvert af annoncens { $count } billeder én gang, forsidebilledet først
    }
