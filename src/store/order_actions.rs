//! Moving an order through its lifecycle: who may, what it releases, who hears of it.
use entity::{order, order_line};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::domain::order_state::{releases_stock, transition, Action, Actor, OrderState};
use crate::error::AppError;

/// Who is acting: the user (none for the system) and the sides they hold on this order.
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

/// The first of the user's roles allowed to take `action` now, or the most telling refusal.
fn pick(state: OrderState, action: Action, who: &Who) -> Result<(OrderState, Actor), AppError> {
    let mut refusal = None;
    for role in &who.roles {
        match transition(state, action, *role) {
            Ok(to) => return Ok((to, *role)),
            Err(e)
                if refusal
                    .as_ref()
                    .is_none_or(|r: &AppError| r.status() == 403) =>
            {
                refusal = Some(e.into())
            }
            Err(_) => {}
        }
    }
    Err(refusal.unwrap_or_else(|| AppError::Forbidden("this order is not yours".into())))
}

fn role_name(a: Actor) -> &'static str {
    a.as_str()
}

/// Applies `action` inside the caller's write transaction; returns the order as it now stands.
/// With `settle_on_delivery`, confirming delivery settles the order in the same transaction.
pub async fn act_in(
    db: &impl ConnectionTrait,
    order_id: i32,
    action: Action,
    who: &Who,
    note: &str,
    settle_on_delivery: bool,
) -> Result<order::Model, AppError> {
    let o = super::orders::get(db, order_id).await?;
    act_on(db, o, action, who, note, settle_on_delivery).await
}

/// `act_in` for an order the caller has just read inside the same write transaction.
pub async fn act_on(
    db: &impl ConnectionTrait,
    o: order::Model,
    action: Action,
    who: &Who,
    note: &str,
    settle_on_delivery: bool,
) -> Result<order::Model, AppError> {
    let from = OrderState::parse(&o.state).map_err(|e| AppError::Internal(e.to_string()))?;
    let (to, actor) = pick(from, action, who)?;
    let mut steps = vec![Step {
        from,
        to,
        action,
        actor,
        user: who.user_id,
        note: note.trim(),
    }];
    if to == OrderState::Delivered && settle_on_delivery {
        steps.push(Step {
            from: to,
            to: OrderState::Settled,
            action: Action::Settle,
            actor: Actor::System,
            user: None,
            note: "",
        });
    }
    let now = apply(db, &o, &steps).await?;
    let state = steps.last().map_or(to, |s| s.to);
    // `apply` changes only the state and its time: no need to read the order again.
    Ok(order::Model {
        state: state.as_str().to_owned(),
        updated_at: now,
        ..o
    })
}

/// One transition of an order: who took which action, from and to which state.
struct Step<'a> {
    from: OrderState,
    to: OrderState,
    action: Action,
    actor: Actor,
    user: Option<i32>,
    note: &'a str,
}

/// Refunds `amount` (in the order's major units) in the caller's transaction: the seller while
/// the order is paid, the committee also when it is settled or disputed. Refunding all that is
/// left refunds the order (as the refund action does); a part leaves its state as it is.
pub async fn refund_part_in(
    db: &impl ConnectionTrait,
    order_id: i32,
    amount: &str,
    who: &Who,
    reason: &str,
) -> Result<order::Model, AppError> {
    let o = super::orders::get(db, order_id).await?;
    let from = OrderState::parse(&o.state).map_err(|e| AppError::Internal(e.to_string()))?;
    let action = match from {
        OrderState::Disputed => Action::ResolveRefund,
        _ => Action::Refund,
    };
    let (_, actor) = pick(from, action, who)?;
    // Locks the order's row (in its state as read) before summing its refunds, so two
    // concurrent part refunds cannot both take the same remainder.
    set_state(db, &o, from, from).await?;
    let parts = super::refunds::plan(db, &o, amount).await?;
    if parts.completes {
        return act_in(db, order_id, action, who, reason, false).await;
    }
    super::refunds::record(db, &o, from, &parts, who.user_id, reason).await?;
    let note = format!("{} refunded. {}", parts.amount, reason.trim());
    let (user, role) = (who.user_id, role_name(actor));
    super::orders::record_event(
        db,
        o.id,
        user,
        role,
        "partial_refund",
        Some(from),
        from,
        &note,
    )
    .await?;
    super::orders::get(db, o.id).await
}

/// Moves the order `from -> to` (the same state just touches it), conditional on the state we
/// read, so two concurrent actions cannot both apply; the row stays locked until commit.
async fn set_state(
    db: &impl ConnectionTrait,
    o: &order::Model,
    from: OrderState,
    to: OrderState,
) -> Result<chrono::DateTime<chrono::Utc>, AppError> {
    let now = super::now();
    let res = order::Entity::update_many()
        .col_expr(order::Column::State, Expr::value(to.as_str()))
        .col_expr(order::Column::UpdatedAt, Expr::value(now))
        .filter(order::Column::Id.eq(o.id))
        .filter(order::Column::State.eq(from.as_str()))
        .exec(db)
        .await?;
    if res.rows_affected != 1 {
        return Err(AppError::Conflict(
            "the order changed meanwhile; reload it and try again".into(),
        ));
    }
    Ok(now)
}

/// Settles a delivered order (the background worker, after the dispute window).
pub async fn settle_in(db: &impl ConnectionTrait, order_id: i32) -> Result<order::Model, AppError> {
    act_in(db, order_id, Action::Settle, &Who::system(), "", false).await
}

/// Applies `steps` (one transition, or delivery then settlement) in the caller's transaction:
/// the order moves from the first state to the last in one update, each step is recorded in
/// its history (one insert), then each step's effects follow in order.
async fn apply(
    db: &impl ConnectionTrait,
    o: &order::Model,
    steps: &[Step<'_>],
) -> Result<chrono::DateTime<chrono::Utc>, AppError> {
    let (Some(first), Some(last)) = (steps.first(), steps.last()) else {
        return Err(AppError::Internal("an order action without a step".into()));
    };
    let now = set_state(db, o, first.from, last.to).await?;
    let events: Vec<_> = steps
        .iter()
        .map(|s| super::orders::Event {
            user: s.user,
            role: role_name(s.actor),
            action: s.action.as_str(),
            from: Some(s.from),
            to: s.to,
            note: s.note,
        })
        .collect();
    super::orders::record_events(db, o.id, now, &events).await?;
    for step in steps {
        effects(db, o, step).await?;
    }
    Ok(now)
}

/// What a transition causes besides the state: stock, mail, then money.
async fn effects(
    db: &impl ConnectionTrait,
    o: &order::Model,
    step: &Step<'_>,
) -> Result<(), AppError> {
    let Step {
        from,
        to,
        action,
        actor,
        user,
        note,
    } = *step;
    if releases_stock(from, to) {
        release_stock(db, o.id).await?;
    }
    if to == OrderState::Shipped {
        clear_reservation_on_ship(db, o.id).await?;
    }
    // Mail first, money last: a ledger post takes the ledger lock until commit, so the less
    // that follows it in the transaction, the less other orders wait.
    notify(db, o, action, actor, to).await?;
    if to == OrderState::Paid {
        super::payments::post_payment(db, o).await?;
    }
    if to == OrderState::Settled {
        super::settlement::post_settlement(db, o).await?;
        super::checkout_payments::queue_transfer(db, o).await?;
    }
    if to == OrderState::Refunded {
        super::refunds::refund_rest(db, o, from, user, note).await?;
    }
    Ok(())
}

/// Puts back whatever the order still holds of each listing's stock.
async fn release_stock(db: &impl ConnectionTrait, order_id: i32) -> Result<(), AppError> {
    for line in super::orders::lines(db, order_id).await? {
        if line.reserved_milli > 0 {
            super::listings::adjust_stock(db, line.listing_id, line.reserved_milli).await?;
            let mut m: order_line::ActiveModel = line.into();
            m.reserved_milli = Set(0);
            m.update(db).await?;
        }
    }
    Ok(())
}

async fn notify(
    db: &impl ConnectionTrait,
    o: &order::Model,
    action: Action,
    actor: Actor,
    to: OrderState,
) -> Result<(), AppError> {
    let (recipient, other) = match action {
        Action::Accept | Action::Reject | Action::Ship => (o.buyer_coop_id, o.seller_coop_id),
        Action::ConfirmDelivery => (o.seller_coop_id, o.buyer_coop_id),
        // The side that did not cancel hears of it.
        Action::Cancel if actor == Actor::Seller => (o.buyer_coop_id, o.seller_coop_id),
        Action::Cancel => (o.seller_coop_id, o.buyer_coop_id),
        _ => return Ok(()),
    };
    let subject = format!("Order #{} is {}", o.id, to.as_str());
    let rest = format!(" marked order #{} as {}.\n", o.id, to.as_str());
    super::notify::coop_members_from(db, recipient, &subject, other, &rest).await
}

/// Marks that stock left with the shipment: nothing is reserved any more, it is sold.
pub async fn clear_reservation_on_ship(
    db: &impl ConnectionTrait,
    order_id: i32,
) -> Result<(), AppError> {
    order_line::Entity::update_many()
        .col_expr(order_line::Column::ReservedMilli, Expr::value(0i64))
        .filter(order_line::Column::OrderId.eq(order_id))
        .exec(db)
        .await?;
    Ok(())
}
