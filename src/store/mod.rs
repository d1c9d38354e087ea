//! Database access per aggregate. Functions take `&impl ConnectionTrait` so they run
//! inside or outside a transaction; use-case functions open the transaction.
pub mod carts;
pub mod checkout_payments;
pub mod checkouts;
pub mod committee;
pub mod connect;
pub mod coops;
pub mod ledger;
pub mod listings;
pub mod listings_csv;
pub mod market;
pub mod notify;
pub mod order_actions;
pub mod orders;
pub mod outbox;
pub mod payments;
pub mod payouts;
pub mod pool;
pub mod processing_fees;
pub mod refund_queue;
pub mod refunds;
pub mod sessions;
pub mod settlement;
pub mod spending;
pub mod tokens;
pub mod users;

use chrono::{DateTime, Utc};

/// Now, truncated to microseconds so SQLite and PostgreSQL store the same instant.
pub fn now() -> DateTime<Utc> {
    let t = Utc::now();
    DateTime::from_timestamp_micros(t.timestamp_micros()).unwrap_or(t)
}

/// True when a database error is a unique-constraint violation.
pub fn is_unique_violation(e: &sea_orm::DbErr) -> bool {
    matches!(
        e.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}
