# La pagina del comitato: domande, aliquota della commissione, membri.
committee-title = Comitato
committee-heading = Comitato del fondo comune
committee-link-ledger = Libro mastro e bilancio di verifica
committee-link-payouts = Lotti di pagamenti e spese del fondo
committee-link-disputes = Contestazioni aperte
committee-link-pool = La pagina pubblica del fondo
committee-applications = Domande
committee-no-application = Nessuna domanda in attesa.
committee-coop-kind = { $kind ->
        [producer] produttrice
        [buyer] acquirente
       *[both] produttrice e acquirente
    }
committee-reason = Motivo (obbligatorio per respingere)
committee-admit = Ammetti
committee-decline = Respingi
committee-fee-title = Commissione del mercato
committee-fee-explained = Gli ordini inviati da ora in poi pagano { $rate } del loro subtotale; metà va al fondo comune, metà alle due cooperative dell’ordine. Gli ordini già inviati mantengono la loro aliquota.
committee-fee-new = Nuova aliquota della commissione (percentuale)
committee-fee-hint = Da 0 a 20, al massimo due decimali
committee-fee-set = Imposta l’aliquota
committee-fee-rate = Aliquota
committee-fee-by = Impostata da
committee-fee-when = Quando
committee-members = Membri del comitato
committee-add-member = Aggiungi una persona registrata tramite e-mail
committee-add-button = Aggiungi al comitato
percent = { $rate }%
flash-coop-decided = { $coop } ora è { $status ->
        [admitted] ammessa
       *[declined] respinta
    }.
flash-committee-joined = { $name } è entrato nel comitato.
flash-fee-rate-set = L’aliquota della commissione ora è { $rate }.
error-decision-admit = la decisione deve essere ammettere o respingere
