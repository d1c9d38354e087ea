# Le offerte di una cooperativa di produttori: l'elenco, il modulo, l'importazione CSV, le foto.
listings-title = Offerte
listings-of = Offerte di { $coop }
listings-new = Nuova offerta
listings-import-csv = Importa CSV
listings-export-csv = Esporta CSV
listings-field-title = Titolo
listings-price = Prezzo
listings-stock = Scorte
listings-status = Stato
listings-actions = Azioni
listings-edit = Modifica
listings-action = { $action ->
        [publish] Pubblica
        [pause] Sospendi
        [archive] Archivia
       *[delete] Elimina
    }
listings-edit-title = Modifica { $title }
listings-sku-hint = Il tuo codice, unico nella tua cooperativa
listings-description = Descrizione
listings-unit = Unità
listings-price-per-unit = Prezzo per unità
listings-price-hint = in { $currency }
listings-stock-hint = fino a 3 decimali per i prodotti a peso
listings-stock-available = Scorte disponibili
listings-stock-available-hint = ordinabili ora, oltre a { $reserved } riservate negli ordini aperti; gli ordini le cambiano di continuo, e vengono salvate solo se cambi questo valore
listings-country-hint = codice ISO, ad es. TG
listings-origin-region = Regione d'origine
listings-certifications-hint = organic; fairtrade; qualsiasi altra, separate da ;
listings-lead-time-days = Tempi di consegna (giorni)
listings-save = Salva
listings-flash-created = { $title } è pubblicata.
listings-flash-saved = { $title } è salvata.
listings-flash-status = { $title } ora è { $status }.
listings-flash-deleted = { $title } è eliminata.
listings-flash-imported = Importazione: { $created } create, { $updated } aggiornate, { $unchanged } invariate{ $photos ->
        [0] .
        [one] ; { $photos } foto aggiunta.
       *[other] ; { $photos } foto aggiunte.
    }
listings-import-title = Importa offerte
listings-import-heading = Importa offerte da un CSV
listings-import-columns = Colonne: { $columns }. Le righe sono abbinate per codice articolo: i codici nuovi vengono creati, quelli esistenti aggiornati. Se una riga è sbagliata, non viene importato nulla.
listings-import-photos = Per aggiungere foto, carica uno ZIP con il CSV e le immagini: indica i file di ogni riga in una colonna { $photos } (separati da ;) e descrivili in una colonna { $alt }.
listings-import-failed = Non è stato importato nulla: correggi { $count ->
        [one] questo problema
       *[other] questi { $count } problemi
    } e riprova.
listings-import-row = Riga
listings-import-column = Colonna
listings-import-problem = Problema
listings-import-file = File CSV o ZIP
listings-import-button = Importa
photos-heading = Foto ({ $count } di { $max })
photos-cover-note = La prima foto è la copertina mostrata nel catalogo.
photos-cover = copertina
photos-make-cover = Usa come copertina
photos-move-up = Sposta su
photos-move-down = Sposta giù
photos-delete = Elimina
photos-add = Aggiungi foto
photos-add-hint = JPEG, PNG o WebP, fino a 15 MB e 50 megapixel ciascuna; { $room ->
        [one] ancora una
       *[other] ancora { $room } al massimo
    }.
photos-alt = Testo alternativo
photos-alt-hint = Ciò che mostrano le foto, letto a chi non può vederle.
photos-upload = Carica
photos-thumbs = Foto
photos-number = Foto { $number }
photos-flash-added = { $count ->
        [one] { $count } foto aggiunta.
       *[other] { $count } foto aggiunte.
    }
photos-flash-cover = La foto di copertina è cambiata.
photos-flash-moved = Foto spostata.
photos-flash-deleted = Foto eliminata.
photos-logo = Logo
photos-no-logo = Ancora nessun logo.
photos-logo-replace = Sostituisci il logo
photos-logo-upload = Carica un logo
photos-logo-hint = JPEG, PNG o WebP, fino a 15 MB; un'immagine quadrata rende meglio.
photos-logo-save = Salva il logo
photos-logo-remove = Rimuovi il logo
photos-flash-logo-saved = Il logo è salvato.
photos-flash-logo-removed = Il logo è rimosso.
listings-error-sku-empty = inserisci un codice articolo
listings-error-sku-long = il codice articolo supera i 64 caratteri
listings-error-sku-chars = usa solo lettere, cifre e - _ . /
listings-error-title-empty = inserisci un titolo
listings-error-title-long = il titolo supera i 200 caratteri
listings-error-description-long = la descrizione supera i 5000 caratteri
listings-error-price-zero = il prezzo deve essere maggiore di zero
listings-error-min-order-zero = l'ordine minimo deve essere maggiore di zero
listings-error-lead-time = i tempi di consegna sono un numero intero di giorni, da 0 a 365
listings-error-stock-negative = le scorte non possono essere negative
listings-error-decimals = usa al massimo 3 decimali
listings-error-country = «{ $value }» non è un codice paese ISO 3166 (ad es. TG, DK, JP)
photos-error-none = scegli almeno una foto
photos-error-alt-empty = descrivi la foto per chi non può vederla (testo alternativo)
photos-error-alt-long = limita il testo alternativo a 250 caratteri
photos-error-no-logo = scegli un'immagine per il logo
photos-error-too-many = scegli al massimo { $value } foto
# Quantity errors; $max is the largest quantity allowed.
quantity-negative = la quantità non può essere negativa
quantity-too-large = la quantità non può superare { $max }
listings-error-certification-long = «{ $value }» supera i 40 caratteri
listings-error-region-long = la regione supera i 100 caratteri
listings-error-unit = «{ $value }» non è un’unità: usa una tra { $units }
# A photo file refused; $file is its name.
photo-error-empty = { $file } è vuoto
photo-error-too-large = { $file } supera i 15 MB ({ $bytes } byte)
photo-error-not-image = { $file } non è un’immagine JPEG, PNG o WebP
photo-error-format = { $file } è un’immagine { $format }; si accettano solo JPEG, PNG e WebP
photo-error-truncated = { $file } è troncato: il file finisce prima dell’immagine
photo-error-polyglot = { $file } contiene altri dati dopo la fine dell’immagine (un file poliglotta)
photo-error-damaged = { $file } è danneggiato: { $detail }
photo-error-pixels = { $file } misura { $width } × { $height } pixel; si accettano al massimo 50 megapixel e 20.000 pixel per lato
photo-error-memory = { $file } richiederebbe più memoria di quella consentita per la decodifica (256 MB)
photo-error-encoding = impossibile codificare { $file }: { $detail }
# The listings import (CSV or ZIP): what is wrong with the file or a row.
zip-error-unreadable = lo ZIP non è un file ZIP leggibile: { $detail }
zip-error-entries = lo ZIP contiene { $count } elementi; se ne accettano al massimo { $max }
zip-error-damaged = lo ZIP è danneggiato: { $detail }
zip-error-path = { $file } ha un percorso che esce dalla cartella dello ZIP («..» o un percorso assoluto)
zip-error-total = con { $file } i file dello ZIP superano { $mb } MB non compressi
zip-error-no-csv = lo ZIP non contiene alcun file CSV
zip-error-many-csv = lo ZIP contiene { $count } file CSV ({ $names }); mettetene uno solo
zip-error-missing = { $file } non è nello ZIP
zip-error-file-large = { $file } supera i { $mb } MB
zip-error-file-unreadable = impossibile leggere { $file }: { $detail }
zip-error-encrypted = { $file } è cifrato
zip-error-method = { $file } è compresso con un metodo diverso da deflate
import-error-photos-need-zip = le foto si importano in un file ZIP che contiene questo CSV e le immagini
import-error-header = intestazione illeggibile: { $detail }
import-error-row = riga illeggibile: { $detail }
import-error-sku-twice = il codice { $sku } compare due volte nel file
import-error-unknown-column = colonna sconosciuta; attese: { $columns }
import-error-missing-column = colonna mancante
import-error-archived = il prodotto { $sku } è archiviato e non si può modificare
import-error-photos-many = indica { $count } foto; un prodotto ne ha al massimo { $max }
import-error-photos-full = il prodotto { $sku } ha { $count } foto; con queste ne avrebbe più di { $max }

# Refusals the store returns as codes.
listings-error-archived-edit = un annuncio archiviato non si può modificare
listings-error-archived = l’annuncio è archiviato
listings-error-ordered-draft = un annuncio già ordinato non può tornare bozza
listings-error-ordered-delete = questo annuncio è stato ordinato, quindi si può solo archiviare
listings-error-delete-draft = solo una bozza si può eliminare; metti in pausa o archivia questo annuncio
listings-error-stock = scorte insufficienti
import-error-sku-race = è appena stato creato un annuncio con uno di questi codici; importa di nuovo
listings-error-sku-taken = questa cooperativa ha già un annuncio con questo codice
listings-error-photos-many = un annuncio ha al massimo { $max } foto; questo ne ha { $existing }, quindi aggiungine al massimo { $left }
listings-error-photo-twice = la foto { $photo } è già in questo annuncio
listings-error-photo-move = «{ $value }» non è uno spostamento (up, down o cover)
listings-error-photo-order = { $count ->
        [one] indica una volta la foto dell’annuncio
       *[other] indica una volta ciascuna delle { $count } foto dell’annuncio, la copertina per prima
    }
