# La page du comité : candidatures, taux de commission, membres.
committee-title = Comité
committee-heading = Comité du fonds commun
committee-link-ledger = Grand livre et balance
committee-link-payouts = Lots de versements et dépenses du fonds
committee-link-disputes = Litiges ouverts
committee-link-pool = La page publique du fonds
committee-applications = Candidatures
committee-no-application = Aucune candidature en attente.
committee-coop-kind = { $kind ->
        [producer] productrice
        [buyer] acheteuse
       *[both] productrice et acheteuse
    }
committee-reason = Motif (obligatoire pour refuser)
committee-admit = Admettre
committee-decline = Refuser
committee-fee-title = Commission de la place de marché
committee-fee-explained = Les commandes passées à partir de maintenant paient { $rate } de leur sous-total ; la moitié va au fonds commun, l’autre moitié aux deux coopératives de la commande. Les commandes déjà passées gardent leur taux.
committee-fee-new = Nouveau taux de commission (en pourcentage)
committee-fee-hint = De 0 à 20, deux décimales au plus
committee-fee-set = Fixer le taux
committee-fee-rate = Taux
committee-fee-by = Fixé par
committee-fee-when = Quand
committee-members = Membres du comité
committee-add-member = Ajouter une personne inscrite par son adresse e-mail
committee-add-button = Ajouter au comité
percent = { $rate } %
flash-coop-decided = { $coop } est désormais { $status ->
        [admitted] admise
       *[declined] refusée
    }.
flash-committee-joined = { $name } a rejoint le comité.
flash-fee-rate-set = Le taux de commission est désormais de { $rate }.
error-decision-admit = la décision doit être « admettre » ou « refuser »
