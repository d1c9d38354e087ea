# The order lists, the order page, its printable confirmation, actions and refunds.
orders-title = Orders
orders-buying = Buying
orders-selling = Selling
orders-state = State
orders-any-state = Any state
orders-filter = Filter
orders-none = No orders.
orders-order = Order
orders-buyer = Buyer
orders-seller = Seller
orders-total = Total
orders-placed = Placed
orders-older = Older orders
orders-order-title = Order #{ $id }
# Under the title: the seller and the buyer are links.
orders-from-to = From { $seller } to { $buyer } · placed { $when }
orders-your-coop = your co-op
orders-the-buyer-coop = the buyer co-op
orders-the-seller-coop = the seller co-op
# Where the fee goes; $seller and $buyer are the three phrases above.
orders-fee-split = Of the { $fee } fee ({ $rate }): { $pool } to the common pool, { $seller_share } to { $seller }, { $buyer_share } to { $buyer }.
orders-percent = { $rate }%
orders-marketplace-fee = Marketplace fee ({ $rate })
orders-seller-proceeds = Seller's proceeds
orders-dispute-link = The dispute: statements of both sides
orders-how-to-pay = How to pay
orders-pay-by-bank = Transfer { $amount } to the seller's bank account; the seller confirms receipt here.
orders-account-holder = Account holder
orders-payment-reference = Payment reference
orders-pay-bank-missing = Pay { $amount } with the reference { $reference }. The seller has not entered bank details yet: ask them for their account.
orders-pay-by-card = Pay { $amount } by card for checkout #{ $checkout }: { $link }.
orders-pay-by-card-link = Pay by card
orders-deliver-to = Deliver to
orders-note = Note
orders-refunded-so-far = Refunded so far:
orders-claw-back = Refunds took back from the fee: { $pool } from the common pool, { $seller_share } from { $seller }'s share and { $buyer_share } from { $buyer }'s share.
orders-refund-part = Refund part of this order
orders-refund-amount = Amount ({ $currency }, at most { $left })
orders-reason = Reason
orders-refund = Refund
orders-what-you-can-do = What you can do
orders-printable = Printable confirmation
orders-history = History
orders-when = When
orders-who = Who
orders-what = What
orders-now = Now
# Who did something, in the history: "Ama Mensah (seller)".
orders-who-role = { $name } ({ $role ->
        [buyer] buyer
        [seller] seller
        [committee] committee
       *[system] system
    })
orders-role = { $role ->
        [buyer] buyer
        [seller] seller
        [committee] committee
       *[system] system
    }
# What happened, in the history. $code is the event's stable name.
orders-event = { $code ->
        [place] placed
        [accept] accepted
        [reject] rejected
        [cancel] cancelled
        [confirm_payment] payment confirmed
        [payment_succeeded] payment succeeded
        [ship] shipped
        [confirm_delivery] delivery confirmed
        [settle] settled
        [dispute] dispute opened
        [resolve_settle] dispute resolved: settled
        [resolve_refund] dispute resolved: refunded
        [refund] refunded
        [partial_refund] part refunded
       *[other] { $code }
    }
orders-confirmation-title = Order confirmation #{ $id }
orders-placed-state = Placed { $when } · state: { $state }
orders-print = Print
# Flash messages after an action or a refund.
orders-now-state = Order #{ $id } is now { $state }.
orders-refunded = Refunded { $amount }; order #{ $id } is { $state }.
orders-statement-added = Your statement was added.
# Errors beside the refund's amount, an action's reason, or a statement.
orders-refund-not-positive = Enter an amount above 0.
orders-refund-decimals = { $currency } has { $decimals ->
        [0] no decimals
        [one] 1 decimal
       *[other] { $decimals } decimals
    }: write the amount with no more.
orders-refund-too-much = At most { $left } can still be refunded.
orders-reason-missing = Say why: the other side reads it.
orders-text-control = Remove the control characters (invisible codes, or a line break in a one-line field).
orders-text-too-long = Keep it to { $max } characters (this is { $length }).
orders-statement-missing = Write what happened.
orders-action-not-now = This order is { $state } now: “{ $action }” is no longer possible. The page shows what you can do now.
orders-action-not-yours = You cannot do “{ $action }” on this order.
# A part refund in an order's history; $reason is what the seller wrote.
orders-note-part-refund = { $amount } refunded. { $reason }

# The order state machine's refusals: $code is the order's state, $action what was asked
# (a verb with its object), $hint why, $who who may.
order-refused-act = { $action ->
        [accept] accept an order
        [reject] reject an order
        [cancel] cancel an order
        [confirm_payment] confirm payment for an order
        [payment_succeeded] report payment for an order
        [ship] ship an order
        [confirm_delivery] confirm delivery of an order
        [settle] settle an order
        [dispute] dispute an order
        [resolve_settle] resolve a dispute on an order
        [resolve_refund] resolve a dispute on an order
       *[refund] refund an order
    }
order-refused-hint = { $hint ->
        [placed-only] only a placed order can be accepted or rejected
        [paid-refund] it is already paid: the seller can refund it
        [unpaid-only] only an order that is not paid yet can be cancelled
        [accept-first] it must be accepted first
        [already-paid] it is already paid
        [pay-first] it must be paid first
        [already-shipped] it has already been shipped
        [ship-first] it must be shipped first
        [shipped-only] delivery can only be confirmed while it is shipped
        [disputed] it is disputed: the committee resolves it
        [deliver-first] delivery must be confirmed first
        [unpaid-cancel] it is not paid yet: cancel it instead
        [ship-first-refund] it must be shipped first; the seller can refund it
        [settled-ask] it is already settled: ask the committee for a refund
        [disputed-only] only a disputed order can be resolved
       *[shipped-dispute] it has been shipped: the buyer can open a dispute
    }
order-refused-whom = { $who ->
        [seller] only the seller co-op can
        [buyer] only the buyer co-op can
        [committee] only the committee can
        [system] only the system can
        [buyer_seller] only the buyer co-op or the seller co-op can
       *[seller_committee] only the seller co-op or the committee can
    }
order-refused-already = order is already { status-order }
order-refused-state = cannot { order-refused-act } that is { status-order }: { order-refused-hint }
order-refused-who = { order-refused-whom } { order-refused-act }
order-refused-who-state = { order-refused-whom } { order-refused-act } that is { status-order }
order-refused-not-yours = this order is not yours

# Refusals the store returns as codes.
order-changed = the order changed meanwhile; reload it and try again
order-error-no-lines = the order has no lines
order-error-no-address = enter a delivery address
order-error-text-long = the address or note is too long
order-error-quantity-large = quantity too large
order-error-stock-taken = insufficient stock: another order took it meanwhile; reload and try again
# Placing an order: a line under its minimum, or over the stock ($min, $quantity: "4 kg", "2 boxes").
order-error-minimum = order at least { $min } of '{ $title }'
order-error-stock = insufficient stock for '{ $title }': fewer than { $quantity } left
# A placement refused because lines changed since they went into the cart; $lines lists order-changed-line.
order-error-changed = some lines changed since you added them to your cart ({ $lines }); nothing was placed: review the new terms below and accept them to check out
order-changed-line = '{ $title }': { $changes }
order-change-price = price was { $was }, now { $now }
order-change-minimum = minimum order was { $was }, now { $now }
order-change-not-for-sale = no longer for sale
order-change-short = only { $left } left
# An API placement whose expected total no longer matches; each total may add up several currencies.
order-error-expected-total = the total is { $placed }, not the expected { $expected }; check the prices and send the new total
order-error-leader-refused = a request waited on one that was refused
order-error-key-reused = this key was already used for a different request
