# Les lots de versements du comité, la page d’un lot, et les propositions de dépense du fonds.
payouts-title = Lots de versements
payouts-nothing-owed = Aucune coopérative n’est créancière du versement minimum dans aucune devise ; il n’y a donc pas de lot à préparer.
payouts-currency = Devise (celles où quelque chose est dû, la plus grande d’abord)
payouts-owed = { $currency } · { $amount } dus
payouts-draft = Préparer un lot de versements
payouts-col-run = Lot
payouts-col-drafted = Préparé le
payouts-col-lines = Lignes
payouts-col-total = Total
payouts-col-status = Statut
payouts-run-name = n° { $id } { $currency }
payouts-older-runs = Lots plus anciens
payouts-spending = Propositions de dépense du fonds
payouts-no-run = Aucun lot de versements pour l’instant.
payouts-no-proposal = Aucune proposition pour l’instant.
payouts-spending-to = { $amount } pour { $coop }
payouts-older-proposals = Propositions plus anciennes
payouts-decisions = Décisions
payouts-command-line = la ligne de commande
payouts-decision = { $what ->
        [drafted] l’a préparé
        [proposed] l’a proposée
        [approved] a approuvé
        [rejected] a rejeté
        [paid] a marqué payé
        [failed] a enregistré un paiement échoué
        [replaces] l’a refait
        [superseded] l’a remplacé
       *[other] { $what }
    }
payouts-no-vote = Vous ne pouvez pas voter : vous appartenez à une coopérative qui reçoit de l’argent ici, ou vous avez déjà voté.
payouts-reason = Motif (obligatoire pour rejeter)
payouts-approve = Approuver
payouts-reject = Rejeter
payouts-voters = { $voters ->
        [one] { $voters } membre du comité peut encore voter
       *[other] { $voters } membres du comité peuvent encore voter
    } ; { $needed ->
        [one] il faut encore { $needed } approbation.
       *[other] il faut encore { $needed } approbations.
    }
payouts-unreachable = Le comité ne peut pas approuver ceci en l’état.
payouts-unreachable-why = Moins de membres peuvent encore voter que le quorum n’en demande (les autres appartiennent à une coopérative payée ici, et qui l’a préparé ne peut l’approuver seul). Ajoutez des membres au comité, ou rejetez-le avec un motif.
run-title = Lot de versements n° { $id }
run-summary = Préparé le { $created } ; { $count ->
        [one] { $count } coopérative
       *[other] { $count } coopératives
    }, { $total }. Il faut { $quorum } approbations distinctes.
run-link = lot n° { $id }
run-replaces = Remplace le { $run }, qui payait plus que le dû.
run-replaced-by = Remplacé par le { $run } ; ce lot est conservé pour mémoire.
run-stale = Ce lot n’est plus à jour.
run-stale-why = Des remboursements depuis sa préparation ont réduit ce qui est dû : il paierait plus que le dû actuel (voir les lignes signalées plus bas). Il ne peut être ni approuvé, ni exporté, ni payé.
run-lines = Lignes
run-line-over = Paie { $amount } de plus que ce qui est dû à cette coopérative aujourd’hui.
run-line-parts = part équitable { $fair_share } · produit { $proceeds } · par { $method }
run-line-no-iban = non renseigné
run-line-stripe-error = Erreur Stripe : { $error }
run-line-bank-error = Erreur bancaire : { $error }
run-line-no-bank-details = pas de coordonnées bancaires
run-line-held = En attente : cette coopérative n’a pas de coordonnées bancaires ; la ligne est écartée des fichiers bancaires et ne peut être marquée payée. Ses administrateurs ont été invités à les ajouter.
run-line-entries = Écritures derrière cette ligne ({ $count })
run-entry-order = commande n° { $id }
run-col-entry = Écriture
run-files-after-approval = Les fichiers bancaires pourront être téléchargés une fois le lot approuvé par le comité.
run-download-csv = Télécharger le fichier bancaire (CSV)
run-download-sepa = Télécharger le fichier SEPA (pain.001)
run-no-debtor = Le compte bancaire de la place de marché n’est pas encore configuré : impossible de faire un fichier SEPA ; téléchargez le CSV ou demandez à l’exploitant de le configurer.
run-held-count = { $count ->
        [one] { $count } coopérative n’a pas de coordonnées bancaires : sa ligne est en attente, écartée des fichiers bancaires, jusqu’à ce que ses administrateurs les ajoutent.
       *[other] { $count } coopératives n’ont pas de coordonnées bancaires : leurs lignes sont en attente, écartées des fichiers bancaires, jusqu’à ce que leurs administrateurs les ajoutent.
    }
confirm-paid-title = Marquer le lot n° { $id } comme payé
confirm-paid-heading = Marquer le fichier bancaire du lot n° { $id } comme payé ?
confirm-paid-body = Ceci marque { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }, { $total } au total, comme payées par la banque. Ne le faites qu’une fois les virements effectués par la banque.
confirm-paid-held = { $count ->
        [one] { $count } ligne en attente (sans coordonnées bancaires) reste ouverte.
       *[other] { $count } lignes en attente (sans coordonnées bancaires) restent ouvertes.
    }
confirm-paid-yes = { $count ->
        [one] Oui, marquer { $count } ligne comme payée
       *[other] Oui, marquer { $count } lignes comme payées
    }
confirm-paid-cancel = Annuler
spending-title = Dépense n° { $id }
spending-summary = { $amount } du fonds commun pour { $coop }. Il faut { $quorum } approbations distinctes.
spending-paid-by-stripe = Payée par virement Stripe
spending-payment-error = Erreur de paiement : { $error }
spending-propose-title = Proposer une dépense du fonds
spending-propose-heading = Proposer une dépense du fonds commun
spending-field-title = Titre
spending-field-purpose = Objet
spending-field-amount = Montant
spending-field-currency = Devise (celles que détient le fonds, la plus grande d’abord)
spending-field-recipient = Coopérative bénéficiaire
spending-in-pool = { $currency } · { $amount } dans le fonds
spending-pool-empty = Le fonds commun ne détient encore rien.
spending-propose = Proposer
flash-run-drafted = Le lot a été préparé ; le comité a été invité à l’examiner.
flash-vote-recorded = C’est noté ; { $subject ->
        [run] le lot est désormais { $status ->
                [awaiting_review] en attente d’examen
                [approved] approuvé
               *[rejected] rejeté
            }
       *[spending] la dépense est désormais { $status ->
                [awaiting_review] en attente d’examen
                [approved] approuvée
               *[rejected] rejetée
            }
    }.
flash-line-paid = La ligne est payée.
flash-line-already-paid = La ligne était déjà payée ; rien n’a changé.
flash-line-failed = La ligne reste ouverte pour un nouvel essai.
flash-stripe-paid = { $paid ->
        [one] { $paid } ligne payée par Stripe.
       *[other] { $paid } lignes payées par Stripe.
    }
flash-stripe-failed = { $paid } payées par Stripe ; { $failed ->
        [one] { $failed } a échoué et reste ouverte pour un nouvel essai : { $errors }
       *[other] { $failed } ont échoué et restent ouvertes pour un nouvel essai : { $errors }
    }
flash-run-redrafted = Le lot n° { $id } a été refait en ce lot, qui paie ce qui est dû aujourd’hui ; le comité a été invité à l’examiner.
flash-run-replaced = Le lot n° { $id } a été remplacé ; plus rien n’est dû, donc aucun nouveau lot n’a été préparé.
flash-spending-proposed = La dépense n° { $id } a été proposée ; le comité va l’examiner.
flash-spending-paid = La dépense est payée.
flash-spending-already-paid = Elle était déjà payée ; rien n’a changé.
flash-bank-file-paid = { $count ->
        [one] { $count } ligne marquée comme payée.
       *[other] { $count } lignes marquées comme payées.
    }
flash-bank-details-saved = Coordonnées bancaires enregistrées.
error-decision-vote = la décision doit être « approuver » ou « rejeter »
payout-details-title = Coordonnées de versement
payout-details-page = Coordonnées de versement de { $coop }
payout-details-on-file = Compte bancaire : { $account }
payout-details-none = Pas encore de compte bancaire : les acheteurs qui paient par virement en ont besoin.
payout-details-holder = Titulaire du compte
payout-details-iban-hint = Les espaces sont acceptés, p. ex. DE89 3704 0044 0532 0130 00
payout-details-save = Enregistrer les coordonnées bancaires
payout-details-back = Retour à la coopérative
stripe-not-connected = Non connecté : la coopérative est payée par virement bancaire.
stripe-connect = Connecter un compte Stripe
stripe-incomplete = Inscription inachevée ({ $account }) : encaissements { $charges ->
        [yes] activés
       *[no] pas encore activés
    }, versements { $payouts ->
        [yes] activés
       *[no] pas encore activés
    }. La coopérative est payée par virement bancaire jusqu’à ce que Stripe active les deux.
stripe-continue = Poursuivre l’inscription Stripe
stripe-ready = Prêt ({ $account }) : encaissements et versements activés. Les versements vont sur ce compte Stripe.
# Bank details typed by a co-op's admin.
bank-error-iban = saisissez un IBAN : code pays, clé de contrôle et compte, p. ex. DE89 3704 0044 0532 0130 00
bank-error-iban-checksum = la clé de contrôle de cet IBAN est fausse : vérifiez s’il y a une faute de frappe
bank-error-bic = saisissez un BIC de 8 ou 11 caractères, p. ex. COBADEFFXXX
bank-error-holder = saisissez le titulaire du compte (140 caractères au plus)
# Why the system took a decision, as the decisions list shows it.
decision-why-paid = { $amount }
decision-why-line-paid = ligne n° { $line } : { $amount }
decision-why-line-failed = ligne n° { $line } : { $error }
decision-why-replaces = le lot n° { $run } versait plus que ce qui est dû maintenant
decision-why-redrafted = réétabli comme lot n° { $run }
decision-why-nothing-owed = réétabli, mais plus rien n’est dû
# Payment and bank refusals, as people read them; $gateway is a gateway's name (stripe, manual).
payments-error-stripe-refused = Stripe a refusé le virement ({ $status }) : { $message }
payments-error-card-steps = { $amount } ne peut pas être payé par carte : Stripe n’accepte le { $currency } que par pas de 0,010
payments-error-no-connect = les paiements passent par la passerelle { $gateway } : les coopératives sont payées par virement bancaire, il n’y a pas de compte Stripe à connecter ni à payer
payments-error-by-hand = les paiements arrivent par { $gateway } : ils ne peuvent pas être confirmés à la main
payments-error-pay-by-bank = payez chaque commande par virement bancaire avec la référence indiquée sur sa page
payments-error-coop-no-connect = les paiements passent par la passerelle { $gateway } : { $coop } est payée par virement bancaire, il n’y a pas de compte Stripe à connecter
payments-error-not-accepted = chaque vendeur doit accepter sa commande avant que vous payiez
payments-error-nothing-due = rien dans ce paiement n’attend d’être payé
payments-error-currencies = un paiement en plusieurs devises se règle commande par commande
payments-error-already-paid = ce paiement est déjà réglé
payouts-error-bank-refused = la banque a refusé le virement

# Refusals the store returns as codes.
payouts-error-not-open = le versement n° { $run } est { status-run } et ne peut pas être refait
payouts-error-nothing-to-redraft = le versement n° { $run } ne paie toujours que ce qui est dû ; il n’y a rien à refaire
payouts-error-not-approved-pay = le versement n° { $run } est { status-run } et ne peut pas être payé ; il faut d’abord l’approbation du comité
payouts-error-not-approved-file = le versement n° { $run } est { status-run } : son fichier bancaire pourra être téléchargé une fois approuvé par le comité
payouts-error-line-stripe = la ligne n° { $line } est payée par Stripe : exécutez le versement pour l’envoyer, pas à la main
payouts-error-line-paid = la ligne n° { $line } est déjà payée
payouts-error-line-bank = la ligne n° { $line } est payée par virement : marquez-la payée une fois que la banque l’a envoyée
payouts-error-line-held = la ligne n° { $line } est en attente : { $coop } n’a pas enregistré de coordonnées bancaires, elle ne peut donc pas encore être payée. Ses administrateurs ont été invités à les ajouter.
payouts-error-run-holds = plus rien à verser en { $currency } : le versement n° { $run } ({ status-run }) contient déjà ce qui est dû
payouts-error-nothing-owed = rien à verser en { $currency } : aucune coopérative n’est créancière d’au moins { $minimum }
payouts-error-balance-large = { $account } contient { $balance }, trop pour être versé en un seul versement
payouts-error-run-stale = Le versement n° { $run } n’est plus à jour : depuis sa préparation, des remboursements ont réduit ce qui est dû, et il verserait plus que ce qui est dû maintenant ({ $lines }). Il ne peut être ni approuvé, ni exporté, ni payé ; préparez-le à nouveau pour verser ce qui est dû aujourd’hui.
payouts-stale-line = ligne n° { $line } ({ $coop }) de { $over }
payouts-error-sepa-empty = il n’y a rien à virer
payouts-error-sepa-euro = les virements SEPA sont en EUR, pas en { $currency }
payouts-error-sepa-positive = chaque virement SEPA doit être positif, ce que { $amount } n’est pas
