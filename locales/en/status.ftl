# Status names on badges and their meanings (shown on hover). $code is the stored value.
status-listing = { $code ->
        [draft] draft
        [active] on sale
        [paused] paused
       *[archived] archived
    }
status-listing-meaning = { $code ->
        [draft] Only your co-op sees it.
        [active] Buyers see it and can order it.
        [paused] Buyers see it but cannot order it.
       *[archived] Withdrawn for good; kept for the orders that name it.
    }
status-coop = { $code ->
        [pending] awaiting the committee
        [admitted] admitted
       *[declined] declined
    }
status-coop-meaning = { $code ->
        [pending] The committee has not decided on the application yet.
        [admitted] The co-op trades on the marketplace.
       *[declined] The committee declined the application.
    }
status-run = { $code ->
        [awaiting_review] awaiting review
        [approved] approved
        [rejected] rejected
        [paid] paid
       *[superseded] replaced
    }
status-run-meaning = { $code ->
        [awaiting_review] The committee has not reached its quorum of approvals yet.
        [approved] The committee approved it; its lines can be paid.
        [rejected] A committee member rejected it; nothing in it will be paid.
        [paid] Every line is paid.
       *[superseded] It was re-drafted as a newer run and is kept as a record.
    }
status-line = { $code ->
        [open] to pay
        [paid] paid
       *[failed] payment failed
    }
status-line-meaning = { $code ->
        [open] Not paid yet.
        [paid] The co-op was paid.
       *[failed] The last payment failed; it stays open for a retry.
    }
status-spending = { $code ->
        [awaiting_review] awaiting review
        [approved] approved
        [rejected] rejected
        [paid] paid
       *[failed] payment failed
    }
status-spending-meaning = { $code ->
        [awaiting_review] The committee has not reached its quorum of approvals yet.
        [approved] The money is set aside from the pool, waiting to be paid.
        [rejected] A committee member rejected it; nothing will be paid.
        [paid] The recipient was paid from the common pool.
       *[failed] The payment failed; it can be sent again.
    }
status-method = { $code ->
        [bank] bank transfer
       *[stripe] Stripe transfer
    }
status-method-meaning = { $code ->
        [bank] Paid from the bank file and marked paid by the committee.
       *[stripe] Paid to the co-op's connected Stripe account.
    }
status-payment = { $code ->
        [card] card
       *[bank] bank transfer
    }
status-payment-meaning = { $code ->
        [card] Paid by card through Stripe; refunds go back to the card.
       *[bank] Paid by bank transfer; the seller sends refunds.
    }
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
# Buttons: what the viewer may do now. $code is the action's stable name.
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
action-listing = { $code ->
        [edit] Edit
        [publish] Publish
        [pause] Pause
        [delete] Delete
       *[archive] Archive
    }
action-run = { $code ->
        [redraft] Re-draft this run
        [send_stripe] Send the Stripe transfers
       *[mark_bank_paid] Mark the whole bank file paid
    }
action-spending = { $code ->
        [send_stripe] Send through Stripe
       *[mark_paid] Mark paid
    }
action-line = { $code ->
        [retry] Retry the transfer
        [send] Send this transfer
        [mark_paid] Mark paid
       *[mark_failed] Mark failed
    }
action-line-failed-placeholder = what the bank said
# A stored or typed state not among the possible ones ($noun is its English name, $choices and $last the codes).
status-error-unknown = '{ $value }' is not a { $noun }: use { $choices } or { $last }
