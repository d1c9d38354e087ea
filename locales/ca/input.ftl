# Nombres escrits als camps de preu, quantitat i import.
number-empty = Escriu un nombre.
number-invalid = «{ $value }» no és un nombre: escriu-lo com { $example }.
number-ambiguous = «{ $value }» es pot llegir de dues maneres: escriu { $whole } per a un nombre enter, o { $fraction } amb decimals.
number-grouping = «{ $value }» té les xifres mal agrupades: escriu-lo com { $example }.
number-too-large = «{ $value }» és massa gran.
input-control-character = conté un caràcter de control (com NUL) que no es pot desar

# Refusals the store returns as codes.
input-control-in = { $what ->
        [name] el nom
        [coop_name] el nom de la cooperativa
        [description] la descripció
        [delivery_address] l’adreça de lliurament
        [note] la nota
       *[account_holder] el titular del compte
    } no ha de contenir caràcters de control (codis invisibles, o un tabulador o salt de línia en un camp d’una línia)
