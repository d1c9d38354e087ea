# A producer co-op's own listings: the list, the listing form, CSV import, photos.
listings-title = Listings
listings-of = Listings of { $coop }
listings-new = New listing
listings-import-csv = Import CSV
listings-export-csv = Export CSV
listings-field-title = Title
listings-price = Price
listings-stock = Stock
listings-status = Status
listings-actions = Actions
listings-edit = Edit
listings-action = { $action ->
        [publish] Publish
        [pause] Pause
        [archive] Archive
       *[delete] Delete
    }
listings-edit-title = Edit { $title }
listings-sku-hint = Your own code, unique in your co-op
listings-description = Description
listings-unit = Unit
listings-price-per-unit = Price per unit
listings-price-hint = in { $currency }
listings-stock-hint = up to 3 decimals for weighed goods
listings-stock-available = Stock available
# $reserved is an amount with its unit, "2 kg".
listings-stock-available-hint = available to order now, besides { $reserved } reserved in open orders; orders keep changing it, and it is set only if you change this value
listings-country-hint = ISO code, e.g. TG
listings-origin-region = Origin region
listings-certifications-hint = organic; fairtrade; anything else, separated by ;
listings-lead-time-days = Lead time (days)
listings-save = Save
listings-flash-created = Listed { $title }.
listings-flash-saved = Saved { $title }.
# $status is a status word from catalog-listing-status.
listings-flash-status = { $title } is now { $status }.
listings-flash-deleted = Deleted { $title }.
listings-flash-imported = Imported: { $created } created, { $updated } updated, { $unchanged } unchanged{ $photos ->
        [0] .
        [one] ; { $photos } photo added.
       *[other] ; { $photos } photos added.
    }
listings-import-title = Import listings
listings-import-heading = Import listings from CSV
# $columns is the list of column names, shown as code.
listings-import-columns = Columns: { $columns }. Rows are matched by SKU: new SKUs are created, existing ones updated. If any row is wrong, nothing is imported.
# $photos and $alt are the column names "photos" and "photo_alt", shown as code.
listings-import-photos = To bring photos, upload a ZIP holding the CSV and the image files: name a row's files in a { $photos } column (separated by ;) and describe them in a { $alt } column.
listings-import-failed = Nothing was imported: fix { $count ->
        [one] this problem
       *[other] these { $count } problems
    } and try again.
listings-import-row = Row
listings-import-column = Column
listings-import-problem = Problem
listings-import-file = CSV or ZIP file
listings-import-button = Import
# The photos of a listing, on its edit page.
photos-heading = Photos ({ $count } of { $max })
photos-cover-note = The first photo is the cover shown in the catalog.
photos-cover = cover
photos-make-cover = Make cover
photos-move-up = Move up
photos-move-down = Move down
photos-delete = Delete
photos-add = Add photos
photos-add-hint = JPEG, PNG or WebP, up to 15 MB and 50 megapixels each; { $room ->
        [one] one more
       *[other] up to { $room } more
    }.
photos-alt = Alt text
photos-alt-hint = What the photos show, read to people who cannot see them.
photos-upload = Upload
photos-thumbs = Photos
photos-number = Photo { $number }
photos-flash-added = { $count ->
        [one] Added { $count } photo.
       *[other] Added { $count } photos.
    }
photos-flash-cover = The cover photo is changed.
photos-flash-moved = Photo moved.
photos-flash-deleted = Photo deleted.
# A co-op's logo, on its manage page.
photos-logo = Logo
photos-no-logo = No logo yet.
photos-logo-replace = Replace the logo
photos-logo-upload = Upload a logo
photos-logo-hint = JPEG, PNG or WebP, up to 15 MB; a square image looks best.
photos-logo-save = Save logo
photos-logo-remove = Remove the logo
photos-flash-logo-saved = The logo is saved.
photos-flash-logo-removed = The logo is removed.
# Field errors of the listing form, short fragments beside the field.
listings-error-sku-empty = enter a SKU
listings-error-sku-long = the SKU is longer than 64 characters
listings-error-sku-chars = use letters, digits and - _ . / only
listings-error-title-empty = enter a title
listings-error-title-long = the title is longer than 200 characters
listings-error-description-long = the description is longer than 5000 characters
listings-error-price-zero = the price must be more than zero
listings-error-min-order-zero = the minimum order must be more than zero
listings-error-lead-time = lead time is a whole number of days from 0 to 365
listings-error-stock-negative = stock must not be negative
listings-error-decimals = use at most 3 decimals
listings-error-country = '{ $value }' is not an ISO 3166 country code (e.g. TG, DK, JP)
# Field errors of the photo and logo uploads.
photos-error-none = choose at least one photo
photos-error-alt-empty = describe the photo for people who cannot see it (alt text)
photos-error-alt-long = keep the alt text to 250 characters
photos-error-no-logo = choose an image for the logo
photos-error-too-many = choose at most { $value } photos
# Quantity errors; $max is the largest quantity allowed.
quantity-negative = the quantity must not be negative
quantity-too-large = the quantity must be at most { $max }
listings-error-certification-long = '{ $value }' is longer than 40 characters
listings-error-region-long = the region is longer than 100 characters
listings-error-unit = '{ $value }' is not a unit: use one of { $units }
# A photo file refused; $file is its name.
photo-error-empty = { $file } is empty
photo-error-too-large = { $file } is larger than 15 MB ({ $bytes } bytes)
photo-error-not-image = { $file } is not a JPEG, PNG or WebP image
photo-error-format = { $file } is a { $format } image; only JPEG, PNG and WebP are accepted
photo-error-truncated = { $file } is truncated: the file ends before the image does
photo-error-polyglot = { $file } has other data after the end of the image (a polyglot file)
photo-error-damaged = { $file } is damaged: { $detail }
photo-error-pixels = { $file } is { $width } × { $height } pixels; at most 50 megapixels and 20,000 pixels a side are accepted
photo-error-memory = { $file } would need more memory to decode than allowed (256 MB)
photo-error-encoding = { $file } could not be encoded: { $detail }
# The listings import (CSV or ZIP): what is wrong with the file or a row.
zip-error-unreadable = the ZIP is not a readable ZIP file: { $detail }
zip-error-entries = the ZIP holds { $count } entries; at most { $max } are accepted
zip-error-damaged = the ZIP is damaged: { $detail }
zip-error-path = { $file } has a path that leaves the ZIP's folder ('..' or an absolute path)
zip-error-total = { $file } brings the ZIP's files past { $mb } MB uncompressed
zip-error-no-csv = the ZIP holds no CSV file
zip-error-many-csv = the ZIP holds { $count } CSV files ({ $names }); put one
zip-error-missing = { $file } is not in the ZIP
zip-error-file-large = { $file } is larger than { $mb } MB
zip-error-file-unreadable = { $file } cannot be read: { $detail }
zip-error-encrypted = { $file } is encrypted
zip-error-method = { $file } is compressed with a method other than deflate
import-error-photos-need-zip = photos come in a ZIP file holding this CSV and the images
import-error-header = unreadable header: { $detail }
import-error-row = unreadable row: { $detail }
import-error-sku-twice = SKU { $sku } appears twice in the file
import-error-unknown-column = unknown column; expected { $columns }
import-error-missing-column = missing column
import-error-archived = listing { $sku } is archived and cannot be changed
import-error-photos-many = names { $count } photos; a listing has at most { $max }
import-error-photos-full = listing { $sku } has { $count } photos; with these it would have more than { $max }

# Refusals the store returns as codes.
listings-error-archived-edit = an archived listing cannot be edited
listings-error-archived = the listing is archived
listings-error-ordered-draft = a listing that was ordered cannot go back to draft
listings-error-ordered-delete = this listing has been ordered, so it can only be archived
listings-error-delete-draft = only a draft can be deleted; pause or archive this listing instead
listings-error-stock = insufficient stock
import-error-sku-race = a listing with one of these SKUs was just created; import again
listings-error-sku-taken = this co-op already has a listing with this SKU
# Refusals of a listing's photos ($max is the most a listing may have, 8).
listings-error-photos-many = a listing has at most { $max } photos; this one has { $existing }, so add at most { $left }
listings-error-photo-twice = photo { $photo } is already on this listing
listings-error-photo-move = '{ $value }' is not a move (up, down or cover)
listings-error-photo-order = { $count ->
        [one] name the listing's photo once
       *[other] name each of the listing's { $count } photos once, the cover first
    }
