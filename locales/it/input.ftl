# Numeri scritti nei campi di prezzo, quantità e importo.
number-empty = Inserisci un numero.
number-invalid = «{ $value }» non è un numero: scrivilo come { $example }.
number-ambiguous = «{ $value }» si può leggere in due modi: scrivi { $whole } per un numero intero, o { $fraction } con i decimali.
number-grouping = «{ $value }» ha le cifre raggruppate in modo strano: scrivilo come { $example }.
number-too-large = «{ $value }» è troppo grande.
input-control-character = contiene un carattere di controllo (come NUL) che non si può salvare

# Refusals the store returns as codes.
input-control-in = { $what ->
        [name] il nome
        [coop_name] il nome della cooperativa
        [description] la descrizione
        [delivery_address] l’indirizzo di consegna
        [note] la nota
       *[account_holder] l’intestatario del conto
    } non deve contenere caratteri di controllo (codici invisibili, o una tabulazione o un a capo in un campo di una riga)
