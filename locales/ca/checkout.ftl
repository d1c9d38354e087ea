# La compra d'un comprador: les seves comandes, el pagament i la pàgina de pagament amb targeta (Stripe).
checkout-title = Compra núm. { $id }
checkout-payment = Pagament
checkout-awaiting-sellers = Cada venedor ha d'acceptar la seva comanda abans que paguis.
checkout-pay-whole = Paga { $total } amb targeta per tota la compra.
checkout-pay-by-card = Paga amb targeta
checkout-confirming = Stripe està confirmant el teu pagament de { $total }; aquesta pàgina el mostrarà com a pagat quan Stripe ens ho digui.
checkout-failed = El pagament amb targeta ha fallat: no s'ha cobrat res. Torna-ho a provar, amb una altra targeta si cal.
checkout-paid = Pagat amb targeta: { $total }.
checkout-by-bank = Paga cada comanda per transferència bancària, amb la referència que hi ha a la seva pàgina.
checkout-nothing-due = Res d'aquesta compra està pendent de pagament.
checkout-card-title = Paga la compra núm. { $id } amb targeta
checkout-amount = Import:
checkout-pay-amount = Paga { $amount }
checkout-needs-javascript = Pagar amb targeta requereix JavaScript (el formulari segur de targeta de Stripe).
checkout-back = Torna a la compra
checkout-use-bank = Paga cada comanda per transferència bancària amb la referència que hi ha a la seva pàgina.
checkout-no-cards = Els pagaments amb targeta no estan configurats en aquest lloc.
