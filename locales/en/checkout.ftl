# A buyer's checkout: its orders and its payment, and the card page (Stripe).
checkout-title = Checkout #{ $id }
checkout-payment = Payment
checkout-awaiting-sellers = Every seller must accept its order before you pay.
checkout-pay-whole = Pay { $total } by card for the whole checkout.
checkout-pay-by-card = Pay by card
checkout-confirming = Stripe is confirming your payment of { $total }; this page shows it as paid once Stripe tells us.
checkout-failed = The card payment failed: nothing was charged. Try again, with another card if need be.
checkout-paid = Paid by card: { $total }.
checkout-by-bank = Pay each order by bank transfer, with the reference shown on its page.
checkout-nothing-due = Nothing in this checkout is waiting for payment.
checkout-card-title = Pay checkout #{ $id } by card
checkout-amount = Amount:
checkout-pay-amount = Pay { $amount }
checkout-needs-javascript = Paying by card needs JavaScript (Stripe's secure card form).
checkout-back = Back to the checkout
checkout-use-bank = Pay each order by bank transfer with the reference on its page.
checkout-no-cards = Card payments are not set up on this site.
