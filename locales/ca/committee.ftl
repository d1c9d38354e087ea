# La pàgina del comitè: sol·licituds, taxa de comissió, membres.
committee-title = Comitè
committee-heading = Comitè del fons comú
committee-link-ledger = Llibre major i balanç de comprovació
committee-link-payouts = Tandes de pagaments i despeses del fons
committee-link-disputes = Disputes obertes
committee-link-pool = La pàgina pública del fons
committee-applications = Sol·licituds
committee-no-application = No hi ha cap sol·licitud pendent.
committee-coop-kind = { $kind ->
        [producer] productora
        [buyer] compradora
       *[both] productora i compradora
    }
committee-reason = Motiu (obligatori per rebutjar)
committee-admit = Admetre
committee-decline = Rebutjar
committee-fee-title = Comissió del mercat
committee-fee-explained = Les comandes fetes a partir d’ara paguen { $rate } del subtotal; la meitat va al fons comú i l’altra meitat a les dues cooperatives de la comanda. Les comandes ja fetes mantenen la seva taxa.
committee-fee-new = Nova taxa de comissió (percentatge)
committee-fee-hint = De 0 a 20, amb dos decimals com a màxim
committee-fee-set = Fixar la taxa
committee-fee-rate = Taxa
committee-fee-by = Fixada per
committee-fee-when = Quan
committee-members = Membres del comitè
committee-add-member = Afegir una persona registrada pel seu correu electrònic
committee-add-button = Afegir al comitè
percent = { $rate } %
flash-coop-decided = { $coop } ara està { $status ->
        [admitted] admesa
       *[declined] rebutjada
    }.
flash-committee-joined = { $name } s’ha unit al comitè.
flash-fee-rate-set = La taxa de comissió ara és del { $rate }.
error-decision-admit = la decisió ha de ser admetre o rebutjar
