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
pub mod order_batch;
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

/// The values of a raw statement, each written into its SQL as the backend's placeholder.
pub struct Binds {
    backend: sea_orm::DbBackend,
    values: Vec<sea_orm::Value>,
}

impl Binds {
    pub fn new(backend: sea_orm::DbBackend) -> Binds {
        Binds {
            backend,
            values: Vec::new(),
        }
    }

    /// Binds `v` and returns its placeholder (`$n` on PostgreSQL, `?` elsewhere).
    pub fn push(&mut self, v: impl Into<sea_orm::Value>) -> String {
        self.values.push(v.into());
        match self.backend {
            sea_orm::DbBackend::Postgres => format!("${}", self.values.len()),
            _ => "?".to_owned(),
        }
    }

    /// `sql` with the values bound so far.
    pub fn statement(self, sql: String) -> sea_orm::Statement {
        sea_orm::Statement::from_sql_and_values(self.backend, sql, self.values)
    }
}
