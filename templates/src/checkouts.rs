//! A buyer's checkout: its orders and how the payment stands, and with Stripe the card page
//! that mounts Stripe.js's Payment Element for the checkout's PaymentIntent.
use maud::{html, Markup};

use crate::components::post_button;
use crate::layout::{page, Layout};
use crate::status::{status_badge, StatusView};

/// One order of the checkout.
pub struct CheckoutOrder {
    pub id: i32,
    pub seller: String,
    pub state: StatusView,
    pub subtotal: String,
}

/// Where the checkout's payment stands.
pub enum PayState {
    /// Some seller has still to accept.
    AwaitingSellers,
    /// Accepted orders can be paid by card.
    CanPayByCard,
    /// Stripe sent the buyer back and is still confirming.
    Confirming,
    /// The last card payment failed.
    Failed,
    /// Paid.
    Paid,
    /// Paid by bank transfer, order by order (manual gateway).
    ByBank,
    /// Nothing is waiting for payment.
    Nothing,
}

pub struct CheckoutView {
    pub id: i32,
    pub coop_id: i32,
    pub total: String,
    pub orders: Vec<CheckoutOrder>,
    pub state: PayState,
}

pub fn checkout(l: &Layout, v: &CheckoutView) -> Markup {
    let pay = format!("/coops/{}/checkouts/{}/pay", v.coop_id, v.id);
    page(
        l,
        &format!("Checkout #{}", v.id),
        html! {
            h1 { "Checkout #" (v.id) }
            div.table-wrap { table.data {
                thead { tr { th { "Order" } th { "Seller" } th { "State" } th.num { "Subtotal" } } }
                tbody { @for o in &v.orders { tr {
                    td { a href={ "/orders/" (o.id) } { "#" (o.id) } } td { (o.seller) }
                    td { (status_badge(&o.state)) } td.num.money { (o.subtotal) }
                } } }
            } }
            section.payment {
                h2 { "Payment" }
                @match v.state {
                    PayState::AwaitingSellers => p.muted { "Every seller must accept its order before you pay." },
                    PayState::CanPayByCard => {
                        p { "Pay " strong.money { (v.total) } " by card for the whole checkout." }
                        (post_button(&pay, &l.csrf, "Pay by card", "primary"))
                    }
                    PayState::Confirming => p.flash.info { "Stripe is confirming your payment of " (v.total) "; this page shows it as paid once Stripe tells us." },
                    PayState::Failed => {
                        p.flash.error { "The card payment failed: nothing was charged. Try again, with another card if need be." }
                        (post_button(&pay, &l.csrf, "Pay by card", "primary"))
                    }
                    PayState::Paid => p.flash.success { "Paid by card: " (v.total) "." },
                    PayState::ByBank => p { "Pay each order by bank transfer, with the reference shown on its page." },
                    PayState::Nothing => p.muted { "Nothing in this checkout is waiting for payment." },
                }
            }
        },
    )
}

/// What the card page needs: Stripe.js's publishable key, the PaymentIntent's client secret,
/// and where Stripe sends the buyer back.
pub struct CardView {
    pub checkout_id: i32,
    pub coop_id: i32,
    pub amount: String,
    pub publishable_key: String,
    pub client_secret: String,
    pub return_url: String,
}

pub fn card(l: &Layout, v: &CardView) -> Markup {
    page(
        l,
        &format!("Pay checkout #{} by card", v.checkout_id),
        html! {
            h1 { "Pay checkout #" (v.checkout_id) " by card" }
            p { "Amount: " strong.money.amount { (v.amount) } }
            form #payment-form data-publishable-key=(v.publishable_key) data-client-secret=(v.client_secret) data-return-url=(v.return_url) {
                div #payment-element {}
                div.actions { button.primary type="submit" { "Pay " (v.amount) } }
                p #payment-message role="alert" {}
            }
            noscript { p.flash.error { "Paying by card needs JavaScript (Stripe's secure card form)." } }
            p { a href={ "/coops/" (v.coop_id) "/checkouts/" (v.checkout_id) } { "Back to the checkout" } }
            script src="https://js.stripe.com/v3/" {}
            script src="/static/card.js" {}
        },
    )
}
