//! Where a checkout's payment stands, from its orders' states, its card payment and what Stripe
//! said when it sent the buyer back.
use super::order_state::OrderState;
use super::status::CardPaymentStatus;

/// Where a checkout's payment stands, for its buyer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayState {
    /// Some seller has still to accept.
    AwaitingSellers,
    /// Accepted orders can be paid by card.
    CanPayByCard,
    /// Stripe sent the buyer back and is still confirming.
    Confirming,
    /// The last card payment failed.
    Failed,
    /// Paid by card.
    Paid,
    /// Paid by bank transfer, order by order (manual gateway).
    ByBank,
    /// Nothing is waiting for payment.
    Nothing,
}

/// What Stripe's return URL says of the payment the buyer just confirmed (`redirect_status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Returned {
    Succeeded,
    Processing,
    Failed,
    /// Any other value (e.g. `requires_payment_method`): nothing to say yet.
    Other,
}

impl Returned {
    /// Stripe's `redirect_status` value.
    pub fn parse(s: &str) -> Returned {
        match s {
            "succeeded" => Returned::Succeeded,
            "processing" => Returned::Processing,
            "failed" => Returned::Failed,
            _ => Returned::Other,
        }
    }
}

/// What the checkout's payment state is decided on.
#[derive(Clone, Copy, Debug)]
pub struct PayFacts<'a> {
    /// The states of the checkout's orders.
    pub orders: &'a [OrderState],
    /// The checkout's card payment, if one was started.
    pub card: Option<CardPaymentStatus>,
    /// Whether the gateway is manual (bank transfers the seller confirms).
    pub by_hand: bool,
    /// What Stripe's return URL said, if the buyer just came back from it.
    pub returned: Option<Returned>,
}

/// A succeeded card payment is paid, whatever else; with no accepted order there is nothing
/// to pay (or sellers still to accept); a manual gateway pays by bank; card payment waits until
/// every seller accepted, then shows a failure, Stripe still confirming, or the card form.
pub fn pay_state(f: PayFacts<'_>) -> PayState {
    let is = |s: OrderState| f.orders.contains(&s);
    if f.card == Some(CardPaymentStatus::Succeeded) {
        return PayState::Paid;
    }
    if !is(OrderState::Accepted) {
        return if is(OrderState::Placed) {
            PayState::AwaitingSellers
        } else {
            PayState::Nothing
        };
    }
    if f.by_hand {
        return PayState::ByBank;
    }
    if is(OrderState::Placed) {
        return PayState::AwaitingSellers;
    }
    match (f.card, f.returned) {
        (Some(CardPaymentStatus::Failed), _) | (_, Some(Returned::Failed)) => PayState::Failed,
        (_, Some(Returned::Succeeded | Returned::Processing)) => PayState::Confirming,
        _ => PayState::CanPayByCard,
    }
}

/// What the buyer owes before a card payment exists: the subtotals of the accepted orders.
pub fn amount_due(orders: impl IntoIterator<Item = (OrderState, i64)>) -> i64 {
    orders
        .into_iter()
        .filter(|(s, _)| *s == OrderState::Accepted)
        .map(|(_, minor)| minor)
        .sum()
}

#[cfg(test)]
#[path = "checkout_tests.rs"]
mod tests;
