//! The order benchmark of `make bench`: CLIENTS concurrent clients place an order through the
//! API and drive it to settled (seller accept, confirm_payment, ship; buyer confirm_delivery),
//! starting new orders for BENCH_SECONDS, then finishing those in flight. At the end the order
//! states and the listing's stock in the database must match what the clients did.
//! Usage: DATABASE_URL=... bench_orders BASE_URL MARKET_JSON  (MARKET_JSON from `bench_seed market`)
//! Prints one JSON object: settled, seconds, per_second, errors, p50_ms, p99_ms, check, and what
//! explains the rate: the SQL statements the server ran per settled order (its `/metrics`, the
//! mail worker's included; BEGIN and COMMIT not counted) and one statement's round trip on an
//! idle database (`SELECT 1` from this process, median of 2,000).
use std::time::{Duration, Instant};

use entity::{listing, order};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use serde_json::{json, Value};

struct Client {
    http: reqwest::Client,
    base: String,
    seller: String,
    buyer: String,
    listing: i64,
}

impl Client {
    async fn post(&self, token: &str, path: &str, body: Value) -> anyhow::Result<Value> {
        let resp = self
            .http
            .post(format!("{}/api/v1{path}", self.base))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await?;
        let status = resp.status();
        let v: Value = resp.json().await.unwrap_or(Value::Null);
        anyhow::ensure!(status.is_success(), "POST {path}: {status} {v}");
        Ok(v)
    }

    /// One order from placement to settled.
    async fn settle_one(&self) -> anyhow::Result<()> {
        let body = json!({"lines": [{"listing_id": self.listing, "quantity": "1"}],
            "delivery_address": "Via dei Benchmark 1, Bologna"});
        let placed = self.post(&self.buyer, "/orders", body).await?;
        let id = placed["orders"][0]["id"]
            .as_i64()
            .ok_or_else(|| anyhow::anyhow!("no order id in {placed}"))?;
        for (token, action, expect) in [
            (&self.seller, "accept", "accepted"),
            (&self.seller, "confirm_payment", "paid"),
            (&self.seller, "ship", "shipped"),
            (&self.buyer, "confirm_delivery", "settled"),
        ] {
            let v = self
                .post(token, &format!("/orders/{id}/actions/{action}"), json!({}))
                .await?;
            anyhow::ensure!(v["state"] == expect, "{action} on {id}: {v}");
        }
        Ok(())
    }
}

#[derive(Default)]
struct Tally {
    placed_ok: u64,
    errors: u64,
    first_error: Option<String>,
    latencies: Vec<Duration>,
}

async fn drive(c: std::sync::Arc<Client>, until: Instant) -> Tally {
    let mut t = Tally::default();
    while Instant::now() < until {
        let start = Instant::now();
        match c.settle_one().await {
            Ok(()) => {
                t.placed_ok += 1;
                t.latencies.push(start.elapsed());
            }
            Err(e) => {
                t.errors += 1;
                t.first_error.get_or_insert_with(|| e.to_string());
            }
        }
    }
    t
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(base), Some(market)) = (args.first(), args.get(1)) else {
        anyhow::bail!("usage: bench_orders BASE_URL MARKET_JSON");
    };
    let m: Value = serde_json::from_str(market)?;
    let seconds: u64 = std::env::var("BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let clients: usize = std::env::var("CLIENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(32);
    let listing_id = m["listing_id"].as_i64().unwrap_or_default();
    let db = cooptrade::db::connect(&std::env::var("DATABASE_URL")?).await?;
    let stock_before = listing::Entity::find_by_id(listing_id as i32)
        .one(&db)
        .await?
        .map(|l| l.stock_milli)
        .unwrap_or_default();
    let client = std::sync::Arc::new(Client {
        http: reqwest::Client::builder()
            .pool_max_idle_per_host(clients)
            .build()?,
        base: base.clone(),
        seller: m["seller_token"].as_str().unwrap_or_default().to_owned(),
        buyer: m["buyer_token"].as_str().unwrap_or_default().to_owned(),
        listing: listing_id,
    });
    let round_trip_us = round_trip_us(&db).await?;
    let statements_before = statements(&client).await?;
    let start = Instant::now();
    let until = start + Duration::from_secs(seconds);
    let tasks: Vec<_> = (0..clients)
        .map(|_| tokio::spawn(drive(client.clone(), until)))
        .collect();
    let mut all = Tally::default();
    for t in tasks {
        let t = t.await?;
        all.placed_ok += t.placed_ok;
        all.errors += t.errors;
        all.latencies.extend(t.latencies);
        if all.first_error.is_none() {
            all.first_error = t.first_error;
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    let statements_run = statements(&client).await? - statements_before;
    all.latencies.sort();
    let pct = |p: f64| {
        let n = all.latencies.len();
        if n == 0 {
            return 0.0;
        }
        all.latencies[((n as f64 * p) as usize).min(n - 1)].as_secs_f64() * 1000.0
    };
    let check = check(
        &db,
        m["buyer_id"].as_i64().unwrap_or_default(),
        &all,
        listing_id,
        stock_before,
    )
    .await?;
    let out = json!({
        "settled": all.placed_ok, "seconds": elapsed,
        "per_second": all.placed_ok as f64 / elapsed, "errors": all.errors,
        "first_error": all.first_error, "p50_ms": pct(0.50), "p99_ms": pct(0.99),
        "check": check,
        "statements_per_order": statements_run / all.placed_ok.max(1) as f64,
        "round_trip_us": round_trip_us,
    });
    println!("{out}");
    Ok(())
}

/// The server's `db_statements_total`.
async fn statements(c: &Client) -> anyhow::Result<f64> {
    let text = c
        .http
        .get(format!("{}/metrics", c.base))
        .send()
        .await?
        .text()
        .await?;
    text.lines()
        .find_map(|l| l.strip_prefix("db_statements_total "))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| anyhow::anyhow!("no db_statements_total in /metrics"))
}

/// The median time of `SELECT 1` through the same driver and pool settings as the server.
async fn round_trip_us(db: &sea_orm::DatabaseConnection) -> anyhow::Result<f64> {
    use sea_orm::ConnectionTrait;
    let mut times = Vec::with_capacity(2_000);
    for _ in 0..2_000 {
        let t = Instant::now();
        db.execute_unprepared("SELECT 1").await?;
        times.push(t.elapsed());
    }
    times.sort();
    Ok(times[times.len() / 2].as_secs_f64() * 1e6)
}

/// "ok", or what the database disagrees with.
async fn check(
    db: &sea_orm::DatabaseConnection,
    buyer: i64,
    t: &Tally,
    listing_id: i64,
    stock_before: i64,
) -> anyhow::Result<String> {
    let states: Vec<(String, i64)> = order::Entity::find()
        .select_only()
        .column(order::Column::State)
        .column_as(order::Column::Id.count(), "n")
        .filter(order::Column::BuyerCoopId.eq(buyer as i32))
        .group_by(order::Column::State)
        .into_tuple()
        .all(db)
        .await?;
    let settled = states
        .iter()
        .find(|(s, _)| s == "settled")
        .map_or(0, |(_, n)| *n);
    let total: i64 = states.iter().map(|(_, n)| n).sum();
    let stock_after = listing::Entity::find_by_id(listing_id as i32)
        .one(db)
        .await?
        .map(|l| l.stock_milli)
        .unwrap_or_default();
    let mut problems = Vec::new();
    if settled != t.placed_ok as i64 || (t.errors == 0 && total != settled) {
        problems.push(format!(
            "states {states:?}, clients settled {}",
            t.placed_ok
        ));
    }
    if t.errors == 0 && stock_before - stock_after != total * 1000 {
        problems.push(format!(
            "stock went from {stock_before} to {stock_after} for {total} orders of 1 kg"
        ));
    }
    Ok(if problems.is_empty() {
        format!("ok: {settled} settled, {total} orders in the database")
    } else {
        problems.join("; ")
    })
}
