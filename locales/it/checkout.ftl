# L'acquisto di un acquirente: i suoi ordini, il pagamento e la pagina di pagamento con carta (Stripe).
checkout-title = Acquisto n. { $id }
checkout-payment = Pagamento
checkout-awaiting-sellers = Ogni venditore deve accettare il proprio ordine prima che tu paghi.
checkout-pay-whole = Paga { $total } con carta per l'intero acquisto.
checkout-pay-by-card = Paga con carta
checkout-confirming = Stripe sta confermando il tuo pagamento di { $total }; questa pagina lo mostrerà come pagato appena Stripe ce lo dirà.
checkout-failed = Il pagamento con carta non è riuscito: non è stato addebitato nulla. Riprova, con un'altra carta se serve.
checkout-paid = Pagato con carta: { $total }.
checkout-by-bank = Paga ogni ordine con bonifico bancario, con la causale indicata nella sua pagina.
checkout-nothing-due = Nulla in questo acquisto è in attesa di pagamento.
checkout-card-title = Paga l'acquisto n. { $id } con carta
checkout-amount = Importo:
checkout-pay-amount = Paga { $amount }
checkout-needs-javascript = Pagare con carta richiede JavaScript (il modulo sicuro per la carta di Stripe).
checkout-back = Torna all'acquisto
checkout-use-bank = Paga ogni ordine con bonifico bancario con la causale indicata nella sua pagina.
checkout-no-cards = I pagamenti con carta non sono configurati su questo sito.
