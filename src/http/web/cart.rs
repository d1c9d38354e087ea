//! The cart: add from a listing, change quantities, check out into one order per seller.
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use entity::coop;
use maud::{html, Markup};
use templates::components::FormData;
use templates::orders::{CartGroup, CartLineRow, CartView};

use super::{form_data, invalid};
use crate::domain::catalog::Quantity;
use crate::domain::trading::{may_buy, Trader};
use crate::error::{AppError, FieldErrors};
use crate::http::extract::{CsrfForm, SignedIn};
use crate::http::viewer::{redirect_with_flash, Viewer};
use crate::http::views::fee_split_view;
use crate::http::AppState;
use crate::store;
use crate::store::orders::door;

/// The viewer's admitted co-ops that may buy.
pub fn buying_coops(v: &Viewer) -> Vec<&coop::Model> {
    v.coops
        .iter()
        .map(|(c, _)| c)
        .filter(|c| may_buy(&Trader::stored(&c.name, c.status, &c.kind)).is_ok())
        .collect()
}

fn chosen(v: &Viewer, id: Option<i32>) -> Result<&coop::Model, AppError> {
    let coops = buying_coops(v);
    match id {
        Some(id) => coops
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| AppError::Forbidden("you do not buy for this co-op".into())),
        None => coops
            .into_iter()
            .next()
            .ok_or_else(|| AppError::Forbidden("none of your co-ops is an admitted buyer".into())),
    }
}

/// The add-to-cart form shown on a listing to members of buying co-ops.
pub fn buy_form(
    v: &Viewer,
    listing_id: i32,
    seller_id: i32,
    unit: &str,
    min_order: &str,
) -> Option<Markup> {
    let coops: Vec<_> = buying_coops(v)
        .into_iter()
        .filter(|c| c.id != seller_id)
        .collect();
    if coops.is_empty() {
        return None;
    }
    Some(html! {
        form.stack.card method="post" action="/cart/add" {
            input type="hidden" name="csrf_token" value=(v.csrf);
            input type="hidden" name="listing_id" value=(listing_id);
            @if coops.len() == 1 { input type="hidden" name="coop_id" value=(coops[0].id); }
            @else {
                div.field { label for="f-coop" { "Buying for" }
                    select id="f-coop" name="coop_id" { @for c in &coops { option value=(c.id) { (c.name) } } } }
            }
            div.field { label for="f-qty" { "Quantity (" (unit) ")" } input id="f-qty" type="text" name="quantity" value=(min_order); }
            div.actions { button.primary type="submit" { "Add to cart" } }
        }
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct CartQuery {
    coop: Option<i32>,
}

async fn render(
    state: &AppState,
    s: &SignedIn,
    buyer: &coop::Model,
    form: FormData,
) -> Result<Markup, AppError> {
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
        changes.insert(line.id, found.iter().map(ToString::to_string).collect());
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
                        unit: l.unit.clone(),
                        unit_price: crate::http::views::price(l.price_minor, cur),
                        quantity: Quantity(c.quantity_milli).to_string(),
                        total: total.to_string(),
                        changes: changes.remove(&c.id).unwrap_or_default(),
                        added_by: name(c.added_by_user_id),
                        changed_by: c.changed_by_user_id.map(name),
                    })
                    .collect(),
                subtotal: g.quote.subtotal.to_string(),
                fee: fee_split_view(
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
    Ok(templates::orders::cart(
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
pub struct AddForm {
    listing_id: String,
    coop_id: String,
    quantity: String,
}

pub async fn add(
    State(state): State<AppState>,
    s: SignedIn,
    CsrfForm(f): CsrfForm<AddForm>,
) -> Result<Response, AppError> {
    let quantity = crate::http::local_input::number(&s.viewer.tr, "quantity", &f.quantity, 3)?;
    let buyer = chosen(&s.viewer, f.coop_id.parse().ok())?.clone();
    let listing_id: i32 = f
        .listing_id
        .parse()
        .map_err(|_| AppError::not_found("listing"))?;
    let q = Quantity::parse(&quantity)
        .map_err(|m| FieldErrors::single("quantity", format!("quantity {m}")))?;
    store::carts::add(&state.db, s.user.id, &buyer, listing_id, q).await?;
    Ok(redirect_with_flash(
        &format!("/cart?coop={}", buyer.id),
        "success",
        "Added to your cart.",
    ))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct QuantityForm {
    quantity: String,
}

pub async fn set_quantity(
    State(state): State<AppState>,
    s: SignedIn,
    Path(line): Path<String>,
    CsrfForm(f): CsrfForm<QuantityForm>,
) -> Result<Response, AppError> {
    let line: i32 = line.parse().map_err(|_| AppError::not_found("cart line"))?;
    let quantity = crate::http::local_input::number(&s.viewer.tr, "quantity", &f.quantity, 3)?;
    let q = Quantity::parse(&quantity)
        .map_err(|m| FieldErrors::single("quantity", format!("quantity {m}")))?;
    let coops: Vec<i32> = buying_coops(&s.viewer).iter().map(|c| c.id).collect();
    let coop = store::carts::set_quantity(&state.db, s.user.id, &coops, line, q).await?;
    Ok(redirect_with_flash(
        &format!("/cart?coop={coop}"),
        "success",
        "Cart updated.",
    ))
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
    CsrfForm(f): CsrfForm<CheckoutForm>,
) -> Result<Response, AppError> {
    let buyer = chosen(&s.viewer, f.coop_id.parse().ok())?.clone();
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
            let msg = format!("Placed {} order(s): {}.", ids.len(), ids.join(", "));
            Ok(redirect_with_flash("/orders?side=buying", "success", &msg))
        }
        Err(errs) => {
            let form = form_data(
                [
                    ("delivery_address", f.delivery_address.as_str()),
                    ("note", &f.note),
                ],
                &errs,
            );
            Ok((status, render(&state, &s, &buyer, form).await?).into_response())
        }
    }
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
        .ok_or_else(|| AppError::BadRequest("the accepted terms are malformed".into()))?;
    store::carts::accept_terms(&state.db, s.user.id, buyer.id, &accepted).await?;
    Ok(redirect_with_flash(
        &format!("/cart?coop={}", buyer.id),
        "success",
        "New terms accepted. Check the cart and place the orders.",
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
