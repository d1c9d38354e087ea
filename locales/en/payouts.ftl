# The committee's payout runs, a run's page, and pool spending proposals.
payouts-title = Payout runs
payouts-nothing-owed = No co-op is owed at least the minimum payout in any currency, so there is no run to draft.
payouts-currency = Currency (those with something owed, most first)
# An option of the currency list: $amount is what is owed in it.
payouts-owed = { $currency } · { $amount } owed
payouts-draft = Draft a payout run
payouts-col-run = Run
payouts-col-drafted = Drafted
payouts-col-lines = Lines
payouts-col-total = Total
payouts-col-status = Status
payouts-run-name = #{ $id } { $currency }
payouts-older-runs = Older runs
payouts-spending = Pool spending proposals
payouts-no-run = No payout run yet.
payouts-no-proposal = No proposal yet.
payouts-spending-to = { $amount } to { $coop }
payouts-older-proposals = Older proposals
payouts-decisions = Decisions
payouts-command-line = the command line
# What was decided, by its stable code.
payouts-decision = { $what ->
        [drafted] drafted
        [proposed] proposed
        [approved] approved
        [rejected] rejected
        [paid] paid
        [failed] failed
        [replaces] replaces
        [superseded] superseded
       *[other] { $what }
    }
payouts-no-vote = You cannot vote on this: you belong to a co-op that receives money in it, or you have already voted.
payouts-reason = Reason (required to reject)
payouts-approve = Approve
payouts-reject = Reject
payouts-voters = { $voters ->
        [one] { $voters } committee member may still vote
       *[other] { $voters } committee members may still vote
    }; { $needed ->
        [one] { $needed } more approval needed.
       *[other] { $needed } more approvals needed.
    }
payouts-unreachable = The committee cannot approve this as it is.
payouts-unreachable-why = Fewer members may still vote than the quorum needs (the others belong to a co-op it pays, and whoever drafted it cannot approve it alone). Add committee members, or reject it with a reason.
run-title = Payout run #{ $id }
# $total is the run's total, shown in bold; $created when it was drafted.
run-summary = Drafted { $created }; { $count ->
        [one] { $count } co-op
       *[other] { $count } co-ops
    }, { $total }. Needs { $quorum } distinct approvals.
run-link = run #{ $id }
# $run is a link to the other run.
run-replaces = Replaces { $run }, which paid more than was owed.
run-replaced-by = Replaced by { $run }; this run is kept as a record.
run-stale = This run is out of date.
run-stale-why = Refunds since it was drafted lowered what is owed, so it would pay more than is owed now (see the lines marked below). It cannot be approved, exported or paid.
run-lines = Lines
# $amount, in bold, is how much more than is owed the line would pay.
run-line-over = Pays { $amount } more than this co-op is owed now.
run-line-parts = fair share { $fair_share } · proceeds { $proceeds } · by { $method }
run-line-no-iban = not on file
run-line-stripe-error = Stripe error: { $error }
run-line-bank-error = Bank error: { $error }
run-line-no-bank-details = no bank details
run-line-held = Held: this co-op has no bank details on file, so the line is left out of the bank files and cannot be marked paid. Its admins were asked to add them.
run-line-entries = Ledger entries behind this line ({ $count })
run-entry-order = order #{ $id }
run-col-entry = Entry
run-files-after-approval = The bank files can be downloaded once the committee has approved the run.
run-download-csv = Download the bank file (CSV)
run-download-sepa = Download the SEPA file (pain.001)
run-no-debtor = The marketplace's own bank account is not set up yet, so a SEPA file cannot be made; download the CSV or ask the operator to set it up.
run-held-count = { $count ->
        [one] { $count } co-op has no bank details: its line is held, left out of the bank files, until its admins add them.
       *[other] { $count } co-ops have no bank details: their lines are held, left out of the bank files, until their admins add them.
    }
confirm-paid-title = Mark run #{ $id } paid
confirm-paid-heading = Mark the bank file of run #{ $id } paid?
# $total, in bold, is the sum of the lines.
confirm-paid-body = This marks { $count ->
        [one] { $count } line
       *[other] { $count } lines
    }, { $total } in total, as paid by the bank. Do it only once the bank has made these transfers.
confirm-paid-held = { $count ->
        [one] { $count } held line (no bank details) stays open.
       *[other] { $count } held lines (no bank details) stay open.
    }
confirm-paid-yes = { $count ->
        [one] Yes, mark { $count } line paid
       *[other] Yes, mark { $count } lines paid
    }
confirm-paid-cancel = Cancel
spending-title = Spending #{ $id }
# $amount, in bold, is the amount; $coop the recipient.
spending-summary = { $amount } from the common pool to { $coop }. Needs { $quorum } distinct approvals.
spending-paid-by-stripe = Paid by Stripe transfer
spending-payment-error = Payment error: { $error }
spending-propose-title = Propose pool spending
spending-propose-heading = Propose spending from the common pool
spending-field-title = Title
spending-field-purpose = Purpose
spending-field-amount = Amount
spending-field-currency = Currency (those the pool holds, most first)
spending-field-recipient = Recipient co-op
# An option of the currency list: $amount is what the pool holds in it.
spending-in-pool = { $currency } · { $amount } in the pool
spending-pool-empty = The common pool holds nothing yet.
spending-propose = Propose
flash-run-drafted = The run was drafted; the committee has been asked to review it.
flash-vote-recorded = Recorded; { $subject ->
        [run] the run
       *[spending] the spending
    } is { $status ->
        [awaiting_review] awaiting review
        [approved] approved
       *[rejected] rejected
    }.
flash-line-paid = The line is paid.
flash-line-already-paid = The line was already paid; nothing changed.
flash-line-failed = The line stays open for a retry.
flash-stripe-paid = { $paid } paid through Stripe.
flash-stripe-failed = { $paid } paid through Stripe; { $failed ->
        [one] { $failed } failed and stays open for a retry: { $errors }
       *[other] { $failed } failed and stay open for a retry: { $errors }
    }
flash-run-redrafted = Run #{ $id } was re-drafted as this run, which pays what is owed now; the committee has been asked to review it.
flash-run-replaced = Run #{ $id } was replaced; nothing is owed any more, so no new run was drafted.
flash-spending-proposed = Spending #{ $id } was proposed; the committee will review it.
flash-spending-paid = The spending is paid.
flash-spending-already-paid = It was already paid; nothing changed.
flash-bank-file-paid = { $count ->
        [one] { $count } line marked paid.
       *[other] { $count } lines marked paid.
    }
flash-bank-details-saved = Bank details saved.
error-decision-vote = decision must be 'approve' or 'reject'
# A co-op's payout details: bank account and Stripe.
payout-details-title = Payout details
payout-details-page = Payout details of { $coop }
payout-details-on-file = Bank account: { $account }
payout-details-none = No bank account yet: buyers paying by bank transfer need one.
payout-details-holder = Account holder
payout-details-iban-hint = Spaces are fine, e.g. DE89 3704 0044 0532 0130 00
payout-details-save = Save bank details
payout-details-back = Back to the co-op
stripe-not-connected = Not connected: the co-op is paid by bank transfer.
stripe-connect = Connect a Stripe account
# $account is the Stripe account's id, shown as code.
stripe-incomplete = Onboarding incomplete ({ $account }): charges { $charges ->
        [yes] enabled
       *[no] not yet enabled
    }, payouts { $payouts ->
        [yes] enabled
       *[no] not yet enabled
    }. The co-op is paid by bank transfer until Stripe enables both.
stripe-continue = Continue Stripe onboarding
stripe-ready = Ready ({ $account }): charges and payouts enabled. Payouts go to this Stripe account.
# Bank details typed by a co-op's admin.
bank-error-iban = enter an IBAN: country code, check digits and account, e.g. DE89 3704 0044 0532 0130 00
bank-error-iban-checksum = this IBAN's check digits are wrong: check for a typo
bank-error-bic = enter a BIC of 8 or 11 characters, e.g. COBADEFFXXX
bank-error-holder = enter the account holder (at most 140 characters)
# Why the system took a decision, as the decisions list shows it.
decision-why-paid = { $amount }
decision-why-line-paid = line #{ $line }: { $amount }
decision-why-line-failed = line #{ $line }: { $error }
decision-why-replaces = run #{ $run } paid more than is owed now
decision-why-redrafted = re-drafted as run #{ $run }
decision-why-nothing-owed = re-drafted, but nothing is owed any more
# Payment and bank refusals, as people read them; $gateway is a gateway's name (stripe, manual).
payments-error-stripe-refused = Stripe refused the transfer ({ $status }): { $message }
payments-error-card-steps = { $amount } cannot be paid by card: Stripe takes { $currency } only in steps of 0.010
payments-error-no-connect = payments go through the { $gateway } gateway: co-ops are paid by bank transfer, there is no Stripe account to connect or pay
payments-error-by-hand = payments arrive through { $gateway }: they cannot be confirmed by hand
payments-error-pay-by-bank = pay each order by bank transfer with the reference on its page
payments-error-coop-no-connect = payments go through the { $gateway } gateway: { $coop } is paid by bank transfer, there is no Stripe account to connect
payments-error-not-accepted = every seller must accept its order before you pay
payments-error-nothing-due = nothing in this checkout is waiting for payment
payments-error-currencies = a checkout in several currencies is paid order by order
payments-error-already-paid = this checkout is already paid
payouts-error-bank-refused = the bank refused the transfer

# Refusals the store returns as codes.
payouts-error-not-open = payout run #{ $run } is { status-run } and cannot be re-drafted
payouts-error-nothing-to-redraft = payout run #{ $run } still pays only what is owed; there is nothing to re-draft
payouts-error-not-approved-pay = payout run #{ $run } is { status-run } and cannot be paid; it needs the committee's approval first
payouts-error-not-approved-file = payout run #{ $run } is { status-run }: its bank file can be downloaded once the committee has approved it
payouts-error-line-stripe = line #{ $line } is paid through Stripe: execute the run to send it, not by hand
payouts-error-line-paid = line #{ $line } is already paid
payouts-error-line-bank = line #{ $line } is paid by bank: mark it paid once the bank has sent it
payouts-error-line-held = line #{ $line } is held: { $coop } has no bank details on file, so it cannot be paid yet. Its admins were asked to add them.
payouts-error-run-holds = nothing more to pay out in { $currency }: payout run #{ $run } ({ status-run }) already holds what is owed
payouts-error-nothing-owed = nothing to pay out in { $currency }: no co-op is owed at least { $minimum }
# A co-op's balance beyond what one payout run can pay.
payouts-error-balance-large = { $account } holds { $balance }, too large to pay in one run
# A run drafted before refunds lowered what is owed; $lines lists payouts-stale-line.
payouts-error-run-stale = Payout run #{ $run } is out of date: since it was drafted, refunds lowered what is owed, and it would pay more than is owed now ({ $lines }). It cannot be approved, exported or paid; re-draft it to pay what is owed today.
# One overpaid line of a stale run: "line #4 (Coopermondo) by DKK 97.00".
payouts-stale-line = line #{ $line } ({ $coop }) by { $over }
# Why no SEPA file could be written.
payouts-error-sepa-empty = there is nothing to transfer
payouts-error-sepa-euro = SEPA transfers are in EUR; { $currency } is not
payouts-error-sepa-positive = every SEPA transfer must be positive; { $amount } is not
