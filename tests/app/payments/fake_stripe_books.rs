//! The fake's refunds, transfer reversals and books: refunds of a PaymentIntent's charge and
//! reversals of a transfer (each booked as a balance transaction), reads of a charge, a refund or
//! a balance transaction, and the list of balance transactions since a date, page by page.
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use serde_json::{json, Value};

use super::{
    authorized, error, fixture, handle, metadata, now, recorded, Recorded, Shared, Stripe,
};

/// A GET: recorded (its query as the form), authorized, answered from the state.
fn read(
    state: &Shared,
    path: &str,
    headers: &HeaderMap,
    query: Option<String>,
    make: impl FnOnce(&Stripe, &Recorded) -> (u16, Value),
) -> (StatusCode, axum::Json<Value>) {
    let rec = recorded("GET", path, headers, query.as_deref().unwrap_or(""));
    let mut s = state.lock().unwrap();
    s.requests.push(rec.clone());
    let (status, value) = if authorized(headers) {
        make(&s, &rec)
    } else {
        error(401, "Invalid API Key provided")
    };
    (StatusCode::from_u16(status).unwrap(), axum::Json(value))
}

fn found(v: Option<&Value>, what: &str) -> (u16, Value) {
    match v {
        Some(v) => (200, v.clone()),
        None => error(404, &format!("No such {what}")),
    }
}

pub(super) async fn create_refund(
    State(state): State<Shared>,
    headers: HeaderMap,
    body: String,
) -> (StatusCode, axum::Json<Value>) {
    handle(&state, "/v1/refunds", &headers, &body, |s, r| {
        let Some(intent) = r.param("payment_intent").map(str::to_owned) else {
            return error(400, "Missing required param: payment_intent.");
        };
        let Some(pi) = s.intents.get(&intent).cloned() else {
            return error(404, "No such payment_intent");
        };
        let charge = pi["latest_charge"].as_str().unwrap_or_default().to_owned();
        let Some(ch) = s.charges.get(&charge).cloned() else {
            return error(
                400,
                "This PaymentIntent has no successful charge to refund.",
            );
        };
        let captured = ch["amount"].as_i64().unwrap_or(0);
        let already = ch["amount_refunded"].as_i64().unwrap_or(0);
        let amount = match r.param("amount") {
            Some(a) => a.parse::<i64>().unwrap_or(0),
            None => captured - already,
        };
        if amount <= 0 || already + amount > captured {
            return error(
                400,
                "Refund amount is greater than the unrefunded amount on the charge.",
            );
        }
        let currency = ch["currency"].as_str().unwrap_or("eur").to_owned();
        let id = s.id("re");
        let txn = s.book("refund", &id, -amount, 0, &currency);
        if let Some(ch) = s.charges.get_mut(&charge) {
            ch["amount_refunded"] = json!(already + amount);
            ch["refunded"] = json!(already + amount == captured);
        }
        let mut re = fixture("refund");
        re["id"] = json!(id);
        re["amount"] = json!(amount);
        re["currency"] = json!(currency);
        re["charge"] = json!(charge);
        re["payment_intent"] = json!(intent);
        re["balance_transaction"] = json!(txn);
        re["created"] = json!(now());
        re["status"] = json!("succeeded");
        re["metadata"] = metadata(r);
        s.refunds.push(re.clone());
        (200, re)
    })
}

pub(super) async fn create_reversal(
    State(state): State<Shared>,
    Path(transfer): Path<String>,
    headers: HeaderMap,
    body: String,
) -> (StatusCode, axum::Json<Value>) {
    let path = format!("/v1/transfers/{transfer}/reversals");
    handle(&state, &path, &headers, &body, |s, r| {
        let Some(i) = s.transfers.iter().position(|t| t["id"] == json!(transfer)) else {
            return error(404, "No such transfer");
        };
        let sent = s.transfers[i]["amount"].as_i64().unwrap_or(0);
        let reversed = s.transfers[i]["amount_reversed"].as_i64().unwrap_or(0);
        let amount = match r.param("amount") {
            Some(a) => a.parse::<i64>().unwrap_or(0),
            None => sent - reversed,
        };
        if amount <= 0 || reversed + amount > sent {
            return error(
                400,
                "Transfer reversal amount is greater than the transfer's unreversed amount.",
            );
        }
        let currency = s.transfers[i]["currency"]
            .as_str()
            .unwrap_or("eur")
            .to_owned();
        let id = s.id("trr");
        let txn = s.book("transfer_refund", &id, amount, 0, &currency);
        s.transfers[i]["amount_reversed"] = json!(reversed + amount);
        s.transfers[i]["reversed"] = json!(reversed + amount == sent);
        let mut trr = fixture("transfer_reversal");
        trr["id"] = json!(id);
        trr["amount"] = json!(amount);
        trr["currency"] = json!(currency);
        trr["transfer"] = json!(transfer);
        trr["balance_transaction"] = json!(txn);
        trr["created"] = json!(now());
        trr["metadata"] = metadata(r);
        s.reversals.push(trr.clone());
        (200, trr)
    })
}

pub(super) async fn get_charge(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
) -> (StatusCode, axum::Json<Value>) {
    let path = format!("/v1/charges/{id}");
    read(&state, &path, &headers, q, |s, _| {
        found(s.charges.get(&id), "charge")
    })
}

pub(super) async fn get_refund(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
) -> (StatusCode, axum::Json<Value>) {
    let path = format!("/v1/refunds/{id}");
    read(&state, &path, &headers, q, |s, _| {
        found(s.refunds.iter().find(|r| r["id"] == json!(id)), "refund")
    })
}

pub(super) async fn get_balance(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
) -> (StatusCode, axum::Json<Value>) {
    let path = format!("/v1/balance_transactions/{id}");
    read(&state, &path, &headers, q, |s, _| {
        found(
            s.balance.iter().find(|t| t["id"] == json!(id)),
            "balance transaction",
        )
    })
}

/// Newest first, `created[gte]`, `limit` (default 10) and `starting_after` as Stripe lists.
pub(super) async fn list_balance(
    State(state): State<Shared>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
) -> (StatusCode, axum::Json<Value>) {
    read(&state, "/v1/balance_transactions", &headers, q, |s, r| {
        let gte = r.param("created[gte]").and_then(|v| v.parse::<i64>().ok());
        let asked = r
            .param("limit")
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(10);
        let limit = asked.min(if s.page_size == 0 { 100 } else { s.page_size });
        let mut all: Vec<&Value> = s
            .balance
            .iter()
            .rev()
            .filter(|t| gte.is_none_or(|g| t["created"].as_i64().unwrap_or(0) >= g))
            .collect();
        if let Some(after) = r.param("starting_after") {
            match all.iter().position(|t| t["id"] == json!(after)) {
                Some(i) => all.drain(..=i).for_each(drop),
                None => return error(400, "No such object: starting_after"),
            }
        }
        let has_more = all.len() > limit;
        all.truncate(limit);
        (
            200,
            json!({"object": "list", "data": all, "has_more": has_more, "url": "/v1/balance_transactions"}),
        )
    })
}
