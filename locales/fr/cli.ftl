# The command line's sentences to people (not its CSV, SEPA or tables).
cli-error = erreur : { $message }
cli-database-up-to-date = la base de données est à jour
cli-drew-photos = { $count ->
        [one] { $count } photo d'annonce dessinée
       *[other] { $count } photos d'annonces dessinées
    } dans { $where }
cli-user-created = utilisateur { $name } <{ $email }> créé
cli-committee-added = { $name } <{ $email }> siège au comité
cli-ledger-not-zero = les devises du grand livre ne s'équilibrent pas à zéro
cli-imported = importé dans { $coop } : { $created } créées, { $updated } modifiées, { $unchanged } inchangées
cli-imported-photos = importé dans { $coop } : { $created } créées, { $updated } modifiées, { $unchanged } inchangées, { $count } photos ajoutées
cli-row-problem = ligne { $row }, colonne { $column } : { $message }
cli-nothing-imported = rien n'a été importé : { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    } dans { $file }
cli-cannot-read = impossible de lire { $file } : { $reason }
cli-cannot-write = impossible d'écrire { $file } : { $reason }
cli-no-user = aucun utilisateur n'est inscrit avec l'adresse { $email }
cli-not-on-committee = { $email } ne siège pas au comité
cli-run-drafted = campagne de versements n° { $run } préparée en { $currency }
cli-run-paid = campagne de versements n° { $run } : { $count ->
        [one] { $count } ligne payée
       *[other] { $count } lignes payées
    } par Stripe
cli-line-failed = la ligne n° { $line } a échoué : { $reason }
cli-lines-failed = { $count ->
        [one] { $count } ligne a échoué
       *[other] { $count } lignes ont échoué
    } ; réessayez avec --line
cli-set-debtor = définissez PAYOUT_DEBTOR_IBAN (et PAYOUT_DEBTOR_NAME, PAYOUT_DEBTOR_BIC) pour exporter des fichiers SEPA
cli-error-since = --since doit être une date au format AAAA-MM-JJ (par exemple 2026-11-01), reçu « { $value } »
cli-error-stripe-key = STRIPE_SECRET_KEY n’est pas défini : le rapprochement a besoin des comptes de Stripe
