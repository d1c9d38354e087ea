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
# Field errors stay short fragments beside the field, as in the rest of the English pages.
error-too-many-logins = too many failed logins; for your safety logins are paused, try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
error-wrong-login = wrong e-mail address or password
error-email-taken = this e-mail address is already registered
error-email-empty = enter an e-mail address
error-email-invalid = '{ $value }' is not an e-mail address
error-password-short = use at least 10 characters
error-password-long = use at most 128 characters
error-password-common = this password is too easy to guess
error-name-empty = enter a name
error-name-long = the name is longer than 100 characters
