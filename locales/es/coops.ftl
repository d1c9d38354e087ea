# Páginas de las cooperativas: solicitud, perfil público, gestión de miembros.
coops-apply-title = Registrar una cooperativa
coops-apply-intro = El comité del fondo común revisa cada solicitud. Serás la primera persona administradora de la cooperativa.
coops-name = Nombre de la cooperativa
coops-kind-label = Tipo
coops-kind-choice = { $kind ->
        [producer] Productora: ofrecemos productos
        [buyer] Compradora: pedimos productos
       *[both] Ambas cosas
    }
coops-kind = { $kind ->
        [producer] productora
        [buyer] compradora
       *[both] productora y compradora
    }
coops-country = País
coops-country-hint = código ISO, p. ej. TG, IT, DK, LK, JP, CO, ES
coops-currency = Moneda
coops-currency-hint = código ISO 4217, p. ej. XOF, EUR, DKK, LKR, JPY, COP
coops-contact-email = Correo de contacto
coops-description = A qué se dedica la cooperativa
coops-apply-button = Enviar solicitud
coops-flash-applied = Solicitud enviada: el comité la revisará.
coops-contact = Contacto
coops-manage-this = Gestionar esta cooperativa
coops-listings = Ofertas
coops-awaiting-decision = El comité aún no ha decidido sobre esta solicitud.
coops-committee-note = Nota del comité: { $reason }
coops-public-profile = Perfil público
coops-statement = Extracto
coops-members = Miembros
coops-member-name = Nombre
coops-email = Correo
coops-role-label = Rol
coops-role = { $role ->
        [admin] administrador
       *[member] miembro
    }
coops-change-role = Cambiar rol
coops-make-role = { $role ->
        [admin] Hacer administrador
       *[member] Hacer miembro
    }
coops-pending-invitations = Invitaciones pendientes
coops-sent = Enviada
coops-withdraw = Retirar
coops-invite = Invitar a un miembro
coops-invite-intro = Le enviamos un enlace por correo. Solo se une si acepta; hasta entonces nada cambia para esa persona.
coops-their-email = Su correo
coops-their-email-hint = Si aún no tiene cuenta, se registra con esta dirección para responder.
coops-send-invitation = Enviar invitación
coops-flash-invited = Invitación enviada a { $email }; se une cuando acepte.
coops-flash-already-invited = { $email } ya está invitado; la invitación espera su respuesta.
coops-flash-role-changed = Rol cambiado.
coops-api-tokens = Tokens de API
coops-new-token = Tu nuevo token; cópialo ahora, no se volverá a mostrar:
coops-token-name-column = Nombre
coops-token-starts = Empieza por
coops-token-created = Creado
coops-token-state = Estado
coops-token-revoked = revocado el { $date }
coops-token-revoke = Revocar
coops-token-active = activo
coops-token-name = Nombre del token
coops-token-name-hint = Qué lo usará, p. ej. «sincronización ERP».
coops-token-create = Crear token
coops-token-admins-only = Solo un administrador de la cooperativa puede crear o revocar tokens de API.
coops-flash-token-revoked = Token revocado.
coops-error-name-empty = escribe el nombre de la cooperativa
coops-error-name-long = el nombre de la cooperativa supera los 100 caracteres
coops-error-kind = elige productora, compradora o ambas
coops-error-role = elige administrador o miembro
coops-error-currency = código de moneda desconocido «{ $value }»
coops-error-decided = { $coop } ya ha sido { status-coop }
coops-error-one-admin = una cooperativa necesita al menos un administrador
coops-error-not-member = no es miembro de { $coop }
coops-error-last-admin = es el último administrador de { $coop }: haga administrador a otro miembro antes de salir
coops-error-name-taken = ya existe una cooperativa con este nombre
coops-error-reason = indique por qué se rechaza la solicitud
coops-error-token-name = ponga un nombre al token (de 1 a 100 caracteres), por ejemplo «Sincronización ERP»
coops-error-not-admitted = { $coop } aún no ha sido admitida
coops-error-does-not-buy = { $coop } está registrada como productora y no puede hacer pedidos
coops-error-does-not-sell = { $coop } está registrada como compradora y no puede publicar productos
