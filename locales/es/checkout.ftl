# La compra de un comprador: sus pedidos, su pago y la página de pago con tarjeta (Stripe).
checkout-title = Compra n.º { $id }
checkout-payment = Pago
checkout-awaiting-sellers = Cada vendedor debe aceptar su pedido antes de que pagues.
checkout-pay-whole = Paga { $total } con tarjeta por toda la compra.
checkout-pay-by-card = Pagar con tarjeta
checkout-confirming = Stripe está confirmando tu pago de { $total }; esta página lo mostrará como pagado en cuanto Stripe nos lo diga.
checkout-failed = El pago con tarjeta ha fallado: no se ha cobrado nada. Inténtalo de nuevo, con otra tarjeta si hace falta.
checkout-paid = Pagado con tarjeta: { $total }.
checkout-by-bank = Paga cada pedido por transferencia bancaria, con la referencia indicada en su página.
checkout-nothing-due = Nada de esta compra está pendiente de pago.
checkout-card-title = Pagar la compra n.º { $id } con tarjeta
checkout-amount = Importe:
checkout-pay-amount = Pagar { $amount }
checkout-needs-javascript = Pagar con tarjeta requiere JavaScript (el formulario seguro de tarjeta de Stripe).
checkout-back = Volver a la compra
checkout-use-bank = Paga cada pedido por transferencia bancaria con la referencia indicada en su página.
checkout-no-cards = Los pagos con tarjeta no están configurados en este sitio.
