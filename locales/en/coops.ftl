# Co-op pages: applying, the public profile, the members' management page.
coops-apply-title = Register a co-op
coops-apply-intro = The common-pool committee reviews every application. You become the co-op's first admin.
coops-name = Co-op name
coops-kind-label = Kind
coops-kind-choice = { $kind ->
        [producer] Producer: we list goods
        [buyer] Buyer: we order goods
       *[both] Both
    }
coops-kind = { $kind ->
        [producer] producer
        [buyer] buyer
       *[both] producer and buyer
    }
coops-country = Country
coops-country-hint = ISO code, e.g. TG, IT, DK, LK, JP, CO, ES
coops-currency = Currency
coops-currency-hint = ISO 4217 code, e.g. XOF, EUR, DKK, LKR, JPY, COP
coops-contact-email = Contact e-mail
coops-description = What the co-op does
coops-apply-button = Apply
coops-flash-applied = Application sent: the committee will review it.
coops-contact = Contact
coops-manage-this = Manage this co-op
coops-listings = Listings
coops-awaiting-decision = The committee has not decided on this application yet.
coops-committee-note = Committee's note: { $reason }
coops-public-profile = Public profile
coops-statement = Statement
coops-members = Members
coops-member-name = Name
coops-email = E-mail
coops-role-label = Role
coops-role = { $role ->
        [admin] admin
       *[member] member
    }
coops-change-role = Change role
coops-make-role = { $role ->
        [admin] Make admin
       *[member] Make member
    }
coops-pending-invitations = Pending invitations
coops-sent = Sent
coops-withdraw = Withdraw
coops-invite = Invite a member
coops-invite-intro = We e-mail them a link. They join only if they accept; until then nothing changes for them.
coops-their-email = Their e-mail
coops-their-email-hint = If they have no account yet, they register with this address to answer.
coops-send-invitation = Send invitation
coops-flash-invited = Invitation sent to { $email }; they join when they accept.
coops-flash-already-invited = { $email } is already invited; the invitation waits for their answer.
coops-flash-role-changed = Role changed.
coops-api-tokens = API tokens
coops-new-token = Your new token; copy it now, it will not be shown again:
coops-token-name-column = Name
coops-token-starts = Starts with
coops-token-created = Created
coops-token-state = State
coops-token-revoked = revoked { $date }
coops-token-revoke = Revoke
coops-token-active = active
coops-token-name = Token name
coops-token-name-hint = What will use it, e.g. 'ERP sync'.
coops-token-create = Create token
coops-token-admins-only = Only an admin of the co-op can create or revoke API tokens.
coops-flash-token-revoked = Token revoked.
# Field errors of the co-op forms.
coops-error-name-empty = enter a co-op name
coops-error-name-long = the co-op name is longer than 100 characters
coops-error-kind = choose producer, buyer or both
coops-error-role = choose admin or member
coops-error-currency = unknown currency code '{ $value }'
coops-error-decided = { $coop } has already been { status-coop }
coops-error-one-admin = a co-op needs at least one admin
coops-error-not-member = you are not a member of { $coop }
coops-error-last-admin = you are the last admin of { $coop }: make another member an admin before you leave
# More refusals of the co-op forms and of trading.
coops-error-name-taken = a co-op with this name already exists
coops-error-reason = say why the application is declined
coops-error-token-name = name the token (1 to 100 characters), e.g. 'ERP sync'
coops-error-not-admitted = { $coop } has not been admitted yet
coops-error-does-not-buy = { $coop } is registered as a producer and cannot place orders
coops-error-does-not-sell = { $coop } is registered as a buyer and cannot list goods
