# Extractos de una cooperativa y el libro mayor del comité con el balance de comprobación.
ledger-title = Libro mayor
ledger-statement-title = Extracto
ledger-statement-of = Extracto de { $coop }
ledger-nothing-posted = Todavía no se ha anotado nada para esta cooperativa.
ledger-col-coop = Cooperativa
ledger-col-account = Cuenta
ledger-col-currency = Moneda
ledger-col-balance = Saldo
ledger-col-when = Cuándo
ledger-col-what = Qué
ledger-col-order = Pedido
ledger-col-amount = Importe
ledger-col-balance-after = Saldo después
ledger-col-sum = Suma de todos los apuntes
ledger-from = Desde
ledger-until = Hasta (excluido)
ledger-show = Mostrar
ledger-csv = Descargar CSV
ledger-balance-now = Saldo actual: { $balance }
ledger-no-entries = No hay apuntes en este periodo.
ledger-older = Apuntes anteriores
ledger-trial = Balance de comprobación
ledger-trial-rule = Los apuntes de cada moneda deben sumar cero.
ledger-balanced = Todas las monedas cuadran.
ledger-unbalanced = Una moneda no cuadra: ejecuta `cooptrade ledger verify`.
ledger-accounts = Cuentas
ledger-more-accounts = Más cuentas
ledger-marketplace = Mercado
ledger-some-coop = una cooperativa
ledger-account-of = { $coop }: { $account }
ledger-account = { $code ->
        [proceeds] ingresos por ventas
        [fair_share] parte justa adeudada
        [receivable] a devolver (recuperación)
        [payments] pagos realizados
        [pool] fondo común
        [gateway_clearing] en manos de la pasarela de pago o del banco
        [payouts_in_transit] pagos en tránsito
       *[processor_fees] comisiones del procesador de pagos
    }
ledger-account-choice = { $code ->
        [proceeds] Ingresos por ventas
        [fair_share] Parte justa adeudada
        [receivable] A devolver (recuperación)
       *[payments] Pagos realizados
    }
ledger-entry-kind = { $kind ->
        [settlement] pedido liquidado
        [payment] pago recibido
        [transfer] transferencia al vendedor
        [refund] reembolso
        [payment_refund] pago reembolsado
        [processing_fee] comisión del procesador de pagos
        [pool_spending] gasto del fondo
        [payout] pago a cooperativa
       *[other] { $kind }
    }
ledger-entry-order = { $kind ->
        [settlement] pedido n.º { $id } liquidado
        [payment] pago del pedido n.º { $id } recibido
        [transfer] pedido n.º { $id } pagado al vendedor
        [refund] reembolso del pedido n.º { $id }
        [payment_refund] pago del pedido n.º { $id } reembolsado
        [processing_fee] comisión del procesador por el pedido n.º { $id }
       *[other] { $kind } (pedido n.º { $id })
    }
error-ledger-account = elige una de las cuentas de la cooperativa
error-date-format = usa una fecha como 2026-11-25
error-date-range = usa una fecha entre 0001-01-01 y 9999-12-31
ledger-error-posted-twice = la clave del libro mayor { $key } se contabiliza dos veces a la vez
ledger-error-concurrent = otra operación está contabilizando a la vez una clave del libro mayor
ledger-error-key-reused = la clave del libro mayor { $key } ya se usó para otro asiento (n.º { $entry })
ledger-error-balance-large = el saldo de { $account } es { $balance }, demasiado grande para un solo importe
error-money-mismatch = las monedas no coinciden: { $left } y { $right }
error-money-negative = el importe no puede ser negativo (recibido: { $amount })
error-money-split-policy = la regla de reparto de la comisión no es válida
error-money-refund-fee = la comisión reembolsada ({ $refunded }) supera la comisión original ({ $original })
