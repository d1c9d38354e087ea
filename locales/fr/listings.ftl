# Les offres d'une coopérative de producteurs : la liste, le formulaire, l'import CSV, les photos.
listings-title = Offres
listings-of = Offres de { $coop }
listings-new = Nouvelle offre
listings-import-csv = Importer un CSV
listings-export-csv = Exporter en CSV
listings-field-title = Titre
listings-price = Prix
listings-stock = Stock
listings-status = État
listings-actions = Actions
listings-edit = Modifier
listings-action = { $action ->
        [publish] Publier
        [pause] Mettre en pause
        [archive] Archiver
       *[delete] Supprimer
    }
listings-edit-title = Modifier { $title }
listings-sku-hint = Votre propre code, unique dans votre coopérative
listings-description = Description
listings-unit = Unité
listings-price-per-unit = Prix par unité
listings-price-hint = en { $currency }
listings-stock-hint = jusqu'à 3 décimales pour les produits pesés
listings-stock-available = Stock disponible
listings-stock-available-hint = disponible à la commande maintenant, en plus de { $reserved } réservés par des commandes en cours ; les commandes le modifient sans cesse, et il n'est enregistré que si vous changez cette valeur
listings-country-hint = code ISO, par ex. TG
listings-origin-region = Région d'origine
listings-certifications-hint = organic ; fairtrade ; tout autre, séparés par ;
listings-lead-time-days = Délai (jours)
listings-save = Enregistrer
listings-flash-created = { $title } est en ligne.
listings-flash-saved = { $title } est enregistrée.
listings-flash-status = { $title } est maintenant { $status }.
listings-flash-deleted = { $title } est supprimée.
listings-flash-imported = Import terminé : { $created } créées, { $updated } mises à jour, { $unchanged } inchangées{ $photos ->
        [0] .
        [one] ; { $photos } photo ajoutée.
       *[other] ; { $photos } photos ajoutées.
    }
listings-import-title = Importer des offres
listings-import-heading = Importer des offres depuis un CSV
listings-import-columns = Colonnes : { $columns }. Les lignes sont rapprochées par référence : les nouvelles références sont créées, les existantes mises à jour. Si une ligne est fausse, rien n'est importé.
listings-import-photos = Pour ajouter des photos, envoyez un ZIP contenant le CSV et les images : nommez les fichiers d'une ligne dans une colonne { $photos } (séparés par ;) et décrivez-les dans une colonne { $alt }.
listings-import-failed = Rien n'a été importé : corrigez { $count ->
        [one] ce problème
       *[other] ces { $count } problèmes
    } et réessayez.
listings-import-row = Ligne
listings-import-column = Colonne
listings-import-problem = Problème
listings-import-file = Fichier CSV ou ZIP
listings-import-button = Importer
photos-heading = Photos ({ $count } sur { $max })
photos-cover-note = La première photo est la couverture montrée dans le catalogue.
photos-cover = couverture
photos-make-cover = En faire la couverture
photos-move-up = Monter
photos-move-down = Descendre
photos-delete = Supprimer
photos-add = Ajouter des photos
photos-add-hint = JPEG, PNG ou WebP, jusqu'à 15 Mo et 50 mégapixels chacune ; { $room ->
        [one] encore une
       *[other] encore { $room } au plus
    }.
photos-alt = Texte alternatif
photos-alt-hint = Ce que montrent les photos, lu aux personnes qui ne peuvent pas les voir.
photos-upload = Envoyer
photos-thumbs = Photos
photos-number = Photo { $number }
photos-flash-added = { $count ->
        [one] { $count } photo ajoutée.
       *[other] { $count } photos ajoutées.
    }
photos-flash-cover = La photo de couverture est changée.
photos-flash-moved = Photo déplacée.
photos-flash-deleted = Photo supprimée.
photos-logo = Logo
photos-no-logo = Pas encore de logo.
photos-logo-replace = Remplacer le logo
photos-logo-upload = Envoyer un logo
photos-logo-hint = JPEG, PNG ou WebP, jusqu'à 15 Mo ; une image carrée rend le mieux.
photos-logo-save = Enregistrer le logo
photos-logo-remove = Retirer le logo
photos-flash-logo-saved = Le logo est enregistré.
photos-flash-logo-removed = Le logo est retiré.
listings-error-sku-empty = saisissez une référence
listings-error-sku-long = la référence dépasse 64 caractères
listings-error-sku-chars = utilisez seulement des lettres, des chiffres et - _ . /
listings-error-title-empty = saisissez un titre
listings-error-title-long = le titre dépasse 200 caractères
listings-error-description-long = la description dépasse 5000 caractères
listings-error-price-zero = le prix doit être supérieur à zéro
listings-error-min-order-zero = la commande minimum doit être supérieure à zéro
listings-error-lead-time = le délai est un nombre entier de jours, de 0 à 365
listings-error-stock-negative = le stock ne peut pas être négatif
listings-error-decimals = 3 décimales au plus
listings-error-country = « { $value } » n'est pas un code pays ISO 3166 (par ex. TG, DK, JP)
photos-error-none = choisissez au moins une photo
photos-error-alt-empty = décrivez la photo pour les personnes qui ne peuvent pas la voir (texte alternatif)
photos-error-alt-long = limitez le texte alternatif à 250 caractères
photos-error-no-logo = choisissez une image pour le logo
photos-error-too-many = choisissez { $value } photos au plus
# Quantity errors; $max is the largest quantity allowed.
quantity-negative = la quantité ne doit pas être négative
quantity-too-large = la quantité ne doit pas dépasser { $max }
listings-error-certification-long = « { $value } » dépasse 40 caractères
listings-error-region-long = la région dépasse 100 caractères
listings-error-unit = « { $value } » n’est pas une unité : choisissez parmi { $units }
# A photo file refused; $file is its name.
photo-error-empty = { $file } est vide
photo-error-too-large = { $file } dépasse 15 Mo ({ $bytes } octets)
photo-error-not-image = { $file } n’est pas une image JPEG, PNG ou WebP
photo-error-format = { $file } est une image { $format } ; seules les images JPEG, PNG et WebP sont acceptées
photo-error-truncated = { $file } est tronqué : le fichier s’arrête avant la fin de l’image
photo-error-polyglot = { $file } contient d’autres données après la fin de l’image (un fichier polyglotte)
photo-error-damaged = { $file } est endommagé : { $detail }
photo-error-pixels = { $file } fait { $width } × { $height } pixels ; au plus 50 mégapixels et 20 000 pixels de côté sont acceptés
photo-error-memory = { $file } demanderait plus de mémoire que permis pour être décodé (256 Mo)
photo-error-encoding = { $file } n’a pas pu être encodé : { $detail }
# The listings import (CSV or ZIP): what is wrong with the file or a row.
zip-error-unreadable = le ZIP n’est pas un fichier ZIP lisible : { $detail }
zip-error-entries = le ZIP contient { $count } éléments ; { $max } au plus sont acceptés
zip-error-damaged = le ZIP est endommagé : { $detail }
zip-error-path = { $file } a un chemin qui sort du dossier du ZIP (« .. » ou chemin absolu)
zip-error-total = avec { $file }, les fichiers du ZIP dépassent { $mb } Mo décompressés
zip-error-no-csv = le ZIP ne contient aucun fichier CSV
zip-error-many-csv = le ZIP contient { $count } fichiers CSV ({ $names }) ; n’en mettez qu’un
zip-error-missing = { $file } n’est pas dans le ZIP
zip-error-file-large = { $file } dépasse { $mb } Mo
zip-error-file-unreadable = { $file } est illisible : { $detail }
zip-error-encrypted = { $file } est chiffré
zip-error-method = { $file } est compressé avec une autre méthode que deflate
import-error-photos-need-zip = les photos s’importent dans un fichier ZIP contenant ce CSV et les images
import-error-header = en-tête illisible : { $detail }
import-error-row = ligne illisible : { $detail }
import-error-sku-twice = la référence { $sku } figure deux fois dans le fichier
import-error-unknown-column = colonne inconnue ; colonnes attendues : { $columns }
import-error-missing-column = colonne manquante
import-error-archived = l’annonce { $sku } est archivée et ne peut pas être modifiée
import-error-photos-many = cite { $count } photos ; une annonce en a { $max } au plus
import-error-photos-full = l’annonce { $sku } a { $count } photos ; avec celles-ci elle en aurait plus de { $max }

# Refusals the store returns as codes.
listings-error-archived-edit = une annonce archivée ne peut pas être modifiée
listings-error-archived = l’annonce est archivée
listings-error-ordered-draft = une annonce déjà commandée ne peut pas redevenir un brouillon
listings-error-ordered-delete = cette annonce a été commandée : elle ne peut qu’être archivée
listings-error-delete-draft = seul un brouillon peut être supprimé ; mettez plutôt cette annonce en pause ou archivez-la
listings-error-stock = stock insuffisant
import-error-sku-race = une annonce avec l’une de ces références vient d’être créée ; importez à nouveau
listings-error-sku-taken = cette coopérative a déjà une annonce avec cette référence
listings-error-photos-many = une annonce a au plus { $max } photos ; celle-ci en a { $existing }, ajoutez-en donc au plus { $left }
listings-error-photo-twice = la photo { $photo } figure déjà sur cette annonce
listings-error-photo-move = « { $value } » n’est pas un déplacement (up, down ou cover)
listings-error-photo-order = { $count ->
        [one] indiquez une fois la photo de l’annonce
       *[other] indiquez une fois chacune des { $count } photos de l’annonce, la couverture en premier
    }
