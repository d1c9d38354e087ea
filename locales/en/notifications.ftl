# The notifications page, and the mail preferences on the account page.
notifications-title = Notifications
notifications-mark-all = Mark all as read
notifications-none = Nothing yet.
notifications-new = new
notifications-mark-read = Mark as read
notifications-older = Older notifications
# What a notification says, by its kind; $id is the order, run or spending it is about.
notification-text = { $kind ->
        [order_placed] New order #{ $id }
        [order_accepted] Order #{ $id }: accepted, payment due
        [order_rejected] Order #{ $id }: rejected
        [order_cancelled] Order #{ $id }: cancelled
        [order_paid] Order #{ $id }: paid
        [order_shipped] Order #{ $id }: shipped
        [order_delivered] Order #{ $id }: delivered
        [order_settled] Order #{ $id }: settled
        [order_refunded] Order #{ $id }: refunded
        [dispute_opened] Order #{ $id }: disputed
        [dispute_statement] Order #{ $id }: a statement was added to the dispute
        [dispute_resolved] Order #{ $id }: dispute resolved
        [coop_application] A co-op applies to join cooptrade
        [coop_decision] The committee decided on your co-op's application
        [payout_review] Payout run #{ $id } awaits your review
        [payout_made] A payout was sent to your co-op
        [spending_review] Pool spending #{ $id } awaits your review
       *[spending_decision] A pool spending was decided
    }
flash-marked-read = { $count ->
        [one] { $count } marked as read.
       *[other] { $count } marked as read.
    }
flash-one-marked-read = Marked as read.
flash-mail-saved = Your mail preferences are saved.
mail-prefs-title = Mail you receive
# $page is a link to the notifications page.
mail-prefs-intro = Every notification is also listed on your { $page }. Mail that someone must act on is always sent.
mail-prefs-page = notifications page
mail-prefs-legend = Send me a mail when
mail-prefs-always = (always sent)
mail-prefs-save = Save mail preferences
mail-kind = { $kind ->
        [order_placed] A new order for your co-op
        [order_accepted] An order accepted, with how to pay
        [order_rejected] An order rejected
        [order_cancelled] An order cancelled
        [order_paid] An order paid
        [order_shipped] An order shipped
        [order_delivered] An order delivered
        [order_settled] An order settled, with where its fee went
        [order_refunded] An order refunded
        [dispute_opened] A dispute opened
        [dispute_statement] A statement added to a dispute
        [dispute_resolved] A dispute resolved
        [coop_application] A co-op applying to join (committee)
        [coop_decision] Your co-op admitted or declined
        [payout_review] A payout run to review (committee)
        [payout_made] A payout made to your co-op
        [spending_review] A pool spending to review (committee)
       *[spending_decision] A pool spending decided
    }
