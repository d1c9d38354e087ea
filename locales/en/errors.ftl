# Error pages, titled by what kind of error it is.
error-title = { $kind ->
        [forbidden] Not yours to see
        [not-found] Not found
        [conflict] Not possible now
        [server] Something went wrong
       *[other] That did not work
    }
error-back = Back to where you were
# $start is the link "the start page".
error-back-or-start = or { $start }
error-start-page = the start page
error-back-to-start = Back to the start page
error-internal = something went wrong on our side; it has been logged
# "<thing> not found"; $what is what was asked for.
error-not-found = { $what ->
        [listing] listing not found
        [co-op] co-op not found
        [photo] photo not found
        [invitation] invitation not found
        [order] order not found
        [checkout] checkout not found
        [member] member not found
        [user] user not found
        [spending-proposal] spending proposal not found
        [payout-run] payout run not found
        [payout-line] payout line not found
        [action] action not found
        [cart-line] cart line not found
        [session] session not found
        [token] token not found
        [webhook-endpoint] webhook endpoint not found
       *[other] not found
    }
error-forbidden-order = this order is between other co-ops
# Field and vote errors on the committee's pages. $value is what was typed or found.
error-no-such-user = no user is registered as '{ $value }'
error-fee-rate = fee rate must be a percentage from 0 to 20 with at most 2 decimals, got '{ $value }'
error-unknown-currency = unknown currency code '{ $value }'
error-amount-positive = the amount must be positive
error-title-empty = give the spending a title
error-purpose-empty = say what the money is for
error-recipient = choose an admitted co-op to receive the money
error-reason-needed = a rejection needs a reason
error-already-approved = you have already approved this
error-conflict-of-interest = you belong to a co-op that receives money here, so you cannot vote on it
error-already-decided = this has already been decided ({ $value ->
        [approved] approved
        [rejected] rejected
       *[other] { $value }
    })
error-statement-empty = write what happened
error-statement-long = keep it to 4000 characters (this is { $value })
error-too-large = the request body is larger than the limit
# An amount that could not be read; $value is what was typed.
error-money-not-number = not a number: '{ $value }'
# $currency is an ISO code; $count the decimals it allows.
error-money-decimals = { $count ->
        [0] { $currency } allows no decimals
       *[other] { $currency } allows at most { $count } decimals
    }
error-money-too-large = amount too large
# The account page's refusals.
error-current-password = this is not your current password
error-email-same = this is your address already

# Refusals the store returns as codes.
error-amount-at-most = { $what ->
        [price] the price
        [refund] a refund
       *[spending] a spending
    } must be at most { $max }
error-order-total-over = the order's total must be at most { $max }; split it into several orders
error-order-total-zero = the order's total must be at least one minor unit ({ $min }); order more
