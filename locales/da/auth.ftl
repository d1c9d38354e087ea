# Log ind, opret konto, glemt adgangskode og deres beskeder.
field-email = E-mail
field-password = Adgangskode
field-your-name = Dit navn
login-title = Log ind
login-button = Log ind
login-forgot = Glemt din adgangskode?
login-new-here = Ny her?
login-register = Opret konto
register-title = Opret konto
register-intro = Ét login til alle de kooperativer, du er med i.
register-button = Opret konto
password-hint = Mindst 10 tegn.
forgot-title = Glemt din adgangskode?
forgot-intro = Angiv den adresse, du logger ind med; vi sender et link dertil, så du kan vælge en ny adgangskode.
forgot-button = Send linket
forgot-sent-title = Tjek din mail
forgot-sent-body = Hvis en konto bruger den adresse, har vi sendt et link dertil, så du kan vælge en ny adgangskode. Linket virker én gang, i en time.
reset-title = Vælg en ny adgangskode
reset-new-password = Ny adgangskode
reset-hint = Mindst 10 tegn. Alle dine andre enheder bliver logget ud.
reset-button = Gem adgangskoden
flash-welcome-back = Velkommen tilbage, { $name }.
flash-logged-out = Du er logget ud.
flash-password-set = Din nye adgangskode er gemt, og alle dine andre enheder er logget ud.
error-too-many-logins = For mange mislykkede login: af sikkerhedshensyn er login sat på pause. Prøv igen om { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    }.
error-wrong-login = Forkert e-mailadresse eller adgangskode.
error-email-taken = Denne e-mailadresse er allerede registreret.
error-email-empty = Skriv en e-mailadresse.
error-email-invalid = »{ $value }« er ikke en e-mailadresse.
error-password-short = Brug mindst 10 tegn.
error-password-long = Brug højst 128 tegn.
error-password-common = Denne adgangskode er for let at gætte.
error-name-empty = Skriv et navn.
error-name-long = Navnet er længere end 100 tegn.
