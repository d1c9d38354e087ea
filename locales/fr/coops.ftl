# Pages des coopératives : candidature, profil public, gestion des membres.
coops-apply-title = Inscrire une coopérative
coops-apply-intro = Le comité du fonds commun examine chaque candidature. Vous devenez le premier administrateur de la coopérative.
coops-name = Nom de la coopérative
coops-kind-label = Type
coops-kind-choice = { $kind ->
        [producer] Productrice : nous proposons des produits
        [buyer] Acheteuse : nous commandons des produits
       *[both] Les deux
    }
coops-kind = { $kind ->
        [producer] productrice
        [buyer] acheteuse
       *[both] productrice et acheteuse
    }
coops-country = Pays
coops-country-hint = code ISO, par ex. TG, IT, DK, LK, JP, CO, ES
coops-currency = Monnaie
coops-currency-hint = code ISO 4217, par ex. XOF, EUR, DKK, LKR, JPY, COP
coops-contact-email = E-mail de contact
coops-description = Ce que fait la coopérative
coops-apply-button = Envoyer la candidature
coops-flash-applied = Candidature envoyée : le comité va l'examiner.
coops-contact = Contact
coops-manage-this = Gérer cette coopérative
coops-listings = Offres
coops-awaiting-decision = Le comité n'a pas encore statué sur cette candidature.
coops-committee-note = Note du comité : { $reason }
coops-public-profile = Profil public
coops-statement = Relevé
coops-members = Membres
coops-member-name = Nom
coops-email = E-mail
coops-role-label = Rôle
coops-role = { $role ->
        [admin] administrateur
       *[member] membre
    }
coops-change-role = Changer le rôle
coops-make-role = { $role ->
        [admin] Nommer administrateur
       *[member] Rendre simple membre
    }
coops-pending-invitations = Invitations en attente
coops-sent = Envoyée
coops-withdraw = Retirer
coops-invite = Inviter un membre
coops-invite-intro = Nous lui envoyons un lien par e-mail. La personne ne devient membre que si elle accepte ; d'ici là rien ne change pour elle.
coops-their-email = Son e-mail
coops-their-email-hint = Si elle n'a pas encore de compte, elle s'inscrit avec cette adresse pour répondre.
coops-send-invitation = Envoyer l'invitation
coops-flash-invited = Invitation envoyée à { $email } ; la personne devient membre quand elle accepte.
coops-flash-already-invited = { $email } est déjà invité·e ; l'invitation attend sa réponse.
coops-flash-role-changed = Rôle changé.
coops-api-tokens = Jetons d'API
coops-new-token = Votre nouveau jeton ; copiez-le maintenant, il ne sera plus affiché :
coops-token-name-column = Nom
coops-token-starts = Commence par
coops-token-created = Créé
coops-token-state = État
coops-token-revoked = révoqué le { $date }
coops-token-revoke = Révoquer
coops-token-active = actif
coops-token-name = Nom du jeton
coops-token-name-hint = Ce qui l'utilisera, par ex. « synchro ERP ».
coops-token-create = Créer un jeton
coops-token-admins-only = Seul un administrateur de la coopérative peut créer ou révoquer des jetons d'API.
coops-flash-token-revoked = Jeton révoqué.
coops-error-name-empty = saisissez le nom de la coopérative
coops-error-name-long = le nom de la coopérative dépasse 100 caractères
coops-error-kind = choisissez productrice, acheteuse ou les deux
coops-error-role = choisissez administrateur ou membre
coops-error-currency = code de monnaie inconnu « { $value } »
coops-error-decided = { $coop } a déjà été { status-coop }
coops-error-one-admin = une coopérative a besoin d’au moins un administrateur
coops-error-not-member = vous n’êtes pas membre de { $coop }
coops-error-last-admin = vous êtes le dernier administrateur de { $coop } : nommez un autre membre administrateur avant de partir
coops-error-name-taken = une coopérative porte déjà ce nom
coops-error-reason = indiquez pourquoi la demande est refusée
coops-error-token-name = donnez un nom au jeton (1 à 100 caractères), par exemple « Synchro ERP »
coops-error-not-admitted = { $coop } n’a pas encore été admise
coops-error-does-not-buy = { $coop } est inscrite comme productrice et ne peut pas passer de commandes
coops-error-does-not-sell = { $coop } est inscrite comme acheteuse et ne peut pas mettre de produits en vente
