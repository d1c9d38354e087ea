# Contestazioni: la coda del comitato e le dichiarazioni di un ordine contestato.
disputes-title = Contestazioni aperte
disputes-none = Nessun ordine è in contestazione.
disputes-older = Contestazioni precedenti
dispute-order = Ordine n. { $id }
dispute-title = Contestazione sull’ordine n. { $id }
dispute-bought = { $buyer } ha acquistato da { $seller }: { $amount }.
dispute-open-for = Aperta da { $age }.
dispute-age-hours = { $hours ->
        [0] meno di un’ora
        [one] { $hours } ora
       *[other] { $hours } ore
    }
dispute-age-days = { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }
dispute-resolve-link = Apri l’ordine per decidere
dispute-order-is = Stato dell’ordine:
dispute-the-order = L’ordine
dispute-statements = Dichiarazioni
dispute-no-statement = Ancora nessuna dichiarazione.
dispute-statement-by = { $side ->
        [buyer] L’acquirente
       *[seller] Il venditore
    }, { $coop }, il { $when }:
dispute-add-title = Aggiungi la tua dichiarazione
dispute-field-statement = Cosa è successo, per il comitato
dispute-field-hint = Fino a 4.000 caratteri. La leggono entrambe le parti e il comitato.
dispute-add = Aggiungi la dichiarazione
flash-statement-added = La tua dichiarazione è stata aggiunta.

# Refusals the store returns as codes.
dispute-statement-parties = solo l’acquirente e il venditore scrivono dichiarazioni in una contestazione
dispute-not-open = l’ordine n. { $id } non è in contestazione (è { status-order })
disputes-error-statement-control = la dichiarazione non può contenere caratteri di controllo (codici invisibili)
