# E-mails. Order mails: $order is the order's number, $buyer and $seller the co-ops' names,
# amounts ($proceeds, $refunded, $fee ...) come formatted. $event chooses the words.
mail-order-subject = { $event ->
        [placed] New order #{ $order } from { $buyer }
        [accepted] Order #{ $order }: accepted, payment due
        [rejected] Order #{ $order }: rejected
        [cancelled-by-seller] Order #{ $order }: cancelled
        [cancelled-by-buyer] Order #{ $order }: cancelled
        [paid] Order #{ $order }: paid
        [shipped] Order #{ $order }: shipped
        [delivered] Order #{ $order }: delivered
        [settled] Order #{ $order }: settled
        [refunded] Order #{ $order }: refunded
        [part-refunded] Order #{ $order }: { $refunded } refunded
        [disputed] Order #{ $order }: disputed
        [resolved-refund] Order #{ $order }: dispute resolved, refunded
       *[resolved-settle] Order #{ $order }: dispute resolved, settled
    }
mail-order-headline = { $event ->
        [placed] { $buyer } placed order #{ $order }.
        [accepted] { $seller } accepted order #{ $order }. Payment is now due.
        [rejected] { $seller } rejected order #{ $order }.
        [cancelled-by-seller] { $seller } cancelled order #{ $order }.
        [cancelled-by-buyer] { $buyer } cancelled order #{ $order }.
        [paid] Order #{ $order } is paid: { $seller } can ship it.
        [shipped] { $seller } shipped order #{ $order }.
        [delivered] { $buyer } confirmed that order #{ $order } arrived.
        [settled] Order #{ $order } is settled: { $seller } is owed { $proceeds }.
        [refunded] Order #{ $order } was refunded to { $buyer }.
        [part-refunded] { $refunded } of order #{ $order } was refunded to { $buyer }.
        [disputed] { $buyer } opened a dispute on order #{ $order }. The committee decides it; both sides can add a statement on the order's page.
        [resolved-refund] The committee resolved the dispute on order #{ $order } for { $buyer }: it is refunded.
       *[resolved-settle] The committee resolved the dispute on order #{ $order } for { $seller }: it settles.
    }
mail-order-between = Order from { $buyer } to { $seller }:
mail-your-coop = your co-op
mail-order-line = { $quantity } { $title } at { $price }: { $total }
mail-subtotal = Subtotal: { $total }
mail-col-item = Item
mail-col-quantity = Quantity
mail-col-unit-price = Unit price
mail-col-total = Total
mail-col-subtotal = Subtotal
# $rate is a number: 4 for 4 %.
mail-fee = { $settled ->
        [yes] Of the { $fee } fee ({ $rate }%) now charged: { $pool } to the common pool, { $seller_share } to { $seller }, { $buyer_share } to { $buyer }.
       *[no] Of the { $fee } fee ({ $rate }%): { $pool } to the common pool, { $seller_share } to { $seller }, { $buyer_share } to { $buyer }.
    }
mail-refund-amounts = Refunded now: { $refunded }. Still refundable on the order: { $left }.
mail-refund-claw-back = { $settled ->
        [yes] Of the fee already charged, { $fee } comes back: { $pool } from the common pool, { $seller_share } from { $seller }, { $buyer_share } from { $buyer } (a share already paid out is taken from the next payout).
       *[no] The fee falls by { $fee }: { $pool } less to the common pool, { $seller_share } less to { $seller }, { $buyer_share } less to { $buyer }.
    }
mail-pay-by-bank = Please pay by bank transfer:
mail-pay-amount = Amount: { $amount }
mail-pay-holder = Account holder: { $holder }
mail-pay-iban = IBAN: { $iban }
mail-pay-bic = BIC: { $bic }
mail-pay-no-details = The seller has not entered its bank details yet: the order page will show them.
mail-pay-reference = Reference: { $reference }
mail-pay-by-card = Please pay { $amount } by card on the order's page:
mail-deliver-to = Deliver to:
mail-note = Note: { $note }
mail-see-order = See the order
mail-open-link = Open it on cooptrade
# Co-ops applying and the committee's decision. $kind is producer, buyer or both.
mail-coop-applied-subject = { $coop } applies to join cooptrade
mail-coop-applied-body = { $coop } ({ $kind ->
        [producer] producer
        [buyer] buyer
       *[both] producer and buyer
    }, { $country }, trading in { $currency }) applied to join. Admit or decline it on the committee's page.
mail-coop-admitted-subject = { $coop } was admitted on cooptrade
mail-coop-admitted-body = The committee admitted { $coop }: it can now trade.
mail-coop-declined-subject = { $coop } was declined on cooptrade
mail-coop-declined-body = The committee declined { $coop }'s application. Reason: { $reason }
# A statement added to a dispute. $side is buyer or seller.
mail-dispute-statement-subject = Order #{ $order }: the { $side ->
        [buyer] buyer
       *[seller] seller
    } added a statement to the dispute
mail-dispute-read = Read the dispute: { $link }
# Money sent by the committee. $how is stripe or bank.
mail-payout-made-subject = Payout of { $amount } sent
mail-payout-made-body = The common-pool committee sent your co-op { $amount } { $how ->
        [stripe] through Stripe
       *[bank] by bank transfer
    } (payout run #{ $run }, line #{ $line }).
mail-spending-paid-subject = { $amount } from the common pool
mail-spending-paid-body = The common-pool committee sent your co-op { $amount } { $how ->
        [stripe] through Stripe
       *[bank] by bank transfer
    } for "{ $title }".
# Committee mails. $link is the page to review on.
mail-spending-review-subject = Pool spending #{ $id } awaits your review
mail-spending-review-body = { $coop } proposes to spend { $amount } from the common pool for { $title }: { $purpose }
mail-review-at = Review it at { $link }
mail-run-review-subject = Payout run #{ $run } awaits your review
mail-run-review-body = A payout run of { $amount } to { $count ->
        [one] { $count } co-op
       *[other] { $count } co-ops
    } was drafted and needs the committee's approval.
mail-run-held-subject = Add your bank details to receive a payout
mail-run-held-body = Payout run #{ $run } owes your co-op { $amount }, but we have no bank details for it, so the payment is held. Add the account holder and IBAN under "Payout details" at { $link }
mail-run-blocked-subject = Payout run #{ $run } cannot be approved by the committee as it is
mail-run-blocked-body = Payout run #{ $run } needs { $quorum } approvals, but only { $count } committee members may still vote on it (the others belong to a co-op it pays, and whoever drafted it cannot approve it alone). Add committee members or reject it with a reason.
mail-see = See { $link }
# Account mails.
mail-hello-name = Hello { $name },
mail-hello = Hello,
mail-verify-subject = Confirm your e-mail address for cooptrade
mail-verify-body = to confirm that { $email } is your address on cooptrade, follow this link within 24 hours:
mail-verify-once = The link works once. If you did not ask for this, ignore this mail: nothing changes.
mail-taken-subject = Someone tried to register with your address
mail-taken-body = someone tried to register a cooptrade account with your address, { $email }, which already has one. Nothing was changed.
mail-taken-what-now = If it was you, log in at { $login } or, if you forgot your password, reset it at { $reset }. If it was not you, you can ignore this mail.
mail-reset-subject = Reset your cooptrade password
mail-reset-body = to choose a new cooptrade password, follow this link within an hour:
mail-reset-once = The link works once, and setting a password logs out every other device. If you did not ask for this, ignore this mail: your password stays as it is.
mail-change-subject = Your cooptrade address is being changed
mail-change-body = your cooptrade account asked to move from { $email } to { $new }. The change happens when the link sent to the new address is followed.
mail-change-not-you = If this was not you, log in and change your password: the change does not happen without that link.
mail-lockout-subject = Repeated failed logins to your account
mail-lockout-body = Someone tried to log in to your cooptrade account with a wrong password several times. Logins to the account are refused for the next { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
mail-lockout-advice = If this was you, wait and try again. If not, your password held; you may want to change it to a longer one.
# An invitation to join a co-op. $role is admin or member.
mail-invitation-subject = { $coop } invites you to join as { $role ->
        [admin] admin
       *[member] member
    }
mail-invitation-body = { $name } invites you to become { $role ->
        [admin] an admin
       *[member] a member
    } of { $coop } on cooptrade.
mail-invitation-consent = Nothing changes until you say yes. Accept or decline at { $link }
mail-invitation-register = If you have no account yet, register with this address ({ $email }) first.
