# Noms des statuts sur les badges et leur sens (au survol). $code est la valeur enregistrée.
status-listing = { $code ->
        [draft] brouillon
        [active] en vente
        [paused] en pause
       *[archived] archivée
    }
status-listing-meaning = { $code ->
        [draft] Seule votre coopérative la voit.
        [active] Les acheteurs la voient et peuvent la commander.
        [paused] Les acheteurs la voient mais ne peuvent pas la commander.
       *[archived] Retirée pour de bon ; gardée pour les commandes qui la citent.
    }
status-coop = { $code ->
        [pending] en attente du comité
        [admitted] admise
       *[declined] refusée
    }
status-coop-meaning = { $code ->
        [pending] Le comité n’a pas encore statué sur la candidature.
        [admitted] La coopérative commerce sur la place de marché.
       *[declined] Le comité a refusé la candidature.
    }
status-run = { $code ->
        [awaiting_review] en attente d’examen
        [approved] approuvé
        [rejected] rejeté
        [paid] payé
       *[superseded] remplacé
    }
status-run-meaning = { $code ->
        [awaiting_review] Le comité n’a pas encore atteint son quorum d’approbations.
        [approved] Le comité l’a approuvé ; ses lignes peuvent être payées.
        [rejected] Un membre du comité l’a rejeté ; rien n’y sera payé.
        [paid] Toutes les lignes sont payées.
       *[superseded] Il a été refait en un lot plus récent et reste conservé pour mémoire.
    }
status-line = { $code ->
        [open] à payer
        [paid] payée
       *[failed] paiement échoué
    }
status-line-meaning = { $code ->
        [open] Pas encore payée.
        [paid] La coopérative a été payée.
       *[failed] Le dernier paiement a échoué ; la ligne reste ouverte pour un nouvel essai.
    }
status-spending = { $code ->
        [awaiting_review] en attente d’examen
        [approved] approuvée
        [rejected] rejetée
        [paid] payée
       *[failed] paiement échoué
    }
status-spending-meaning = { $code ->
        [awaiting_review] Le comité n’a pas encore atteint son quorum d’approbations.
        [approved] L’argent est mis de côté dans le fonds, en attente de paiement.
        [rejected] Un membre du comité l’a rejetée ; rien ne sera payé.
        [paid] Le bénéficiaire a été payé sur le fonds commun.
       *[failed] Le paiement a échoué ; il peut être renvoyé.
    }
status-method = { $code ->
        [bank] virement bancaire
       *[stripe] virement Stripe
    }
status-method-meaning = { $code ->
        [bank] Payé depuis le fichier bancaire et marqué payé par le comité.
       *[stripe] Payé sur le compte Stripe connecté de la coopérative.
    }
status-payment = { $code ->
        [card] carte
       *[bank] virement bancaire
    }
status-payment-meaning = { $code ->
        [card] Payé par carte via Stripe ; les remboursements reviennent sur la carte.
       *[bank] Payé par virement bancaire ; le vendeur envoie les remboursements.
    }
status-order = { $code ->
        [placed] passée
        [accepted] acceptée
        [paid] payée
        [shipped] expédiée
        [delivered] livrée
        [settled] réglée
        [rejected] refusée
        [cancelled] annulée
        [disputed] en litige
       *[refunded] remboursée
    }
status-order-meaning = { $code ->
        [placed] En attente d’acceptation par le vendeur ; le stock est réservé.
        [accepted] Acceptée par le vendeur ; en attente de paiement.
        [paid] Payée ; en attente d’expédition par le vendeur.
        [shipped] En route vers l’acheteur.
        [delivered] L’acheteur a confirmé la livraison ; elle sera bientôt réglée.
        [settled] Terminée : la commission est prélevée et le produit du vendeur comptabilisé.
        [rejected] Le vendeur l’a refusée.
        [cancelled] Annulée avant paiement.
        [disputed] En litige ; le comité tranche.
       *[refunded] L’acheteur a été remboursé.
    }
# Boutons : ce que la personne peut faire maintenant. $code est le nom stable de l’action.
action-order = { $code ->
        [accept] Accepter
        [reject] Refuser
        [cancel] Annuler la commande
        [confirm_payment] Confirmer la réception du paiement
        [payment_succeeded] Paiement réussi
        [ship] Marquer comme expédiée
        [confirm_delivery] Confirmer la livraison
        [settle] Régler
        [dispute] Ouvrir un litige
        [resolve_settle] Trancher : régler
        [resolve_refund] Trancher : rembourser
       *[refund] Rembourser
    }
action-listing = { $code ->
        [edit] Modifier
        [publish] Publier
        [pause] Mettre en pause
        [delete] Supprimer
       *[archive] Archiver
    }
action-run = { $code ->
        [redraft] Refaire ce lot
        [send_stripe] Envoyer les virements Stripe
       *[mark_bank_paid] Marquer tout le fichier bancaire comme payé
    }
action-spending = { $code ->
        [send_stripe] Envoyer par Stripe
       *[mark_paid] Marquer comme payée
    }
action-line = { $code ->
        [retry] Réessayer le virement
        [send] Envoyer ce virement
        [mark_paid] Marquer comme payée
       *[mark_failed] Marquer comme échouée
    }
action-line-failed-placeholder = ce que la banque a répondu
status-error-unknown = « { $value } » n’est pas une valeur possible : utilisez { $choices } ou { $last }
