# The cart page, the add-to-cart form on a listing, and checking out.
cart-title = Cart
cart-buying-for = Buying for
cart-empty = Your cart is empty.
cart-browse = Browse the catalog
cart-item = Item
cart-unit-price = Unit price
cart-quantity = Quantity
# A unit price: "EUR 12.50 / kg".
cart-per-unit = { $price } / { $unit }
cart-total = Total
cart-subtotal = Subtotal
cart-update = Update
cart-remove = Remove
cart-check-out = Check out
cart-one-order-per-seller = Each seller gets an order of its own.
cart-delivery-address = Delivery address
cart-note = Note to the sellers
cart-place-orders = Place orders
cart-terms-changed = Prices changed since you added them
cart-terms-changed-explained = The lines marked above changed. Nothing is placed at terms you have not seen: accept the new terms to check out, or change your cart.
cart-accept-terms = Accept the new terms
# The add-to-cart form on a listing's page.
cart-quantity-in = Quantity ({ $unit })
cart-add = Add to cart
# Flash messages.
cart-added = Added to your cart.
cart-updated = Cart updated.
cart-removed = Removed from your cart.
cart-terms-accepted = New terms accepted. Check the cart and place the orders.
cart-placed = { $count ->
        [one] Placed 1 order: { $ids }.
       *[other] Placed { $count } orders: { $ids }.
    }
# What changed on a line since it went into the cart.
cart-change-price = Changed: the price was { $was }, now { $now }.
cart-change-minimum = Changed: the minimum order was { $was }, now { $now }.
cart-change-not-for-sale = Changed: no longer for sale.
cart-change-short = Changed: only { $left } left.
# Errors beside a quantity.
cart-quantity-negative = Enter a quantity of 0 or more.
cart-quantity-decimals = Use at most 3 decimals.
cart-quantity-too-large = Enter at most { $max }.
cart-quantity-zero = Enter a quantity above 0.
cart-quantity-minimum = Order at least { $min }.
cart-quantity-stock = Only { $stock } in stock.
cart-not-for-sale = “{ $title }” is not for sale right now.
cart-own-listing = This is your own co-op's listing.
# Above the cart when the checkout could not place it as it is.
cart-cannot-place = Nothing was placed: the lines marked below changed. Change the cart, or accept the new terms, and place the orders again.
# An error page: the co-op chosen is not one the viewer buys for.
cart-not-your-coop = You do not buy for this co-op.
cart-no-buying-coop = None of your co-ops is an admitted buyer.
cart-added-by = Added by
cart-changed-by = changed by { $name }
cart-line-gone = that line has just been removed or checked out by another member: nothing was changed
# A checkout from a page that showed an older cart (409).
cart-error-stale = your co-op's cart changed since this page showed it; nothing was placed: review the cart below and place the orders again
cart-error-stale-by = your co-op's cart changed since this page showed it (last change by { $name }); nothing was placed: review the cart below and place the orders again
cart-error-taken = your co-op's cart changed while you were checking out: review it and place the orders again
