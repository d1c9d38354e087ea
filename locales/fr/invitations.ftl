# Les invitations à rejoindre une coopérative, vues par la personne invitée.
invitations-title = Invitations
invitations-waiting = { $count ->
        [one] { $count } invitation attend votre réponse.
        [many] { $count } d’invitations attendent votre réponse.
       *[other] { $count } invitations attendent votre réponse.
    }
invitations-none = Aucune invitation n’attend votre réponse.
invitation-invites-you = { $coop } vous invite à la rejoindre en tant { $role ->
        [admin] qu’administrateur·rice
       *[member] que membre
    }.
invitation-sent = Envoyée le { $date }
invitation-consent = Vous ne devenez membre que si vous acceptez. Un membre du comité qui rejoint une coopérative ne peut plus voter sur les versements qui lui sont destinés.
invitation-accept = Accepter
invitation-decline = Refuser
invitation-from = Invitation de { $coop }
invitation-title = Invitation
invitation-answered = Cette invitation a été { $status ->
        [accepted] acceptée
        [declined] refusée
       *[withdrawn] retirée
    }.
flash-invitation-accepted = Vous êtes maintenant membre de { $coop }.
flash-invitation-declined = Vous avez refusé l’invitation de { $coop }.
flash-invitation-withdrawn = L’invitation envoyée à { $email } est retirée.

# Refusals the store returns as codes.
invitations-error-answered = cette invitation a déjà été { $code ->
        [accepted] acceptée
        [declined] déclinée
       *[withdrawn] retirée
    }
invitations-error-member = { $email } est déjà membre
