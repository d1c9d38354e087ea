# Les listes de commandes, la page d'une commande, sa confirmation imprimable, les actions et les remboursements.
orders-title = Commandes
orders-buying = Achats
orders-selling = Ventes
orders-state = État
orders-any-state = Tous les états
orders-filter = Filtrer
orders-none = Aucune commande.
orders-order = Commande
orders-buyer = Acheteur
orders-seller = Vendeur
orders-total = Total
orders-placed = Passée le
orders-older = Commandes plus anciennes
orders-order-title = Commande nº { $id }
# Sous le titre : le vendeur et l'acheteur sont des liens.
orders-from-to = De { $seller } à { $buyer } · passée le { $when }
orders-your-coop = votre coopérative
orders-the-buyer-coop = la coopérative acheteuse
orders-the-seller-coop = la coopérative vendeuse
# Où va la commission ; $seller et $buyer sont les trois expressions ci-dessus.
orders-fee-split = Sur la commission de { $fee } ({ $rate }) : { $pool } au fonds commun, { $seller_share } à { $seller }, { $buyer_share } à { $buyer }.
orders-percent = { $rate } %
orders-marketplace-fee = Commission de la place de marché ({ $rate })
orders-seller-proceeds = Recette du vendeur
orders-dispute-link = Le litige : déclarations des deux parties
orders-how-to-pay = Comment payer
orders-pay-by-bank = Virez { $amount } sur le compte bancaire du vendeur ; le vendeur confirme ici la réception.
orders-account-holder = Titulaire du compte
orders-payment-reference = Référence du paiement
orders-pay-bank-missing = Payez { $amount } avec la référence { $reference }. Le vendeur n'a pas encore saisi ses coordonnées bancaires : demandez-lui son compte.
orders-pay-by-card = Payez { $amount } par carte pour la commande groupée nº { $checkout } : { $link }.
orders-pay-by-card-link = Payer par carte
orders-deliver-to = Livrer à
orders-note = Note
orders-refunded-so-far = Remboursé jusqu'ici :
orders-claw-back = Les remboursements ont repris sur la commission : { $pool } au fonds commun, { $seller_share } sur la part de { $seller } et { $buyer_share } sur la part de { $buyer }.
orders-refund-part = Rembourser une partie de cette commande
orders-refund-amount = Montant ({ $currency }, au plus { $left })
orders-reason = Motif
orders-refund = Rembourser
orders-what-you-can-do = Ce que vous pouvez faire
orders-printable = Confirmation imprimable
orders-history = Historique
orders-when = Quand
orders-who = Qui
orders-what = Quoi
orders-now = Ensuite
# Qui a fait quelque chose, dans l'historique : « Ama Mensah (vendeur) ».
orders-who-role = { $name } ({ $role ->
        [buyer] acheteur
        [seller] vendeur
        [committee] comité
       *[system] système
    })
orders-role = { $role ->
        [buyer] acheteur
        [seller] vendeur
        [committee] comité
       *[system] système
    }
# Ce qui s'est passé, dans l'historique. $code est le nom stable de l'événement.
orders-event = { $code ->
        [place] passée
        [accept] acceptée
        [reject] refusée
        [cancel] annulée
        [confirm_payment] paiement confirmé
        [payment_succeeded] paiement réussi
        [ship] expédiée
        [confirm_delivery] livraison confirmée
        [settle] réglée
        [dispute] litige ouvert
        [resolve_settle] litige tranché : réglée
        [resolve_refund] litige tranché : remboursée
        [refund] remboursée
        [partial_refund] remboursée en partie
       *[other] { $code }
    }
orders-confirmation-title = Confirmation de commande nº { $id }
orders-placed-state = Passée le { $when } · état : { $state }
orders-print = Imprimer
# Messages après une action ou un remboursement.
orders-now-state = La commande nº { $id } est maintenant { $state }.
orders-refunded = { $amount } remboursés ; la commande nº { $id } est { $state }.
orders-statement-added = Votre déclaration a été ajoutée.
# Erreurs à côté du montant d'un remboursement, du motif d'une action ou d'une déclaration.
orders-refund-not-positive = Saisissez un montant supérieur à 0.
orders-refund-decimals = Le { $currency } a { $decimals ->
        [0] zéro décimale
        [one] 1 décimale
       *[other] { $decimals } décimales
    } : n'en écrivez pas davantage.
orders-refund-too-much = Il reste au plus { $left } à rembourser.
orders-reason-missing = Dites pourquoi : l'autre partie le lira.
orders-text-control = Retirez les caractères de contrôle (codes invisibles, ou saut de ligne dans un champ d'une ligne).
orders-text-too-long = Limitez-vous à { $max } caractères (il y en a { $length }).
orders-statement-missing = Décrivez ce qui s'est passé.
orders-action-not-now = Cette commande est maintenant { $state } : « { $action } » n'est plus possible. La page montre ce que vous pouvez faire maintenant.
orders-action-not-yours = Vous ne pouvez pas faire « { $action } » sur cette commande.
# A part refund in an order's history; $reason is what the seller wrote.
orders-note-part-refund = { $amount } remboursés. { $reason }

# The order state machine's refusals: $code is the order's state, $action what was asked
# (a verb with its object), $hint why, $who who may.
order-refused-act = { $action ->
        [accept] accepter une commande
        [reject] refuser une commande
        [cancel] annuler une commande
        [confirm_payment] confirmer le paiement d’une commande
        [payment_succeeded] signaler le paiement d’une commande
        [ship] expédier une commande
        [confirm_delivery] confirmer la livraison d’une commande
        [settle] régler une commande
        [dispute] contester une commande
        [resolve_settle] trancher un litige sur une commande
        [resolve_refund] trancher un litige sur une commande
       *[refund] rembourser une commande
    }
order-refused-hint = { $hint ->
        [placed-only] seule une commande passée peut être acceptée ou refusée
        [paid-refund] elle est déjà payée : le vendeur peut la rembourser
        [unpaid-only] seule une commande pas encore payée peut être annulée
        [accept-first] elle doit d’abord être acceptée
        [already-paid] elle est déjà payée
        [pay-first] elle doit d’abord être payée
        [already-shipped] elle a déjà été expédiée
        [ship-first] elle doit d’abord être expédiée
        [shipped-only] la livraison ne peut être confirmée que pendant l’expédition
        [disputed] elle est en litige : le comité la tranche
        [deliver-first] la livraison doit d’abord être confirmée
        [unpaid-cancel] elle n’est pas encore payée : annulez-la plutôt
        [ship-first-refund] elle doit d’abord être expédiée ; le vendeur peut la rembourser
        [settled-ask] elle est déjà réglée : demandez un remboursement au comité
        [disputed-only] seule une commande en litige peut être tranchée
       *[shipped-dispute] elle a été expédiée : l’acheteur peut ouvrir un litige
    }
order-refused-whom = { $who ->
        [seller] seule la coopérative vendeuse peut
        [buyer] seule la coopérative acheteuse peut
        [committee] seul le comité peut
        [system] seul le système peut
        [buyer_seller] seules la coopérative acheteuse ou la coopérative vendeuse peuvent
       *[seller_committee] seuls la coopérative vendeuse ou le comité peuvent
    }
order-refused-already = la commande est déjà { status-order }
order-refused-state = on ne peut pas { order-refused-act } { status-order } : { order-refused-hint }
order-refused-who = { order-refused-whom } { order-refused-act }
order-refused-who-state = { order-refused-whom } { order-refused-act } { status-order }
order-refused-not-yours = cette commande n’est pas la vôtre

# Refusals the store returns as codes.
order-changed = la commande a changé entre-temps ; rechargez-la et réessayez
order-error-no-lines = la commande n’a aucune ligne
order-error-no-address = saisissez une adresse de livraison
order-error-text-long = l’adresse ou la note est trop longue
order-error-quantity-large = quantité trop grande
order-error-stock-taken = stock insuffisant : une autre commande l’a pris entre-temps ; rechargez et réessayez
order-error-minimum = commandez au moins { $min } de « { $title } »
order-error-stock = stock insuffisant pour « { $title } » : il en reste moins de { $quantity }
order-error-changed = certaines lignes ont changé depuis leur ajout au panier ({ $lines }) ; rien n’a été commandé : vérifiez les nouvelles conditions ci-dessous et acceptez-les pour commander
order-changed-line = « { $title } » : { $changes }
order-change-price = le prix était de { $was }, il est maintenant de { $now }
order-change-minimum = la commande minimale était de { $was }, elle est maintenant de { $now }
order-change-not-for-sale = n’est plus en vente
order-change-short = il n’en reste que { $left }
order-error-expected-total = le total est de { $placed }, et non de { $expected } comme prévu ; vérifiez les prix et envoyez le nouveau total
order-error-leader-refused = une demande attendait une autre qui a été refusée
order-error-key-reused = cette clé a déjà servi pour une autre demande
