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
