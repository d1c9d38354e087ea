# La commande groupée d'un acheteur : ses commandes, son paiement, et la page de paiement par carte (Stripe).
checkout-title = Commande groupée nº { $id }
checkout-payment = Paiement
checkout-awaiting-sellers = Chaque vendeur doit accepter sa commande avant que vous payiez.
checkout-pay-whole = Payez { $total } par carte pour l'ensemble de la commande groupée.
checkout-pay-by-card = Payer par carte
checkout-confirming = Stripe confirme votre paiement de { $total } ; cette page l'affichera comme payé dès que Stripe nous le dira.
checkout-failed = Le paiement par carte a échoué : rien n'a été débité. Réessayez, avec une autre carte si besoin.
checkout-paid = Payé par carte : { $total }.
checkout-by-bank = Payez chaque commande par virement bancaire, avec la référence indiquée sur sa page.
checkout-nothing-due = Rien dans cette commande groupée n'attend de paiement.
checkout-card-title = Payer la commande groupée nº { $id } par carte
checkout-amount = Montant :
checkout-pay-amount = Payer { $amount }
checkout-needs-javascript = Le paiement par carte nécessite JavaScript (le formulaire de carte sécurisé de Stripe).
checkout-back = Retour à la commande groupée
checkout-use-bank = Payez chaque commande par virement bancaire avec la référence indiquée sur sa page.
checkout-no-cards = Le paiement par carte n'est pas configuré sur ce site.
