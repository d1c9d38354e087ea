# Siden med notifikationer og mailindstillingerne på kontosiden.
notifications-title = Notifikationer
notifications-mark-all = Markér alle som læst
notifications-none = Intet endnu.
notifications-new = ny
notifications-mark-read = Markér som læst
notifications-older = Ældre notifikationer
notification-text = { $kind ->
        [order_placed] Ny ordre nr. { $id } til jeres kooperativ
        [order_accepted] Ordre nr. { $id } er accepteret; betalingen forfalder nu
        [order_rejected] Ordre nr. { $id } er afvist
        [order_cancelled] Ordre nr. { $id } er annulleret
        [order_paid] Ordre nr. { $id } er betalt
        [order_shipped] Ordre nr. { $id } er afsendt
        [order_delivered] Ordre nr. { $id } er kommet frem
        [order_settled] Ordre nr. { $id } er afregnet
        [order_refunded] Ordre nr. { $id } er refunderet
        [dispute_opened] Der er åbnet en tvist om ordre nr. { $id }
        [dispute_statement] Der er tilføjet en redegørelse til tvisten om ordre nr. { $id }
        [dispute_resolved] Tvisten om ordre nr. { $id } er afgjort
        [coop_application] Et kooperativ har søgt om at komme med på markedspladsen
        [coop_decision] Udvalget har taget stilling til jeres kooperativs ansøgning
        [payout_review] Udbetalingskørsel nr. { $id } venter på din gennemgang
        [payout_made] Der er foretaget en udbetaling til jeres kooperativ
        [spending_review] Udgift fra puljen nr. { $id } venter på din gennemgang
       *[spending_decision] En udgift fra puljen er afgjort
    }
flash-marked-read = { $count ->
        [one] { $count } markeret som læst.
       *[other] { $count } markeret som læst.
    }
flash-one-marked-read = Markeret som læst.
flash-mail-saved = Dine mailindstillinger er gemt.
mail-prefs-title = Mails, du modtager
mail-prefs-intro = Alle notifikationer står også på din { $page }. Mails, som nogen skal handle på, sendes altid.
mail-prefs-page = side med notifikationer
mail-prefs-legend = Send mig en mail ved
mail-prefs-always = (sendes altid)
mail-prefs-save = Gem mailindstillinger
mail-kind = { $kind ->
        [order_placed] En ny ordre til jeres kooperativ
        [order_accepted] En accepteret ordre, med hvordan den betales
        [order_rejected] En afvist ordre
        [order_cancelled] En annulleret ordre
        [order_paid] En betalt ordre
        [order_shipped] En afsendt ordre
        [order_delivered] En leveret ordre
        [order_settled] En afregnet ordre, med hvor gebyret gik hen
        [order_refunded] En refunderet ordre
        [dispute_opened] En åbnet tvist
        [dispute_statement] En redegørelse tilføjet til en tvist
        [dispute_resolved] En afgjort tvist
        [coop_application] Et kooperativ, der søger om optagelse (udvalget)
        [coop_decision] Jeres kooperativ optaget eller afvist
        [payout_review] En udbetalingskørsel til gennemgang (udvalget)
        [payout_made] En udbetaling til jeres kooperativ
        [spending_review] En udgift fra puljen til gennemgang (udvalget)
       *[spending_decision] En afgjort udgift fra puljen
    }
