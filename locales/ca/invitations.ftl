# Invitacions per unir-se a una cooperativa, tal com les veu la persona convidada.
invitations-title = Invitacions
invitations-waiting = { $count ->
        [one] { $count } invitació espera la teva resposta.
       *[other] { $count } invitacions esperen la teva resposta.
    }
invitations-none = Cap invitació espera la teva resposta.
invitation-invites-you = { $coop } et convida a unir-t'hi com a { $role ->
        [admin] administrador
       *[member] membre
    }.
invitation-sent = Enviada el { $date }
invitation-consent = Només et fas membre si acceptes. Un membre del comitè que s'uneix a una cooperativa ja no pot votar els pagaments que se li fan.
invitation-accept = Accepta
invitation-decline = Rebutja
invitation-from = Invitació de { $coop }
invitation-title = Invitació
invitation-answered = Aquesta invitació s'ha { $status ->
        [accepted] acceptat
        [declined] rebutjat
       *[withdrawn] retirat
    }.
flash-invitation-accepted = Ara ets membre de { $coop }.
flash-invitation-declined = Has rebutjat la invitació de { $coop }.
flash-invitation-withdrawn = S'ha retirat la invitació a { $email }.

# Refusals the store returns as codes.
invitations-error-answered = aquesta invitació ja s’ha { $code ->
        [accepted] acceptat
        [declined] rebutjat
       *[withdrawn] retirat
    }
invitations-error-member = { $email } ja és membre
