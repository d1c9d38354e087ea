//! The order state machine of DESIGN.md ("Orders"): which action moves an order from which state
//! to which, and who may take it. Every transition goes through `transition`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Msg;

/// Where an order is in its life: the `orders.state` column's own enum, read once when the row
/// is loaded and passed typed to the templates; stored and shown by its lowercase name (`as_str`).
pub use entity::status::OrderStatus as OrderState;

/// Who asks for a transition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// A member of the buyer co-op.
    Buyer,
    /// A member of the seller co-op.
    Seller,
    /// A committee member.
    Committee,
    /// The background worker or the payment gateway.
    System,
}

/// What someone asks to do to an order; named in snake_case (`as_str`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Seller accepts a placed order.
    Accept,
    /// Seller rejects a placed order.
    Reject,
    /// Buyer or seller cancels an order before payment.
    Cancel,
    /// Manual gateway: the seller or the committee confirms the payment arrived.
    ConfirmPayment,
    /// The payment gateway (System) reports a successful payment.
    PaymentSucceeded,
    /// Seller ships a paid order.
    Ship,
    /// Buyer confirms a shipped order arrived.
    ConfirmDelivery,
    /// System settles a delivered order (on delivery or after the dispute window).
    Settle,
    /// Buyer disputes a shipped or delivered order.
    Dispute,
    /// Committee resolves a dispute for the seller: the order settles.
    ResolveSettle,
    /// Committee resolves a dispute for the buyer: the order is refunded.
    ResolveRefund,
    /// Seller or committee refunds a paid order; only the committee refunds a settled one.
    Refund,
}

/// A name that is not one of an enum's `as_str` names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} '{value}'")]
pub struct UnknownName {
    /// What was being parsed ("order state", "action", "actor").
    pub kind: &'static str,
    /// The text that did not match.
    pub value: String,
}

macro_rules! named {
    ($ty:ident, $kind:literal, [$($variant:ident = $name:literal),* $(,)?]) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];

            /// The stable lowercase / snake_case name used in URLs, forms and the database.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)*
                }
            }

            /// The value whose `as_str` name is exactly `name`.
            pub fn parse(name: &str) -> Result<$ty, UnknownName> {
                match name {
                    $($name => Ok($ty::$variant),)*
                    _ => Err(UnknownName { kind: $kind, value: name.to_string() }),
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $ty {
            type Err = UnknownName;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $ty::parse(s)
            }
        }
    };
}

named!(
    Actor,
    "actor",
    [
        Buyer = "buyer",
        Seller = "seller",
        Committee = "committee",
        System = "system",
    ]
);

named!(
    Action,
    "action",
    [
        Accept = "accept",
        Reject = "reject",
        Cancel = "cancel",
        ConfirmPayment = "confirm_payment",
        PaymentSucceeded = "payment_succeeded",
        Ship = "ship",
        ConfirmDelivery = "confirm_delivery",
        Settle = "settle",
        Dispute = "dispute",
        ResolveSettle = "resolve_settle",
        ResolveRefund = "resolve_refund",
        Refund = "refund",
    ]
);

/// True for rejected, cancelled and refunded: no action moves such an order again.
pub fn is_terminal(state: OrderState) -> bool {
    matches!(
        state,
        OrderState::Rejected | OrderState::Cancelled | OrderState::Refunded
    )
}

use Action as A;
use Actor as By;
use OrderState as S;

/// The machine's edges: the state `action` leads to from `from`, and who may take it there.
fn edge(from: OrderState, action: Action) -> Option<(OrderState, &'static [Actor])> {
    const BUYER_OR_SELLER: &[Actor] = &[By::Buyer, By::Seller];
    const SELLER_OR_COMMITTEE: &[Actor] = &[By::Seller, By::Committee];
    let edge: (OrderState, &'static [Actor]) = match (from, action) {
        (S::Placed, A::Accept) => (S::Accepted, &[By::Seller]),
        (S::Placed, A::Reject) => (S::Rejected, &[By::Seller]),
        (S::Placed | S::Accepted, A::Cancel) => (S::Cancelled, BUYER_OR_SELLER),
        (S::Accepted, A::ConfirmPayment) => (S::Paid, SELLER_OR_COMMITTEE),
        (S::Accepted, A::PaymentSucceeded) => (S::Paid, &[By::System]),
        (S::Paid, A::Refund) => (S::Refunded, SELLER_OR_COMMITTEE),
        (S::Paid, A::Ship) => (S::Shipped, &[By::Seller]),
        (S::Shipped, A::ConfirmDelivery) => (S::Delivered, &[By::Buyer]),
        (S::Shipped | S::Delivered, A::Dispute) => (S::Disputed, &[By::Buyer]),
        (S::Delivered, A::Settle) => (S::Settled, &[By::System]),
        (S::Disputed, A::ResolveSettle) => (S::Settled, &[By::Committee]),
        (S::Disputed, A::ResolveRefund) => (S::Refunded, &[By::Committee]),
        (S::Settled, A::Refund) => (S::Refunded, &[By::Committee]),
        _ => return None,
    };
    Some(edge)
}

/// Everyone who may take `action` in some state, for the "only ... can" message.
fn anyone_who_may(action: Action) -> Vec<Actor> {
    Actor::ALL
        .iter()
        .copied()
        .filter(|actor| {
            OrderState::ALL
                .iter()
                .any(|s| edge(*s, action).is_some_and(|(_, who)| who.contains(actor)))
        })
        .collect()
}

/// The state `action` normally leads to, used to say "order is already ...".
fn natural_target(action: Action) -> OrderState {
    match action {
        A::Accept => S::Accepted,
        A::Reject => S::Rejected,
        A::Cancel => S::Cancelled,
        A::ConfirmPayment | A::PaymentSucceeded => S::Paid,
        A::Ship => S::Shipped,
        A::ConfirmDelivery => S::Delivered,
        A::Settle | A::ResolveSettle => S::Settled,
        A::Dispute => S::Disputed,
        A::ResolveRefund | A::Refund => S::Refunded,
    }
}

/// Why `action` cannot happen in `from` (a legal edge never reaches this): `order-refused-already`
/// with the state as `code`, or `order-refused-state` with the action, the state and a `hint`.
fn state_reason(from: OrderState, action: Action) -> Msg {
    if is_terminal(from) || from == natural_target(action) {
        return Msg::code("order-refused-already").arg("code", from.as_str());
    }
    let hint = match (action, from) {
        (A::Accept | A::Reject, _) => "placed-only",
        (A::Cancel, S::Paid) => "paid-refund",
        (A::Cancel, _) => "unpaid-only",
        (A::ConfirmPayment | A::PaymentSucceeded, S::Placed) => "accept-first",
        (A::ConfirmPayment | A::PaymentSucceeded, _) => "already-paid",
        (A::Ship, S::Placed | S::Accepted) => "pay-first",
        (A::Ship, _) => "already-shipped",
        (A::ConfirmDelivery, S::Placed | S::Accepted | S::Paid) => "ship-first",
        (A::ConfirmDelivery, _) => "shipped-only",
        (A::Settle | A::Refund, S::Disputed) => "disputed",
        (A::Settle, _) => "deliver-first",
        (A::Dispute | A::Refund, S::Placed | S::Accepted) => "unpaid-cancel",
        (A::Dispute, S::Paid) => "ship-first-refund",
        (A::Dispute, _) => "settled-ask",
        (A::ResolveSettle | A::ResolveRefund, _) => "disputed-only",
        (A::Refund, _) => "shipped-dispute",
    };
    Msg::code("order-refused-state")
        .arg("action", action.as_str())
        .arg("code", from.as_str())
        .arg("hint", hint)
}

/// Who may do what: `only {who} can {action} an order[ that is {state}]`; `who` names the
/// actors by their codes joined with `_` (`buyer_seller`).
fn forbidden_reason(from: OrderState, action: Action) -> Msg {
    let anyone = anyone_who_may(action);
    let (who, here) = match edge(from, action) {
        Some((_, here)) if here.len() < anyone.len() => (here.to_vec(), true),
        _ => (anyone, false),
    };
    let who: Vec<&str> = who.iter().map(Actor::as_str).collect();
    let m = if here {
        Msg::code("order-refused-who-state").arg("code", from.as_str())
    } else {
        Msg::code("order-refused-who")
    };
    m.arg("who", who.join("_")).arg("action", action.as_str())
}

/// Why a transition was refused: the order's state (HTTP 409) or who asked (HTTP 403).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    /// The action is not possible in the order's current state (409 Conflict).
    #[error("{}", self.msg())]
    NotAllowed {
        /// The order's state.
        from: OrderState,
        /// The refused action.
        action: Action,
    },
    /// This actor may not take this action (here) (403 Forbidden).
    #[error("{}", self.msg())]
    Forbidden {
        /// The order's state.
        from: OrderState,
        /// The refused action.
        action: Action,
        /// Who asked.
        actor: Actor,
    },
}

impl TransitionError {
    /// True when the actor lacks the right (403); false when the order's state forbids it (409).
    pub fn is_forbidden(&self) -> bool {
        matches!(self, TransitionError::Forbidden { .. })
    }

    /// The refusal as a code, said in the reader's language (the state and action by their codes).
    pub fn msg(&self) -> Msg {
        match *self {
            TransitionError::NotAllowed { from, action } => state_reason(from, action),
            TransitionError::Forbidden { from, action, .. } => forbidden_reason(from, action),
        }
    }
}

/// The state after `actor` takes `action` on an order in `from`. An actor who may never take the
/// action is `Forbidden`; then an action with no edge from `from` is `NotAllowed`; then an actor
/// not allowed on that edge (a seller refunding a settled order) is `Forbidden`.
pub fn transition(
    from: OrderState,
    action: Action,
    actor: Actor,
) -> Result<OrderState, TransitionError> {
    let forbidden = TransitionError::Forbidden {
        from,
        action,
        actor,
    };
    if !anyone_who_may(action).contains(&actor) {
        return Err(forbidden);
    }
    match edge(from, action) {
        None => Err(TransitionError::NotAllowed { from, action }),
        Some((to, who)) if who.contains(&actor) => Ok(to),
        Some(_) => Err(forbidden),
    }
}

/// The actions `actor` may take on an order in `state` right now, in `Action::ALL` order.
pub fn allowed_actions(state: OrderState, actor: Actor) -> Vec<Action> {
    Action::ALL
        .iter()
        .copied()
        .filter(|action| transition(state, *action, actor).is_ok())
        .collect()
}

/// True when going `from -> to` hands reserved stock back: a reject, cancel or refund before shipping.
pub fn releases_stock(from: OrderState, to: OrderState) -> bool {
    matches!(from, S::Placed | S::Accepted | S::Paid)
        && matches!(to, S::Rejected | S::Cancelled | S::Refunded)
}

#[cfg(test)]
#[path = "order_state_tests.rs"]
mod tests;
