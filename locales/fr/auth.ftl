# Connexion, inscription, mot de passe oublié, et leurs messages.
field-email = Adresse e-mail
field-password = Mot de passe
field-your-name = Votre nom
login-title = Connexion
login-button = Se connecter
login-forgot = Mot de passe oublié ?
login-new-here = Première visite ?
login-register = Créer un compte
register-title = Créer un compte
register-intro = Un seul identifiant pour toutes vos coopératives.
register-button = Créer le compte
password-hint = Au moins 10 caractères.
forgot-title = Mot de passe oublié ?
forgot-intro = Indiquez l’adresse avec laquelle vous vous connectez : nous y enverrons un lien pour choisir un nouveau mot de passe.
forgot-button = Envoyer le lien
forgot-sent-title = Consultez votre messagerie
forgot-sent-body = Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable une heure, une seule fois.
reset-title = Choisir un nouveau mot de passe
reset-new-password = Nouveau mot de passe
reset-hint = Au moins 10 caractères. Tous vos autres appareils seront déconnectés.
reset-button = Enregistrer le mot de passe
flash-welcome-back = Bon retour, { $name }.
flash-logged-out = Vous êtes déconnecté·e.
flash-password-set = Votre nouveau mot de passe est enregistré et tous vos autres appareils sont déconnectés.
error-too-many-logins = Trop d’échecs de connexion : par sécurité, les connexions sont suspendues. Réessayez dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
error-wrong-login = Adresse e-mail ou mot de passe incorrect.
error-email-taken = Cette adresse e-mail est déjà inscrite.
error-email-empty = Saisissez une adresse e-mail.
error-email-invalid = « { $value } » n’est pas une adresse e-mail.
error-password-short = Utilisez au moins 10 caractères.
error-password-long = Utilisez au plus 128 caractères.
error-password-common = Ce mot de passe est trop facile à deviner.
error-name-empty = Saisissez un nom.
error-name-long = Le nom dépasse 100 caractères.
