//! Order actions as a batch, the engine behind the order door: load, decide in the domain
//! (`domain::order_decision`), write. Who may, what it releases and who hears of it are the
//! domain's answers; this module turns them into rows.
mod effects;
mod request;

use std::collections::{BTreeSet, HashMap};

use entity::{order, order_line};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};

use self::effects::{compose_mail, later, posting, SettleFacts, Told};
pub use self::effects::{finish, Later};
use self::request::asker;
pub use self::request::{refusal, roles_of, Act, Acted, By, Who};
use super::order_notices::StepNotice;
use super::orders::pending::Pending;
use crate::domain::order_decision::{decide, may_settle, Facts, Step, Stock};
use crate::domain::order_state::OrderState;
use crate::error::{AppError, Msg};

/// An order as the batch has left it so far, and its state as read.
struct Current {
    o: order::Model,
    lines: Vec<order_line::Model>,
    read: OrderState,
    touched: bool,
}

/// What the batch's decisions change besides the orders' states, written after deciding.
#[derive(Default)]
struct Changes {
    /// Stock handed back: (listing, quantity), one statement each.
    stock_back: Vec<(i32, i64)>,
    /// Orders whose lines no longer reserve anything.
    cleared: BTreeSet<i32>,
    later: Vec<Later>,
    /// Steps that mail someone: the order as before the step, its lines, and the step.
    mails: Vec<Told>,
}

/// Applies `jobs` in the caller's write transaction; see `order_batch`. Load: the orders with
/// their lines in one query, and the refunds and card payments of those that may settle.
/// Decide: each action in the domain (`order_decision::decide`), in memory, as if after the
/// ones before it; no I/O. Write: the states in one update, the stock, the lines' reservations
/// in one update; history, mail and ledger entries go to `pending`, the rest to `Later`.
pub async fn act_all(
    db: &impl ConnectionTrait,
    jobs: &[(usize, &Act)],
    pending: &mut Pending,
) -> Result<(Vec<(usize, Acted)>, Vec<Later>), AppError> {
    if jobs.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let (mut orders, facts) = load(db, jobs).await?;
    let now = super::now();
    let mut changes = Changes::default();
    let mut out = Vec::with_capacity(jobs.len());
    for &(n, act) in jobs {
        let acted = decide_one(&mut orders, &facts, act, now, pending, &mut changes)?;
        out.push((n, acted));
    }
    compose_mail(db, &changes.mails, pending).await?;
    write(db, &orders, &changes, now).await?;
    Ok((out, changes.later))
}

/// Reads what deciding `jobs` needs: their orders with lines, and the settlement facts of those
/// whose action may settle them.
async fn load(
    db: &impl ConnectionTrait,
    jobs: &[(usize, &Act)],
) -> Result<(HashMap<i32, Current>, SettleFacts), AppError> {
    let ids: BTreeSet<i32> = jobs.iter().map(|(_, a)| a.order_id).collect();
    // Filtering the lines by their order ids too lets PostgreSQL find them by index.
    let these = Condition::all()
        .add(order::Column::Id.is_in(ids.iter().copied()))
        .add(order_line::Column::OrderId.is_in(ids.iter().copied()));
    let orders: HashMap<i32, Current> = super::orders::with_lines(db, these)
        .await?
        .into_iter()
        .map(|(o, lines)| {
            let read = o.state;
            let touched = false;
            (
                o.id,
                Current {
                    o,
                    lines,
                    read,
                    touched,
                },
            )
        })
        .collect();
    let settling: Vec<&order::Model> = jobs
        .iter()
        .filter(|(_, a)| may_settle(a.action, facts_of(a, false)))
        .filter_map(|(_, a)| orders.get(&a.order_id).map(|c| &c.o))
        .collect();
    let facts = SettleFacts::load(db, &settling).await?;
    Ok((orders, facts))
}

fn facts_of(act: &Act, paid_by_card: bool) -> Facts {
    Facts {
        settle_on_delivery: act.settle_on_delivery,
        paid_by_card,
    }
}

/// Decides `act` against its order as the batch has left it and records what it does: the
/// order's new state and lines in `orders`, its history, mail and postings in `pending`, its
/// stock and later effects in `changes`. The outer error fails the batch; the inner is a refusal.
fn decide_one(
    orders: &mut HashMap<i32, Current>,
    facts: &SettleFacts,
    act: &Act,
    now: chrono::DateTime<chrono::Utc>,
    pending: &mut Pending,
    changes: &mut Changes,
) -> Result<Acted, AppError> {
    let Some(cur) = orders.get_mut(&act.order_id) else {
        return Ok(Err(AppError::not_found("order")));
    };
    let who = match asker(&cur.o, act) {
        Ok(who) => who,
        Err(e) => return Ok(Err(e)),
    };
    let from = cur.o.state;
    let paid_by_card = facts.charged.contains(&cur.o.checkout_id);
    let d = match decide(from, act.action, &who.roles, facts_of(act, paid_by_card)) {
        Ok(d) => d,
        Err(r) => return Ok(Err(refusal(r))),
    };
    let before = cur.o.clone();
    for s in &d.steps {
        let user = if s.by_asker { who.user_id } else { None };
        let note = if s.by_asker { act.note.trim() } else { "" };
        pending.event(before.id, now, event(s, user, note));
    }
    release(cur, d.stock, changes);
    for n in &d.notices {
        let note = if n.by_asker { act.note.trim() } else { "" };
        changes.mails.push(Told {
            o: before.clone(),
            lines: cur.lines.clone(),
            step: StepNotice {
                kind: n.kind,
                action: n.action,
                actor: n.actor,
                note: note.to_owned(),
                pay_by: act.pay_by,
            },
        });
    }
    for p in &d.postings {
        pending.post(posting(&before, *p, facts)?);
    }
    for l in &d.later {
        changes
            .later
            .push(later(&before, *l, who.user_id, act.note.trim()));
    }
    cur.o.state = d.to;
    cur.o.updated_at = now;
    cur.touched = true;
    Ok(Ok((cur.o.clone(), cur.lines.clone())))
}

/// The history row of a step.
fn event<'a>(s: &Step, user: Option<i32>, note: &'a str) -> super::orders::Event<'a> {
    super::orders::Event {
        user,
        role: s.actor.as_str(),
        action: s.action.as_str(),
        from: Some(s.from),
        to: s.to,
        note,
    }
}

/// Ends the reservations of `cur`'s lines as `stock` says, noting stock handed back.
fn release(cur: &mut Current, stock: Stock, changes: &mut Changes) {
    if stock == Stock::Keep {
        return;
    }
    for line in cur.lines.iter_mut().filter(|l| l.reserved_milli > 0) {
        if stock == Stock::Release {
            changes
                .stock_back
                .push((line.listing_id, line.reserved_milli));
        }
        line.reserved_milli = 0;
        changes.cleared.insert(cur.o.id);
    }
}

/// Writes the batch's states, the stock handed back and the lines' ended reservations.
async fn write(
    db: &impl ConnectionTrait,
    orders: &HashMap<i32, Current>,
    changes: &Changes,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), AppError> {
    let touched: Vec<&Current> = orders.values().filter(|c| c.touched).collect();
    set_states(db, &touched, now).await?;
    for (listing, quantity) in &changes.stock_back {
        super::listings::adjust_stock(db, *listing, *quantity).await?;
    }
    if !changes.cleared.is_empty() {
        order_line::Entity::update_many()
            .col_expr(order_line::Column::ReservedMilli, Expr::value(0i64))
            .filter(order_line::Column::OrderId.is_in(changes.cleared.iter().copied()))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Moves each order to its new state in one update, conditional on the state each was read in,
/// so a concurrent action cannot also apply; the rows stay locked until commit.
async fn set_states(
    db: &impl ConnectionTrait,
    orders: &[&Current],
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), AppError> {
    if orders.is_empty() {
        return Ok(());
    }
    let mut b = super::Binds::new(db.get_database_backend());
    let to = b.case_by_id(orders.iter().map(|c| (c.o.id, c.o.state.as_str())), None);
    let at = b.push(now);
    let ids: Vec<String> = orders.iter().map(|c| b.push(c.o.id)).collect();
    let read = b.case_by_id(orders.iter().map(|c| (c.o.id, c.read.as_str())), None);
    let sql = format!(
        "UPDATE orders SET state = {to}, updated_at = {at} WHERE id IN ({}) AND state = {read}",
        ids.join(", ")
    );
    let res = db.execute_raw(b.statement(sql)).await?;
    if res.rows_affected() != orders.len() as u64 {
        return Err(AppError::Conflict(Msg::code("order-changed")));
    }
    Ok(())
}

/// Touches the order in the state it was read in, so a concurrent action cannot also apply;
/// the row stays locked until commit.
pub async fn keep_state(
    db: &impl ConnectionTrait,
    o: &order::Model,
    state: OrderState,
) -> Result<(), AppError> {
    let res = order::Entity::update_many()
        .col_expr(order::Column::State, Expr::value(state))
        .col_expr(order::Column::UpdatedAt, Expr::value(super::now()))
        .filter(order::Column::Id.eq(o.id))
        .filter(order::Column::State.eq(state))
        .exec(db)
        .await?;
    if res.rows_affected != 1 {
        return Err(AppError::Conflict(Msg::code("order-changed")));
    }
    Ok(())
}
