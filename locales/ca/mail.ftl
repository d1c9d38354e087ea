# E-mails. Order mails: $order is the order's number, $buyer and $seller the co-ops' names,
# amounts ($proceeds, $refunded, $fee ...) come formatted. $event chooses the words.
mail-order-subject = { $event ->
        [placed] Nova comanda núm. { $order } de { $buyer }
        [accepted] Comanda núm. { $order }: acceptada, pagament pendent
        [rejected] Comanda núm. { $order }: rebutjada
        [cancelled-by-seller] Comanda núm. { $order }: cancel·lada
        [cancelled-by-buyer] Comanda núm. { $order }: cancel·lada
        [paid] Comanda núm. { $order }: pagada
        [shipped] Comanda núm. { $order }: enviada
        [delivered] Comanda núm. { $order }: lliurada
        [settled] Comanda núm. { $order }: liquidada
        [refunded] Comanda núm. { $order }: reemborsada
        [part-refunded] Comanda núm. { $order }: { $refunded } reemborsats
        [disputed] Comanda núm. { $order }: en disputa
        [resolved-refund] Comanda núm. { $order }: disputa resolta, reemborsada
       *[resolved-settle] Comanda núm. { $order }: disputa resolta, liquidada
    }
mail-order-headline = { $event ->
        [placed] { $buyer } ha fet la comanda núm. { $order }.
        [accepted] { $seller } ha acceptat la comanda núm. { $order }. Ara cal pagar-la.
        [rejected] { $seller } ha rebutjat la comanda núm. { $order }.
        [cancelled-by-seller] { $seller } ha cancel·lat la comanda núm. { $order }.
        [cancelled-by-buyer] { $buyer } ha cancel·lat la comanda núm. { $order }.
        [paid] La comanda núm. { $order } està pagada: { $seller } la pot enviar.
        [shipped] { $seller } ha enviat la comanda núm. { $order }.
        [delivered] { $buyer } ha confirmat que la comanda núm. { $order } ha arribat.
        [settled] La comanda núm. { $order } està liquidada: { $seller } ha de rebre { $proceeds }.
        [refunded] La comanda núm. { $order } s'ha reemborsat a { $buyer }.
        [part-refunded] S'han reemborsat { $refunded } de la comanda núm. { $order } a { $buyer }.
        [disputed] { $buyer } ha obert una disputa sobre la comanda núm. { $order }. La resol el comitè; totes dues parts poden afegir una declaració a la pàgina de la comanda.
        [resolved-refund] El comitè ha resolt la disputa sobre la comanda núm. { $order } a favor de { $buyer }: es reemborsa.
       *[resolved-settle] El comitè ha resolt la disputa sobre la comanda núm. { $order } a favor de { $seller }: es liquida.
    }
mail-order-between = Comanda de { $buyer } a { $seller }:
mail-your-coop = la vostra cooperativa
mail-order-line = { $quantity } { $title } a { $price }: { $total }
mail-subtotal = Subtotal: { $total }
mail-col-item = Article
mail-col-quantity = Quantitat
mail-col-unit-price = Preu unitari
mail-col-total = Total
mail-col-subtotal = Subtotal
# $rate is a number: 4 for 4 %.
mail-fee = { $settled ->
        [yes] De la comissió de { $fee } ({ $rate } %) ja cobrada: { $pool } al fons comú, { $seller_share } a { $seller }, { $buyer_share } a { $buyer }.
       *[no] De la comissió de { $fee } ({ $rate } %): { $pool } al fons comú, { $seller_share } a { $seller }, { $buyer_share } a { $buyer }.
    }
mail-refund-amounts = Reemborsat ara: { $refunded }. Encara reemborsable a la comanda: { $left }.
mail-refund-claw-back = { $settled ->
        [yes] De la comissió ja cobrada es recuperen { $fee }: { $pool } del fons comú, { $seller_share } de { $seller }, { $buyer_share } de { $buyer } (una part ja pagada es descompta del pròxim pagament).
       *[no] La comissió baixa { $fee }: { $pool } menys al fons comú, { $seller_share } menys a { $seller }, { $buyer_share } menys a { $buyer }.
    }
mail-pay-by-bank = Pagueu per transferència bancària:
mail-pay-amount = Import: { $amount }
mail-pay-holder = Titular del compte: { $holder }
mail-pay-iban = IBAN: { $iban }
mail-pay-bic = BIC: { $bic }
mail-pay-no-details = El venedor encara no ha introduït les seves dades bancàries: la pàgina de la comanda les mostrarà.
mail-pay-reference = Referència: { $reference }
mail-pay-by-card = Pagueu { $amount } amb targeta a la pàgina de la comanda:
mail-deliver-to = Lliurar a:
mail-note = Nota: { $note }
mail-see-order = Veure la comanda
mail-open-link = Obrir-ho a cooptrade
# Co-ops applying and the committee's decision. $kind is producer, buyer or both.
mail-coop-applied-subject = { $coop } demana unir-se a cooptrade
mail-coop-applied-body = { $coop } ({ $kind ->
        [producer] productora
        [buyer] compradora
       *[both] productora i compradora
    }, { $country }, opera en { $currency }) ha demanat unir-s'hi. Admeteu-la o rebutgeu-la a la pàgina del comitè.
mail-coop-admitted-subject = { $coop } ha estat admesa a cooptrade
mail-coop-admitted-body = El comitè ha admès { $coop }: ja pot comerciar.
mail-coop-declined-subject = { $coop } ha estat rebutjada a cooptrade
mail-coop-declined-body = El comitè ha rebutjat la sol·licitud de { $coop }. Motiu: { $reason }
# A statement added to a dispute. $side is buyer or seller.
mail-dispute-statement-subject = Comanda núm. { $order }: { $side ->
        [buyer] el comprador
       *[seller] el venedor
    } ha afegit una declaració a la disputa
mail-dispute-read = Llegiu la disputa: { $link }
# Money sent by the committee. $how is stripe or bank.
mail-payout-made-subject = Pagament de { $amount } enviat
mail-payout-made-body = El comitè del fons comú ha enviat { $amount } a la vostra cooperativa { $how ->
        [stripe] a través de Stripe
       *[bank] per transferència bancària
    } (ronda de pagaments núm. { $run }, línia núm. { $line }).
mail-spending-paid-subject = { $amount } del fons comú
mail-spending-paid-body = El comitè del fons comú ha enviat { $amount } a la vostra cooperativa { $how ->
        [stripe] a través de Stripe
       *[bank] per transferència bancària
    } per a «{ $title }».
# Committee mails. $link is the page to review on.
mail-spending-review-subject = La despesa núm. { $id } del fons comú espera la vostra revisió
mail-spending-review-body = { $coop } proposa gastar { $amount } del fons comú per a { $title }: { $purpose }
mail-review-at = Reviseu-la a { $link }
mail-run-review-subject = La ronda de pagaments núm. { $run } espera la vostra revisió
mail-run-review-body = S'ha preparat una ronda de pagaments de { $amount } a { $count ->
        [one] { $count } cooperativa
       *[other] { $count } cooperatives
    } que necessita l'aprovació del comitè.
mail-run-held-subject = Afegiu les vostres dades bancàries per rebre un pagament
mail-run-held-body = La ronda de pagaments núm. { $run } deu { $amount } a la vostra cooperativa, però no en tenim les dades bancàries, així que el pagament queda retingut. Afegiu el titular i l'IBAN a «Dades de pagament» a { $link }
mail-run-blocked-subject = El comitè no pot aprovar la ronda de pagaments núm. { $run } tal com està
mail-run-blocked-body = La ronda de pagaments núm. { $run } necessita { $quorum } aprovacions, però només { $count } membres del comitè encara la poden votar (els altres pertanyen a una cooperativa que cobra, i qui la va preparar no la pot aprovar sol). Afegiu membres al comitè o rebutgeu-la amb un motiu.
mail-see = Vegeu { $link }
# Account mails.
mail-hello-name = Hola, { $name }:
mail-hello = Hola:
mail-verify-subject = Confirmeu la vostra adreça de correu per a cooptrade
mail-verify-body = per confirmar que { $email } és la vostra adreça a cooptrade, seguiu aquest enllaç en les pròximes 24 hores:
mail-verify-once = L'enllaç funciona una sola vegada. Si no ho heu demanat, ignoreu aquest correu: no canvia res.
mail-taken-subject = Algú ha intentat registrar-se amb la vostra adreça
mail-taken-body = algú ha intentat crear un compte de cooptrade amb la vostra adreça, { $email }, que ja en té un. No s'ha canviat res.
mail-taken-what-now = Si éreu vosaltres, inicieu la sessió a { $login } o, si heu oblidat la contrasenya, restabliu-la a { $reset }. Si no, podeu ignorar aquest correu.
mail-reset-subject = Restabliu la contrasenya de cooptrade
mail-reset-body = per triar una contrasenya nova de cooptrade, seguiu aquest enllaç en la pròxima hora:
mail-reset-once = L'enllaç funciona una sola vegada, i triar una contrasenya tanca la sessió a tots els altres dispositius. Si no ho heu demanat, ignoreu aquest correu: la contrasenya no canvia.
mail-change-subject = La vostra adreça de cooptrade està canviant
mail-change-body = el vostre compte de cooptrade ha demanat passar de { $email } a { $new }. El canvi es fa quan se segueix l'enllaç enviat a l'adreça nova.
mail-change-not-you = Si no éreu vosaltres, inicieu la sessió i canvieu la contrasenya: sense aquest enllaç el canvi no es fa.
mail-lockout-subject = Inicis de sessió fallits repetits al vostre compte
mail-lockout-body = Algú ha intentat diverses vegades iniciar la sessió al vostre compte de cooptrade amb una contrasenya incorrecta. Es rebutgen els inicis de sessió durant { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuts
    }.
mail-lockout-advice = Si éreu vosaltres, espereu i torneu-ho a provar. Si no, la contrasenya ha resistit; potser voldreu canviar-la per una de més llarga.
# An invitation to join a co-op. $role is admin or member.
mail-invitation-subject = { $coop } us convida a unir-vos-hi com a { $role ->
        [admin] administrador
       *[member] membre
    }
mail-invitation-body = { $name } us convida a ser { $role ->
        [admin] administrador
       *[member] membre
    } de { $coop } a cooptrade.
mail-invitation-consent = No canvia res fins que digueu que sí. Accepteu o rebutgeu a { $link }
mail-invitation-register = Si encara no teniu compte, registreu-vos primer amb aquesta adreça ({ $email }).
