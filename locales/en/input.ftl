# Numbers typed into price, quantity and amount fields.
number-empty = Enter a number.
number-invalid = “{ $value }” is not a number: write it like { $example }.
number-ambiguous = “{ $value }” could be read two ways: write { $whole } for a whole number, or { $fraction } with a decimal part.
number-grouping = “{ $value }” has its digits grouped oddly: write it like { $example }.
number-too-large = “{ $value }” is too large.
input-control-character = contains a control character (such as NUL) that cannot be stored

# Refusals the store returns as codes.
input-control-in = the { $what ->
        [name] name
        [coop_name] co-op name
        [description] description
        [delivery_address] delivery address
        [note] note
       *[account_holder] account holder
    } must not contain control characters (invisible codes, or a tab or line break in a one-line field)
