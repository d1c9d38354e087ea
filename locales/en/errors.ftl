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
error-internal = Something went wrong on our side; it has been logged.
# "<thing> not found"; $what is what was asked for.
error-not-found = { $what ->
        [listing] This listing does not exist.
        [co-op] This co-op does not exist.
        [photo] This photo does not exist.
        [invitation] This invitation does not exist.
        [order] This order does not exist.
        [checkout] This checkout does not exist.
        [member] This member does not exist.
        [user] This user does not exist.
        [spending-proposal] This spending proposal does not exist.
        [payout-run] This payout run does not exist.
        [payout-line] This payout line does not exist.
       *[other] This page does not exist.
    }
error-forbidden-order = This order is between other co-ops.
# Field and vote errors on the committee's pages. $value is what was typed or found.
error-no-such-user = no user is registered as “{ $value }”
error-fee-rate = the fee rate is a percentage from 0 to 20 with at most two decimals, not “{ $value }”
error-unknown-currency = “{ $value }” is not a currency the marketplace knows
error-amount-positive = the amount must be more than zero
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
error-statement-long = keep it to 4,000 characters (this one has { $value })
