//! The cart page: its lines per seller, accepting changed terms, and checking out into one
//! order per seller (adding and quantities: `cart_lines`).
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use entity::coop;
use maud::Markup;
use templates::cart::{CartGroup, CartLineRow, CartView};
use templates::components::FormData;

use super::order_words as words;
use super::{form_data, invalid};
use crate::domain::catalog::Quantity;
use crate::domain::order_input;
use crate::domain::trading::{may_buy, Trader};
use crate::error::{AppError, FieldErrors, Msg};
use crate::http::extract::{CsrfForm, CsrfFormAsTyped, SignedIn};
use crate::http::viewer::{redirect_with_flash, Viewer};
use crate::http::AppState;
use crate::store;
use crate::store::orders::door;

/// The viewer's admitted co-ops that may buy.
pub fn buying_coops(v: &Viewer) -> Vec<&coop::Model> {
    v.coops
        .iter()
        .map(|(c, _)| c)
        .filter(|c| may_buy(&Trader::stored(&c.name, c.status, c.kind)).is_ok())
        .collect()
}

pub(super) fn chosen(v: &Viewer, id: Option<i32>) -> Result<&coop::Model, AppError> {
    let coops = buying_coops(v);
    match id {
        Some(id) => coops
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| AppError::Forbidden(Msg::code("cart-not-your-coop"))),
        None => coops
            .into_iter()
            .next()
            .ok_or_else(|| AppError::Forbidden(Msg::code("cart-no-buying-coop"))),
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct CartQuery {
    coop: Option<i32>,
}

pub(super) async fn render(
    state: &AppState,
    s: &SignedIn,
    buyer: &coop::Model,
    form: FormData,
) -> Result<Markup, AppError> {
    let tr = &s.viewer.tr;
    let rate = door::fee_rate(&state.db, &state.config).await?;
    let rows = store::carts::lines(&state.db, buyer.id).await?;
    let (revision, _) = store::cart_revision::current(&state.db, buyer.id).await?;
    let authors = store::carts::authors(&state.db, &rows).await?;
    let name = |id: i32| authors.get(&id).cloned().unwrap_or_default();
    let mut changes = std::collections::HashMap::new();
    let mut accept = Vec::new();
    for (line, l, seller) in &rows {
        let found = store::carts::changes(line, l, seller)?;
        if found.iter().any(|c| c.can_be_confirmed()) {
            accept.push(format!(
                "{}:{}:{}",
                line.id, l.price_minor, l.min_order_milli
            ));
        }
        let said = found
            .iter()
            .map(|c| words::change(tr, c, &l.unit))
            .collect();
        changes.insert(line.id, said);
    }
    let groups = store::carts::summarize(rows, rate, &door::policy_in_force())?
        .into_iter()
        .map(|g| {
            let cur = g.quote.subtotal.currency.code();
            CartGroup {
                seller_name: g.seller.name.clone(),
                lines: g
                    .lines
                    .iter()
                    .map(|(c, l, total)| CartLineRow {
                        id: c.id,
                        listing_id: l.id,
                        title: l.title.clone(),
                        unit: templates::catalog::unit_name(tr, &l.unit),
                        unit_price: words::money(tr, l.price_minor, cur),
                        quantity: words::quantity(tr, Quantity(c.quantity_milli)),
                        total: words::of(tr, *total),
                        changes: changes.remove(&c.id).unwrap_or_default(),
                        added_by: name(c.added_by_user_id),
                        changed_by: c.changed_by_user_id.map(name),
                    })
                    .collect(),
                subtotal: words::of(tr, g.quote.subtotal),
                fee: words::fee_split(
                    tr,
                    i32::try_from(rate.basis_points()).unwrap_or(0),
                    cur,
                    g.quote.fee.minor,
                    &g.quote.split,
                ),
            }
        })
        .collect();
    let coops = buying_coops(&s.viewer)
        .into_iter()
        .map(|c| (c.id, c.name.clone()))
        .collect();
    Ok(templates::cart::cart(
        &s.viewer.layout(),
        &CartView {
            coops,
            coop_id: buyer.id,
            groups,
            form,
            checkout_token: revision.to_string(),
            accept_terms: (!accept.is_empty()).then(|| accept.join(",")),
        },
    ))
}

pub async fn show(
    State(state): State<AppState>,
    s: SignedIn,
    Query(q): Query<CartQuery>,
) -> Result<Markup, AppError> {
    let buyer = chosen(&s.viewer, q.coop)?.clone();
    render(&state, &s, &buyer, FormData::default()).await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct CheckoutForm {
    coop_id: String,
    delivery_address: String,
    note: String,
    /// The cart revision the page showed (see `door::checkout_cart`).
    checkout_token: String,
}

pub async fn checkout(
    State(state): State<AppState>,
    s: SignedIn,
    CsrfFormAsTyped(f): CsrfFormAsTyped<CheckoutForm>,
) -> Result<Response, AppError> {
    let buyer = chosen(&s.viewer, f.coop_id.parse().ok())?.clone();
    let tr = &s.viewer.tr;
    // A control character in the address or note is shown beside its field, as typed.
    let problems = order_input::delivery(&f.delivery_address, &f.note);
    if !problems.is_empty() {
        let said = problems
            .into_iter()
            .map(|(field, p)| {
                let said = words::text_problem(tr, p, "cart-delivery-address");
                (field, Msg::Said(said))
            })
            .collect();
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return again(&state, &s, &buyer, &f, &FieldErrors(said), status).await;
    }
    // Lines that changed since they went into the cart (or since the page showed it) are marked
    // on the cart as it is now: nothing is tried.
    if changed(&state, &buyer).await? {
        let errs = FieldErrors(vec![("cart", Msg::code("cart-cannot-place"))]);
        return again(&state, &s, &buyer, &f, &errs, StatusCode::CONFLICT).await;
    }
    let placed = door::checkout_cart(
        &state.writes,
        &state.config,
        s.user.id,
        &buyer,
        &f.delivery_address,
        &f.note,
        &f.checkout_token,
    )
    .await;
    // A conflict (a line sold out or paused, the cart changed since the page showed it) is a
    // 409 with the cart as it is now and the reason above it.
    let (placed, status) = match placed {
        Err(AppError::Conflict(m)) => (Err(FieldErrors::single("cart", m)), StatusCode::CONFLICT),
        placed => (placed, StatusCode::UNPROCESSABLE_ENTITY),
    };
    match invalid(placed)? {
        Ok(p) => {
            let ids: Vec<String> = p.orders.iter().map(|o| format!("#{}", o.id)).collect();
            let count = i64::try_from(ids.len()).unwrap_or(i64::MAX);
            let args = [("count", count.into()), ("ids", ids.join(", ").into())];
            let msg = tr.t_args("cart-placed", &args);
            Ok(redirect_with_flash("/orders?side=buying", "success", &msg))
        }
        Err(errs) => again(&state, &s, &buyer, &f, &errs, status).await,
    }
}

/// The cart as it is now with `errs`, and the address and note as they were typed.
async fn again(
    state: &AppState,
    s: &SignedIn,
    buyer: &coop::Model,
    f: &CheckoutForm,
    errs: &FieldErrors,
    status: StatusCode,
) -> Result<Response, AppError> {
    let typed = [
        ("delivery_address", f.delivery_address.as_str()),
        ("note", &f.note),
    ];
    // The store's refusals are codes: said in the viewer's language.
    let errs = errs.said(&s.viewer.tr);
    let page = render(state, s, buyer, form_data(typed, &errs)).await?;
    Ok((status, page).into_response())
}

/// Whether a line of the cart changed since it went in (price, minimum, for sale, stock).
async fn changed(state: &AppState, buyer: &coop::Model) -> Result<bool, AppError> {
    for (line, l, seller) in store::carts::lines(&state.db, buyer.id).await? {
        if !store::carts::changes(&line, &l, &seller)?.is_empty() {
            return Ok(true);
        }
    }
    Ok(false)
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct AcceptForm {
    coop_id: String,
    /// The terms shown, `line:unit price:minimum` separated by commas (minor units, thousandths).
    terms: String,
}

/// The buyer accepts the new prices and minimums the cart page showed them.
pub async fn accept_terms(
    State(state): State<AppState>,
    s: SignedIn,
    CsrfForm(f): CsrfForm<AcceptForm>,
) -> Result<Response, AppError> {
    let buyer = chosen(&s.viewer, f.coop_id.parse().ok())?.clone();
    let accepted = parse_terms(&f.terms)
        .ok_or_else(|| AppError::BadRequest(Msg::code("error-terms-malformed")))?;
    store::carts::accept_terms(&state.db, s.user.id, buyer.id, &accepted).await?;
    Ok(redirect_with_flash(
        &format!("/cart?coop={}", buyer.id),
        "success",
        &s.viewer.tr.t("cart-terms-accepted"),
    ))
}

fn parse_terms(terms: &str) -> Option<store::carts::Accepted> {
    terms
        .split(',')
        .filter(|t| !t.is_empty())
        .map(|t| {
            let mut parts = t.split(':');
            let line = parts.next()?.parse().ok()?;
            let price = parts.next()?.parse().ok()?;
            let min = parts.next()?.parse().ok()?;
            parts.next().is_none().then_some((line, price, min))
        })
        .collect()
}
