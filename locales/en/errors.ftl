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

# Refusals before a page's own checks: who may do what, and forms that could not be read.
# $coop is a co-op's name; $detail is a library's technical description, in English.
error-log-in-first = log in first
error-committee-only = only members of the common-pool committee can do this
error-not-member = you are not a member of { $coop }
error-admin-only = only an admin of { $coop } can do this
error-csrf = the form's security token is missing or wrong; reload the page and try again
error-form-type = send the form as application/x-www-form-urlencoded
error-form-unreadable = could not read the form: { $detail }
error-form-malformed = malformed form: { $detail }
error-upload-unreadable = could not read the upload: { $detail }
error-import-no-file = choose a CSV or ZIP file to import
error-terms-malformed = the accepted terms are malformed
# $value is the language code that was sent.
error-no-such-language = no such language: { $value }
# The page of an address that leads nowhere.
error-no-page = There is no page at this address.
# A list's page parameters; $max is the most items one page holds.
error-per-page = per_page must be a whole number from 1 to { $max }
error-cursor = this cursor is not one that a page gave; start again from the first page
# A word in an address that names none of the choices; $value is what was sent. The choices
# are codes and stay as they are.
error-unknown-choice = { $kind ->
        [order-state] unknown order state '{ $value }'
        [listing-status] '{ $value }' is not a status: use draft, active, paused or archived
       *[photo-move] '{ $value }' is not a move (up, down or cover)
    }
# Alt texts sent with photos; $photos is how many photos were sent, $count how many alt texts.
error-photo-alts = give one alt text, or one per photo ({ $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }, { $count ->
        [one] { $count } alt text
       *[other] { $count } alt texts
    })
