# Disputes: the committee's queue and a disputed order's statements.
disputes-title = Open disputes
disputes-none = No order is in dispute.
disputes-older = Older disputes
dispute-order = Order #{ $id }
dispute-title = Dispute on order #{ $id }
# $amount is the order's amount, marked as money.
dispute-bought = { $buyer } bought from { $seller }: { $amount }.
dispute-open-for = Open for { $age }.
dispute-age-hours = { $hours ->
        [0] less than an hour
        [one] { $hours } hour
       *[other] { $hours } hours
    }
dispute-age-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
dispute-resolve-link = Open the order to resolve it
dispute-order-is = The order is:
dispute-the-order = The order
dispute-statements = Statements
dispute-no-statement = No statement yet.
dispute-statement-by = The { $side ->
        [buyer] buyer
       *[seller] seller
    }, { $coop }, on { $when }:
dispute-add-title = Add your statement
dispute-field-statement = What happened, for the committee
dispute-field-hint = Up to 4,000 characters. Both sides and the committee read it.
dispute-add = Add statement
flash-statement-added = Your statement was added.

# Refusals the store returns as codes.
dispute-statement-parties = only the buyer and the seller write statements on a dispute
dispute-not-open = order #{ $id } is not in dispute (it is { status-order })
# A dispute statement holding a control character.
disputes-error-statement-control = the statement must not contain control characters (invisible codes)
