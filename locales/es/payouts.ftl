# Las tandas de pagos del comité, la página de una tanda y las propuestas de gasto del fondo.
payouts-title = Tandas de pagos
payouts-nothing-owed = A ninguna cooperativa se le debe al menos el pago mínimo en ninguna moneda, así que no hay tanda que preparar.
payouts-currency = Moneda (las que tienen algo adeudado, la mayor primero)
payouts-owed = { $currency } · { $amount } adeudados
payouts-draft = Preparar una tanda de pagos
payouts-col-run = Tanda
payouts-col-drafted = Preparada
payouts-col-lines = Líneas
payouts-col-total = Total
payouts-col-status = Estado
payouts-run-name = n.º { $id } { $currency }
payouts-older-runs = Tandas anteriores
payouts-spending = Propuestas de gasto del fondo
payouts-no-run = Aún no hay tandas de pagos.
payouts-no-proposal = Aún no hay propuestas.
payouts-spending-to = { $amount } para { $coop }
payouts-older-proposals = Propuestas anteriores
payouts-decisions = Decisiones
payouts-command-line = la línea de órdenes
payouts-decision = { $what ->
        [drafted] la preparó
        [proposed] lo propuso
        [approved] aprobó
        [rejected] rechazó
        [paid] marcó como pagado
        [failed] registró un pago fallido
        [replaces] la rehízo
        [superseded] la sustituyó
       *[other] { $what }
    }
payouts-no-vote = No puedes votar esto: perteneces a una cooperativa que recibe dinero aquí, o ya has votado.
payouts-reason = Motivo (obligatorio para rechazar)
payouts-approve = Aprobar
payouts-reject = Rechazar
payouts-voters = { $voters ->
        [one] { $voters } miembro del comité aún puede votar
       *[other] { $voters } miembros del comité aún pueden votar
    }; { $needed ->
        [one] falta { $needed } aprobación.
       *[other] faltan { $needed } aprobaciones.
    }
payouts-unreachable = El comité no puede aprobar esto tal como está.
payouts-unreachable-why = Pueden votar menos miembros de los que exige el quórum (los demás pertenecen a una cooperativa que cobra aquí, y quien la preparó no puede aprobarla solo). Añade miembros al comité o recházala con un motivo.
run-title = Tanda de pagos n.º { $id }
run-summary = Preparada el { $created }; { $count ->
        [one] { $count } cooperativa
       *[other] { $count } cooperativas
    }, { $total }. Necesita { $quorum } aprobaciones distintas.
run-link = tanda n.º { $id }
run-replaces = Sustituye a la { $run }, que pagaba más de lo adeudado.
run-replaced-by = Sustituida por la { $run }; esta tanda se conserva como registro.
run-stale = Esta tanda está desactualizada.
run-stale-why = Los reembolsos desde que se preparó han reducido lo adeudado, así que pagaría más de lo que se debe ahora (mira las líneas marcadas abajo). No se puede aprobar, exportar ni pagar.
run-lines = Líneas
run-line-over = Paga { $amount } más de lo que se le debe ahora a esta cooperativa.
run-line-parts = parte justa { $fair_share } · ventas { $proceeds } · por { $method }
run-line-no-iban = sin registrar
run-line-stripe-error = Error de Stripe: { $error }
run-line-bank-error = Error del banco: { $error }
run-line-no-bank-details = sin datos bancarios
run-line-held = Retenida: esta cooperativa no tiene datos bancarios registrados, así que la línea queda fuera de los ficheros bancarios y no se puede marcar como pagada. Se ha pedido a sus administradores que los añadan.
run-line-entries = Apuntes contables de esta línea ({ $count })
run-entry-order = pedido n.º { $id }
run-col-entry = Asiento
run-files-after-approval = Los ficheros bancarios se podrán descargar cuando el comité haya aprobado la tanda.
run-download-csv = Descargar el fichero bancario (CSV)
run-download-sepa = Descargar el fichero SEPA (pain.001)
run-no-debtor = La cuenta bancaria del propio mercado aún no está configurada, así que no se puede generar un fichero SEPA; descarga el CSV o pide al operador que la configure.
run-held-count = { $count ->
        [one] { $count } cooperativa no tiene datos bancarios: su línea queda retenida, fuera de los ficheros bancarios, hasta que sus administradores los añadan.
       *[other] { $count } cooperativas no tienen datos bancarios: sus líneas quedan retenidas, fuera de los ficheros bancarios, hasta que sus administradores los añadan.
    }
confirm-paid-title = Marcar la tanda n.º { $id } como pagada
confirm-paid-heading = ¿Marcar como pagado el fichero bancario de la tanda n.º { $id }?
confirm-paid-body = Esto marca { $count ->
        [one] { $count } línea
       *[other] { $count } líneas
    }, { $total } en total, como pagadas por el banco. Hazlo solo cuando el banco haya hecho estas transferencias.
confirm-paid-held = { $count ->
        [one] { $count } línea retenida (sin datos bancarios) sigue abierta.
       *[other] { $count } líneas retenidas (sin datos bancarios) siguen abiertas.
    }
confirm-paid-yes = { $count ->
        [one] Sí, marcar { $count } línea como pagada
       *[other] Sí, marcar { $count } líneas como pagadas
    }
confirm-paid-cancel = Cancelar
spending-title = Gasto n.º { $id }
spending-summary = { $amount } del fondo común para { $coop }. Necesita { $quorum } aprobaciones distintas.
spending-paid-by-stripe = Pagado por transferencia de Stripe
spending-payment-error = Error de pago: { $error }
spending-propose-title = Proponer un gasto del fondo
spending-propose-heading = Proponer un gasto del fondo común
spending-field-title = Título
spending-field-purpose = Finalidad
spending-field-amount = Importe
spending-field-currency = Moneda (las que tiene el fondo, la mayor primero)
spending-field-recipient = Cooperativa destinataria
spending-in-pool = { $currency } · { $amount } en el fondo
spending-pool-empty = El fondo común aún no tiene nada.
spending-propose = Proponer
flash-run-drafted = Se ha preparado la tanda; se ha pedido al comité que la revise.
flash-vote-recorded = Anotado; { $subject ->
        [run] la tanda ahora está { $status ->
                [awaiting_review] pendiente de revisión
                [approved] aprobada
               *[rejected] rechazada
            }
       *[spending] el gasto ahora está { $status ->
                [awaiting_review] pendiente de revisión
                [approved] aprobado
               *[rejected] rechazado
            }
    }.
flash-line-paid = La línea está pagada.
flash-line-already-paid = La línea ya estaba pagada; no ha cambiado nada.
flash-line-failed = La línea sigue abierta para reintentarla.
flash-stripe-paid = { $paid ->
        [one] { $paid } línea pagada por Stripe.
       *[other] { $paid } líneas pagadas por Stripe.
    }
flash-stripe-failed = { $paid } pagadas por Stripe; { $failed ->
        [one] { $failed } falló y sigue abierta para reintentarla: { $errors }
       *[other] { $failed } fallaron y siguen abiertas para reintentarlas: { $errors }
    }
flash-run-redrafted = La tanda n.º { $id } se ha rehecho como esta, que paga lo que se debe ahora; se ha pedido al comité que la revise.
flash-run-replaced = La tanda n.º { $id } se ha sustituido; ya no se debe nada, así que no se ha preparado una nueva.
flash-spending-proposed = Se ha propuesto el gasto n.º { $id }; el comité lo revisará.
flash-spending-paid = El gasto está pagado.
flash-spending-already-paid = Ya estaba pagado; no ha cambiado nada.
flash-bank-file-paid = { $count ->
        [one] { $count } línea marcada como pagada.
       *[other] { $count } líneas marcadas como pagadas.
    }
flash-bank-details-saved = Datos bancarios guardados.
error-decision-vote = la decisión debe ser aprobar o rechazar
payout-details-title = Datos de pago
payout-details-page = Datos de pago de { $coop }
payout-details-on-file = Cuenta bancaria: { $account }
payout-details-none = Aún no hay cuenta bancaria: los compradores que pagan por transferencia la necesitan.
payout-details-holder = Titular de la cuenta
payout-details-iban-hint = Se admiten espacios, p. ej. DE89 3704 0044 0532 0130 00
payout-details-save = Guardar datos bancarios
payout-details-back = Volver a la cooperativa
stripe-not-connected = Sin conectar: la cooperativa cobra por transferencia bancaria.
stripe-connect = Conectar una cuenta de Stripe
stripe-incomplete = Alta incompleta ({ $account }): cobros { $charges ->
        [yes] activados
       *[no] aún no activados
    }, pagos { $payouts ->
        [yes] activados
       *[no] aún no activados
    }. La cooperativa cobra por transferencia bancaria hasta que Stripe active ambos.
stripe-continue = Continuar el alta en Stripe
stripe-ready = Lista ({ $account }): cobros y pagos activados. Los pagos van a esta cuenta de Stripe.
# Bank details typed by a co-op's admin.
bank-error-iban = introduzca un IBAN: código de país, dígitos de control y cuenta, p. ej. DE89 3704 0044 0532 0130 00
bank-error-iban-checksum = los dígitos de control de este IBAN no son correctos: revise si hay un error de escritura
bank-error-bic = introduzca un BIC de 8 u 11 caracteres, p. ej. COBADEFFXXX
bank-error-holder = introduzca el titular de la cuenta (140 caracteres como máximo)
# Why the system took a decision, as the decisions list shows it.
decision-why-paid = { $amount }
decision-why-line-paid = línea n.º { $line }: { $amount }
decision-why-line-failed = línea n.º { $line }: { $error }
decision-why-replaces = la tanda n.º { $run } pagaba más de lo que se debe ahora
decision-why-redrafted = rehecha como tanda n.º { $run }
decision-why-nothing-owed = rehecha, pero ya no se debe nada
# Payment and bank refusals, as people read them; $gateway is a gateway's name (stripe, manual).
payments-error-stripe-refused = Stripe rechazó la transferencia ({ $status }): { $message }
payments-error-card-steps = { $amount } no se puede pagar con tarjeta: Stripe solo acepta { $currency } en pasos de 0,010
payments-error-no-connect = los pagos pasan por la pasarela { $gateway }: las cooperativas cobran por transferencia bancaria, no hay cuenta de Stripe que conectar ni pagar
payments-error-by-hand = los pagos llegan por { $gateway }: no se pueden confirmar a mano
payments-error-pay-by-bank = pague cada pedido por transferencia bancaria con la referencia de su página
payments-error-coop-no-connect = los pagos pasan por la pasarela { $gateway }: { $coop } cobra por transferencia bancaria, no hay cuenta de Stripe que conectar
payments-error-not-accepted = cada vendedor debe aceptar su pedido antes de que usted pague
payments-error-nothing-due = nada en este pago está pendiente de pago
payments-error-currencies = un pago en varias monedas se paga pedido a pedido
payments-error-already-paid = este pago ya está hecho
payouts-error-bank-refused = el banco rechazó la transferencia

# Refusals the store returns as codes.
payouts-error-not-open = la tanda de pagos n.º { $run } está { status-run } y no se puede rehacer
payouts-error-nothing-to-redraft = la tanda de pagos n.º { $run } sigue pagando solo lo que se debe; no hay nada que rehacer
payouts-error-not-approved-pay = la tanda de pagos n.º { $run } está { status-run } y no se puede pagar; primero necesita la aprobación del comité
payouts-error-not-approved-file = la tanda de pagos n.º { $run } está { status-run }: su archivo bancario se podrá descargar cuando el comité la apruebe
payouts-error-line-stripe = la línea n.º { $line } se paga por Stripe: ejecute la tanda para enviarla, no a mano
payouts-error-line-paid = la línea n.º { $line } ya está pagada
payouts-error-line-bank = la línea n.º { $line } se paga por banco: márquela como pagada cuando el banco la haya enviado
payouts-error-line-held = la línea n.º { $line } está retenida: { $coop } no tiene datos bancarios registrados, así que aún no se puede pagar. Se pidió a sus administradores que los añadan.
payouts-error-run-holds = no hay nada más que pagar en { $currency }: la tanda de pagos n.º { $run } ({ status-run }) ya incluye lo que se debe
payouts-error-nothing-owed = nada que pagar en { $currency }: a ninguna cooperativa se le debe al menos { $minimum }
payouts-error-balance-large = { $account } tiene { $balance }, demasiado para pagarlo en una sola tanda
payouts-error-run-stale = La tanda de pagos n.º { $run } está desactualizada: desde que se preparó, los reembolsos han reducido lo que se debe, y pagaría más de lo que se debe ahora ({ $lines }). No se puede aprobar, exportar ni pagar; prepárela de nuevo para pagar lo que se debe hoy.
payouts-stale-line = línea n.º { $line } ({ $coop }) por { $over }
payouts-error-sepa-empty = no hay nada que transferir
payouts-error-sepa-euro = las transferencias SEPA son en EUR, no en { $currency }
payouts-error-sepa-positive = cada transferencia SEPA debe ser positiva, y { $amount } no lo es
