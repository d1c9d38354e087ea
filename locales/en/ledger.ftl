# Statements of a co-op, and the committee's ledger with the trial balance.
ledger-title = Ledger
ledger-statement-title = Statement
ledger-statement-of = Statement of { $coop }
ledger-nothing-posted = Nothing has been posted for this co-op yet.
ledger-col-coop = Co-op
ledger-col-account = Account
ledger-col-currency = Currency
ledger-col-balance = Balance
ledger-col-when = When
ledger-col-what = What
ledger-col-order = Order
ledger-col-amount = Amount
ledger-col-balance-after = Balance after
ledger-col-sum = Sum of all postings
ledger-from = From
ledger-until = Until (exclusive)
ledger-show = Show
ledger-csv = Download CSV
# $balance is the account's balance now.
ledger-balance-now = Balance now: { $balance }
ledger-no-entries = No entries in this period.
ledger-older = Older entries
ledger-trial = Trial balance
ledger-trial-rule = Every currency's postings must sum to zero.
ledger-balanced = Every currency balances.
ledger-unbalanced = A currency does not balance: run `cooptrade ledger verify`.
ledger-accounts = Accounts
ledger-more-accounts = More accounts
ledger-marketplace = Marketplace
ledger-some-coop = a co-op
# A co-op's account as its statement names it: "Coop du Golfe: sale proceeds".
ledger-account-of = { $coop }: { $account }
# What an account means, by its stable code.
ledger-account = { $code ->
        [proceeds] sale proceeds
        [fair_share] fair share owed
        [receivable] owed back (claw-back)
        [payments] payments made
        [pool] common pool
        [gateway_clearing] held by the payment gateway or bank
        [payouts_in_transit] payouts in transit
       *[processor_fees] payment processor fees
    }
# The same, starting a choice in a list.
ledger-account-choice = { $code ->
        [proceeds] Sale proceeds
        [fair_share] Fair share owed
        [receivable] Owed back (claw-back)
       *[payments] Payments made
    }
# What kind of entry moved the money.
ledger-entry-kind = { $kind ->
        [settlement] order settled
        [payment] payment received
        [transfer] transfer to the seller
        [refund] refund
        [payment_refund] payment refunded
        [processing_fee] payment processor fee
        [pool_spending] pool spending
        [payout] payout
       *[other] { $kind }
    }
ledger-entry-order = { $kind ->
        [settlement] order #{ $id } settled
        [payment] payment for order #{ $id } received
        [transfer] order #{ $id } paid to the seller
        [refund] refund of order #{ $id }
        [payment_refund] payment for order #{ $id } refunded
        [processing_fee] payment processor fee on order #{ $id }
       *[other] { $kind } (order #{ $id })
    }
error-ledger-account = choose one of the co-op's accounts
error-date-format = use a date like 2026-11-25
error-date-range = use a date between 0001-01-01 and 9999-12-31
# Refusals of the ledger (concurrent or repeated postings, a balance beyond one amount).
ledger-error-posted-twice = ledger key { $key } is posted twice at once
ledger-error-concurrent = a ledger key is being posted concurrently
ledger-error-key-reused = ledger key { $key } was already used for a different entry (#{ $entry })
ledger-error-balance-large = the balance of { $account } is { $balance }, too large for one amount
# Money rules broken (shown beside an amount).
error-money-mismatch = currency mismatch: { $left } vs { $right }
error-money-negative = the amount must not be negative, got { $amount }
error-money-split-policy = the fee split policy is not valid
error-money-refund-fee = refunded fee { $refunded } exceeds the original fee { $original }
