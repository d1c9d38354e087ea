//! The buyer's checkout page and, with Stripe, its card page: a member of the buying co-op
//! starts (or picks up again) the checkout's PaymentIntent and pays in Stripe's Payment Element.
use axum::extract::{Path, Query, State};
use maud::Markup;
use templates::checkouts::{CardView, CheckoutOrder, CheckoutView, PayState};

use super::order_words::money;
use super::payouts::NoFields;
use crate::domain::checkout;
use crate::error::{AppError, Msg};
use crate::http::extract::{CoopMember, CsrfForm};
use crate::http::AppState;
use crate::store;

#[derive(serde::Deserialize)]
pub struct CheckoutPath {
    checkout_id: i32,
}

/// What Stripe adds to the return URL after the buyer confirmed.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Returned {
    redirect_status: Option<String>,
}

/// The checkout's payment state as the page shows it (`domain::checkout::pay_state` decides).
fn pay_view(s: checkout::PayState) -> PayState {
    use checkout::PayState as P;
    match s {
        P::AwaitingSellers => PayState::AwaitingSellers,
        P::CanPayByCard => PayState::CanPayByCard,
        P::Confirming => PayState::Confirming,
        P::Failed => PayState::Failed,
        P::Paid => PayState::Paid,
        P::ByBank => PayState::ByBank,
        P::Nothing => PayState::Nothing,
    }
}

pub async fn show(
    State(state): State<AppState>,
    m: CoopMember,
    Path(p): Path<CheckoutPath>,
    Query(returned): Query<Returned>,
) -> Result<Markup, AppError> {
    let tr = &m.signed_in.viewer.tr;
    let parts = store::checkouts::of_buyer(&state.db, m.coop.id, p.checkout_id).await?;
    let sellers = parts.orders.iter().map(|o| o.seller_coop_id);
    let names = store::coops::names(&state.db, sellers).await?;
    let orders = parts
        .orders
        .iter()
        .map(|o| CheckoutOrder {
            id: o.id,
            seller: names.get(&o.seller_coop_id).cloned().unwrap_or_default(),
            state: o.state.as_str(),
            subtotal: money(tr, o.subtotal_minor, &o.currency),
        })
        .collect();
    let total = match (&parts.payment, parts.orders.last()) {
        (Some(pay), _) => money(tr, pay.amount_minor, &pay.currency),
        (None, last) => {
            let due =
                checkout::amount_due(parts.orders.iter().map(|o| (o.state, o.subtotal_minor)));
            money(tr, due, last.map_or(&m.coop.currency, |o| &o.currency))
        }
    };
    let states: Vec<_> = parts.orders.iter().map(|o| o.state).collect();
    let decided = checkout::pay_state(checkout::PayFacts {
        orders: &states,
        card: parts.payment.as_ref().map(|p| p.status),
        by_hand: state.gateway.confirms_by_hand(),
        returned: returned
            .redirect_status
            .as_deref()
            .map(checkout::Returned::parse),
    });
    let v = CheckoutView {
        id: parts.checkout.id,
        coop_id: m.coop.id,
        total,
        orders,
        state: pay_view(decided),
    };
    Ok(templates::checkouts::checkout(
        &m.signed_in.viewer.layout(),
        &v,
    ))
}

/// "Pay by card": creates the checkout's PaymentIntent (or gets the same one back: its key is
/// the checkout's) and renders the Payment Element for it.
pub async fn pay(
    State(state): State<AppState>,
    m: CoopMember,
    Path(p): Path<CheckoutPath>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<axum::response::Response, AppError> {
    let tr = &m.signed_in.viewer.tr;
    if state.gateway.confirms_by_hand() {
        return Err(AppError::Conflict(Msg::code("checkout-use-bank")));
    }
    let Some(publishable_key) = state.config.stripe_publishable_key.clone() else {
        // The operator's fix is in the log: STRIPE_PUBLISHABLE_KEY is missing.
        tracing::warn!("a card payment was asked for but STRIPE_PUBLISHABLE_KEY is missing");
        return Err(AppError::Conflict(Msg::code("checkout-no-cards")));
    };
    // Another co-op's checkout is a 404 before anything is sent to Stripe.
    store::checkouts::of_buyer(&state.db, m.coop.id, p.checkout_id).await?;
    let started = state
        .gateway
        .start_checkout_payment(&state.db, m.coop.id, p.checkout_id)
        .await?;
    let back = format!("/coops/{}/checkouts/{}", m.coop.id, p.checkout_id);
    let v = CardView {
        checkout_id: p.checkout_id,
        coop_id: m.coop.id,
        amount: money(tr, started.amount_minor, &started.currency),
        publishable_key,
        client_secret: started.client_secret,
        return_url: state.config.url(&back),
    };
    // The one page whose policy lets Stripe.js in.
    let csp = [(
        axum::http::header::CONTENT_SECURITY_POLICY,
        crate::http::security::CARD_CSP,
    )];
    let page = templates::checkouts::card(&m.signed_in.viewer.layout(), &v);
    Ok(axum::response::IntoResponse::into_response((csp, page)))
}
