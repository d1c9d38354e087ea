# Les nombres saisis dans les champs de prix, de quantité et de montant.
number-empty = Saisissez un nombre.
number-invalid = « { $value } » n’est pas un nombre : écrivez-le comme { $example }.
number-ambiguous = « { $value } » peut se lire de deux façons : écrivez { $whole } pour un nombre entier, ou { $fraction } avec des décimales.
number-grouping = « { $value } » a des chiffres mal groupés : écrivez-le comme { $example }.
number-too-large = « { $value } » est trop grand.
input-control-character = contient un caractère de contrôle (comme NUL) qui ne peut pas être enregistré

# Refusals the store returns as codes.
input-control-in = { $what ->
        [name] le nom
        [coop_name] le nom de la coopérative
        [description] la description
        [delivery_address] l’adresse de livraison
        [note] la note
       *[account_holder] le titulaire du compte
    } ne doit pas contenir de caractères de contrôle (codes invisibles, ou tabulation ou saut de ligne dans un champ d’une ligne)
