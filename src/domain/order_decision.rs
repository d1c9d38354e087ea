//! What one action does to an order, decided without the database: the order door
//! (`store::orders::door`) loads the facts, asks `decide`, and writes what it returns.
//! Adding an action touches `order_state` (its edges), `notification` (its mail, if any), its
//! label and a test (docs/architecture.md, "Adding an order action"); the writers follow.
use super::notification::{order_kind, Kind};
use super::order_state::{releases_stock, transition, Action, Actor, OrderState, TransitionError};

/// What deciding an action needs to know besides the order's state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// Confirming delivery settles at once (no dispute window is configured).
    pub settle_on_delivery: bool,
    /// The order was paid by card: settling it queues a transfer to the seller.
    pub paid_by_card: bool,
}

/// One transition of the order, for its history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub from: OrderState,
    pub to: OrderState,
    pub action: Action,
    pub actor: Actor,
    /// The person who asked took this step (false: the system followed up, as a settlement).
    pub by_asker: bool,
}

/// What becomes of the stock the order's lines still reserve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stock {
    /// Nothing changes.
    Keep,
    /// Handed back to the listings (reject, cancel, refund before shipping).
    Release,
    /// Gone with the goods (shipped): the reservation ends, the listing gets nothing back.
    Consume,
}

/// A step that people hear of (`notification::order_audience` says who, and in which kind of
/// mail); `by_asker` when the asker took it, so their note goes with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notice {
    pub kind: Kind,
    pub action: Action,
    pub actor: Actor,
    pub by_asker: bool,
}

/// A ledger entry the decision posts, in the same transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Posting {
    /// The buyer's payment reached the gateway (`pay:<id>`).
    Payment,
    /// The fee is charged and split, the seller's proceeds booked (`settle:<id>`).
    Settlement,
}

/// What is written after the batch's postings, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Later {
    /// Refund what is left of the order, which was in `from` before the refund.
    RefundRest { from: OrderState },
    /// Queue the transfer of a card-paid order's proceeds to its seller.
    TransferToSeller,
}

/// Everything one action does: the steps (one, or delivery then settlement), the state it
/// leaves, the stock, the mail, the postings and what follows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub steps: Vec<Step>,
    pub to: OrderState,
    pub stock: Stock,
    pub notices: Vec<Notice>,
    pub postings: Vec<Posting>,
    pub later: Vec<Later>,
}

/// Why an action was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// The asker holds no side of the order (403).
    #[error("this order is not yours")]
    NotAParty,
    /// The state machine refuses every side the asker holds (409 or 403).
    #[error(transparent)]
    Transition(#[from] TransitionError),
}

/// The first of `roles` that may take `action` in `from`, or the most telling refusal: a
/// refusal by state (409) is kept over one by role (403).
pub fn pick(
    from: OrderState,
    action: Action,
    roles: &[Actor],
) -> Result<(OrderState, Actor), Refused> {
    let mut refusal: Option<TransitionError> = None;
    for role in roles {
        match transition(from, action, *role) {
            Ok(to) => return Ok((to, *role)),
            Err(e) if refusal.as_ref().is_none_or(TransitionError::is_forbidden) => {
                refusal = Some(e)
            }
            Err(_) => {}
        }
    }
    Err(refusal.map_or(Refused::NotAParty, Refused::Transition))
}

/// Decides `action` by someone holding `roles` on an order in `from`: the steps it makes and
/// what they cause. Pure: the same inputs always give the same decision.
pub fn decide(
    from: OrderState,
    action: Action,
    roles: &[Actor],
    facts: Facts,
) -> Result<Decision, Refused> {
    let (to, actor) = pick(from, action, roles)?;
    let mut steps = vec![Step {
        from,
        to,
        action,
        actor,
        by_asker: true,
    }];
    if to == OrderState::Delivered && facts.settle_on_delivery {
        steps.push(Step {
            from: to,
            to: OrderState::Settled,
            action: Action::Settle,
            actor: Actor::System,
            by_asker: false,
        });
    }
    Ok(effects(steps, facts))
}

/// The stock, mail, postings and later effects of `steps`, in the steps' order.
fn effects(steps: Vec<Step>, facts: Facts) -> Decision {
    let mut stock = Stock::Keep;
    let (mut notices, mut postings, mut later) = (Vec::new(), Vec::new(), Vec::new());
    for s in &steps {
        if releases_stock(s.from, s.to) {
            stock = Stock::Release;
        } else if s.to == OrderState::Shipped && stock == Stock::Keep {
            stock = Stock::Consume;
        }
        notices.extend(notice(s));
        match s.to {
            OrderState::Paid => postings.push(Posting::Payment),
            OrderState::Settled => {
                postings.push(Posting::Settlement);
                if facts.paid_by_card {
                    later.push(Later::TransferToSeller);
                }
            }
            OrderState::Refunded => later.push(Later::RefundRest { from: s.from }),
            _ => {}
        }
    }
    let to = steps.last().map_or(OrderState::Placed, |s| s.to);
    Decision {
        steps,
        to,
        stock,
        notices,
        postings,
        later,
    }
}

/// The mail a step sends, if any (`notification::order_kind`).
pub fn notice(s: &Step) -> Option<Notice> {
    order_kind(s.action).map(|kind| Notice {
        kind,
        action: s.action,
        actor: s.actor,
        by_asker: s.by_asker,
    })
}

/// Whether `action` may settle the order, so its refunds and payment are loaded beforehand.
pub fn may_settle(action: Action, facts: Facts) -> bool {
    match action {
        Action::Settle | Action::ResolveSettle => true,
        Action::ConfirmDelivery => facts.settle_on_delivery,
        _ => false,
    }
}

#[cfg(test)]
#[path = "order_decision_tests.rs"]
mod tests;
