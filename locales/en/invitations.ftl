# Invitations to join a co-op, as the invited person sees them.
invitations-title = Invitations
invitations-waiting = { $count ->
        [one] { $count } invitation is waiting for your answer.
       *[other] { $count } invitations are waiting for your answer.
    }
invitations-none = No invitation is waiting for your answer.
# $coop is the co-op's name, shown as a link.
invitation-invites-you = { $coop } invites you to join as { $role ->
        [admin] admin
       *[member] member
    }.
invitation-sent = Sent { $date }
invitation-consent = You become a member only if you accept. A committee member who joins a co-op can no longer vote on payouts to it.
invitation-accept = Accept
invitation-decline = Decline
invitation-from = Invitation from { $coop }
invitation-title = Invitation
invitation-answered = This invitation has been { $status ->
        [accepted] accepted
        [declined] declined
       *[withdrawn] withdrawn
    }.
flash-invitation-accepted = You are now a member of { $coop }.
flash-invitation-declined = You declined the invitation from { $coop }.
flash-invitation-withdrawn = The invitation to { $email } is withdrawn.

# Refusals the store returns as codes.
invitations-error-answered = this invitation has already been { $code ->
        [accepted] accepted
        [declined] declined
       *[withdrawn] withdrawn
    }
invitations-error-member = { $email } is already a member
