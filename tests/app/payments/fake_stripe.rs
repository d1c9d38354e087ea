//! A loopback fake of the Stripe API for exactly the calls cooptrade makes (create PaymentIntent,
//! Transfer, Refund and transfer reversal; read a charge, a refund and balance transactions, and
//! list them since a date page by page; Connect: create and retrieve Account, create AccountLink),
//! answering with Stripe's own example objects (`stripe_fixtures.json`) filled
//! in from the request, keeping state, and replaying the first response for a repeated
//! `Idempotency-Key`. Every request is recorded (method, path, form, headers) for assertions.
#![allow(dead_code)]
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use super::events::fixture;

#[path = "fake_stripe_books.rs"]
mod books;
use books::{create_refund, create_reversal, get_balance, get_charge, get_refund, list_balance};

/// One request as the client sent it.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub form: Vec<(String, String)>,
    pub idempotency_key: Option<String>,
    pub stripe_account: Option<String>,
    pub stripe_version: Option<String>,
}

impl Recorded {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
struct Stripe {
    next_id: u64,
    replies: HashMap<(String, String), (u16, Value)>,
    intents: HashMap<String, Value>,
    charges: HashMap<String, Value>,
    transfers: Vec<Value>,
    refunds: Vec<Value>,
    reversals: Vec<Value>,
    /// Oldest first; listed newest first as Stripe does.
    balance: Vec<Value>,
    /// The most a list returns per page, whatever `limit` asks (0: Stripe's 100).
    page_size: usize,
    requests: Vec<Recorded>,
    connect: Connect,
}

/// The fee the fake charges on a card payment: 1.4 % (rounded half up) + 25 minor units.
pub fn card_fee(amount: i64) -> i64 {
    (amount * 14 + 500) / 1000 + 25
}

impl Stripe {
    fn id(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}_fake_{}", self.next_id)
    }

    /// Books a balance transaction for `source`; returns its id.
    fn book(&mut self, kind: &str, source: &str, amount: i64, fee: i64, currency: &str) -> String {
        let id = self.id("txn");
        let mut t = fixture("balance_transaction");
        t["id"] = json!(id);
        t["amount"] = json!(amount);
        t["fee"] = json!(fee);
        t["net"] = json!(amount - fee);
        t["currency"] = json!(currency);
        t["type"] = json!(kind);
        t["reporting_category"] = json!(kind);
        t["source"] = json!(source);
        t["created"] = json!(now());
        t["available_on"] = json!(now());
        t["description"] = Value::Null;
        t["fee_details"] = if fee == 0 {
            json!([])
        } else {
            json!([{"amount": fee, "application": null, "currency": currency,
                    "description": "Stripe processing fees", "type": "stripe_fee"}])
        };
        self.balance.push(t);
        id
    }
}

/// The running fake; `base` is its URL (`STRIPE_API_BASE`).
#[derive(Clone)]
pub struct FakeStripe {
    pub base: String,
    state: Arc<Mutex<Stripe>>,
}

pub const SECRET_KEY: &str = "sk_test_cooptrade_fake";

impl FakeStripe {
    pub async fn start() -> FakeStripe {
        let state = Arc::new(Mutex::new(Stripe::default()));
        let app = Router::new()
            .route("/v1/payment_intents", post(create_intent))
            .route("/v1/transfers", post(create_transfer))
            .route("/v1/transfers/{id}/reversals", post(create_reversal))
            .route("/v1/refunds", post(create_refund))
            .route("/v1/refunds/{id}", get(get_refund))
            .route("/v1/charges/{id}", get(get_charge))
            .route("/v1/balance_transactions", get(list_balance))
            .route("/v1/balance_transactions/{id}", get(get_balance))
            // Connect
            .route("/v1/accounts", post(create_account))
            .route("/v1/accounts/{id}", get(retrieve_account))
            .route("/v1/account_links", post(create_account_link))
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}/", listener.local_addr().unwrap());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeStripe { base, state }
    }

    pub fn requests(&self, path: &str) -> Vec<Recorded> {
        let s = self.state.lock().unwrap();
        s.requests
            .iter()
            .filter(|r| r.path == path)
            .cloned()
            .collect()
    }

    pub fn intents(&self) -> usize {
        self.state.lock().unwrap().intents.len()
    }

    pub fn transfers(&self) -> Vec<Value> {
        self.state.lock().unwrap().transfers.clone()
    }

    pub fn refunds(&self) -> Vec<Value> {
        self.state.lock().unwrap().refunds.clone()
    }

    pub fn reversals(&self) -> Vec<Value> {
        self.state.lock().unwrap().reversals.clone()
    }

    /// Every balance transaction, oldest first.
    pub fn balance_transactions(&self) -> Vec<Value> {
        self.state.lock().unwrap().balance.clone()
    }

    /// Books a balance transaction Stripe has and we may not (for reconciliation tests).
    pub fn add_balance_transaction(
        &self,
        kind: &str,
        source: &str,
        amount: i64,
        fee: i64,
    ) -> String {
        self.state
            .lock()
            .unwrap()
            .book(kind, source, amount, fee, "eur")
    }

    /// Lists at most `n` objects per page, so that paging is exercised.
    pub fn set_page_size(&self, n: usize) {
        self.state.lock().unwrap().page_size = n;
    }

    /// Makes the next call to `path` fail once with a 500 (the client retries later).
    pub fn fail_next(&self, path: &str) {
        let mut s = self.state.lock().unwrap();
        s.replies.insert(
            (path.to_owned(), "__fail_next".into()),
            error(500, "try again"),
        );
    }

    /// The customer pays: the PaymentIntent succeeds with a new charge, booked with its fee.
    pub fn succeed(&self, intent: &str) -> Value {
        let mut s = self.state.lock().unwrap();
        let charge = s.id("ch");
        let (amount, currency) = {
            let pi = &s.intents[intent];
            (
                pi["amount"].as_i64().unwrap(),
                pi["currency"].as_str().unwrap().to_owned(),
            )
        };
        let txn = s.book("charge", &charge, amount, card_fee(amount), &currency);
        let mut ch = fixture("charge");
        ch["id"] = json!(charge);
        ch["amount"] = json!(amount);
        ch["amount_captured"] = json!(amount);
        ch["captured"] = json!(true);
        ch["currency"] = json!(currency);
        ch["balance_transaction"] = json!(txn);
        ch["payment_intent"] = json!(intent);
        ch["created"] = json!(now());
        s.charges.insert(charge.clone(), ch);
        let pi = s.intents.get_mut(intent).expect("known PaymentIntent");
        pi["status"] = json!("succeeded");
        pi["amount_received"] = pi["amount"].clone();
        pi["latest_charge"] = json!(charge);
        pi["client_secret"] = Value::Null;
        pi.clone()
    }

    /// The customer's card is declined: the PaymentIntent asks for another payment method.
    pub fn decline(&self, intent: &str) -> Value {
        let mut s = self.state.lock().unwrap();
        let pi = s.intents.get_mut(intent).expect("known PaymentIntent");
        pi["status"] = json!("requires_payment_method");
        pi["last_payment_error"] = json!({"type": "card_error", "code": "card_declined", "message": "Your card was declined."});
        pi.clone()
    }
}

// --- Connect: accounts, onboarding links, refused transfers ---
impl FakeStripe {
    /// Connected accounts created so far.
    pub fn accounts(&self) -> Vec<Value> {
        let s = self.state.lock().unwrap();
        let mut all: Vec<Value> = s.connect.accounts.values().cloned().collect();
        all.sort_by_key(|a| a["id"].as_str().unwrap_or_default().to_owned());
        all
    }

    /// The admin finishes Stripe's onboarding: charges and payouts are enabled; returns the
    /// account as an `account.updated` event would carry it.
    pub fn complete_onboarding(&self, account: &str) -> Value {
        let mut s = self.state.lock().unwrap();
        let a = s.connect.accounts.get_mut(account).expect("known account");
        a["charges_enabled"] = json!(true);
        a["payouts_enabled"] = json!(true);
        a["details_submitted"] = json!(true);
        a["capabilities"] = json!({"transfers": "active"});
        a["requirements"]["currently_due"] = json!([]);
        a["requirements"]["eventually_due"] = json!([]);
        a["requirements"]["past_due"] = json!([]);
        a["requirements"]["disabled_reason"] = Value::Null;
        a.clone()
    }

    /// Transfers to `destination` are refused (as Stripe does when the account lacks the
    /// transfers capability) until `accept_transfers_to`.
    pub fn refuse_transfers_to(&self, destination: &str) {
        let mut s = self.state.lock().unwrap();
        s.connect.failing.insert(destination.to_owned());
    }

    pub fn accept_transfers_to(&self, destination: &str) {
        let mut s = self.state.lock().unwrap();
        s.connect.failing.remove(destination);
    }
}

#[derive(Default)]
struct Connect {
    accounts: HashMap<String, Value>,
    failing: HashSet<String>,
}

/// Stripe's answer to a transfer to an account without the transfers capability.
fn insufficient_capabilities() -> (u16, Value) {
    (
        400,
        json!({"error": {
            "type": "invalid_request_error",
            "code": "insufficient_capabilities_for_transfer",
            "message": "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
            "param": "destination",
        }}),
    )
}

async fn create_account(
    State(state): State<Shared>,
    headers: HeaderMap,
    body: String,
) -> (StatusCode, axum::Json<Value>) {
    handle(&state, "/v1/accounts", &headers, &body, |s, r| {
        s.next_id += 1;
        let id = format!("acct_fake_{}", s.next_id);
        let mut a = fixture("account");
        a["id"] = json!(id);
        a["type"] = json!(r.param("type").unwrap_or("standard"));
        a["country"] = json!(r.param("country").unwrap_or("US"));
        a["email"] = json!(r.param("email"));
        a["created"] = json!(now());
        a["charges_enabled"] = json!(false);
        a["payouts_enabled"] = json!(false);
        a["details_submitted"] = json!(false);
        a["capabilities"] = json!({"transfers": "inactive"});
        a["external_accounts"]["url"] = json!(format!("/v1/accounts/{id}/external_accounts"));
        // The only metadata cooptrade sets on an account.
        a["metadata"] = match r.param("metadata[coop_id]") {
            Some(coop) => json!({ "coop_id": coop }),
            None => json!({}),
        };
        s.connect.accounts.insert(id, a.clone());
        (200, a)
    })
}

async fn retrieve_account(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> (StatusCode, axum::Json<Value>) {
    let path = format!("/v1/accounts/{id}");
    let mut s = state.lock().unwrap();
    s.requests.push(Recorded {
        method: "GET".into(),
        path,
        form: Vec::new(),
        idempotency_key: header(&headers, "idempotency-key"),
        stripe_account: header(&headers, "stripe-account"),
        stripe_version: header(&headers, "stripe-version"),
    });
    let authorized = header(&headers, "authorization") == Some(format!("Bearer {SECRET_KEY}"));
    let (status, value) = if !authorized {
        error(401, "Invalid API Key provided")
    } else {
        match s.connect.accounts.get(&id) {
            Some(a) => (200, a.clone()),
            None => error(404, &format!("No such account: '{id}'")),
        }
    };
    (StatusCode::from_u16(status).unwrap(), axum::Json(value))
}

/// Shaped as Stripe's example `account_link` in `shared/stripe/fixtures3.json`.
async fn create_account_link(
    State(state): State<Shared>,
    headers: HeaderMap,
    body: String,
) -> (StatusCode, axum::Json<Value>) {
    handle(&state, "/v1/account_links", &headers, &body, |s, r| {
        let Some(account) = r.param("account") else {
            return error(400, "Missing required param: account.");
        };
        if !s.connect.accounts.contains_key(account) {
            return error(400, &format!("No such account: '{account}'"));
        }
        s.next_id += 1;
        let created = now();
        let link = json!({
            "object": "account_link",
            "created": created,
            "expires_at": created + 300,
            "url": format!("https://connect.stripe.com/setup/e/{account}/link{}", s.next_id),
        });
        (200, link)
    })
}
// --- end Connect ---

type Shared = Arc<Mutex<Stripe>>;

fn header(h: &HeaderMap, name: &str) -> Option<String> {
    h.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

fn error(status: u16, message: &str) -> (u16, Value) {
    (
        status,
        json!({"error": {"type": "invalid_request_error", "message": message}}),
    )
}

/// The request as the client sent it; `form` is the body (POST) or the query (GET).
fn recorded(method: &str, path: &str, headers: &HeaderMap, form: &str) -> Recorded {
    Recorded {
        method: method.into(),
        path: path.into(),
        form: serde_urlencoded::from_str(form).unwrap_or_default(),
        idempotency_key: header(headers, "idempotency-key"),
        stripe_account: header(headers, "stripe-account"),
        stripe_version: header(headers, "stripe-version"),
    }
}

fn authorized(headers: &HeaderMap) -> bool {
    header(headers, "authorization") == Some(format!("Bearer {SECRET_KEY}"))
}

/// Records the request, checks the key, and replays or computes the answer.
fn handle(
    state: &Shared,
    path: &str,
    headers: &HeaderMap,
    body: &str,
    make: impl FnOnce(&mut Stripe, &Recorded) -> (u16, Value),
) -> (StatusCode, axum::Json<Value>) {
    let rec = recorded("POST", path, headers, body);
    let mut s = state.lock().unwrap();
    s.requests.push(rec.clone());
    let failing = s.replies.remove(&(path.to_owned(), "__fail_next".into()));
    let (status, value) = if !authorized(headers) {
        error(401, "Invalid API Key provided")
    } else if let Some(fail) = failing {
        fail
    } else if let Some(hit) = rec
        .idempotency_key
        .as_ref()
        .and_then(|k| s.replies.get(&(path.to_owned(), k.clone())))
    {
        hit.clone()
    } else {
        let reply = make(&mut s, &rec);
        if let Some(k) = &rec.idempotency_key {
            s.replies
                .insert((path.to_owned(), k.clone()), reply.clone());
        }
        reply
    };
    (StatusCode::from_u16(status).unwrap(), axum::Json(value))
}

/// The `metadata[...]` fields of a request as Stripe's metadata object.
fn metadata(r: &Recorded) -> Value {
    let m: serde_json::Map<String, Value> = r
        .form
        .iter()
        .filter_map(|(k, v)| {
            Some((
                k.strip_prefix("metadata[")?.strip_suffix(']')?.to_owned(),
                json!(v),
            ))
        })
        .collect();
    Value::Object(m)
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

async fn create_intent(
    State(state): State<Shared>,
    headers: HeaderMap,
    body: String,
) -> (StatusCode, axum::Json<Value>) {
    handle(&state, "/v1/payment_intents", &headers, &body, |s, r| {
        let (Some(amount), Some(currency)) = (
            r.param("amount").and_then(|a| a.parse::<i64>().ok()),
            r.param("currency"),
        ) else {
            return error(400, "Missing required param: amount or currency.");
        };
        s.next_id += 1;
        let id = format!("pi_fake_{}", s.next_id);
        let mut pi = fixture("payment_intent");
        pi["id"] = json!(id);
        pi["amount"] = json!(amount);
        pi["amount_received"] = json!(0);
        pi["currency"] = json!(currency);
        pi["client_secret"] = json!(format!("{id}_secret_fake"));
        pi["created"] = json!(now());
        pi["status"] = json!("requires_payment_method");
        pi["transfer_group"] = json!(r.param("transfer_group"));
        pi["metadata"] = metadata(r);
        s.intents.insert(id, pi.clone());
        (200, pi)
    })
}

async fn create_transfer(
    State(state): State<Shared>,
    headers: HeaderMap,
    body: String,
) -> (StatusCode, axum::Json<Value>) {
    handle(&state, "/v1/transfers", &headers, &body, |s, r| {
        let (Some(amount), Some(currency), Some(destination)) = (
            r.param("amount").and_then(|a| a.parse::<i64>().ok()),
            r.param("currency"),
            r.param("destination"),
        ) else {
            return error(
                400,
                "Missing required param: amount, currency or destination.",
            );
        };
        if s.connect.failing.contains(destination) {
            return insufficient_capabilities();
        }
        s.next_id += 1;
        let id = format!("tr_fake_{}", s.next_id);
        let mut t = fixture("transfer");
        t["id"] = json!(id);
        t["amount"] = json!(amount);
        t["amount_reversed"] = json!(0);
        t["currency"] = json!(currency);
        t["destination"] = json!(destination);
        t["source_transaction"] = json!(r.param("source_transaction"));
        t["transfer_group"] = json!(r.param("transfer_group"));
        t["description"] = json!(r.param("description"));
        t["created"] = json!(now());
        t["reversed"] = json!(false);
        let txn = s.book("transfer", &id, -amount, 0, currency);
        t["balance_transaction"] = json!(txn);
        t["reversals"] = json!({"object": "list", "data": [], "has_more": false, "url": format!("/v1/transfers/{id}/reversals")});
        s.transfers.push(t.clone());
        (200, t)
    })
}
