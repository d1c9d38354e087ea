//! A producer co-op's own listings: list, create, edit, publish/pause/archive, delete, CSV.
use axum::extract::{Path, Query, State};
use axum::response::Response;
use entity::listing;
use maud::Markup;
use templates::components::FormData;
use templates::listings::OwnListingRow;
use templates::photos::{ManagedPhoto, PhotoManager};
use templates::status::ActionView;

pub use super::listings_file::{export, import, import_page, IMPORT_LIMIT};
use super::{form_data, invalid, unprocessable};
use crate::domain::catalog::{
    ListingDraft, ListingForm, ListingStatus, Quantity, StockEdit, CATEGORIES, UNITS,
};
use crate::domain::money::Currency;
use crate::domain::status::{listing_actions, ListingAction};
use crate::error::{AppError, FieldErrors};
use crate::http::extract::{CoopMember, CoopSeller, CsrfForm};
use crate::http::local_input::{listing_price, shown_quantity};
use crate::http::viewer::redirect_with_flash;
use crate::http::views::{local_price, photo_view, status_view};
use crate::http::AppState;
use crate::store;
use crate::store::listings_csv;
use i18n::Tr;

pub(super) fn currency(m: &CoopMember) -> Result<Currency, AppError> {
    Currency::parse(&m.coop.currency).map_err(|e| AppError::Internal(e.to_string()))
}

pub(super) async fn owned(
    state: &AppState,
    m: &CoopMember,
    listing_id: &str,
) -> Result<listing::Model, AppError> {
    let id: i32 = listing_id
        .parse()
        .map_err(|_| AppError::not_found("listing"))?;
    let l = store::listings::get(&state.db, id).await?;
    if l.coop_id != m.coop.id {
        return Err(AppError::not_found("listing"));
    }
    Ok(l)
}

pub async fn index(
    State(state): State<AppState>,
    CoopSeller(m): CoopSeller,
) -> Result<Markup, AppError> {
    let tr = m.signed_in.viewer.tr;
    let rows: Vec<OwnListingRow> = store::listings::of_coop(&state.db, m.coop.id)
        .await?
        .into_iter()
        .map(|l| own_row(&tr, m.coop.id, l))
        .collect();
    Ok(templates::listings::own_listings(
        &m.signed_in.viewer.layout(),
        m.coop.id,
        &m.coop.name,
        &rows,
    ))
}

/// A listing in its seller's list, with the actions its status allows.
fn own_row(tr: &Tr, coop_id: i32, l: listing::Model) -> OwnListingRow {
    let base = format!("/coops/{coop_id}/listings/{}", l.id);
    let mut edit_href = None;
    let mut actions = Vec::new();
    let label = |a: &str| tr.t_args("listings-action", &[("action", a.to_owned().into())]);
    for a in listing_actions(l.status, l.ever_ordered) {
        let to = |s: ListingStatus| format!("{base}/status?to={}", s.as_str());
        let (name, href, style) = match a {
            ListingAction::Edit => {
                edit_href = Some(format!("{base}/edit"));
                continue;
            }
            ListingAction::Publish => ("publish", to(ListingStatus::Active), "link"),
            ListingAction::Pause => ("pause", to(ListingStatus::Paused), "link"),
            ListingAction::Delete => ("delete", format!("{base}/delete"), "danger"),
            ListingAction::Archive => ("archive", to(ListingStatus::Archived), "danger"),
        };
        actions.push(ActionView::post(label(name), href, style));
    }
    OwnListingRow {
        id: l.id,
        price: local_price(tr, l.price_minor, &l.currency),
        stock: crate::http::views::local_quantity(tr, Quantity(l.stock_milli)),
        sku: l.sku,
        title: l.title,
        status: status_view(l.status),
        edit_href,
        actions,
    }
}

fn form_page(
    m: &CoopMember,
    title: &str,
    action: &str,
    f: &FormData,
    photos: Option<Markup>,
) -> Markup {
    templates::listings::listing_form(
        &m.signed_in.viewer.layout(),
        title,
        action,
        &m.coop.currency,
        f,
        &templates::listings::ListingChoices {
            categories: CATEGORIES,
            units: UNITS,
        },
        photos,
    )
}

/// The edit page: the listing's form and its photos, with what was wrong with an upload.
pub(super) async fn edit_form(
    state: &AppState,
    m: &CoopMember,
    l: &listing::Model,
    photo_errors: &FieldErrors,
) -> Result<Markup, AppError> {
    let tr = m.signed_in.viewer.tr;
    let mut f = values(&local_form(&tr, l, currency(m)?));
    let shown = f.value("stock").to_owned();
    stock_context(state, &tr, l, &mut f, &shown).await?;
    let photos: Vec<ManagedPhoto> = store::photos::of_listing(&state.db, l.id)
        .await?
        .iter()
        .map(|p| ManagedPhoto {
            id: p.id,
            view: photo_view(p),
        })
        .collect();
    let errors: Vec<(String, String)> = photo_errors
        .0
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let layout = m.signed_in.viewer.layout();
    let manager = templates::photos::manager(&PhotoManager {
        tr: &layout.tr,
        base: &format!("/coops/{}/listings/{}/photos", m.coop.id, l.id),
        csrf: &layout.csrf,
        photos: &photos,
        max: crate::photos::MAX_PER_LISTING,
        errors: &errors,
    });
    Ok(form_page(
        m,
        &tr.t_args("listings-edit-title", &[("title", l.title.clone().into())]),
        &format!("/coops/{}/listings/{}/edit", m.coop.id, l.id),
        &f,
        Some(manager),
    ))
}

/// A stored listing as its edit form shows it: amounts in the viewer's language without
/// grouping (`12,50`, `1234,500`), so that saving the form unchanged stores the same values.
fn local_form(tr: &Tr, l: &listing::Model, cur: Currency) -> ListingForm {
    let decimal =
        |minor: i64, scale: u32| tr.number_input(rust_decimal::Decimal::new(minor, scale));
    ListingForm {
        price: decimal(l.price_minor, cur.exponent()),
        stock: tr.number_input(Quantity(l.stock_milli).to_decimal()),
        min_order: tr.number_input(Quantity(l.min_order_milli).to_decimal()),
        ..listings_csv::form_of(l, cur)
    }
}

fn values(f: &ListingForm) -> FormData {
    let v = serde_json::to_value(f).unwrap_or_default();
    let values = v
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_owned()))
                .collect()
        })
        .unwrap_or_default();
    FormData {
        values,
        errors: Default::default(),
    }
}

pub async fn new_page(CoopSeller(m): CoopSeller) -> Markup {
    let mut f = FormData::default();
    f.values
        .insert("origin_country".into(), m.coop.country.clone());
    f.values.insert("min_order".into(), "1".into());
    form_page(
        &m,
        &m.signed_in.viewer.tr.t("listings-new"),
        &format!("/coops/{}/listings", m.coop.id),
        &f,
        None,
    )
}

pub async fn create(
    State(state): State<AppState>,
    CoopSeller(m): CoopSeller,
    CsrfForm(form): CsrfForm<ListingForm>,
) -> Result<Response, AppError> {
    let (cur, tr) = (currency(&m)?, m.signed_in.viewer.tr);
    let result = match listing_price(&tr, &form, cur).and_then(|f| ListingDraft::parse(&f, cur)) {
        Ok(d) => store::listings::create(&state.db, m.coop.id, &d).await,
        Err(e) => Err(AppError::Invalid(e)),
    };
    match invalid(result)? {
        Ok(l) => Ok(redirect_with_flash(
            &format!("/coops/{}/listings", m.coop.id),
            "success",
            &tr.t_args("listings-flash-created", &[("title", l.title.into())]),
        )),
        Err(errs) => {
            let mut f = values(&form);
            f.errors = form_data([], &errs.said(&tr)).errors;
            Ok(unprocessable(form_page(
                &m,
                &tr.t("listings-new"),
                &format!("/coops/{}/listings", m.coop.id),
                &f,
                None,
            )))
        }
    }
}

pub async fn edit_page(
    State(state): State<AppState>,
    CoopSeller(m): CoopSeller,
    Path((_, listing_id)): Path<(String, String)>,
) -> Result<Markup, AppError> {
    let l = owned(&state, &m, &listing_id).await?;
    edit_form(&state, &m, &l, &FieldErrors::default()).await
}

/// The edit form shows the stock available and what open orders hold; it says which stock it
/// showed, so that a save that leaves the field as shown leaves the stock as orders leave it.
async fn stock_context(
    state: &AppState,
    tr: &Tr,
    l: &listing::Model,
    f: &mut FormData,
    shown: &str,
) -> Result<(), AppError> {
    let reserved = store::listings::reserved(&state.db, l.id).await?;
    let reserved = templates::catalog::unit_amount(tr, reserved.0, &l.unit);
    f.values.insert("stock_reserved".into(), reserved);
    f.values.insert("stock_shown".into(), shown.to_owned());
    Ok(())
}

/// The edit form: a listing's fields and the stock it showed.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct EditForm {
    #[serde(flatten)]
    listing: ListingForm,
    stock_shown: String,
}

pub async fn update(
    State(state): State<AppState>,
    CoopSeller(m): CoopSeller,
    Path((_, listing_id)): Path<(String, String)>,
    CsrfForm(edit): CsrfForm<EditForm>,
) -> Result<Response, AppError> {
    let tr = m.signed_in.viewer.tr;
    let l = owned(&state, &m, &listing_id).await?;
    let action = format!("/coops/{}/listings/{}/edit", m.coop.id, l.id);
    let (form, shown) = (edit.listing, edit.stock_shown);
    let listing = l.clone();
    let cur = currency(&m)?;
    let result = match listing_price(&tr, &form, cur).and_then(|f| ListingDraft::parse(&f, cur)) {
        Ok(d) => {
            let stock = StockEdit::from_form(d.stock, shown_quantity(&tr, &shown));
            store::listings::update(&state.db, l, &d, stock).await
        }
        Err(e) => Err(AppError::Invalid(e)),
    };
    match invalid(result)? {
        Ok(l) => Ok(redirect_with_flash(
            &format!("/coops/{}/listings", m.coop.id),
            "success",
            &tr.t_args("listings-flash-saved", &[("title", l.title.into())]),
        )),
        Err(errs) => {
            let mut f = values(&form);
            f.errors = form_data([], &errs.said(&tr)).errors;
            stock_context(&state, &tr, &listing, &mut f, &shown).await?;
            Ok(unprocessable(form_page(
                &m,
                &tr.t_args(
                    "listings-edit-title",
                    &[("title", listing.title.clone().into())],
                ),
                &action,
                &f,
                None,
            )))
        }
    }
}

#[derive(serde::Deserialize)]
pub struct StatusQuery {
    #[serde(default)]
    to: String,
}

pub async fn set_status(
    State(state): State<AppState>,
    CoopSeller(m): CoopSeller,
    Path((_, listing_id)): Path<(String, String)>,
    Query(q): Query<StatusQuery>,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    let to = ListingStatus::parse(&q.to).map_err(AppError::BadRequest)?;
    let l = owned(&state, &m, &listing_id).await?;
    let l = store::listings::set_status(&state.db, l, to).await?;
    let tr = &m.signed_in.viewer.tr;
    let status = templates::catalog::listing_status(tr, l.status.as_str());
    Ok(redirect_with_flash(
        &format!("/coops/{}/listings", m.coop.id),
        "success",
        &tr.t_args(
            "listings-flash-status",
            &[("title", l.title.into()), ("status", status.into())],
        ),
    ))
}

pub async fn delete(
    State(state): State<AppState>,
    CoopSeller(m): CoopSeller,
    Path((_, listing_id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    let l = owned(&state, &m, &listing_id).await?;
    let title = l.title.clone();
    let hashes: Vec<String> = store::photos::of_listing(&state.db, l.id)
        .await?
        .into_iter()
        .map(|p| p.hash)
        .collect();
    store::listings::delete(&state.db, l).await?;
    crate::photos::gallery::forget_unused(&state.db, &state.photos, &hashes).await;
    let message = m
        .signed_in
        .viewer
        .tr
        .t_args("listings-flash-deleted", &[("title", title.into())]);
    Ok(redirect_with_flash(
        &format!("/coops/{}/listings", m.coop.id),
        "success",
        &message,
    ))
}
