//! Putting goods in the cart: the add-to-cart form on a listing and the cart's quantities. A
//! refused quantity is shown again beside its field, as typed, and nothing is written.
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use entity::coop;
use maud::Markup;
use templates::cart::{line_field, BuyFormView};
use templates::components::FormData;

use super::cart::{buying_coops, chosen, render};
use super::order_words::{conflict, invalid, quantity_problem, read_quantity, refusal, Refusal};
use crate::domain::catalog::{ListingStatus, Quantity};
use crate::domain::order_input::{cart_line, QuantityProblem};
use crate::error::AppError;
use crate::http::extract::{CsrfFormAsTyped, SignedIn};
use crate::http::viewer::{redirect_with_flash, Viewer};
use crate::http::AppState;
use crate::store;

/// The add-to-cart form shown on a listing to members of buying co-ops; `typed` when it comes
/// back with an error.
pub fn buy_form(
    v: &Viewer,
    listing_id: i32,
    seller_id: i32,
    unit: &str,
    min_order: Quantity,
    typed: Option<&FormData>,
) -> Option<Markup> {
    let coops: Vec<(i32, String)> = buying_coops(v)
        .into_iter()
        .filter(|c| c.id != seller_id)
        .map(|c| (c.id, c.name.clone()))
        .collect();
    if coops.is_empty() {
        return None;
    }
    let mut form = typed.cloned().unwrap_or_default();
    form.values
        .entry("quantity".into())
        .or_insert_with(|| super::order_words::quantity(&v.tr, min_order));
    let view = BuyFormView {
        listing_id,
        coops,
        unit: unit.to_owned(),
        form,
    };
    Some(templates::cart::buy_form(&v.tr, &v.csrf, &view))
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
    CsrfFormAsTyped(f): CsrfFormAsTyped<AddForm>,
) -> Result<Response, AppError> {
    let listing_id: i32 = f
        .listing_id
        .parse()
        .map_err(|_| AppError::not_found("listing"))?;
    let buyer = chosen(&s.viewer, f.coop_id.parse().ok())?.clone();
    match add_checked(&state, &s, &buyer, listing_id, &f.quantity).await? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/cart?coop={}", buyer.id),
            "success",
            &s.viewer.tr.t("cart-added"),
        )),
        Err((code, message)) => {
            let mut form = FormData::default();
            form.values.insert("quantity".into(), f.quantity.clone());
            form.values.insert("coop_id".into(), f.coop_id.clone());
            form.errors.insert("quantity".into(), message);
            let page = super::catalog::listing_page(&state, &s.viewer, listing_id, Some(&form));
            Ok((code, page.await?).into_response())
        }
    }
}

/// Reads the quantity, checks it against the listing as the cart would hold it, then adds it.
async fn add_checked(
    state: &AppState,
    s: &SignedIn,
    buyer: &coop::Model,
    listing_id: i32,
    raw: &str,
) -> Result<Result<(), Refusal>, AppError> {
    let tr = &s.viewer.tr;
    let q = match read_quantity(tr, raw) {
        Ok(q) => q,
        Err(m) => return Ok(Err(invalid(m))),
    };
    let l = store::listings::get(&state.db, listing_id).await?;
    if l.coop_id == buyer.id {
        return Ok(Err(conflict(tr.t("cart-own-listing"))));
    }
    if l.status != ListingStatus::Active {
        let title = [("title", l.title.clone().into())];
        return Ok(Err(conflict(tr.t_args("cart-not-for-sale", &title))));
    }
    let held = store::carts::lines(&state.db, buyer.id)
        .await?
        .iter()
        .find(|(_, x, _)| x.id == l.id)
        .map_or(0, |(line, _, _)| line.quantity_milli);
    let whole = Quantity(held.saturating_add(q.0));
    let (min, stock) = (Quantity(l.min_order_milli), Quantity(l.stock_milli));
    let checked = match q.0 {
        0 => Err(QuantityProblem::Zero),
        _ => cart_line(whole, min, stock),
    };
    if let Err(p) = checked {
        return Ok(Err(invalid(quantity_problem(tr, p, &l.unit))));
    }
    match store::carts::add(&state.db, s.user.id, buyer, listing_id, q).await {
        Ok(()) => Ok(Ok(())),
        Err(e) => refusal(tr, e).map(Err),
    }
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
    CsrfFormAsTyped(f): CsrfFormAsTyped<QuantityForm>,
) -> Result<Response, AppError> {
    let line: i32 = line.parse().map_err(|_| AppError::not_found("cart line"))?;
    let (buyer, row) = find_line(&state, &s, line).await?;
    let tr = &s.viewer.tr;
    let checked = match read_quantity(tr, &f.quantity) {
        Ok(q) if q.0 == 0 => Ok(q),
        Ok(q) => check_line(tr, &row, q),
        Err(m) => Err(invalid(m)),
    };
    let written = match checked {
        Ok(q) => match store::carts::set_quantity(&state.db, s.user.id, &[buyer.id], line, q).await
        {
            Ok(_) => Ok(q),
            Err(e) => Err(refusal(tr, e)?),
        },
        Err(r) => Err(r),
    };
    match written {
        Ok(q) => {
            let said = if q.0 == 0 {
                "cart-removed"
            } else {
                "cart-updated"
            };
            let to = format!("/cart?coop={}", buyer.id);
            Ok(redirect_with_flash(&to, "success", &tr.t(said)))
        }
        Err((code, message)) => {
            let mut form = FormData::default();
            form.values.insert(line_field(line), f.quantity.clone());
            form.errors.insert(line_field(line), message);
            Ok((code, render(&state, &s, &buyer, form).await?).into_response())
        }
    }
}

fn check_line(
    tr: &i18n::Tr,
    row: &store::carts::CartRow,
    q: Quantity,
) -> Result<Quantity, Refusal> {
    let (_, l, _) = row;
    if l.status != ListingStatus::Active {
        let title = [("title", l.title.clone().into())];
        return Err(conflict(tr.t_args("cart-not-for-sale", &title)));
    }
    cart_line(q, Quantity(l.min_order_milli), Quantity(l.stock_milli))
        .map(|()| q)
        .map_err(|p| invalid(quantity_problem(tr, p, &l.unit)))
}

/// The viewer's cart line `id` and the buying co-op whose cart holds it; 404 otherwise.
async fn find_line(
    state: &AppState,
    s: &SignedIn,
    id: i32,
) -> Result<(coop::Model, store::carts::CartRow), AppError> {
    for c in buying_coops(&s.viewer) {
        let rows = store::carts::lines(&state.db, c.id).await?;
        if let Some(row) = rows.into_iter().find(|(line, _, _)| line.id == id) {
            return Ok((c.clone(), row));
        }
    }
    Err(AppError::not_found("cart line"))
}
