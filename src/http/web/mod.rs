//! Pages for people: thin handlers that extract, call one store function and render.
mod account;
mod account_links;
mod account_zone;
mod auth;
mod cart;
mod cart_lines;
mod catalog;
mod checkouts;
mod committee;
mod connect;
mod coops;
mod disputes;
mod invitations;
pub(crate) mod ledger;
mod listings;
mod listings_file;
mod notifications;
mod order_actions;
mod order_view;
mod order_words;
mod orders;
mod payout_details;
mod payout_files;
mod payout_views;
mod payouts;
mod photos;
mod pool;
mod spending;

use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use templates::components::FormData;

use super::AppState;
use crate::error::{AppError, FieldErrors};

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(account::routes())
        .merge(notifications::routes())
        .merge(disputes::routes())
        .route("/", get(coops::home))
        .route("/static/style.css", get(stylesheet))
        .route("/static/card.js", get(|| script(CARD_JS)))
        .route("/static/print.js", get(|| script(PRINT_JS)))
        .route("/static/{file}", get(fingerprinted_stylesheet))
        .route("/photos/{hash}/{file}", get(photos::serve))
        .route(
            "/coops/{id}/listings/{listing_id}/photos",
            post(photos::upload).layer(axum::extract::DefaultBodyLimit::max(
                crate::http::uploads::UPLOAD_LIMIT,
            )),
        )
        .route(
            "/coops/{id}/listings/{listing_id}/photos/{photo_id}/move",
            post(photos::move_photo),
        )
        .route(
            "/coops/{id}/listings/{listing_id}/photos/{photo_id}/delete",
            post(photos::delete),
        )
        .route("/register", get(auth::register_page).post(auth::register))
        .route("/login", get(auth::login_page).post(auth::login))
        .route("/logout", post(auth::logout))
        .route("/locale", post(crate::http::locale::switch))
        .route("/coops", get(coops::list))
        .route("/coops/apply", get(coops::apply_page).post(coops::apply))
        .route("/coops/{id}", get(coops::profile))
        .route("/coops/{id}/manage", get(coops::manage))
        .route(
            "/coops/{id}/logo",
            post(photos::upload_logo).layer(axum::extract::DefaultBodyLimit::max(
                crate::photos::MAX_BYTES + 64 * 1024,
            )),
        )
        .route("/coops/{id}/logo/delete", post(photos::delete_logo))
        .route("/coops/{id}/members", post(coops::invite))
        .route("/coops/{id}/members/{user_id}/role", post(coops::set_role))
        .route(
            "/coops/{id}/invitations/{invitation_id}/withdraw",
            post(invitations::withdraw),
        )
        .route("/invitations", get(invitations::list))
        .route("/invitations/{token}", get(invitations::show))
        .route("/invitations/{id}/accept", post(invitations::accept))
        .route("/invitations/{id}/decline", post(invitations::decline))
        .route("/coops/{id}/tokens", post(coops::create_token))
        .route("/coops/{id}/payout-details", post(payout_details::save))
        .route("/coops/{id}/stripe/connect", post(connect::connect))
        .route("/coops/{id}/stripe/refresh", get(connect::refresh))
        .route("/coops/{id}/stripe/return", get(connect::back))
        .route(
            "/coops/{id}/tokens/{token_id}/revoke",
            post(coops::revoke_token),
        )
        .route("/catalog", get(catalog::catalog))
        .route("/listings/{id}", get(catalog::listing))
        .route(
            "/coops/{id}/listings",
            get(listings::index).post(listings::create),
        )
        .route("/coops/{id}/listings/new", get(listings::new_page))
        .route("/coops/{id}/listings/export.csv", get(listings::export))
        .route(
            "/coops/{id}/listings/import",
            get(listings::import_page)
                .post(listings::import)
                .layer(axum::extract::DefaultBodyLimit::max(listings::IMPORT_LIMIT)),
        )
        .route(
            "/coops/{id}/listings/{listing_id}/edit",
            get(listings::edit_page).post(listings::update),
        )
        .route(
            "/coops/{id}/listings/{listing_id}/status",
            post(listings::set_status),
        )
        .route(
            "/coops/{id}/listings/{listing_id}/delete",
            post(listings::delete),
        )
        .route("/cart", get(cart::show))
        .route("/cart/add", post(cart_lines::add))
        .route("/cart/lines/{line_id}", post(cart_lines::set_quantity))
        .route("/cart/checkout", post(cart::checkout))
        .route("/cart/confirm", post(cart::accept_terms))
        .route("/orders", get(orders::list))
        .route("/orders/{id}", get(orders::show))
        .route("/orders/{id}/invoice", get(orders::invoice))
        .route("/coops/{id}/checkouts/{checkout_id}", get(checkouts::show))
        .route(
            "/coops/{id}/checkouts/{checkout_id}/pay",
            post(checkouts::pay),
        )
        .route("/orders/{id}/actions/{action}", post(order_actions::act))
        .route("/orders/{id}/refunds", post(order_actions::refund))
        .route("/committee", get(committee::page))
        .route("/committee/coops/{id}/decide", post(committee::decide))
        .route("/committee/members", post(committee::add_member))
        .route("/committee/fee-rate", post(committee::set_fee_rate))
        .route("/committee/ledger", get(ledger::committee))
        .route("/coops/{id}/statement", get(ledger::statement))
        .route("/pool", get(pool::page))
        .route(
            "/committee/payouts",
            get(payouts::index).post(payouts::draft),
        )
        .route("/committee/payouts/{id}", get(payouts::show))
        .route("/committee/payouts/{id}/decide", post(payouts::decide))
        .route("/committee/payouts/{id}/redraft", post(payouts::redraft))
        .route(
            "/committee/payouts/{id}/paid",
            post(payout_files::mark_all_paid),
        )
        .route(
            "/committee/payouts/{id}/lines/{line_id}/paid",
            post(payouts::mark_line_paid),
        )
        .route(
            "/committee/payouts/{id}/lines/{line_id}/failed",
            post(payouts::mark_line_failed),
        )
        .route("/committee/payouts/{id}/execute", post(payouts::execute))
        .route(
            "/committee/payouts/{id}/lines/{line_id}/retry",
            post(payouts::retry_line),
        )
        .route(
            "/committee/payouts/{id}/export.csv",
            get(payout_files::export_csv),
        )
        .route(
            "/committee/payouts/{id}/export.xml",
            get(payout_files::export_sepa),
        )
        .route("/committee/spending/{id}", get(spending::show))
        .route("/committee/spending/{id}/decide", post(spending::decide))
        .route("/committee/spending/{id}/paid", post(spending::mark_paid))
        .route("/committee/spending/{id}/execute", post(spending::execute))
        .route(
            "/coops/{id}/spending",
            get(spending::new_page).post(spending::propose),
        )
}

const STYLE: &str = templates::layout::STYLESHEET;

const CARD_JS: &str = include_str!("../../../static/card.js");
const PRINT_JS: &str = include_str!("../../../static/print.js");

/// A script of ours: served from our origin, as the CSP's `script-src 'self'` requires.
async fn script(body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

/// The stylesheet at its plain URL, for anything that links it so: kept for an hour.
async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLE,
    )
        .into_response()
}

/// The stylesheet at the URL the pages link (`/static/style.<hash>.css`): kept for a year.
async fn fingerprinted_stylesheet(
    axum::extract::Path(file): axum::extract::Path<String>,
    headers: axum::http::HeaderMap,
) -> Response {
    let href = templates::layout::STYLESHEET_HREF.as_str();
    if href.strip_prefix("/static/") != Some(file.as_str()) {
        return (axum::http::StatusCode::NOT_FOUND, "no such file").into_response();
    }
    let etag = format!("\"{}\"", file.trim_end_matches(".css"));
    photos::immutable(&headers, &etag, "text/css; charset=utf-8", STYLE)
}

/// The friendly 404 for any unknown path (drawn for the viewer by `http::error::error_pages`).
pub async fn not_found() -> AppError {
    AppError::NotFound(crate::error::Msg::code("error-no-page"))
}

/// A form re-rendered with what was typed (passwords dropped) and the errors beside the fields.
pub fn form_data<'a>(
    values: impl IntoIterator<Item = (&'a str, &'a str)>,
    errors: &FieldErrors,
) -> FormData {
    FormData {
        values: values
            .into_iter()
            .filter(|(k, _)| !k.contains("password"))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
        errors: errors
            .0
            .iter()
            .map(|(k, m)| (k.to_string(), m.to_string()))
            .collect(),
    }
}

/// Splits a result into "show the form again with these errors" and every other outcome.
pub fn invalid<T>(r: Result<T, AppError>) -> Result<Result<T, FieldErrors>, AppError> {
    match r {
        Ok(v) => Ok(Ok(v)),
        Err(AppError::Invalid(errs)) => Ok(Err(errs)),
        Err(e) => Err(e),
    }
}

/// HTML with status 422, for a form shown again with its errors.
pub fn unprocessable(markup: maud::Markup) -> Response {
    (axum::http::StatusCode::UNPROCESSABLE_ENTITY, markup).into_response()
}
