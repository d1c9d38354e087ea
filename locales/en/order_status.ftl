# Stopgap: the order states and actions of i18n-desk's status.ftl (same keys, same words), so
# that the order pages speak before it lands. On merging it, delete this file in every language
# and "order_status" from AREAS in i18n/src/files.rs.
status-order = { $code ->
        [placed] placed
        [accepted] accepted
        [paid] paid
        [shipped] shipped
        [delivered] delivered
        [settled] settled
        [rejected] rejected
        [cancelled] cancelled
        [disputed] in dispute
       *[refunded] refunded
    }
status-order-meaning = { $code ->
        [placed] Waiting for the seller to accept it; the stock is reserved.
        [accepted] Accepted by the seller; waiting for payment.
        [paid] Paid; waiting for the seller to ship it.
        [shipped] On its way to the buyer.
        [delivered] The buyer confirmed delivery; it settles soon.
        [settled] Complete: the fee is charged and the seller's proceeds booked.
        [rejected] The seller rejected it.
        [cancelled] Cancelled before payment.
        [disputed] Under dispute; the committee decides.
       *[refunded] The buyer was refunded.
    }
action-order = { $code ->
        [accept] Accept
        [reject] Reject
        [cancel] Cancel order
        [confirm_payment] Confirm payment received
        [payment_succeeded] Payment succeeded
        [ship] Mark shipped
        [confirm_delivery] Confirm delivery
        [settle] Settle
        [dispute] Open a dispute
        [resolve_settle] Resolve: settle
        [resolve_refund] Resolve: refund
       *[refund] Refund
    }
