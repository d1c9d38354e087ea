# Numeri scritti nei campi di prezzo, quantità e importo.
number-empty = Inserisci un numero.
number-invalid = «{ $value }» non è un numero: scrivilo come { $example }.
number-ambiguous = «{ $value }» si può leggere in due modi: scrivi { $whole } per un numero intero, o { $fraction } con i decimali.
number-grouping = «{ $value }» ha le cifre raggruppate in modo strano: scrivilo come { $example }.
number-too-large = «{ $value }» è troppo grande.
input-control-character = contiene un carattere di controllo (come NUL) che non si può salvare
