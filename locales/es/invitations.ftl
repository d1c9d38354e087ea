# Invitaciones para unirse a una cooperativa, tal como las ve la persona invitada.
invitations-title = Invitaciones
invitations-waiting = { $count ->
        [one] { $count } invitación espera tu respuesta.
        [many] { $count } de invitaciones esperan tu respuesta.
       *[other] { $count } invitaciones esperan tu respuesta.
    }
invitations-none = Ninguna invitación espera tu respuesta.
invitation-invites-you = { $coop } te invita a unirte como { $role ->
        [admin] administrador
       *[member] miembro
    }.
invitation-sent = Enviada el { $date }
invitation-consent = Solo te haces miembro si aceptas. Un miembro del comité que se une a una cooperativa ya no puede votar los pagos que se le hacen.
invitation-accept = Aceptar
invitation-decline = Rechazar
invitation-from = Invitación de { $coop }
invitation-title = Invitación
invitation-answered = Esta invitación fue { $status ->
        [accepted] aceptada
        [declined] rechazada
       *[withdrawn] retirada
    }.
flash-invitation-accepted = Ahora eres miembro de { $coop }.
flash-invitation-declined = Rechazaste la invitación de { $coop }.
flash-invitation-withdrawn = Se retiró la invitación a { $email }.

# Refusals the store returns as codes.
invitations-error-answered = esta invitación ya ha sido { $code ->
        [accepted] aceptada
        [declined] rechazada
       *[withdrawn] retirada
    }
invitations-error-member = { $email } ya es miembro
