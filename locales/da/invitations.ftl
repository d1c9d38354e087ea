# Invitationer til at blive medlem af et kooperativ, som den inviterede ser dem.
invitations-title = Invitationer
invitations-waiting = { $count ->
        [one] { $count } invitation venter på dit svar.
       *[other] { $count } invitationer venter på dit svar.
    }
invitations-none = Ingen invitationer venter på dit svar.
invitation-invites-you = { $coop } inviterer dig til at blive { $role ->
        [admin] administrator
       *[member] medlem
    }.
invitation-sent = Sendt { $date }
invitation-consent = Du bliver kun medlem, hvis du siger ja. Et udvalgsmedlem, der bliver medlem af et kooperativ, kan ikke længere stemme om udbetalinger til det.
invitation-accept = Acceptér
invitation-decline = Afvis
invitation-from = Invitation fra { $coop }
invitation-title = Invitation
invitation-answered = Denne invitation er { $status ->
        [accepted] accepteret
        [declined] afvist
       *[withdrawn] trukket tilbage
    }.
flash-invitation-accepted = Du er nu medlem af { $coop }.
flash-invitation-declined = Du har afvist invitationen fra { $coop }.
flash-invitation-withdrawn = Invitationen til { $email } er trukket tilbage.

# Refusals the store returns as codes.
invitations-error-answered = denne invitation er allerede { $code ->
        [accepted] accepteret
        [declined] afslået
       *[withdrawn] trukket tilbage
    }
invitations-error-member = { $email } er allerede medlem
