# Pàgines de les cooperatives: sol·licitud, perfil públic, gestió de membres.
coops-apply-title = Registra una cooperativa
coops-apply-intro = El comitè del fons comú revisa cada sol·licitud. Seràs la primera persona administradora de la cooperativa.
coops-name = Nom de la cooperativa
coops-kind-label = Tipus
coops-kind-choice = { $kind ->
        [producer] Productora: oferim productes
        [buyer] Compradora: demanem productes
       *[both] Totes dues coses
    }
coops-kind = { $kind ->
        [producer] productora
        [buyer] compradora
       *[both] productora i compradora
    }
coops-country = País
coops-country-hint = codi ISO, p. ex. TG, IT, DK, LK, JP, CO, ES
coops-currency = Moneda
coops-currency-hint = codi ISO 4217, p. ex. XOF, EUR, DKK, LKR, JPY, COP
coops-contact-email = Correu de contacte
coops-description = A què es dedica la cooperativa
coops-apply-button = Envia la sol·licitud
coops-flash-applied = Sol·licitud enviada: el comitè la revisarà.
coops-contact = Contacte
coops-manage-this = Gestiona aquesta cooperativa
coops-listings = Ofertes
coops-awaiting-decision = El comitè encara no ha decidit sobre aquesta sol·licitud.
coops-committee-note = Nota del comitè: { $reason }
coops-public-profile = Perfil públic
coops-statement = Extracte
coops-members = Membres
coops-member-name = Nom
coops-email = Correu
coops-role-label = Rol
coops-role = { $role ->
        [admin] administrador
       *[member] membre
    }
coops-change-role = Canvia el rol
coops-make-role = { $role ->
        [admin] Fes administrador
       *[member] Fes membre
    }
coops-pending-invitations = Invitacions pendents
coops-sent = Enviada
coops-withdraw = Retira
coops-invite = Convida un membre
coops-invite-intro = Li enviem un enllaç per correu. Només s'hi uneix si accepta; fins aleshores no canvia res per a aquesta persona.
coops-their-email = El seu correu
coops-their-email-hint = Si encara no té compte, s'hi registra amb aquesta adreça per respondre.
coops-send-invitation = Envia la invitació
coops-flash-invited = Invitació enviada a { $email }; s'hi uneix quan accepti.
coops-flash-already-invited = { $email } ja està convidat; la invitació espera la seva resposta.
coops-flash-role-changed = Rol canviat.
coops-api-tokens = Testimonis d'API
coops-new-token = El teu testimoni nou; copia'l ara, no es tornarà a mostrar:
coops-token-name-column = Nom
coops-token-starts = Comença per
coops-token-created = Creat
coops-token-state = Estat
coops-token-revoked = revocat el { $date }
coops-token-revoke = Revoca
coops-token-active = actiu
coops-token-name = Nom del testimoni
coops-token-name-hint = Què el farà servir, p. ex. «sincronització ERP».
coops-token-create = Crea un testimoni
coops-token-admins-only = Només un administrador de la cooperativa pot crear o revocar testimonis d'API.
coops-flash-token-revoked = Testimoni revocat.
coops-error-name-empty = escriu el nom de la cooperativa
coops-error-name-long = el nom de la cooperativa passa de 100 caràcters
coops-error-kind = tria productora, compradora o totes dues
coops-error-role = tria administrador o membre
coops-error-currency = codi de moneda desconegut «{ $value }»
coops-error-decided = { $coop } ja ha estat { status-coop }
coops-error-one-admin = una cooperativa necessita com a mínim un administrador
coops-error-not-member = no sou membre de { $coop }
coops-error-last-admin = sou l’últim administrador de { $coop }: feu administrador un altre membre abans de marxar
coops-error-name-taken = ja existeix una cooperativa amb aquest nom
coops-error-reason = indiqueu per què es rebutja la sol·licitud
coops-error-token-name = poseu un nom al testimoni (d’1 a 100 caràcters), per exemple «Sincronització ERP»
coops-error-not-admitted = { $coop } encara no ha estat admesa
coops-error-does-not-buy = { $coop } està registrada com a productora i no pot fer comandes
coops-error-does-not-sell = { $coop } està registrada com a compradora i no pot publicar productes
