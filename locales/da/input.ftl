# Tal skrevet i felter for pris, mængde og beløb.
number-empty = Skriv et tal.
number-invalid = »{ $value }« er ikke et tal: skriv det som { $example }.
number-ambiguous = »{ $value }« kan læses på to måder: skriv { $whole } for et helt tal eller { $fraction } med decimaler.
number-grouping = »{ $value }« har cifrene grupperet forkert: skriv det som { $example }.
number-too-large = »{ $value }« er for stort.
input-control-character = indeholder et kontroltegn (som NUL), der ikke kan gemmes

# Refusals the store returns as codes.
input-control-in = { $what ->
        [name] navnet
        [coop_name] kooperativets navn
        [description] beskrivelsen
        [delivery_address] leveringsadressen
        [note] noten
       *[account_holder] kontohaveren
    } må ikke indeholde kontroltegn (usynlige koder, eller tabulator eller linjeskift i et felt på én linje)
