# La page du panier, le formulaire « Ajouter au panier » d'une offre, et la commande.
cart-title = Panier
cart-buying-for = Achat pour
cart-empty = Votre panier est vide.
cart-browse = Parcourir le catalogue
cart-item = Article
cart-unit-price = Prix unitaire
cart-quantity = Quantité
# Un prix unitaire : « 12,50 EUR / kg ».
cart-per-unit = { $price } / { $unit }
cart-total = Total
cart-subtotal = Sous-total
cart-update = Mettre à jour
cart-remove = Retirer
cart-check-out = Commander
cart-one-order-per-seller = Chaque vendeur reçoit sa propre commande.
cart-delivery-address = Adresse de livraison
cart-note = Note aux vendeurs
cart-place-orders = Passer les commandes
cart-terms-changed = Les prix ont changé depuis votre ajout
cart-terms-changed-explained = Les lignes signalées ci-dessus ont changé. Rien n'est commandé à des conditions que vous n'avez pas vues : acceptez les nouvelles conditions pour commander, ou modifiez votre panier.
cart-accept-terms = Accepter les nouvelles conditions
# Le formulaire « Ajouter au panier » sur la page d'une offre.
cart-quantity-in = Quantité ({ $unit })
cart-add = Ajouter au panier
# Messages après une action.
cart-added = Ajouté à votre panier.
cart-updated = Panier mis à jour.
cart-removed = Retiré de votre panier.
cart-terms-accepted = Nouvelles conditions acceptées. Vérifiez le panier et passez les commandes.
cart-placed = { $count ->
        [one] 1 commande passée : { $ids }.
       *[other] { $count } commandes passées : { $ids }.
    }
# Ce qui a changé sur une ligne depuis son ajout au panier.
cart-change-price = Changement : le prix était de { $was }, il est maintenant de { $now }.
cart-change-minimum = Changement : la commande minimale était de { $was }, elle est maintenant de { $now }.
cart-change-not-for-sale = Changement : n'est plus en vente.
cart-change-short = Changement : il ne reste que { $left }.
# Erreurs à côté d'une quantité.
cart-quantity-negative = Saisissez une quantité de 0 ou plus.
cart-quantity-decimals = Utilisez au plus 3 décimales.
cart-quantity-too-large = Saisissez au plus { $max }.
cart-quantity-zero = Saisissez une quantité supérieure à 0.
cart-quantity-minimum = Commandez au moins { $min }.
cart-quantity-stock = Seulement { $stock } en stock.
cart-not-for-sale = « { $title } » n'est pas en vente en ce moment.
cart-own-listing = C'est une offre de votre propre coopérative.
# Au-dessus du panier quand la commande n'a pas pu être passée telle quelle.
cart-cannot-place = Rien n'a été commandé : les lignes signalées ci-dessous ont changé. Modifiez le panier, ou acceptez les nouvelles conditions, et passez les commandes à nouveau.
# An error page: the co-op chosen is not one the viewer buys for.
cart-not-your-coop = Vous n'achetez pas pour cette coopérative.
cart-no-buying-coop = Aucune de vos coopératives n'est un acheteur admis.
cart-added-by = Ajouté par
cart-changed-by = modifié par { $name }
cart-line-gone = cette ligne vient d’être retirée ou commandée par un autre membre : rien n’a été modifié
cart-error-stale = le panier de votre coopérative a changé depuis l’affichage de cette page ; rien n’a été commandé : vérifiez le panier ci-dessous et passez à nouveau les commandes
cart-error-stale-by = le panier de votre coopérative a changé depuis l’affichage de cette page (dernière modification par { $name }) ; rien n’a été commandé : vérifiez le panier ci-dessous et passez à nouveau les commandes
cart-error-taken = le panier de votre coopérative a changé pendant votre commande : vérifiez-le et passez à nouveau les commandes
