# Iniciar sesión, registrarse, contraseña olvidada y sus mensajes.
field-email = Correo electrónico
field-password = Contraseña
field-your-name = Tu nombre
login-title = Iniciar sesión
login-button = Entrar
login-forgot = ¿Olvidaste tu contraseña?
login-new-here = ¿Primera vez aquí?
login-register = Regístrate
register-title = Crear una cuenta
register-intro = Un solo acceso para todas tus cooperativas.
register-button = Crear la cuenta
password-hint = Al menos 10 caracteres.
forgot-title = ¿Olvidaste tu contraseña?
forgot-intro = Indica la dirección con la que entras; le enviaremos un enlace para elegir una nueva contraseña.
forgot-button = Enviar el enlace
forgot-sent-title = Revisa tu correo
forgot-sent-body = Si alguna cuenta usa esa dirección, le hemos enviado un enlace para elegir una nueva contraseña. El enlace sirve una sola vez, durante una hora.
reset-title = Elige una nueva contraseña
reset-new-password = Nueva contraseña
reset-hint = Al menos 10 caracteres. Se cerrará la sesión en todos tus otros dispositivos.
reset-button = Guardar la contraseña
flash-welcome-back = Hola de nuevo, { $name }.
flash-logged-out = Has cerrado la sesión.
flash-password-set = Tu nueva contraseña está guardada y se cerró la sesión en todos tus otros dispositivos.
error-too-many-logins = Demasiados intentos fallidos: por tu seguridad, el acceso está en pausa. Vuelve a intentarlo en { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
error-wrong-login = Correo o contraseña incorrectos.
error-email-taken = Este correo ya está registrado.
error-email-empty = Escribe un correo electrónico.
error-email-invalid = «{ $value }» no es un correo electrónico.
error-password-short = Usa al menos 10 caracteres.
error-password-long = Usa como máximo 128 caracteres.
error-password-common = Esta contraseña es demasiado fácil de adivinar.
error-name-empty = Escribe un nombre.
error-name-long = El nombre tiene más de 100 caracteres.
