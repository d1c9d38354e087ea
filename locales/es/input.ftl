# Números escritos en los campos de precio, cantidad e importe.
number-empty = Escribe un número.
number-invalid = «{ $value }» no es un número: escríbelo como { $example }.
number-ambiguous = «{ $value }» se puede leer de dos maneras: escribe { $whole } para un número entero o { $fraction } con decimales.
number-grouping = «{ $value }» tiene los dígitos mal agrupados: escríbelo como { $example }.
number-too-large = «{ $value }» es demasiado grande.
input-control-character = contiene un carácter de control (como NUL) que no se puede guardar

# Refusals the store returns as codes.
input-control-in = { $what ->
        [name] el nombre
        [coop_name] el nombre de la cooperativa
        [description] la descripción
        [delivery_address] la dirección de entrega
        [note] la nota
       *[account_holder] el titular de la cuenta
    } no debe contener caracteres de control (códigos invisibles, o un tabulador o salto de línea en un campo de una línea)
