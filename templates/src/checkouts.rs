//! A buyer's checkout: its orders and how the payment stands, and with Stripe the card page
//! that mounts Stripe.js's Payment Element for the checkout's PaymentIntent.
use i18n::Tr;
use maud::{html, Markup};

use crate::components::post_button;
use crate::layout::{page, Layout};
use crate::order_status::state_badge;

/// One order of the checkout.
pub struct CheckoutOrder {
    pub id: i32,
    pub seller: String,
    /// The state's stable code.
    pub state: &'static str,
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

fn payment(tr: &Tr, v: &CheckoutView, pay: &str, csrf_token: &str) -> Markup {
    let total = [("total", v.total.as_str().into())];
    let pay_button = || post_button(pay, csrf_token, &tr.t("checkout-pay-by-card"), "primary");
    html! {
        @match v.state {
            PayState::AwaitingSellers => p.muted { (tr.t("checkout-awaiting-sellers")) },
            PayState::CanPayByCard => {
                p { (tr.t_args("checkout-pay-whole", &total)) }
                (pay_button())
            }
            PayState::Confirming => p.flash.info { (tr.t_args("checkout-confirming", &total)) },
            PayState::Failed => {
                p.flash.error { (tr.t("checkout-failed")) }
                (pay_button())
            }
            PayState::Paid => p.flash.success { (tr.t_args("checkout-paid", &total)) },
            PayState::ByBank => p { (tr.t("checkout-by-bank")) },
            PayState::Nothing => p.muted { (tr.t("checkout-nothing-due")) },
        }
    }
}

pub fn checkout(l: &Layout, v: &CheckoutView) -> Markup {
    let tr = &l.tr;
    let pay = format!("/coops/{}/checkouts/{}/pay", v.coop_id, v.id);
    let title = tr.t_args("checkout-title", &[("id", v.id.into())]);
    let (order, seller, state, subtotal) = (
        tr.t("orders-order"),
        tr.t("orders-seller"),
        tr.t("orders-state"),
        tr.t("cart-subtotal"),
    );
    page(
        l,
        &title,
        html! {
            h1 { (title) }
            div.table-wrap { table.data {
                thead { tr { th { (order) } th { (seller) } th { (state) } th.num { (subtotal) } } }
                tbody { @for o in &v.orders { tr {
                    td data-label=(order) { a href={ "/orders/" (o.id) } { "#" (o.id) } } td data-label=(seller) { (o.seller) }
                    td data-label=(state) { (state_badge(tr, o.state)) } td.num.money data-label=(subtotal) { (o.subtotal) }
                } } }
            } }
            section.payment {
                h2 { (tr.t("checkout-payment")) }
                (payment(tr, v, &pay, &l.csrf))
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
    let tr = &l.tr;
    let title = tr.t_args("checkout-card-title", &[("id", v.checkout_id.into())]);
    page(
        l,
        &title,
        html! {
            h1 { (title) }
            p { (tr.t("checkout-amount")) " " strong.money.amount { (v.amount) } }
            form #payment-form data-publishable-key=(v.publishable_key) data-client-secret=(v.client_secret) data-return-url=(v.return_url) {
                div #payment-element {}
                div.actions { button.primary type="submit" { (tr.t_args("checkout-pay-amount", &[("amount", v.amount.as_str().into())])) } }
                p #payment-message role="alert" {}
            }
            noscript { p.flash.error { (tr.t("checkout-needs-javascript")) } }
            p { a href={ "/coops/" (v.coop_id) "/checkouts/" (v.checkout_id) } { (tr.t("checkout-back")) } }
            script src="https://js.stripe.com/v3/" {}
            script src="/static/card.js" {}
        },
    )
}
