# Pagine delle cooperative: candidatura, profilo pubblico, gestione dei membri.
coops-apply-title = Registra una cooperativa
coops-apply-intro = Il comitato del fondo comune esamina ogni candidatura. Diventerai il primo amministratore della cooperativa.
coops-name = Nome della cooperativa
coops-kind-label = Tipo
coops-kind-choice = { $kind ->
        [producer] Produttrice: offriamo prodotti
        [buyer] Acquirente: ordiniamo prodotti
       *[both] Entrambe le cose
    }
coops-kind = { $kind ->
        [producer] produttrice
        [buyer] acquirente
       *[both] produttrice e acquirente
    }
coops-country = Paese
coops-country-hint = codice ISO, ad es. TG, IT, DK, LK, JP, CO, ES
coops-currency = Valuta
coops-currency-hint = codice ISO 4217, ad es. XOF, EUR, DKK, LKR, JPY, COP
coops-contact-email = E-mail di contatto
coops-description = Di cosa si occupa la cooperativa
coops-apply-button = Invia la candidatura
coops-flash-applied = Candidatura inviata: il comitato la esaminerà.
coops-contact = Contatto
coops-manage-this = Gestisci questa cooperativa
coops-listings = Offerte
coops-awaiting-decision = Il comitato non ha ancora deciso su questa candidatura.
coops-committee-note = Nota del comitato: { $reason }
coops-public-profile = Profilo pubblico
coops-statement = Estratto conto
coops-members = Membri
coops-member-name = Nome
coops-email = E-mail
coops-role-label = Ruolo
coops-role = { $role ->
        [admin] amministratore
       *[member] membro
    }
coops-change-role = Cambia ruolo
coops-make-role = { $role ->
        [admin] Rendi amministratore
       *[member] Rendi membro
    }
coops-pending-invitations = Inviti in attesa
coops-sent = Inviato
coops-withdraw = Ritira
coops-invite = Invita un membro
coops-invite-intro = Gli inviamo un link per e-mail. Entra solo se accetta; fino ad allora per lui non cambia nulla.
coops-their-email = La sua e-mail
coops-their-email-hint = Se non ha ancora un account, si registra con questo indirizzo per rispondere.
coops-send-invitation = Invia l'invito
coops-flash-invited = Invito inviato a { $email }; entra quando accetta.
coops-flash-already-invited = { $email } è già invitato; l'invito attende la sua risposta.
coops-flash-role-changed = Ruolo cambiato.
coops-api-tokens = Token API
coops-new-token = Il tuo nuovo token; copialo ora, non verrà più mostrato:
coops-token-name-column = Nome
coops-token-starts = Inizia con
coops-token-created = Creato
coops-token-state = Stato
coops-token-revoked = revocato il { $date }
coops-token-revoke = Revoca
coops-token-active = attivo
coops-token-name = Nome del token
coops-token-name-hint = Cosa lo userà, ad es. «sincronizzazione ERP».
coops-token-create = Crea token
coops-token-admins-only = Solo un amministratore della cooperativa può creare o revocare i token API.
coops-flash-token-revoked = Token revocato.
coops-error-name-empty = inserisci il nome della cooperativa
coops-error-name-long = il nome della cooperativa supera i 100 caratteri
coops-error-kind = scegli produttrice, acquirente o entrambe
coops-error-role = scegli amministratore o membro
coops-error-currency = codice valuta sconosciuto «{ $value }»
coops-error-decided = { $coop } è già stata { status-coop }
coops-error-one-admin = una cooperativa ha bisogno di almeno un amministratore
coops-error-not-member = non sei membro di { $coop }
coops-error-last-admin = sei l’ultimo amministratore di { $coop }: nomina amministratore un altro membro prima di uscire
coops-error-name-taken = esiste già una cooperativa con questo nome
coops-error-reason = indica perché la domanda viene respinta
coops-error-token-name = dai un nome al token (da 1 a 100 caratteri), ad esempio «Sincronizzazione ERP»
coops-error-not-admitted = { $coop } non è ancora stata ammessa
coops-error-does-not-buy = { $coop } è registrata come produttrice e non può effettuare ordini
coops-error-does-not-sell = { $coop } è registrata come acquirente e non può mettere in vendita prodotti
