//! What asks for an order action: the action, who asks and the sides they hold, and how a
//! refusal is answered.
use std::borrow::Cow;

use entity::{order, order_line};

use crate::domain::order_decision::Refused;
use crate::domain::order_state::{Action, Actor};
use crate::error::{AppError, Msg};

/// Who is acting: the user (none for the system) and the sides they hold on this order.
#[derive(Clone)]
pub struct Who {
    pub user_id: Option<i32>,
    pub roles: Vec<Actor>,
}

impl Who {
    pub fn system() -> Who {
        Who {
            user_id: None,
            roles: vec![Actor::System],
        }
    }
}

/// The sides a user holds on an order: buyer, seller, committee.
pub fn roles_of(o: &order::Model, coops: &[i32], committee: bool) -> Vec<Actor> {
    let mut roles = Vec::new();
    if coops.contains(&o.buyer_coop_id) {
        roles.push(Actor::Buyer);
    }
    if coops.contains(&o.seller_coop_id) {
        roles.push(Actor::Seller);
    }
    if committee {
        roles.push(Actor::Committee);
    }
    roles
}

/// A request to move an order: `by` whom, with a note for its history. With
/// `settle_on_delivery`, confirming delivery settles the order in the same transaction.
pub struct Act {
    pub order_id: i32,
    pub action: Action,
    pub by: By,
    pub note: String,
    pub settle_on_delivery: bool,
    /// How buyers pay here: an accepted order's mail says how (`order_notices::PayBy`).
    pub pay_by: crate::store::order_notices::PayBy,
}

/// Who asks for an action.
pub enum By {
    /// A co-op through the API: acts as the side(s) it holds; another co-ops' order is a 403.
    Coop { coop_id: i32, user_id: i32 },
    /// Roles the caller has established.
    Who(Who),
}

/// The result of one action: the order as it now stands, with its lines.
pub type Acted = Result<(order::Model, Vec<order_line::Model>), AppError>;

/// The roles of whoever asks for `act` on `o`; a co-op acting on another co-ops' order is a 403.
pub(super) fn asker<'a>(o: &order::Model, act: &'a Act) -> Result<Cow<'a, Who>, AppError> {
    match &act.by {
        By::Coop { coop_id, user_id } => {
            if o.buyer_coop_id != *coop_id && o.seller_coop_id != *coop_id {
                return Err(AppError::Forbidden(Msg::code("error-forbidden-order")));
            }
            Ok(Cow::Owned(Who {
                user_id: Some(*user_id),
                roles: roles_of(o, &[*coop_id], false),
            }))
        }
        By::Who(who) => Ok(Cow::Borrowed(who)),
    }
}

/// The refusal of a decision, as the HTTP layer answers it.
pub fn refusal(r: Refused) -> AppError {
    match r {
        Refused::NotAParty => AppError::Forbidden(Msg::code("order-refused-not-yours")),
        Refused::Transition(e) => e.into(),
    }
}
