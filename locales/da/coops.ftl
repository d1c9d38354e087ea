# Kooperativernes sider: ansøgning, offentlig profil, medlemmernes side.
coops-apply-title = Registrér et kooperativ
coops-apply-intro = Puljeudvalget gennemgår hver ansøgning. Du bliver kooperativets første administrator.
coops-name = Kooperativets navn
coops-kind-label = Type
coops-kind-choice = { $kind ->
        [producer] Producent: vi udbyder varer
        [buyer] Køber: vi bestiller varer
       *[both] Begge dele
    }
coops-kind = { $kind ->
        [producer] producent
        [buyer] køber
       *[both] producent og køber
    }
coops-country = Land
coops-country-hint = ISO-kode, f.eks. TG, IT, DK, LK, JP, CO, ES
coops-currency = Valuta
coops-currency-hint = ISO 4217-kode, f.eks. XOF, EUR, DKK, LKR, JPY, COP
coops-contact-email = Kontakt-e-mail
coops-description = Hvad kooperativet laver
coops-apply-button = Send ansøgning
coops-flash-applied = Ansøgningen er sendt: udvalget gennemgår den.
coops-contact = Kontakt
coops-manage-this = Administrér dette kooperativ
coops-listings = Varer
coops-awaiting-decision = Udvalget har endnu ikke truffet afgørelse om denne ansøgning.
coops-committee-note = Udvalgets bemærkning: { $reason }
coops-public-profile = Offentlig profil
coops-statement = Kontoudtog
coops-members = Medlemmer
coops-member-name = Navn
coops-email = E-mail
coops-role-label = Rolle
coops-role = { $role ->
        [admin] administrator
       *[member] medlem
    }
coops-change-role = Skift rolle
coops-make-role = { $role ->
        [admin] Gør til administrator
       *[member] Gør til medlem
    }
coops-pending-invitations = Ventende invitationer
coops-sent = Sendt
coops-withdraw = Træk tilbage
coops-invite = Invitér et medlem
coops-invite-intro = Vi e-mailer dem et link. De bliver kun medlem, hvis de siger ja; indtil da ændrer intet sig for dem.
coops-their-email = Deres e-mail
coops-their-email-hint = Har de ingen konto endnu, registrerer de sig med denne adresse for at svare.
coops-send-invitation = Send invitation
coops-flash-invited = Invitation sendt til { $email }; de bliver medlem, når de siger ja.
coops-flash-already-invited = { $email } er allerede inviteret; invitationen venter på svar.
coops-flash-role-changed = Rollen er ændret.
coops-api-tokens = API-nøgler
coops-new-token = Din nye nøgle; kopiér den nu, den vises ikke igen:
coops-token-name-column = Navn
coops-token-starts = Begynder med
coops-token-created = Oprettet
coops-token-state = Tilstand
coops-token-revoked = tilbagekaldt { $date }
coops-token-revoke = Tilbagekald
coops-token-active = aktiv
coops-token-name = Nøglens navn
coops-token-name-hint = Hvad der skal bruge den, f.eks. "ERP-synkronisering".
coops-token-create = Opret nøgle
coops-token-admins-only = Kun en administrator af kooperativet kan oprette eller tilbagekalde API-nøgler.
coops-flash-token-revoked = Nøglen er tilbagekaldt.
coops-error-name-empty = angiv kooperativets navn
coops-error-name-long = kooperativets navn er længere end 100 tegn
coops-error-kind = vælg producent, køber eller begge
coops-error-role = vælg administrator eller medlem
coops-error-currency = ukendt valutakode "{ $value }"
coops-error-decided = { $coop } er allerede { status-coop }
coops-error-one-admin = et kooperativ skal have mindst én administrator
coops-error-not-member = du er ikke medlem af { $coop }
coops-error-last-admin = du er den sidste administrator af { $coop }: gør et andet medlem til administrator, før du går
coops-error-name-taken = der findes allerede et kooperativ med dette navn
coops-error-reason = skriv, hvorfor ansøgningen afvises
coops-error-token-name = giv tokenet et navn (1 til 100 tegn), f.eks. "ERP-synkronisering"
coops-error-not-admitted = { $coop } er endnu ikke optaget
coops-error-does-not-buy = { $coop } er registreret som producent og kan ikke afgive ordrer
coops-error-does-not-sell = { $coop } er registreret som køber og kan ikke sætte varer til salg
