# E-mails. Order mails: $order is the order's number, $buyer and $seller the co-ops' names,
# amounts ($proceeds, $refunded, $fee ...) come formatted. $event chooses the words.
mail-order-subject = { $event ->
        [placed] Nouvelle commande n° { $order } de { $buyer }
        [accepted] Commande n° { $order } : acceptée, paiement dû
        [rejected] Commande n° { $order } : refusée
        [cancelled-by-seller] Commande n° { $order } : annulée
        [cancelled-by-buyer] Commande n° { $order } : annulée
        [paid] Commande n° { $order } : payée
        [shipped] Commande n° { $order } : expédiée
        [delivered] Commande n° { $order } : livrée
        [settled] Commande n° { $order } : réglée
        [refunded] Commande n° { $order } : remboursée
        [part-refunded] Commande n° { $order } : { $refunded } remboursés
        [disputed] Commande n° { $order } : litige ouvert
        [resolved-refund] Commande n° { $order } : litige tranché, remboursée
       *[resolved-settle] Commande n° { $order } : litige tranché, réglée
    }
mail-order-headline = { $event ->
        [placed] { $buyer } a passé la commande n° { $order }.
        [accepted] { $seller } a accepté la commande n° { $order }. Le paiement est maintenant dû.
        [rejected] { $seller } a refusé la commande n° { $order }.
        [cancelled-by-seller] { $seller } a annulé la commande n° { $order }.
        [cancelled-by-buyer] { $buyer } a annulé la commande n° { $order }.
        [paid] La commande n° { $order } est payée : { $seller } peut l'expédier.
        [shipped] { $seller } a expédié la commande n° { $order }.
        [delivered] { $buyer } a confirmé que la commande n° { $order } est arrivée.
        [settled] La commande n° { $order } est réglée : { $seller } doit recevoir { $proceeds }.
        [refunded] La commande n° { $order } a été remboursée à { $buyer }.
        [part-refunded] { $refunded } de la commande n° { $order } ont été remboursés à { $buyer }.
        [disputed] { $buyer } a ouvert un litige sur la commande n° { $order }. Le comité le tranche ; chaque partie peut ajouter une déclaration sur la page de la commande.
        [resolved-refund] Le comité a tranché le litige sur la commande n° { $order } en faveur de { $buyer } : elle est remboursée.
       *[resolved-settle] Le comité a tranché le litige sur la commande n° { $order } en faveur de { $seller } : elle est réglée.
    }
mail-order-between = Commande de { $buyer } à { $seller } :
mail-your-coop = votre coopérative
mail-order-line = { $quantity } { $title } à { $price } : { $total }
mail-subtotal = Sous-total : { $total }
mail-col-item = Article
mail-col-quantity = Quantité
mail-col-unit-price = Prix unitaire
mail-col-total = Total
mail-col-subtotal = Sous-total
# $rate is a number: 4 for 4 %.
mail-fee = { $settled ->
        [yes] Sur la commission de { $fee } ({ $rate } %) désormais prélevée : { $pool } au fonds commun, { $seller_share } à { $seller }, { $buyer_share } à { $buyer }.
       *[no] Sur la commission de { $fee } ({ $rate } %) : { $pool } au fonds commun, { $seller_share } à { $seller }, { $buyer_share } à { $buyer }.
    }
mail-refund-amounts = Remboursé maintenant : { $refunded }. Encore remboursable sur la commande : { $left }.
mail-refund-claw-back = { $settled ->
        [yes] Sur la commission déjà prélevée, { $fee } est repris : { $pool } au fonds commun, { $seller_share } à { $seller }, { $buyer_share } à { $buyer } (une part déjà versée est déduite du prochain versement).
       *[no] La commission baisse de { $fee } : { $pool } de moins au fonds commun, { $seller_share } de moins à { $seller }, { $buyer_share } de moins à { $buyer }.
    }
mail-pay-by-bank = Merci de payer par virement bancaire :
mail-pay-amount = Montant : { $amount }
mail-pay-holder = Titulaire du compte : { $holder }
mail-pay-iban = IBAN : { $iban }
mail-pay-bic = BIC : { $bic }
mail-pay-no-details = Le vendeur n'a pas encore saisi ses coordonnées bancaires : la page de la commande les affichera.
mail-pay-reference = Référence : { $reference }
mail-pay-by-card = Merci de payer { $amount } par carte sur la page de la commande :
mail-deliver-to = Livrer à :
mail-note = Note : { $note }
mail-see-order = Voir la commande
mail-open-link = L'ouvrir sur cooptrade
# Co-ops applying and the committee's decision. $kind is producer, buyer or both.
mail-coop-applied-subject = { $coop } demande à rejoindre cooptrade
mail-coop-applied-body = { $coop } ({ $kind ->
        [producer] productrice
        [buyer] acheteuse
       *[both] productrice et acheteuse
    }, { $country }, échanges en { $currency }) demande à adhérer. Admettez-la ou refusez-la sur la page du comité.
mail-coop-admitted-subject = { $coop } a été admise sur cooptrade
mail-coop-admitted-body = Le comité a admis { $coop } : elle peut maintenant commercer.
mail-coop-declined-subject = { $coop } a été refusée sur cooptrade
mail-coop-declined-body = Le comité a refusé la demande de { $coop }. Motif : { $reason }
# A statement added to a dispute. $side is buyer or seller.
mail-dispute-statement-subject = Commande n° { $order } : { $side ->
        [buyer] l'acheteur
       *[seller] le vendeur
    } a ajouté une déclaration au litige
mail-dispute-read = Lire le litige : { $link }
# Money sent by the committee. $how is stripe or bank.
mail-payout-made-subject = Versement de { $amount } envoyé
mail-payout-made-body = Le comité du fonds commun a envoyé { $amount } à votre coopérative { $how ->
        [stripe] par Stripe
       *[bank] par virement bancaire
    } (campagne de versements n° { $run }, ligne n° { $line }).
mail-spending-paid-subject = { $amount } du fonds commun
mail-spending-paid-body = Le comité du fonds commun a envoyé { $amount } à votre coopérative { $how ->
        [stripe] par Stripe
       *[bank] par virement bancaire
    } pour « { $title } ».
# Committee mails. $link is the page to review on.
mail-spending-review-subject = La dépense n° { $id } du fonds commun attend votre examen
mail-spending-review-body = { $coop } propose de dépenser { $amount } du fonds commun pour { $title } : { $purpose }
mail-review-at = Examinez-la sur { $link }
mail-run-review-subject = La campagne de versements n° { $run } attend votre examen
mail-run-review-body = Une campagne de versements de { $amount } à { $count ->
        [one] { $count } coopérative
       *[other] { $count } coopératives
    } a été préparée et attend l'approbation du comité.
mail-run-held-subject = Ajoutez vos coordonnées bancaires pour recevoir un versement
mail-run-held-body = La campagne de versements n° { $run } doit { $amount } à votre coopérative, mais nous n'avons pas ses coordonnées bancaires : le paiement est retenu. Ajoutez le titulaire et l'IBAN sous « Coordonnées de versement » sur { $link }
mail-run-blocked-subject = La campagne de versements n° { $run } ne peut pas être approuvée par le comité en l'état
mail-run-blocked-body = La campagne de versements n° { $run } requiert { $quorum } approbations, mais seuls { $count } membres du comité peuvent encore voter (les autres appartiennent à une coopérative qu'elle paie, et qui l'a préparée ne peut pas l'approuver seul). Ajoutez des membres au comité ou rejetez-la avec un motif.
mail-see = Voir { $link }
# Account mails.
mail-hello-name = Bonjour { $name },
mail-hello = Bonjour,
mail-verify-subject = Confirmez votre adresse e-mail pour cooptrade
mail-verify-body = pour confirmer que { $email } est votre adresse sur cooptrade, suivez ce lien dans les 24 heures :
mail-verify-once = Le lien ne fonctionne qu'une fois. Si vous n'avez rien demandé, ignorez ce message : rien ne change.
mail-taken-subject = Quelqu'un a essayé de s'inscrire avec votre adresse
mail-taken-body = quelqu'un a essayé de créer un compte cooptrade avec votre adresse, { $email }, qui en a déjà un. Rien n'a été modifié.
mail-taken-what-now = Si c'était vous, connectez-vous sur { $login } ou, si vous avez oublié votre mot de passe, réinitialisez-le sur { $reset }. Sinon, vous pouvez ignorer ce message.
mail-reset-subject = Réinitialisez votre mot de passe cooptrade
mail-reset-body = pour choisir un nouveau mot de passe cooptrade, suivez ce lien dans l'heure :
mail-reset-once = Le lien ne fonctionne qu'une fois, et choisir un mot de passe déconnecte tous les autres appareils. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.
mail-change-subject = Votre adresse cooptrade est en cours de modification
mail-change-body = votre compte cooptrade a demandé à passer de { $email } à { $new }. Le changement a lieu quand le lien envoyé à la nouvelle adresse est suivi.
mail-change-not-you = Si ce n'était pas vous, connectez-vous et changez votre mot de passe : le changement n'a pas lieu sans ce lien.
mail-lockout-subject = Échecs de connexion répétés sur votre compte
mail-lockout-body = Quelqu'un a essayé plusieurs fois de se connecter à votre compte cooptrade avec un mauvais mot de passe. Les connexions au compte sont refusées pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
mail-lockout-advice = Si c'était vous, attendez et réessayez. Sinon, votre mot de passe a tenu ; vous pourriez le remplacer par un plus long.
# An invitation to join a co-op. $role is admin or member.
mail-invitation-subject = { $coop } vous invite à la rejoindre en tant { $role ->
        [admin] qu'administrateur
       *[member] que membre
    }
mail-invitation-body = { $name } vous invite à devenir { $role ->
        [admin] administrateur
       *[member] membre
    } de { $coop } sur cooptrade.
mail-invitation-consent = Rien ne change tant que vous n'avez pas dit oui. Acceptez ou refusez sur { $link }
mail-invitation-register = Si vous n'avez pas encore de compte, inscrivez-vous d'abord avec cette adresse ({ $email }).
