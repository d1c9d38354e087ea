# Noms dels estats a les etiquetes i el seu significat (en passar-hi el ratolí). $code és el valor desat.
status-listing = { $code ->
        [draft] esborrany
        [active] a la venda
        [paused] en pausa
       *[archived] arxivat
    }
status-listing-meaning = { $code ->
        [draft] Només la teva cooperativa el veu.
        [active] Els compradors el veuen i el poden demanar.
        [paused] Els compradors el veuen però no el poden demanar.
       *[archived] Retirat definitivament; es conserva per les comandes que l’esmenten.
    }
status-coop = { $code ->
        [pending] pendent del comitè
        [admitted] admesa
       *[declined] rebutjada
    }
status-coop-meaning = { $code ->
        [pending] El comitè encara no ha decidit sobre la sol·licitud.
        [admitted] La cooperativa comercia al mercat.
       *[declined] El comitè va rebutjar la sol·licitud.
    }
status-run = { $code ->
        [awaiting_review] pendent de revisió
        [approved] aprovada
        [rejected] rebutjada
        [paid] pagada
       *[superseded] substituïda
    }
status-run-meaning = { $code ->
        [awaiting_review] El comitè encara no ha arribat al quòrum d’aprovacions.
        [approved] El comitè l’ha aprovada; se’n poden pagar les línies.
        [rejected] Un membre del comitè l’ha rebutjada; no se’n pagarà res.
        [paid] Totes les línies estan pagades.
       *[superseded] S’ha refet com una tanda més recent i es conserva com a registre.
    }
status-line = { $code ->
        [open] per pagar
        [paid] pagada
       *[failed] pagament fallit
    }
status-line-meaning = { $code ->
        [open] Encara no s’ha pagat.
        [paid] S’ha pagat la cooperativa.
       *[failed] L’últim pagament ha fallat; continua oberta per tornar-ho a provar.
    }
status-spending = { $code ->
        [awaiting_review] pendent de revisió
        [approved] aprovada
        [rejected] rebutjada
        [paid] pagada
       *[failed] pagament fallit
    }
status-spending-meaning = { $code ->
        [awaiting_review] El comitè encara no ha arribat al quòrum d’aprovacions.
        [approved] Els diners estan reservats del fons, a l’espera de pagar-se.
        [rejected] Un membre del comitè l’ha rebutjada; no es pagarà res.
        [paid] S’ha pagat el destinatari amb el fons comú.
       *[failed] El pagament ha fallat; es pot tornar a enviar.
    }
status-method = { $code ->
        [bank] transferència bancària
       *[stripe] transferència de Stripe
    }
status-method-meaning = { $code ->
        [bank] Es paga amb el fitxer bancari i el comitè la marca com a pagada.
       *[stripe] Es paga al compte de Stripe connectat de la cooperativa.
    }
status-payment = { $code ->
        [card] targeta
       *[bank] transferència bancària
    }
status-payment-meaning = { $code ->
        [card] Pagat amb targeta mitjançant Stripe; els reemborsaments tornen a la targeta.
       *[bank] Pagat per transferència bancària; el venedor envia els reemborsaments.
    }
status-order = { $code ->
        [placed] feta
        [accepted] acceptada
        [paid] pagada
        [shipped] enviada
        [delivered] lliurada
        [settled] liquidada
        [rejected] rebutjada
        [cancelled] cancel·lada
        [disputed] en disputa
       *[refunded] reemborsada
    }
status-order-meaning = { $code ->
        [placed] Espera que el venedor l’accepti; l’estoc està reservat.
        [accepted] Acceptada pel venedor; pendent de pagament.
        [paid] Pagada; espera que el venedor l’enviï.
        [shipped] De camí cap al comprador.
        [delivered] El comprador n’ha confirmat el lliurament; es liquidarà aviat.
        [settled] Completa: la comissió està cobrada i la part del venedor, comptabilitzada.
        [rejected] El venedor l’ha rebutjada.
        [cancelled] Cancel·lada abans del pagament.
        [disputed] En disputa; decideix el comitè.
       *[refunded] S’ha reemborsat el comprador.
    }
# Botons: el que es pot fer ara. $code és el nom estable de l’acció.
action-order = { $code ->
        [accept] Acceptar
        [reject] Rebutjar
        [cancel] Cancel·lar la comanda
        [confirm_payment] Confirmar el pagament rebut
        [payment_succeeded] Pagament correcte
        [ship] Marcar com a enviada
        [confirm_delivery] Confirmar el lliurament
        [settle] Liquidar
        [dispute] Obrir una disputa
        [resolve_settle] Resoldre: liquidar
        [resolve_refund] Resoldre: reemborsar
       *[refund] Reemborsar
    }
action-listing = { $code ->
        [edit] Editar
        [publish] Publicar
        [pause] Posar en pausa
        [delete] Suprimir
       *[archive] Arxivar
    }
action-run = { $code ->
        [redraft] Refer aquesta tanda
        [send_stripe] Enviar les transferències de Stripe
       *[mark_bank_paid] Marcar tot el fitxer bancari com a pagat
    }
action-spending = { $code ->
        [send_stripe] Enviar per Stripe
       *[mark_paid] Marcar com a pagada
    }
action-line = { $code ->
        [retry] Tornar a provar la transferència
        [send] Enviar aquesta transferència
        [mark_paid] Marcar com a pagada
       *[mark_failed] Marcar com a fallida
    }
action-line-failed-placeholder = el que va dir el banc
status-error-unknown = «{ $value }» no és un valor possible: feu servir { $choices } o { $last }
