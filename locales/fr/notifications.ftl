# La page des notifications, et les préférences d’e-mail sur la page du compte.
notifications-title = Notifications
notifications-mark-all = Tout marquer comme lu
notifications-none = Rien pour l’instant.
notifications-new = nouveau
notifications-mark-read = Marquer comme lu
notifications-older = Notifications plus anciennes
notification-text = { $kind ->
        [order_placed] Nouvelle commande n° { $id } pour votre coopérative
        [order_accepted] La commande n° { $id } a été acceptée ; le paiement est attendu
        [order_rejected] La commande n° { $id } a été refusée
        [order_cancelled] La commande n° { $id } a été annulée
        [order_paid] La commande n° { $id } est payée
        [order_shipped] La commande n° { $id } a été expédiée
        [order_delivered] La commande n° { $id } est arrivée
        [order_settled] La commande n° { $id } est réglée
        [order_refunded] La commande n° { $id } a été remboursée
        [dispute_opened] Un litige a été ouvert sur la commande n° { $id }
        [dispute_statement] Une déclaration a été ajoutée au litige sur la commande n° { $id }
        [dispute_resolved] Le litige sur la commande n° { $id } a été tranché
        [coop_application] Une coopérative demande à rejoindre la place de marché
        [coop_decision] Le comité a statué sur la candidature de votre coopérative
        [payout_review] Le lot de versements n° { $id } attend votre examen
        [payout_made] Un versement a été fait à votre coopérative
        [spending_review] La dépense du fonds n° { $id } attend votre examen
       *[spending_decision] Une dépense du fonds a été décidée
    }
flash-marked-read = { $count ->
        [one] { $count } notification marquée comme lue.
       *[other] { $count } notifications marquées comme lues.
    }
flash-one-marked-read = Marquée comme lue.
flash-mail-saved = Vos préférences d’e-mail sont enregistrées.
mail-prefs-title = Les e-mails que vous recevez
mail-prefs-intro = Chaque notification figure aussi sur votre { $page }. Les e-mails appelant une action sont toujours envoyés.
mail-prefs-page = page des notifications
mail-prefs-legend = M’envoyer un e-mail pour
mail-prefs-always = (toujours envoyé)
mail-prefs-save = Enregistrer les préférences d’e-mail
mail-kind = { $kind ->
        [order_placed] Une nouvelle commande pour votre coopérative
        [order_accepted] Une commande acceptée, avec la façon de payer
        [order_rejected] Une commande refusée
        [order_cancelled] Une commande annulée
        [order_paid] Une commande payée
        [order_shipped] Une commande expédiée
        [order_delivered] Une commande livrée
        [order_settled] Une commande réglée, avec la destination de sa commission
        [order_refunded] Une commande remboursée
        [dispute_opened] Un litige ouvert
        [dispute_statement] Une déclaration ajoutée à un litige
        [dispute_resolved] Un litige tranché
        [coop_application] Une coopérative qui demande à entrer (comité)
        [coop_decision] Votre coopérative admise ou refusée
        [payout_review] Un lot de versements à examiner (comité)
        [payout_made] Un versement fait à votre coopérative
        [spending_review] Une dépense du fonds à examiner (comité)
       *[spending_decision] Une dépense du fonds décidée
    }
