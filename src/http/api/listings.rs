//! `/listings`: search the catalog, and a seller co-op's create / update / archive.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use entity::{coop, listing};

use crate::domain::catalog::{
    format_certifications, ListingDraft, ListingForm, ListingStatus, Quantity, StockEdit,
};
use crate::domain::catalog_query::{CatalogParams, CatalogQuery};
use crate::domain::money::Currency;
use crate::error::{AppError, Msg};
use crate::http::error::ApiError;
use crate::http::extract::{ensure_seller, ApiCoop, ApiJson, ApiQuery};
use crate::http::views::amount;
use crate::http::AppState;
use crate::store;
use crate::store::listings_csv::form_of;

/// A listing as the API shows it; amounts are decimal strings in the listing's currency.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ListingJson {
    pub id: i32,
    pub coop_id: i32,
    pub seller_name: String,
    pub sku: String,
    pub title: String,
    pub description: String,
    pub category: String,
    pub unit: String,
    pub currency: String,
    /// Unit price, e.g. "12.50"
    pub price: String,
    /// Unit price in the currency's minor unit.
    pub price_minor: i64,
    pub stock: String,
    pub min_order: String,
    pub origin_country: String,
    pub origin_region: String,
    pub certifications: Vec<String>,
    pub lead_time_days: i32,
    pub status: String,
}

fn json(l: &listing::Model, seller: &coop::Model) -> ListingJson {
    ListingJson {
        id: l.id,
        coop_id: l.coop_id,
        seller_name: seller.name.clone(),
        sku: l.sku.clone(),
        title: l.title.clone(),
        description: l.description.clone(),
        category: l.category.clone(),
        unit: l.unit.clone(),
        currency: l.currency.clone(),
        price: amount(l.price_minor, &l.currency),
        price_minor: l.price_minor,
        stock: Quantity(l.stock_milli).to_string(),
        min_order: Quantity(l.min_order_milli).to_string(),
        origin_country: l.origin_country.clone(),
        origin_region: l.origin_region.clone(),
        certifications: format_certifications(l.organic, l.fairtrade, &l.other_certifications)
            .split(';')
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
        lead_time_days: l.lead_time_days,
        status: l.status.as_str().to_owned(),
    }
}

/// One page of search results.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ListingPage {
    pub items: Vec<ListingJson>,
    pub page: u64,
    pub per_page: u64,
    /// The next page's number, if there is one.
    pub next_page: Option<u64>,
}

/// Searches active listings with the catalog's filters (at most 100 a page).
#[utoipa::path(get, path = "/api/v1/listings", operation_id = "search_listings", params(CatalogParams), responses(
    (status = 200, body = ListingPage),
    (status = 422, body = super::ErrorBody, description = "a filter is invalid")
))]
pub async fn search(
    State(state): State<AppState>,
    auth: ApiCoop,
    ApiQuery(mut p): ApiQuery<CatalogParams>,
) -> Result<Json<ListingPage>, ApiError> {
    let priced = !(p.min_price.trim().is_empty() && p.max_price.trim().is_empty());
    if priced && p.currency.trim().is_empty() {
        p.currency = auth.coop.currency.clone();
    }
    let q = CatalogQuery::parse(&p).map_err(AppError::Invalid)?;
    let (rows, more) = state.pages.search(&state.db, &q).await?;
    Ok(Json(ListingPage {
        items: rows.iter().map(|(l, c)| json(l, c)).collect(),
        page: q.page,
        per_page: q.per_page,
        next_page: more.then_some(q.page + 1),
    }))
}

pub(super) async fn visible(
    state: &AppState,
    auth: &ApiCoop,
    id: &str,
) -> Result<(listing::Model, coop::Model), ApiError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("listing"))?;
    let (l, c) = store::listings::get_with_seller(&state.db, id).await?;
    let public = crate::domain::status::listing_is_public(l.status);
    if !public && c.id != auth.coop.id {
        return Err(AppError::not_found("listing").into());
    }
    Ok((l, c))
}

/// One listing: active or paused ones for everyone, any of the token's own co-op.
#[utoipa::path(get, path = "/api/v1/listings/{id}", operation_id = "get_listing", params(("id" = i32, Path)), responses(
    (status = 200, body = ListingJson), (status = 404, body = super::ErrorBody)
))]
pub async fn get(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path(id): Path<String>,
) -> Result<Json<ListingJson>, ApiError> {
    let (l, c) = visible(&state, &auth, &id).await?;
    Ok(Json(json(&l, &c)))
}

/// A listing's fields; decimals are strings ("12.50") so no amount passes through a float.
#[derive(serde::Deserialize, utoipa::ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ListingInput {
    /// Letters, digits and `- _ . /`; unique within the co-op.
    #[schema(pattern = "^[A-Za-z0-9._/-]{1,64}$")]
    pub sku: Option<String>,
    #[schema(min_length = 1, max_length = 200, pattern = "\\S")]
    pub title: Option<String>,
    #[schema(max_length = 5000)]
    pub description: Option<String>,
    pub category: Option<String>,
    pub unit: Option<String>,
    /// Unit price above zero in major units, with at most the co-op currency's decimals
    /// (EUR "12.50", JPY "500", KWD "1.250"; the pattern shows two).
    #[schema(
        pattern = "^(10000000(\\.00?)?|[1-9][0-9]{0,6}(\\.[0-9]{1,2})?|0\\.([1-9][0-9]?|0[1-9]))$"
    )]
    pub price: Option<String>,
    /// Units in stock, at most 3 decimals.
    #[schema(pattern = "^(10000000(\\.0{1,3})?|[0-9]{1,7}(\\.[0-9]{1,3})?)$")]
    pub stock: Option<String>,
    /// Smallest quantity per order, above zero (empty: 1).
    #[schema(
        pattern = "^(|10000000(\\.0{1,3})?|[1-9][0-9]{0,6}(\\.[0-9]{1,3})?|0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9]))$"
    )]
    pub min_order: Option<String>,
    /// ISO 3166-1 alpha-2
    pub origin_country: Option<String>,
    #[schema(max_length = 100)]
    pub origin_region: Option<String>,
    /// organic, fairtrade, or others of at most 40 characters each.
    pub certifications: Option<Vec<String>>,
    /// Whole days from 0 to 365 (`3` or `3.0`).
    #[serde(default, deserialize_with = "super::whole_number::option_i32")]
    #[schema(minimum = 0, maximum = 365)]
    pub lead_time_days: Option<i32>,
    /// draft, active or paused
    pub status: Option<String>,
}

impl ListingInput {
    /// Lays the given fields over `base`.
    fn over(self, mut f: ListingForm) -> ListingForm {
        let set = |slot: &mut String, v: Option<String>| {
            if let Some(v) = v {
                *slot = v;
            }
        };
        set(&mut f.sku, self.sku);
        set(&mut f.title, self.title);
        set(&mut f.description, self.description);
        set(&mut f.category, self.category);
        set(&mut f.unit, self.unit);
        set(&mut f.price, self.price);
        set(&mut f.stock, self.stock);
        set(&mut f.min_order, self.min_order);
        set(&mut f.origin_country, self.origin_country);
        set(&mut f.origin_region, self.origin_region);
        set(
            &mut f.certifications,
            self.certifications.map(|c| c.join(";")),
        );
        set(
            &mut f.lead_time_days,
            self.lead_time_days.map(|d| d.to_string()),
        );
        set(&mut f.status, self.status);
        f
    }
}

/// A SKU another listing of the co-op holds is a conflict with that listing (409), not a bad value.
fn sku_conflict(e: AppError) -> AppError {
    match e {
        AppError::Invalid(f) if f.0.len() == 1 && f.get("sku").is_some() => {
            AppError::Conflict(f.0[0].1.clone())
        }
        e => e,
    }
}

fn coop_currency(c: &coop::Model) -> Result<Currency, ApiError> {
    Currency::parse(&c.currency).map_err(|e| AppError::Internal(e.to_string()).into())
}

/// Creates a listing for the token's co-op (which must be an admitted seller).
#[utoipa::path(post, path = "/api/v1/listings", operation_id = "create_listing", request_body = ListingInput, responses(
    (status = 201, body = ListingJson),
    (status = 403, body = super::ErrorBody, description = "the co-op cannot sell"),
    (status = 409, body = super::ErrorBody, description = "another listing of the co-op has this SKU"),
    (status = 422, body = super::ErrorBody, description = "a field is invalid")
))]
pub async fn create(
    State(state): State<AppState>,
    auth: ApiCoop,
    ApiJson(input): ApiJson<ListingInput>,
) -> Result<(StatusCode, Json<ListingJson>), ApiError> {
    ensure_seller(&auth.coop)?;
    let form = input.over(ListingForm::default());
    let draft =
        ListingDraft::parse(&form, coop_currency(&auth.coop)?).map_err(AppError::Invalid)?;
    let l = store::listings::create(&state.db, auth.coop.id, &draft)
        .await
        .map_err(sku_conflict)?;
    Ok((StatusCode::CREATED, Json(json(&l, &auth.coop))))
}

pub(super) async fn own(
    state: &AppState,
    auth: &ApiCoop,
    id: &str,
) -> Result<listing::Model, ApiError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("listing"))?;
    let l = store::listings::get(&state.db, id).await?;
    if l.coop_id != auth.coop.id {
        return Err(AppError::Forbidden(Msg::code("api-listing-not-yours")).into());
    }
    ensure_seller(&auth.coop)?;
    Ok(l)
}

/// Changes the given fields of one of the token's co-op's listings. `stock` sets the units
/// available now (besides those reserved by open orders); without it the stock is left as
/// orders leave it.
#[utoipa::path(patch, path = "/api/v1/listings/{id}", operation_id = "update_listing", params(("id" = i32, Path)), request_body = ListingInput, responses(
    (status = 200, body = ListingJson),
    (status = 403, body = super::ErrorBody, description = "another co-op's listing"),
    (status = 409, body = super::ErrorBody, description = "archived, or another listing of the co-op has this SKU"),
    (status = 422, body = super::ErrorBody)
))]
pub async fn update(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<ListingInput>,
) -> Result<Json<ListingJson>, ApiError> {
    let l = own(&state, &auth, &id).await?;
    let currency = coop_currency(&auth.coop)?;
    let sets_stock = input.stock.is_some();
    let form = input.over(form_of(&l, currency));
    let draft = ListingDraft::parse(&form, currency).map_err(AppError::Invalid)?;
    let stock = match sets_stock {
        true => StockEdit::Set(draft.stock),
        false => StockEdit::Keep,
    };
    let l = store::listings::update(&state.db, l, &draft, stock)
        .await
        .map_err(sku_conflict)?;
    Ok(Json(json(&l, &auth.coop)))
}

/// Archives one of the token's co-op's listings (final).
#[utoipa::path(post, path = "/api/v1/listings/{id}/archive", operation_id = "archive_listing", params(("id" = i32, Path)), responses(
    (status = 200, body = ListingJson),
    (status = 403, body = super::ErrorBody),
    (status = 409, body = super::ErrorBody, description = "already archived")
))]
pub async fn archive(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path(id): Path<String>,
) -> Result<Json<ListingJson>, ApiError> {
    let l = own(&state, &auth, &id).await?;
    let l = store::listings::set_status(&state.db, l, ListingStatus::Archived).await?;
    Ok(Json(json(&l, &auth.coop)))
}
