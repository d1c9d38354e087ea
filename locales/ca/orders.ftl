# Les llistes de comandes, la pàgina d'una comanda, la confirmació imprimible, les accions i els reemborsaments.
orders-title = Comandes
orders-buying = Compres
orders-selling = Vendes
orders-state = Estat
orders-any-state = Qualsevol estat
orders-filter = Filtra
orders-none = No hi ha comandes.
orders-order = Comanda
orders-buyer = Comprador
orders-seller = Venedor
orders-total = Total
orders-placed = Feta
orders-older = Comandes anteriors
orders-order-title = Comanda núm. { $id }
# Sota el títol: el venedor i el comprador són enllaços.
orders-from-to = De { $seller } a { $buyer } · feta el { $when }
orders-your-coop = la teva cooperativa
orders-the-buyer-coop = la cooperativa compradora
orders-the-seller-coop = la cooperativa venedora
# On va la comissió; $seller i $buyer són les tres expressions de dalt.
orders-fee-split = De la comissió de { $fee } ({ $rate }): { $pool } al fons comú, { $seller_share } per a { $seller }, { $buyer_share } per a { $buyer }.
orders-percent = { $rate } %
orders-marketplace-fee = Comissió del mercat ({ $rate })
orders-seller-proceeds = Ingressos del venedor
orders-dispute-link = La disputa: declaracions de totes dues parts
orders-how-to-pay = Com pagar
orders-pay-by-bank = Transfereix { $amount } al compte bancari del venedor; el venedor en confirma aquí la recepció.
orders-account-holder = Titular del compte
orders-payment-reference = Referència del pagament
orders-pay-bank-missing = Paga { $amount } amb la referència { $reference }. El venedor encara no ha introduït les dades bancàries: demana-li el compte.
orders-pay-by-card = Paga { $amount } amb targeta per la compra núm. { $checkout }: { $link }.
orders-pay-by-card-link = Paga amb targeta
orders-deliver-to = Lliura a
orders-note = Nota
orders-refunded-so-far = Reemborsat fins ara:
orders-claw-back = Els reemborsaments han recuperat de la comissió: { $pool } del fons comú, { $seller_share } de la part de { $seller } i { $buyer_share } de la part de { $buyer }.
orders-refund-part = Reemborsa part d'aquesta comanda
orders-refund-amount = Import ({ $currency }, com a màxim { $left })
orders-reason = Motiu
orders-refund = Reemborsa
orders-what-you-can-do = El que pots fer
orders-printable = Confirmació imprimible
orders-history = Historial
orders-when = Quan
orders-who = Qui
orders-what = Què
orders-now = Després
# Qui ha fet alguna cosa, a l'historial: «Ama Mensah (venedor)».
orders-who-role = { $name } ({ $role ->
        [buyer] comprador
        [seller] venedor
        [committee] comitè
       *[system] sistema
    })
orders-role = { $role ->
        [buyer] comprador
        [seller] venedor
        [committee] comitè
       *[system] sistema
    }
# El que ha passat, a l'historial. $code és el nom estable de l'esdeveniment.
orders-event = { $code ->
        [place] feta
        [accept] acceptada
        [reject] rebutjada
        [cancel] cancel·lada
        [confirm_payment] pagament confirmat
        [payment_succeeded] pagament completat
        [ship] enviada
        [confirm_delivery] lliurament confirmat
        [settle] liquidada
        [dispute] disputa oberta
        [resolve_settle] disputa resolta: liquidada
        [resolve_refund] disputa resolta: reemborsada
        [refund] reemborsada
        [partial_refund] reemborsada en part
       *[other] { $code }
    }
orders-confirmation-title = Confirmació de la comanda núm. { $id }
orders-placed-state = Feta el { $when } · estat: { $state }
orders-print = Imprimeix
# Missatges després d'una acció o d'un reemborsament.
orders-now-state = La comanda núm. { $id } ara està { $state }.
orders-refunded = S'han reemborsat { $amount }; la comanda núm. { $id } està { $state }.
orders-statement-added = S'ha afegit la teva declaració.
# Errors al costat de l'import d'un reemborsament, el motiu d'una acció o una declaració.
orders-refund-not-positive = Escriu un import més gran que 0.
orders-refund-decimals = El { $currency } té { $decimals ->
        [0] zero decimals
        [one] 1 decimal
       *[other] { $decimals } decimals
    }: no n'escriguis més.
orders-refund-too-much = Com a màxim encara es poden reemborsar { $left }.
orders-reason-missing = Digues per què: l'altra part ho llegirà.
orders-text-control = Treu els caràcters de control (codis invisibles, o un salt de línia en un camp d'una línia).
orders-text-too-long = Limita-ho a { $max } caràcters (en té { $length }).
orders-statement-missing = Escriu què ha passat.
orders-action-not-now = Aquesta comanda ara està { $state }: «{ $action }» ja no és possible. La pàgina mostra el que pots fer ara.
orders-action-not-yours = No pots fer «{ $action }» en aquesta comanda.
# A part refund in an order's history; $reason is what the seller wrote.
orders-note-part-refund = { $amount } reemborsats. { $reason }

# The order state machine's refusals: $code is the order's state, $action what was asked
# (a verb with its object), $hint why, $who who may.
order-refused-act = { $action ->
        [accept] acceptar una comanda
        [reject] rebutjar una comanda
        [cancel] cancel·lar una comanda
        [confirm_payment] confirmar el pagament d’una comanda
        [payment_succeeded] notificar el pagament d’una comanda
        [ship] enviar una comanda
        [confirm_delivery] confirmar el lliurament d’una comanda
        [settle] liquidar una comanda
        [dispute] obrir una disputa sobre una comanda
        [resolve_settle] resoldre una disputa sobre una comanda
        [resolve_refund] resoldre una disputa sobre una comanda
       *[refund] reemborsar una comanda
    }
order-refused-hint = { $hint ->
        [placed-only] només una comanda feta es pot acceptar o rebutjar
        [paid-refund] ja està pagada: el venedor la pot reemborsar
        [unpaid-only] només es pot cancel·lar una comanda encara no pagada
        [accept-first] primer s’ha d’acceptar
        [already-paid] ja està pagada
        [pay-first] primer s’ha de pagar
        [already-shipped] ja s’ha enviat
        [ship-first] primer s’ha d’enviar
        [shipped-only] el lliurament només es pot confirmar mentre està enviada
        [disputed] està en disputa: la resol el comitè
        [deliver-first] primer s’ha de confirmar el lliurament
        [unpaid-cancel] encara no està pagada: cancel·leu-la
        [ship-first-refund] primer s’ha d’enviar; el venedor la pot reemborsar
        [settled-ask] ja està liquidada: demaneu un reemborsament al comitè
        [disputed-only] només es pot resoldre una comanda en disputa
       *[shipped-dispute] ja s’ha enviat: el comprador pot obrir una disputa
    }
order-refused-whom = { $who ->
        [seller] només la cooperativa venedora pot
        [buyer] només la cooperativa compradora pot
        [committee] només el comitè pot
        [system] només el sistema pot
        [buyer_seller] només la cooperativa compradora o la venedora poden
       *[seller_committee] només la cooperativa venedora o el comitè poden
    }
order-refused-already = la comanda ja està { status-order }
order-refused-state = no es pot { order-refused-act } { status-order }: { order-refused-hint }
order-refused-who = { order-refused-whom } { order-refused-act }
order-refused-who-state = { order-refused-whom } { order-refused-act } { status-order }
order-refused-not-yours = aquesta comanda no és vostra

# Refusals the store returns as codes.
order-changed = la comanda ha canviat mentrestant; torneu-la a carregar i torneu-ho a provar
order-error-no-lines = la comanda no té cap línia
order-error-no-address = introduïu una adreça de lliurament
order-error-text-long = l’adreça o la nota és massa llarga
order-error-quantity-large = quantitat massa gran
order-error-stock-taken = estoc insuficient: una altra comanda l’ha pres mentrestant; torneu a carregar i torneu-ho a provar
order-error-minimum = demaneu com a mínim { $min } de «{ $title }»
order-error-stock = estoc insuficient de «{ $title }»: en queden menys de { $quantity }
order-error-changed = algunes línies han canviat des que les vau afegir a la cistella ({ $lines }); no s’ha fet cap comanda: reviseu les noves condicions de sota i accepteu-les per pagar
order-changed-line = «{ $title }»: { $changes }
order-change-price = el preu era { $was }, ara és { $now }
order-change-minimum = la comanda mínima era { $was }, ara és { $now }
order-change-not-for-sale = ja no està a la venda
order-change-short = només en queden { $left }
order-error-expected-total = el total és { $placed }, no l’esperat { $expected }; reviseu els preus i envieu el nou total
order-error-leader-refused = una sol·licitud esperava una altra que ha estat rebutjada
order-error-key-reused = aquesta clau ja s’ha fet servir per a una altra sol·licitud
