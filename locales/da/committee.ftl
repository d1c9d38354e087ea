# Udvalgets side: ansøgninger, gebyrsats, medlemmer.
committee-title = Udvalg
committee-heading = Fællespuljens udvalg
committee-link-ledger = Hovedbog og råbalance
committee-link-payouts = Udbetalingskørsler og udgifter fra puljen
committee-link-disputes = Åbne tvister
committee-link-pool = Puljens offentlige side
committee-applications = Ansøgninger
committee-no-application = Ingen ansøgninger venter.
committee-coop-kind = { $kind ->
        [producer] producent
        [buyer] køber
       *[both] producent og køber
    }
committee-reason = Begrundelse (kræves for at afvise)
committee-admit = Optag
committee-decline = Afvis
committee-fee-title = Markedspladsens gebyr
committee-fee-explained = Ordrer, der afgives fra nu af, betaler { $rate } af deres subtotal; halvdelen går til fællespuljen, halvdelen til ordrens to kooperativer. Ordrer, der allerede er afgivet, beholder deres sats.
committee-fee-new = Ny gebyrsats (procent)
committee-fee-hint = 0 til 20, højst to decimaler
committee-fee-set = Fastsæt gebyrsats
committee-fee-rate = Sats
committee-fee-by = Fastsat af
committee-fee-when = Hvornår
committee-members = Udvalgets medlemmer
committee-add-member = Tilføj en registreret bruger via e-mail
committee-add-button = Tilføj til udvalget
percent = { $rate } %
flash-coop-decided = { $coop } er nu { $status ->
        [admitted] optaget
       *[declined] afvist
    }.
flash-committee-joined = { $name } er kommet med i udvalget.
flash-fee-rate-set = Gebyrsatsen er nu { $rate }.
error-decision-admit = beslutningen skal være optag eller afvis
