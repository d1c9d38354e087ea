# En købers indkøb: dets ordrer, betalingen og siden for kortbetaling (Stripe).
checkout-title = Indkøb nr. { $id }
checkout-payment = Betaling
checkout-awaiting-sellers = Hver sælger skal acceptere sin ordre, før du betaler.
checkout-pay-whole = Betal { $total } med kort for hele indkøbet.
checkout-pay-by-card = Betal med kort
checkout-confirming = Stripe bekræfter din betaling på { $total }; siden viser den som betalt, så snart Stripe giver os besked.
checkout-failed = Kortbetalingen mislykkedes: intet blev trukket. Prøv igen, eventuelt med et andet kort.
checkout-paid = Betalt med kort: { $total }.
checkout-by-bank = Betal hver ordre med bankoverførsel med referencen på dens side.
checkout-nothing-due = Intet i dette indkøb venter på betaling.
checkout-card-title = Betal indkøb nr. { $id } med kort
checkout-amount = Beløb:
checkout-pay-amount = Betal { $amount }
checkout-needs-javascript = Kortbetaling kræver JavaScript (Stripes sikre kortformular).
checkout-back = Tilbage til indkøbet
checkout-use-bank = Betal hver ordre med bankoverførsel med referencen på dens side.
checkout-no-cards = Kortbetaling er ikke sat op på dette websted.
