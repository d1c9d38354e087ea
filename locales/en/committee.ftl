# The committee's page: applications, the fee rate, the members.
committee-title = Committee
committee-heading = Common-pool committee
committee-link-ledger = Ledger and trial balance
committee-link-payouts = Payout runs and pool spending
committee-link-disputes = Open disputes
committee-link-pool = The public pool page
committee-applications = Applications
committee-no-application = No application is waiting.
committee-coop-kind = { $kind ->
        [producer] producer
        [buyer] buyer
       *[both] producer and buyer
    }
committee-reason = Reason (required to decline)
committee-admit = Admit
committee-decline = Decline
committee-fee-title = Marketplace fee
# $rate is the rate in force, shown in bold.
committee-fee-explained = Orders placed from now on pay { $rate } of their subtotal; half goes to the common pool, half to the two co-ops of the order. Orders already placed keep their rate.
committee-fee-new = New fee rate (percent)
committee-fee-hint = 0 to 20, at most two decimals
committee-fee-set = Set fee rate
committee-fee-rate = Rate
committee-fee-by = Set by
committee-fee-when = When
committee-members = Members of the committee
committee-add-member = Add a registered user by e-mail
committee-add-button = Add to committee
# A rate in percent, as in "4%".
percent = { $rate }%
flash-coop-decided = { $coop } is now { $status ->
        [admitted] admitted
       *[declined] declined
    }.
flash-committee-joined = { $name } joined the committee.
flash-fee-rate-set = The fee rate is now { $rate }.
error-decision-admit = decision must be 'admit' or 'decline'
