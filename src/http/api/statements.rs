//! `GET /api/v1/statement`: one of the token's co-op's accounts in one currency, newest first,
//! a page at a time by keyset, each line with the balance after it.
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::money::Currency;
use crate::domain::page::PageRequest;
use crate::error::{FieldErrors, Msg};
use crate::http::error::{page_refused, ApiError};
use crate::http::extract::{ApiCoop, ApiQuery};
use crate::http::web::ledger::{meaning, own_accounts};
use crate::http::AppState;
use crate::store;
use crate::store::ledger::statement::StatementOf;

#[derive(serde::Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct StatementFilter {
    /// proceeds (the default), fair_share, receivable or payments
    #[param(pattern = "^(|proceeds|fair_share|receivable|payments)$")]
    pub account: String,
    /// ISO 4217 code (default: the co-op's currency)
    #[param(pattern = "^(|[A-Z]{3})$")]
    pub currency: String,
    /// Lines per page, 1 to 100 (default 25).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    pub per_page: String,
    /// Where the page starts: the `cursor` of the previous page's `Link: <...>; rel="next"`.
    #[param(pattern = "^(|c[0-9]{1,18})$")]
    pub cursor: String,
}

/// One posting to the account and the balance after it (postings in id order).
#[derive(Serialize, ToSchema)]
pub struct StatementLineJson {
    pub posting_id: i64,
    pub entry_id: i64,
    /// The entry's idempotency key, e.g. `settle:12`.
    pub key: String,
    pub kind: String,
    pub memo: String,
    pub order_id: Option<i32>,
    /// RFC 3339
    pub created_at: String,
    pub amount: String,
    pub balance: String,
}

/// A page of a statement: the account, its balance now, and the lines, newest first.
#[derive(Serialize, ToSchema)]
pub struct StatementJson {
    pub account: String,
    /// What the account means ("sale proceeds", "fair share owed" ...).
    pub meaning: String,
    pub currency: String,
    pub balance: String,
    pub lines: Vec<StatementLineJson>,
}

/// The token's co-op's statement of one account, newest first, a page at a time (keyset:
/// entries posted meanwhile never shift a page). The next page is in the `Link` header.
#[utoipa::path(get, path = "/api/v1/statement", operation_id = "get_statement", tag = "ledger", params(StatementFilter), responses(
    (status = 200, body = StatementJson, headers(("Link" = String, description = "`<...>; rel=\"next\"` while older lines follow"))),
    (status = 422, body = super::ErrorBody, description = "a bad account, currency, per_page or cursor")
))]
pub async fn get(
    State(state): State<AppState>,
    auth: ApiCoop,
    ApiQuery(f): ApiQuery<StatementFilter>,
) -> Result<(HeaderMap, Json<StatementJson>), ApiError> {
    let accounts = own_accounts(auth.coop.id);
    let value = if f.account.is_empty() {
        "proceeds"
    } else {
        &f.account
    };
    let (value, account) = accounts
        .into_iter()
        .find(|(k, _)| *k == value)
        .ok_or_else(|| FieldErrors::single("account", Msg::code("api-statement-account")))?;
    let code = if f.currency.is_empty() {
        &auth.coop.currency
    } else {
        &f.currency
    };
    let currency = Currency::parse(code).map_err(|e| FieldErrors::single("currency", e.msg()))?;
    let page = PageRequest::parse(&f.per_page, &f.cursor)
        .map_err(|e| FieldErrors::single(e.field(), page_refused(&e)))?;
    let of = StatementOf {
        account,
        currency,
        from: None,
        to: None,
    };
    let st = store::ledger::statement::page(&state.db, &of, &page).await?;
    let mut headers = HeaderMap::new();
    if let Some(next) = st.next {
        let link = format!(
            "</api/v1/statement?account={value}&currency={}&per_page={}&cursor={next}>; rel=\"next\"",
            currency.code(),
            page.per_page
        );
        if let Ok(v) = axum::http::HeaderValue::from_str(&link) {
            headers.insert(axum::http::header::LINK, v);
        }
    }
    let lines = st
        .lines
        .into_iter()
        .map(|l| StatementLineJson {
            posting_id: l.posting_id,
            entry_id: l.entry_id,
            key: l.key,
            kind: l.kind,
            memo: l.memo,
            order_id: l.order_id,
            created_at: l.created_at.to_rfc3339(),
            amount: l.amount.format_amount(),
            balance: l.balance.format_amount(),
        })
        .collect();
    Ok((
        headers,
        Json(StatementJson {
            account: value.to_owned(),
            meaning: meaning(&of.account).to_owned(),
            currency: currency.code().to_owned(),
            balance: st.balance.format_amount(),
            lines,
        }),
    ))
}
