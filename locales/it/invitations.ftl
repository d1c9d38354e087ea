# Gli inviti a entrare in una cooperativa, come li vede la persona invitata.
invitations-title = Inviti
invitations-waiting = { $count ->
        [one] { $count } invito attende la tua risposta.
        [many] { $count } di inviti attendono la tua risposta.
       *[other] { $count } inviti attendono la tua risposta.
    }
invitations-none = Nessun invito attende la tua risposta.
invitation-invites-you = { $coop } ti invita a entrare come { $role ->
        [admin] amministratore
       *[member] membro
    }.
invitation-sent = Inviato il { $date }
invitation-consent = Diventi membro solo se accetti. Un membro del comitato che entra in una cooperativa non può più votare sui pagamenti destinati a essa.
invitation-accept = Accetta
invitation-decline = Rifiuta
invitation-from = Invito da { $coop }
invitation-title = Invito
invitation-answered = Questo invito è stato { $status ->
        [accepted] accettato
        [declined] rifiutato
       *[withdrawn] ritirato
    }.
flash-invitation-accepted = Ora sei membro di { $coop }.
flash-invitation-declined = Hai rifiutato l'invito di { $coop }.
flash-invitation-withdrawn = L'invito a { $email } è stato ritirato.

# Refusals the store returns as codes.
invitations-error-answered = questo invito è già stato { $code ->
        [accepted] accettato
        [declined] rifiutato
       *[withdrawn] ritirato
    }
invitations-error-member = { $email } è già membro
