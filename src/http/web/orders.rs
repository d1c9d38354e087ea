//! Orders: the lists, the order page with the viewer's actions, the invoice, and the actions.
use axum::extract::{Path, Query, State};
use axum::response::Response;
use entity::{coop, order};
use maud::Markup;
use templates::orders::OrderRow;

use crate::domain::order_state::{Action, Actor, OrderState};
use crate::domain::page::PageRequest;
use crate::error::AppError;
use crate::http::extract::{CsrfForm, SignedIn};
use crate::http::viewer::redirect_with_flash;
use crate::http::views::{claw_back_sentence, order_view, price, status_view, OrderParts};
use crate::http::AppState;
use crate::store;
use crate::store::orders::door::{self, roles_of, By, Who};

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    side: String,
    state: String,
    per_page: String,
    cursor: String,
}

pub async fn list(
    State(state): State<AppState>,
    s: SignedIn,
    Query(q): Query<ListQuery>,
) -> Result<Markup, AppError> {
    let selling = q.side == "selling";
    let filter = match q.state.as_str() {
        "" => None,
        st => Some(OrderState::parse(st).map_err(|e| AppError::BadRequest(e.to_string()))?),
    };
    let page = PageRequest::parse(&q.per_page, &q.cursor)
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    let coops: Vec<i32> = s.viewer.coops.iter().map(|(c, _)| c.id).collect();
    let (orders, next) = store::orders::page(&state.db, &coops, selling, filter, &page).await?;
    let other = |o: &entity::order::Model| {
        if selling {
            o.buyer_coop_id
        } else {
            o.seller_coop_id
        }
    };
    let names = store::coops::names(&state.db, orders.iter().map(other)).await?;
    let rows: Vec<OrderRow> = orders
        .iter()
        .map(|o| OrderRow {
            id: o.id,
            other_party: names.get(&other(o)).cloned().unwrap_or_default(),
            state: status_view(o.state),
            total: price(o.subtotal_minor, &o.currency),
            created: o.created_at.format("%Y-%m-%d").to_string(),
        })
        .collect();
    Ok(templates::orders::order_list(
        &s.viewer.layout(),
        selling,
        &q.state,
        &OrderState::ALL.map(status_view),
        &rows,
        next.map(|c| c.to_string()).as_deref(),
    ))
}

/// An order the viewer is a party to (buyer, seller or committee); 403 otherwise.
async fn party(
    state: &AppState,
    s: &SignedIn,
    id: &str,
) -> Result<(order::Model, Vec<Actor>), AppError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("order"))?;
    let o = store::orders::get(&state.db, id).await?;
    let coops: Vec<i32> = s.viewer.coops.iter().map(|(c, _)| c.id).collect();
    let roles = roles_of(&o, &coops, s.viewer.committee);
    if roles.is_empty() {
        return Err(AppError::Forbidden(
            "this order is between other co-ops".into(),
        ));
    }
    Ok((o, roles))
}

async fn view(
    state: &AppState,
    o: &order::Model,
    roles: &[Actor],
) -> Result<templates::orders::OrderView, AppError> {
    let buyer: coop::Model = store::coops::get(&state.db, o.buyer_coop_id).await?;
    let seller = store::coops::get(&state.db, o.seller_coop_id).await?;
    let lines = store::orders::lines(&state.db, o.id).await?;
    let payment = if o.state == OrderState::Accepted && roles.contains(&Actor::Buyer) {
        Some(state.gateway.instructions(&state.db, o).await?)
    } else {
        None
    };
    let refundable = store::refunds::refundable_minor(&state.db, o).await?;
    let mut events = Vec::new();
    for e in store::orders::events(&state.db, o.id).await? {
        let who = match e.actor_user_id {
            Some(u) => format!(
                "{} ({})",
                store::users::get(&state.db, u).await?.name,
                e.actor_role
            ),
            None => e.actor_role.clone(),
        };
        events.push((e, who));
    }
    let claw_back = store::refunds::so_far(&state.db, o).await?.claw_back;
    let mut v = order_view(OrderParts {
        order: o,
        buyer: &buyer,
        seller: &seller,
        lines: &lines,
        events: &events,
        roles,
        money: store::orders::money(o)?,
        payment: payment.as_ref(),
        refunded_minor: o.subtotal_minor - refundable,
        refundable_minor: refundable,
    });
    v.claw_back = claw_back_sentence(&claw_back, &seller.name, &buyer.name);
    Ok(v)
}

pub async fn show(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<String>,
) -> Result<Markup, AppError> {
    let (o, roles) = party(&state, &s, &id).await?;
    Ok(templates::orders::order_page(
        &s.viewer.layout(),
        &view(&state, &o, &roles).await?,
    ))
}

pub async fn invoice(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<String>,
) -> Result<Markup, AppError> {
    let (o, roles) = party(&state, &s, &id).await?;
    Ok(templates::orders::invoice(
        &s.viewer.layout(),
        &view(&state, &o, &roles).await?,
    ))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct NoteForm {
    note: String,
}

pub async fn act(
    State(state): State<AppState>,
    s: SignedIn,
    Path((id, action)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<NoteForm>,
) -> Result<Response, AppError> {
    let action = Action::parse(&action).map_err(|_| AppError::not_found("action"))?;
    state.gateway.check_action(action)?;
    let (o, roles) = party(&state, &s, &id).await?;
    let who = Who {
        user_id: Some(s.user.id),
        roles: roles.into_iter().filter(|r| *r != Actor::System).collect(),
    };
    let (o, _) = door::act(
        &state.writes,
        &state.config,
        o.id,
        action,
        By::Who(who),
        form.note,
    )
    .await?;
    Ok(redirect_with_flash(
        &format!("/orders/{}", o.id),
        "success",
        &format!("Order #{} is now {}.", o.id, o.state),
    ))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct RefundForm {
    amount: String,
    reason: String,
}

/// Refunds part (or the rest) of an order: the seller while it is paid, the committee also later.
pub async fn refund(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<RefundForm>,
) -> Result<Response, AppError> {
    let (o, roles) = party(&state, &s, &id).await?;
    let who = Who {
        user_id: Some(s.user.id),
        roles,
    };
    let amount = form.amount.clone();
    let o = door::refund_part(&state.writes, o.id, amount, who, form.reason).await?;
    Ok(redirect_with_flash(
        &format!("/orders/{}", o.id),
        "success",
        &format!(
            "Refunded {} {}; order #{} is {}.",
            form.amount.trim(),
            o.currency,
            o.id,
            o.state
        ),
    ))
}
