# Log in, register, forgotten password, and their messages.
field-email = E-mail
field-password = Password
field-your-name = Your name
login-title = Log in
login-button = Log in
login-forgot = Forgot your password?
login-new-here = New here?
login-register = Register
register-title = Register
register-intro = One login for every co-op you belong to.
register-button = Register
password-hint = At least 10 characters.
forgot-title = Forgot your password?
forgot-intro = Give the address you log in with; we mail it a link to choose a new password.
forgot-button = Send the link
forgot-sent-title = Check your mail
forgot-sent-body = If an account uses that address, we have sent it a link to choose a new password. The link works for one hour, once.
reset-title = Choose a new password
reset-new-password = New password
reset-hint = At least 10 characters. Every other device is logged out.
reset-button = Set the password
flash-welcome-back = Welcome back, { $name }.
flash-logged-out = You have logged out.
flash-password-set = Your new password is set, and every other device is logged out.
error-too-many-logins = Too many failed logins: for your safety logins are paused. Try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
error-wrong-login = Wrong e-mail address or password.
error-email-taken = This e-mail address is already registered.
error-email-empty = Enter an e-mail address.
error-email-invalid = “{ $value }” is not an e-mail address.
error-password-short = Use at least 10 characters.
error-password-long = Use at most 128 characters.
error-password-common = This password is too easy to guess.
error-name-empty = Enter a name.
error-name-long = The name is longer than 100 characters.
