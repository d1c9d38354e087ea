//! `/orders`: place (with `Idempotency-Key`), list, read, and act on orders as a co-op.
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use entity::{order, order_line};

use crate::domain::catalog::Quantity;
use crate::domain::money::{Currency, Money, MoneyError};
use crate::domain::order_state::{Action, OrderState};
use crate::domain::page::PageRequest;
use crate::error::{AppError, FieldErrors, Msg};
use crate::http::error::{page_refused, unknown_state, ApiError};
use crate::http::extract::{malformed_json, ApiCoop, ApiJson, ApiQuery};
use crate::http::views::{amount, viewer_actions};
use crate::http::AppState;
use crate::store;
use crate::store::orders::door::{self, roles_of, By, Who};
use crate::store::orders::OrderRequest;

/// An order line as placed (its price never changes afterwards).
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct OrderLineJson {
    pub listing_id: i32,
    pub title: String,
    pub unit: String,
    pub unit_price: String,
    pub quantity: String,
    pub line_total: String,
}

/// Where the fee goes.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct FeeSplitJson {
    pub pool: String,
    pub seller_share: String,
    pub buyer_share: String,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct OrderJson {
    pub id: i32,
    pub checkout_id: i32,
    pub buyer_coop_id: i32,
    pub seller_coop_id: i32,
    pub state: String,
    pub currency: String,
    pub subtotal: String,
    /// Fee rate in percent, fixed at placement.
    pub fee_rate: String,
    pub fee: String,
    pub fee_split: FeeSplitJson,
    pub seller_proceeds: String,
    pub lines: Vec<OrderLineJson>,
    pub delivery_address: String,
    pub note: String,
    /// What the token's co-op may do now.
    pub allowed_actions: Vec<String>,
}

async fn json(state: &AppState, o: &order::Model, coop_id: i32) -> Result<OrderJson, ApiError> {
    let lines = store::orders::lines(&state.db, o.id).await?;
    Ok(json_with(o, &lines, coop_id))
}

/// An order as JSON for `coop_id`, with the lines the caller already has.
fn json_with(o: &order::Model, lines: &[order_line::Model], coop_id: i32) -> OrderJson {
    let cur = o.currency.as_str();
    OrderJson {
        id: o.id,
        checkout_id: o.checkout_id,
        buyer_coop_id: o.buyer_coop_id,
        seller_coop_id: o.seller_coop_id,
        state: o.state.as_str().to_owned(),
        currency: o.currency.clone(),
        subtotal: amount(o.subtotal_minor, cur),
        fee_rate: rust_decimal::Decimal::new(o.fee_rate_bp.into(), 2)
            .normalize()
            .to_string(),
        fee: amount(o.fee_minor, cur),
        fee_split: FeeSplitJson {
            pool: amount(o.pool_minor, cur),
            seller_share: amount(o.seller_share_minor, cur),
            buyer_share: amount(o.buyer_share_minor, cur),
        },
        seller_proceeds: amount(o.subtotal_minor - o.fee_minor, cur),
        lines: lines
            .iter()
            .map(|l| OrderLineJson {
                listing_id: l.listing_id,
                title: l.title.clone(),
                unit: l.unit.clone(),
                unit_price: amount(l.unit_price_minor, cur),
                quantity: Quantity(l.quantity_milli).to_string(),
                line_total: amount(l.line_total_minor, cur),
            })
            .collect(),
        delivery_address: o.delivery_address.clone(),
        note: o.note.clone(),
        allowed_actions: viewer_actions(o.state, &roles_of(o, &[coop_id], false))
            .into_iter()
            .map(|a| a.as_str().to_owned())
            .collect(),
    }
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrderLineInput {
    /// A whole number (`7` or `7.0`).
    #[serde(deserialize_with = "super::whole_number::i32")]
    pub listing_id: i32,
    /// Above zero, at most 3 decimals, e.g. "2.5"; at least the listing's `min_order`.
    #[schema(
        pattern = "^(10000000(\\.0{1,3})?|[1-9][0-9]{0,6}(\\.[0-9]{1,3})?|0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9]))$"
    )]
    pub quantity: String,
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlaceOrder {
    #[schema(min_items = 1)]
    pub lines: Vec<OrderLineInput>,
    #[schema(min_length = 1, max_length = 1000, pattern = "\\S")]
    pub delivery_address: String,
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: String,
    /// What the buyer expects to pay: for each currency of the placement, the sum of its
    /// orders' subtotals as a decimal string, e.g. `{"EUR": "30.00"}`. When given, a placement
    /// whose totals differ (a price changed since the buyer looked) is refused with a 409 that
    /// states the totals; every currency placed must be named, and no other.
    #[serde(default)]
    #[schema(example = json!({"EUR": "30.00"}))]
    pub expected_total: Option<std::collections::BTreeMap<String, String>>,
}

/// Parses `expected_total`'s amounts, each in its currency.
fn expected_totals(
    given: std::collections::BTreeMap<String, String>,
) -> Result<Vec<Money>, AppError> {
    given
        .iter()
        .map(|(code, amount)| {
            // A total the placement cannot have (an unknown currency, too many decimals) is a
            // mismatch like any other: 409, as the document says.
            let said = |reason: &'static str| {
                Msg::code("api-expected-total")
                    .arg("reason", reason)
                    .arg("currency", code.as_str())
                    .arg("amount", amount.as_str())
            };
            let currency =
                Currency::parse(code).map_err(|_| AppError::Conflict(said("currency")))?;
            Money::parse(amount, currency).map_err(|e| {
                AppError::Conflict(match e {
                    MoneyError::TooManyDecimals(c) => {
                        said("decimals").num("count", i64::from(c.exponent()))
                    }
                    _ => said("number"),
                })
            })
        })
        .collect()
}

/// The orders of one checkout.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct CheckoutJson {
    pub checkout_id: i32,
    pub orders: Vec<OrderJson>,
}

/// Places orders (one per seller) for the token's co-op. Send an `Idempotency-Key` header to retry safely.
#[utoipa::path(post, path = "/api/v1/orders", operation_id = "place_order", request_body = PlaceOrder,
    params(("Idempotency-Key" = Option<String>, Header, max_length = 255, pattern = "^[!-~]([ -~]*[!-~])?$", description = "1 to 255 visible ASCII characters; a retry with the same key returns the first result")),
    responses(
        (status = 201, body = CheckoutJson),
        (status = 404, body = super::ErrorBody, description = "a listing does not exist"),
        (status = 409, body = super::ErrorBody, description = "insufficient stock, a listing not for sale, or totals other than `expected_total`"),
        (status = 422, body = super::ErrorBody, description = "invalid lines, or a reused key with another body")
    ))]
pub async fn place(
    State(state): State<AppState>,
    auth: ApiCoop,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PlaceOrder>,
) -> Result<(StatusCode, HeaderMap, Json<CheckoutJson>), ApiError> {
    let key = match headers.get("idempotency-key").map(|v| v.to_str()) {
        None => None,
        Some(Ok(k)) if !k.trim().is_empty() && k.len() <= 255 => Some(k.trim().to_owned()),
        Some(_) => {
            return Err(
                FieldErrors::single("Idempotency-Key", Msg::code("api-idempotency-key")).into(),
            )
        }
    };
    let mut lines = Vec::new();
    for l in &body.lines {
        let q =
            Quantity::parse(&l.quantity).map_err(|m| FieldErrors::single("quantity", m.msg()))?;
        lines.push((l.listing_id, q));
    }
    let req = OrderRequest {
        lines,
        delivery_address: body.delivery_address,
        note: body.note,
    };
    let expected = body.expected_total.map(expected_totals).transpose()?;
    let rules = door::InForce {
        config: &state.config,
        rates: &*state.hot,
    };
    let p = door::place(
        &state.writes,
        rules,
        &auth.coop,
        auth.token.created_by,
        store::orders::Ordered::Request(req),
        key.as_deref(),
        expected,
    )
    .await?;
    let orders = p
        .orders
        .iter()
        .zip(&p.lines)
        .map(|(o, lines)| json_with(o, lines, auth.coop.id))
        .collect();
    let mut h = HeaderMap::new();
    if p.replayed {
        h.insert(
            "idempotent-replayed",
            axum::http::HeaderValue::from_static("true"),
        );
    }
    Ok((
        StatusCode::CREATED,
        h,
        Json(CheckoutJson {
            checkout_id: p.checkout_id,
            orders,
        }),
    ))
}

#[derive(serde::Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct OrderFilter {
    /// selling, or anything else (buying, the default)
    pub side: String,
    /// Only orders in this state (empty: every state).
    pub state: String,
    /// Orders per page, 1 to 100 (default 25).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    pub per_page: String,
    /// Where the page starts: the `cursor` of the previous page's `Link: <...>; rel="next"`.
    #[param(pattern = "^(|c[0-9]{1,18})$")]
    pub cursor: String,
}

/// The token's co-op's orders, newest first, a page at a time (keyset: orders placed meanwhile
/// never shift a page). The next page's address is in the `Link` header (`rel="next"`).
#[utoipa::path(get, path = "/api/v1/orders", operation_id = "list_orders", params(OrderFilter), responses(
    (status = 200, body = Vec<OrderJson>, headers(("Link" = String, description = "`<...>; rel=\"next\"` while more orders follow"))),
    (status = 422, body = super::ErrorBody, description = "a bad state, per_page or cursor")
))]
pub async fn list(
    State(state): State<AppState>,
    auth: ApiCoop,
    ApiQuery(f): ApiQuery<OrderFilter>,
) -> Result<(HeaderMap, Json<Vec<OrderJson>>), ApiError> {
    let filter = match f.state.as_str() {
        "" => None,
        s => {
            Some(OrderState::parse(s).map_err(|_| FieldErrors::single("state", unknown_state(s)))?)
        }
    };
    let page = PageRequest::parse(&f.per_page, &f.cursor)
        .map_err(|e| FieldErrors::single(e.field(), page_refused(&e)))?;
    let selling = f.side == "selling";
    let side = store::orders::Side {
        coops: &[auth.coop.id],
        selling,
        state: filter,
    };
    let (orders, next) = store::orders::page_with_lines(&state.db, side, &page).await?;
    let out = orders
        .iter()
        .map(|(o, lines)| json_with(o, lines, auth.coop.id))
        .collect();
    let mut headers = HeaderMap::new();
    if let Some(next) = next {
        let side = if selling { "selling" } else { "buying" };
        let link = format!(
            "</api/v1/orders?side={side}&state={}&per_page={}&cursor={next}>; rel=\"next\"",
            filter.map_or("", |s| s.as_str()),
            page.per_page
        );
        if let Ok(v) = axum::http::HeaderValue::from_str(&link) {
            headers.insert(axum::http::header::LINK, v);
        }
    }
    Ok((headers, Json(out)))
}

async fn party(
    db: &impl sea_orm::ConnectionTrait,
    auth: &ApiCoop,
    id: &str,
) -> Result<order::Model, ApiError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("order"))?;
    let o = store::orders::get(db, id).await?;
    ensure_party(&o, auth.coop.id)?;
    Ok(o)
}

/// The token's co-op acting on `o`, as the user who created the token.
fn who(o: &order::Model, coop_id: i32, user_id: i32) -> Who {
    Who {
        user_id: Some(user_id),
        roles: roles_of(o, &[coop_id], false),
    }
}

/// Only the buyer and the seller see or act on an order through the API.
fn ensure_party(o: &order::Model, coop_id: i32) -> Result<(), AppError> {
    if o.buyer_coop_id != coop_id && o.seller_coop_id != coop_id {
        return Err(AppError::Forbidden(Msg::code("error-forbidden-order")));
    }
    Ok(())
}

#[utoipa::path(get, path = "/api/v1/orders/{id}", operation_id = "get_order", params(("id" = i32, Path)), responses(
    (status = 200, body = OrderJson), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)
))]
pub async fn get(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path(id): Path<String>,
) -> Result<Json<OrderJson>, ApiError> {
    let o = party(&state.db, &auth, &id).await?;
    Ok(Json(json(&state, &o, auth.coop.id).await?))
}

#[derive(serde::Deserialize, Default, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ActionInput {
    /// Why (a rejection's or a dispute's reason); optional, the body may be empty.
    pub note: String,
}

/// Takes an action (accept, reject, cancel, confirm_payment, ship, confirm_delivery, dispute, refund) as the token's co-op.
#[utoipa::path(post, path = "/api/v1/orders/{id}/actions/{action}", operation_id = "act_on_order", params(("id" = i32, Path), ("action" = String, Path)),
    request_body = ActionInput, responses(
        (status = 200, body = OrderJson),
        (status = 403, body = super::ErrorBody, description = "not this side's action"),
        (status = 409, body = super::ErrorBody, description = "not possible in the order's state, or not with this payment gateway"),
        (status = 422, body = super::ErrorBody, description = "the body is not valid JSON, or a field is invalid")
    ))]
pub async fn act(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path((id, action)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Json<OrderJson>, ApiError> {
    let action = Action::parse(&action).map_err(|_| AppError::not_found("action"))?;
    state.gateway.check_action(action)?;
    let id: i32 = id.parse().map_err(|_| AppError::not_found("order"))?;
    let note = if body.iter().all(u8::is_ascii_whitespace) {
        String::new()
    } else {
        serde_json::from_slice::<ActionInput>(&body)
            .map_err(|e| FieldErrors::single("body", malformed_json(&e)))?
            .note
    };
    let by = By::Coop {
        coop_id: auth.coop.id,
        user_id: auth.token.created_by,
    };
    let (o, lines) = door::act(&state.writes, &state.config, id, action, by, note).await?;
    Ok(Json(json_with(&o, &lines, auth.coop.id)))
}

/// A refund of part (or the rest) of an order.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundInput {
    /// Above zero in the order's major units with at most its currency's decimals ("12.50",
    /// JPY "500"; the pattern shows two), and at most what is left to refund.
    #[schema(
        pattern = "^(10000000(\\.00?)?|[1-9][0-9]{0,6}(\\.[0-9]{1,2})?|0\\.([1-9][0-9]?|0[1-9]))$"
    )]
    pub amount: String,
    #[serde(default)]
    pub reason: String,
}

/// The order after a refund, with what was refunded so far and what may still be.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct RefundJson {
    pub order: OrderJson,
    pub refunded: String,
    pub refundable: String,
}

/// Refunds part of a paid order as its seller (all that is left refunds the order).
#[utoipa::path(post, path = "/api/v1/orders/{id}/refunds", operation_id = "refund_order", params(("id" = i32, Path)),
    request_body = RefundInput, responses(
        (status = 201, body = RefundJson),
        (status = 403, body = super::ErrorBody, description = "not the seller, or the order is past what the seller may refund"),
        (status = 409, body = super::ErrorBody, description = "not possible in the order's state"),
        (status = 422, body = super::ErrorBody, description = "not a positive amount in the currency, or more than is left")
    ))]
pub async fn refund(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<RefundInput>,
) -> Result<(StatusCode, Json<RefundJson>), ApiError> {
    let o = party(&state.db, &auth, &id).await?;
    let who = who(&o, auth.coop.id, auth.token.created_by);
    let o = door::refund_part(&state.writes, o.id, body.amount, who, body.reason).await?;
    let left = store::refunds::refundable_minor(&state.db, &o).await?;
    let cur = o.currency.as_str();
    Ok((
        StatusCode::CREATED,
        Json(RefundJson {
            refunded: amount(o.subtotal_minor - left, cur),
            refundable: amount(left, cur),
            order: json(&state, &o, auth.coop.id).await?,
        }),
    ))
}
