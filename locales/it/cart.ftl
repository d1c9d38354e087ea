# La pagina del carrello, il modulo «Aggiungi al carrello» di un'offerta e l'ordine.
cart-title = Carrello
cart-buying-for = Acquisto per
cart-empty = Il tuo carrello è vuoto.
cart-browse = Sfoglia il catalogo
cart-item = Articolo
cart-unit-price = Prezzo unitario
cart-quantity = Quantità
# Un prezzo unitario: «12,50 EUR / kg».
cart-per-unit = { $price } / { $unit }
cart-total = Totale
cart-subtotal = Subtotale
cart-update = Aggiorna
cart-remove = Rimuovi
cart-check-out = Ordina
cart-one-order-per-seller = Ogni venditore riceve un ordine a sé.
cart-delivery-address = Indirizzo di consegna
cart-note = Nota per i venditori
cart-place-orders = Invia gli ordini
cart-terms-changed = I prezzi sono cambiati da quando li hai aggiunti
cart-terms-changed-explained = Le righe segnate sopra sono cambiate. Niente viene ordinato a condizioni che non hai visto: accetta le nuove condizioni per ordinare, oppure modifica il carrello.
cart-accept-terms = Accetta le nuove condizioni
# Il modulo «Aggiungi al carrello» nella pagina di un'offerta.
cart-quantity-in = Quantità ({ $unit })
cart-add = Aggiungi al carrello
# Messaggi dopo un'azione.
cart-added = Aggiunto al carrello.
cart-updated = Carrello aggiornato.
cart-removed = Rimosso dal carrello.
cart-terms-accepted = Nuove condizioni accettate. Controlla il carrello e invia gli ordini.
cart-placed = { $count ->
        [one] 1 ordine inviato: { $ids }.
       *[other] { $count } ordini inviati: { $ids }.
    }
# Che cosa è cambiato in una riga da quando è entrata nel carrello.
cart-change-price = Cambiato: il prezzo era { $was }, ora è { $now }.
cart-change-minimum = Cambiato: l'ordine minimo era { $was }, ora è { $now }.
cart-change-not-for-sale = Cambiato: non è più in vendita.
cart-change-short = Cambiato: ne restano solo { $left }.
# Errori accanto a una quantità.
cart-quantity-negative = Inserisci una quantità pari a 0 o superiore.
cart-quantity-decimals = Usa al massimo 3 decimali.
cart-quantity-too-large = Inserisci al massimo { $max }.
cart-quantity-zero = Inserisci una quantità maggiore di 0.
cart-quantity-minimum = Ordina almeno { $min }.
cart-quantity-stock = Solo { $stock } disponibili.
cart-not-for-sale = «{ $title }» non è in vendita in questo momento.
cart-own-listing = È un'offerta della tua cooperativa.
# Sopra il carrello quando l'ordine non è stato possibile così com'è.
cart-cannot-place = Non è stato ordinato nulla: le righe segnate sotto sono cambiate. Modifica il carrello, o accetta le nuove condizioni, e invia di nuovo gli ordini.
# An error page: the co-op chosen is not one the viewer buys for.
cart-not-your-coop = Non acquisti per questa cooperativa.
cart-no-buying-coop = Nessuna delle tue cooperative è un acquirente ammesso.
cart-added-by = Aggiunto da
cart-changed-by = modificato da { $name }
cart-line-gone = questa riga è appena stata rimossa o ordinata da un altro membro: non è cambiato nulla
cart-error-stale = il carrello della tua cooperativa è cambiato da quando questa pagina lo ha mostrato; non è stato ordinato nulla: controlla il carrello qui sotto e invia di nuovo gli ordini
cart-error-stale-by = il carrello della tua cooperativa è cambiato da quando questa pagina lo ha mostrato (ultima modifica di { $name }); non è stato ordinato nulla: controlla il carrello qui sotto e invia di nuovo gli ordini
cart-error-taken = il carrello della tua cooperativa è cambiato mentre completavi l’ordine: controllalo e invia di nuovo gli ordini
