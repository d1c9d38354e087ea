# Pagine di errore, intitolate secondo il tipo di errore.
error-title = { $kind ->
        [forbidden] Non hai accesso a questa pagina
        [not-found] Non trovato
        [conflict] Non è possibile ora
        [server] Qualcosa è andato storto
       *[other] Non ha funzionato
    }
error-back = Torna dov’eri
error-back-or-start = o alla { $start }
error-start-page = pagina iniziale
error-back-to-start = Torna alla pagina iniziale
error-internal = Qualcosa è andato storto da parte nostra; è stato registrato.
error-not-found = { $what ->
        [listing] Questo prodotto non esiste.
        [co-op] Questa cooperativa non esiste.
        [photo] Questa foto non esiste.
        [invitation] Questo invito non esiste.
        [order] Questo ordine non esiste.
        [checkout] Questo pagamento non esiste.
        [member] Questo membro non esiste.
        [user] Questa persona non esiste.
        [spending-proposal] Questa proposta di spesa non esiste.
        [payout-run] Questo lotto di pagamenti non esiste.
        [payout-line] Questa riga di pagamento non esiste.
        [action] Questa azione non esiste.
        [cart-line] Questa riga del carrello non esiste.
        [session] Questa sessione non esiste.
        [token] Questo token non esiste.
        [webhook-endpoint] Questo endpoint webhook non esiste.
       *[other] Questa pagina non esiste.
    }
error-forbidden-order = Questo ordine è tra altre cooperative.
error-no-such-user = nessuna persona è registrata come «{ $value }»
error-fee-rate = l’aliquota della commissione è una percentuale da 0 a 20 con al massimo due decimali, non «{ $value }»
error-unknown-currency = «{ $value }» non è una valuta che il mercato conosce
error-amount-positive = l’importo deve essere maggiore di zero
error-title-empty = dai un titolo alla spesa
error-purpose-empty = di’ a cosa servono i soldi
error-recipient = scegli una cooperativa ammessa che riceva i soldi
error-reason-needed = un rifiuto richiede un motivo
error-already-approved = l’hai già approvato
error-conflict-of-interest = appartieni a una cooperativa che qui riceve denaro, quindi non puoi votare
error-already-decided = è già stato deciso ({ $value ->
        [approved] approvato
        [rejected] respinto
       *[other] { $value }
    })
error-statement-empty = scrivi cosa è successo
error-statement-long = resta entro 4.000 caratteri (questa ne ha { $value })
error-too-large = la richiesta supera la dimensione consentita
# An amount that could not be read; $value is what was typed.
error-money-not-number = «{ $value }» non è un numero
# $currency is an ISO code; $count the decimals it allows.
error-money-decimals = { $count ->
        [0] { $currency } non ammette decimali
        [one] { $currency } ammette al massimo { $count } decimale
       *[other] { $currency } ammette al massimo { $count } decimali
    }
error-money-too-large = importo troppo grande
# The account page's refusals.
error-current-password = questa non è la vostra password attuale
error-email-same = questo è già il vostro indirizzo

# Refusals the store returns as codes.
error-amount-at-most = { $what ->
        [price] il prezzo
        [refund] un rimborso
       *[spending] una spesa
    } non può superare { $max }
error-order-total-over = il totale dell’ordine non può superare { $max }; dividilo in più ordini
error-order-total-zero = il totale dell’ordine deve essere almeno l’unità minima ({ $min }); ordina di più

# Refusals before a page's own checks: who may do what, and forms that could not be read.
# $coop is a co-op's name; $detail is a library's technical description, in English.
error-log-in-first = prima accedi
error-committee-only = solo i membri del comitato del fondo comune possono farlo
error-not-member = non sei membro di { $coop }
error-admin-only = solo un amministratore di { $coop } può farlo
error-csrf = il token di sicurezza del modulo manca o è sbagliato; ricarica la pagina e riprova
error-form-type = invia il modulo come application/x-www-form-urlencoded
error-form-unreadable = impossibile leggere il modulo: { $detail }
error-form-malformed = modulo malformato: { $detail }
error-upload-unreadable = impossibile leggere il file caricato: { $detail }
error-import-no-file = scegli un file CSV o ZIP da importare
error-terms-malformed = le condizioni accettate sono malformate
# $value is the language code that was sent.
error-no-such-language = lingua inesistente: { $value }
# The page of an address that leads nowhere.
error-no-page = Non c’è nessuna pagina a questo indirizzo.
# A list's page parameters; $max is the most items one page holds.
error-per-page = per_page deve essere un numero intero da 1 a { $max }
error-cursor = questo cursore non viene da nessuna pagina; ricomincia dalla prima
# A word in an address that names none of the choices; $value is what was sent. The choices
# are codes and stay as they are.
error-unknown-choice = { $kind ->
        [order-state] stato dell’ordine sconosciuto: «{ $value }»
        [listing-status] «{ $value }» non è uno stato: usa draft, active, paused o archived
       *[photo-move] «{ $value }» non è uno spostamento (up, down o cover)
    }
# Alt texts sent with photos; $photos is how many photos were sent, $count how many alt texts.
error-photo-alts = dai un solo testo alternativo, o uno per foto ({ $photos } foto, { $count ->
        [one] { $count } testo alternativo
       *[other] { $count } testi alternativi
    })
