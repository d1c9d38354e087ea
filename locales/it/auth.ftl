# Accesso, registrazione, password dimenticata e i loro messaggi.
field-email = E-mail
field-password = Password
field-your-name = Il tuo nome
login-title = Accedi
login-button = Accedi
login-forgot = Password dimenticata?
login-new-here = Prima volta qui?
login-register = Registrati
register-title = Registrati
register-intro = Un solo accesso per tutte le tue cooperative.
register-button = Crea l'account
password-hint = Almeno 10 caratteri.
forgot-title = Password dimenticata?
forgot-intro = Indica l'indirizzo con cui accedi: ti invieremo un link per scegliere una nuova password.
forgot-button = Invia il link
forgot-sent-title = Controlla la posta
forgot-sent-body = Se un account usa quell'indirizzo, gli abbiamo inviato un link per scegliere una nuova password. Il link vale una sola volta, per un'ora.
reset-title = Scegli una nuova password
reset-new-password = Nuova password
reset-hint = Almeno 10 caratteri. Tutti gli altri dispositivi verranno disconnessi.
reset-button = Salva la password
flash-welcome-back = Ciao di nuovo, { $name }.
flash-logged-out = Hai chiuso la sessione.
flash-password-set = La nuova password è salvata e tutti gli altri dispositivi sono stati disconnessi.
error-too-many-logins = Troppi accessi non riusciti: per sicurezza gli accessi sono sospesi. Riprova tra { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
error-wrong-login = Indirizzo e-mail o password errati.
error-email-taken = Questo indirizzo e-mail è già registrato.
error-email-empty = Inserisci un indirizzo e-mail.
error-email-invalid = «{ $value }» non è un indirizzo e-mail.
error-password-short = Usa almeno 10 caratteri.
error-password-long = Usa al massimo 128 caratteri.
error-password-common = Questa password è troppo facile da indovinare.
error-name-empty = Inserisci un nome.
error-name-long = Il nome supera i 100 caratteri.
