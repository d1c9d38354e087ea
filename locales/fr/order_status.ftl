# Provisoire : les états et actions de commande du status.ftl d'i18n-desk (mêmes clés), en
# attendant qu'il arrive. À la fusion, supprimer ce fichier dans chaque langue et
# « order_status » des AREAS de i18n/src/files.rs.
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
        [placed] En attente de l'acceptation du vendeur ; le stock est réservé.
        [accepted] Acceptée par le vendeur ; en attente du paiement.
        [paid] Payée ; en attente de l'expédition par le vendeur.
        [shipped] En route vers l'acheteur.
        [delivered] L'acheteur a confirmé la livraison ; elle sera bientôt réglée.
        [settled] Terminée : la commission est prélevée et la recette du vendeur comptabilisée.
        [rejected] Le vendeur l'a refusée.
        [cancelled] Annulée avant le paiement.
        [disputed] En litige ; le comité tranche.
       *[refunded] L'acheteur a été remboursé.
    }
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
