# Inici de sessió, registre, contrasenya oblidada i els seus missatges.
field-email = Correu electrònic
field-password = Contrasenya
field-your-name = El teu nom
login-title = Inicia la sessió
login-button = Entra
login-forgot = Has oblidat la contrasenya?
login-new-here = Primer cop aquí?
login-register = Registra't
register-title = Crea un compte
register-intro = Un sol accés per a totes les teves cooperatives.
register-button = Crea el compte
password-hint = Com a mínim 10 caràcters.
forgot-title = Has oblidat la contrasenya?
forgot-intro = Indica l'adreça amb què entres; t'hi enviarem un enllaç per triar una contrasenya nova.
forgot-button = Envia l'enllaç
forgot-sent-title = Revisa el correu
forgot-sent-body = Si algun compte fa servir aquesta adreça, li hem enviat un enllaç per triar una contrasenya nova. L'enllaç funciona una sola vegada, durant una hora.
reset-title = Tria una contrasenya nova
reset-new-password = Contrasenya nova
reset-hint = Com a mínim 10 caràcters. Es tancarà la sessió a tots els altres dispositius.
reset-button = Desa la contrasenya
flash-welcome-back = Hola de nou, { $name }.
flash-logged-out = Has tancat la sessió.
flash-password-set = La contrasenya nova està desada i s'ha tancat la sessió a tots els altres dispositius.
error-too-many-logins = Massa intents fallits: per seguretat, l'accés està en pausa. Torna-ho a provar d'aquí a { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuts
    }.
error-wrong-login = Correu o contrasenya incorrectes.
error-email-taken = Aquest correu ja està registrat.
error-email-empty = Escriu una adreça de correu.
error-email-invalid = «{ $value }» no és una adreça de correu.
error-password-short = Fes servir com a mínim 10 caràcters.
error-password-long = Fes servir com a màxim 128 caràcters.
error-password-common = Aquesta contrasenya és massa fàcil d'endevinar.
error-name-empty = Escriu un nom.
error-name-long = El nom té més de 100 caràcters.
