# Relevés d’une coopérative, et le grand livre du comité avec sa balance.
ledger-title = Grand livre
ledger-statement-title = Relevé
ledger-statement-of = Relevé de { $coop }
ledger-nothing-posted = Rien n’a encore été passé en écriture pour cette coopérative.
ledger-col-coop = Coopérative
ledger-col-account = Compte
ledger-col-currency = Devise
ledger-col-balance = Solde
ledger-col-when = Quand
ledger-col-what = Quoi
ledger-col-order = Commande
ledger-col-amount = Montant
ledger-col-balance-after = Solde après
ledger-col-sum = Somme de toutes les écritures
ledger-from = Du
ledger-until = Jusqu’au (exclu)
ledger-show = Afficher
ledger-csv = Télécharger en CSV
ledger-balance-now = Solde actuel : { $balance }
ledger-no-entries = Aucune écriture sur cette période.
ledger-older = Écritures plus anciennes
ledger-trial = Balance
ledger-trial-rule = Dans chaque devise, la somme des écritures doit être nulle.
ledger-balanced = Toutes les devises sont équilibrées.
ledger-unbalanced = Une devise n’est pas équilibrée : lancez `cooptrade ledger verify`.
ledger-accounts = Comptes
ledger-more-accounts = Plus de comptes
ledger-marketplace = Place de marché
ledger-some-coop = une coopérative
ledger-account-of = { $coop } : { $account }
ledger-account = { $code ->
        [proceeds] produit des ventes
        [fair_share] part équitable due
        [receivable] à rembourser (reprise)
        [payments] paiements effectués
        [pool] fonds commun
        [gateway_clearing] détenu par le prestataire de paiement ou la banque
        [payouts_in_transit] versements en cours
       *[processor_fees] frais du prestataire de paiement
    }
ledger-account-choice = { $code ->
        [proceeds] Produit des ventes
        [fair_share] Part équitable due
        [receivable] À rembourser (reprise)
       *[payments] Paiements effectués
    }
ledger-entry-kind = { $kind ->
        [settlement] commande réglée
        [payment] paiement reçu
        [transfer] virement au vendeur
        [refund] remboursement
        [payment_refund] paiement remboursé
        [processing_fee] frais du prestataire de paiement
        [pool_spending] dépense du fonds
        [payout] versement
       *[other] { $kind }
    }
ledger-entry-order = { $kind ->
        [settlement] commande n° { $id } réglée
        [payment] paiement de la commande n° { $id } reçu
        [transfer] commande n° { $id } versée au vendeur
        [refund] remboursement de la commande n° { $id }
        [payment_refund] paiement de la commande n° { $id } remboursé
        [processing_fee] frais du prestataire sur la commande n° { $id }
       *[other] { $kind } (commande n° { $id })
    }
error-ledger-account = choisissez l’un des comptes de la coopérative
error-date-format = saisissez une date comme 2026-11-25
error-date-range = saisissez une date entre 0001-01-01 et 9999-12-31
ledger-error-posted-twice = la clé de grand livre { $key } est comptabilisée deux fois en même temps
ledger-error-concurrent = une clé de grand livre est en cours de comptabilisation par une autre opération
ledger-error-key-reused = la clé de grand livre { $key } a déjà servi pour une autre écriture (n° { $entry })
ledger-error-balance-large = le solde de { $account } est de { $balance }, trop grand pour un seul montant
error-money-mismatch = devises différentes : { $left } et { $right }
error-money-negative = le montant ne doit pas être négatif (reçu : { $amount })
error-money-split-policy = la règle de partage des frais n’est pas valable
error-money-refund-fee = les frais remboursés ({ $refunded }) dépassent les frais d’origine ({ $original })
