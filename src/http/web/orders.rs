//! Orders: the lists, the order page with the viewer's actions, and the invoice (the actions
//! and refunds: `order_actions`).
use axum::extract::{Path, Query, State};
use entity::order;
use maud::Markup;
use templates::components::FormData;
use templates::orders::OrderRow;

use super::order_view::{claw_back_sentence, order_view, OrderParts};
use super::order_words::money;
use crate::domain::order_state::{Actor, OrderState};
use crate::domain::page::PageRequest;
use crate::error::{AppError, Msg};
use crate::http::error::{page_refused, unknown_state};
use crate::http::extract::SignedIn;
use crate::http::AppState;
use crate::store;
use crate::store::orders::door::roles_of;

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
        st => Some(OrderState::parse(st).map_err(|_| AppError::BadRequest(unknown_state(st)))?),
    };
    let page = PageRequest::parse(&q.per_page, &q.cursor)
        .map_err(|e| AppError::BadRequest(page_refused(&e)))?;
    let coops: Vec<i32> = s.viewer.coops.iter().map(|(c, _)| c.id).collect();
    let side = store::orders::Side {
        coops: &coops,
        selling,
        state: filter,
    };
    let (orders, next) = store::orders::page_named(&state.db, side, &page).await?;
    let rows: Vec<OrderRow> = orders
        .into_iter()
        .map(|(o, other_party)| OrderRow {
            id: o.id,
            other_party,
            state: o.state.as_str().to_string(),
            total: money(&s.viewer.tr, o.subtotal_minor, &o.currency),
            created: s.viewer.tr.date(o.created_at),
        })
        .collect();
    Ok(templates::orders::order_list(
        &s.viewer.layout(),
        selling,
        &q.state,
        &OrderState::ALL.map(|s| s.as_str()),
        &rows,
        next.map(|c| c.to_string()).as_deref(),
    ))
}

/// An order the viewer is a party to (buyer, seller or committee); 403 otherwise.
pub(super) async fn party(
    state: &AppState,
    s: &SignedIn,
    id: &str,
) -> Result<(order::Model, Vec<Actor>), AppError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("order"))?;
    let o = store::orders::get(&state.db, id).await?;
    let coops: Vec<i32> = s.viewer.coops.iter().map(|(c, _)| c.id).collect();
    let roles = roles_of(&o, &coops, s.viewer.committee);
    if roles.is_empty() {
        return Err(AppError::Forbidden(Msg::code("error-forbidden-order")));
    }
    Ok((o, roles))
}

/// The order page's view for this viewer, with `form` (what was typed, what was refused).
pub(super) async fn view(
    state: &AppState,
    s: &SignedIn,
    o: &order::Model,
    roles: &[Actor],
    form: FormData,
) -> Result<templates::orders::OrderView, AppError> {
    let tr = &s.viewer.tr;
    let buyer = store::coops::get(&state.db, o.buyer_coop_id).await?;
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
            Some(u) => Some(store::users::get(&state.db, u).await?.name),
            None => None,
        };
        events.push((e, who));
    }
    let claw_back = store::refunds::so_far(&state.db, o).await?.claw_back;
    let mut v = order_view(OrderParts {
        tr,
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
    v.claw_back = claw_back_sentence(tr, &claw_back, &seller.name, &buyer.name);
    v.form = form;
    Ok(v)
}

pub async fn show(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<String>,
) -> Result<Markup, AppError> {
    let (o, roles) = party(&state, &s, &id).await?;
    let v = view(&state, &s, &o, &roles, FormData::default()).await?;
    Ok(templates::orders::order_page(&s.viewer.layout(), &v))
}

pub async fn invoice(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<String>,
) -> Result<Markup, AppError> {
    let (o, roles) = party(&state, &s, &id).await?;
    let v = view(&state, &s, &o, &roles, FormData::default()).await?;
    Ok(templates::orders::invoice(&s.viewer.layout(), &v))
}
