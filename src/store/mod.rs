//! Database access per aggregate. Functions take `&impl ConnectionTrait` so they run
//! inside or outside a transaction; use-case functions open the transaction.
pub mod accounts;
pub mod cart_revision;
pub mod carts;
pub mod catalog_choices;
pub mod catalog_search;
pub mod checkout_payments;
pub mod checkouts;
pub mod committee;
pub mod connect;
pub mod coop_notices;
pub mod coops;
pub mod decisions;
pub mod disputes;
pub mod form_submissions;
pub mod invitations;
pub mod ledger;
pub mod listings;
pub mod listings_csv;
pub mod locale;
pub mod market;
pub mod notifications;
pub mod notify;
pub mod order_actions;
pub mod order_batch;
pub mod order_notices;
pub mod orders;
pub mod outbox;
pub mod payments;
pub mod payouts;
pub mod photos;
pub mod pool;
pub mod processing_fees;
pub mod refund_queue;
pub mod refunds;
pub mod sessions;
pub mod settlement;
pub mod signed_in;
pub mod spending;
pub mod tokens;
pub mod users;
pub mod votes;

use chrono::{DateTime, Utc};

tokio::task_local! {
    /// The instant `now` answers inside `as_of` (the demo's back-dated history).
    static AS_OF: DateTime<Utc>;
}

/// Now, truncated to microseconds so SQLite and PostgreSQL store the same instant.
pub fn now() -> DateTime<Utc> {
    let t = AS_OF.try_with(|t| *t).unwrap_or_else(|_| Utc::now());
    DateTime::from_timestamp_micros(t.timestamp_micros()).unwrap_or(t)
}

/// Runs `work` with `now` answering `at`, in this task only: `seed-demo` writes months of
/// history through the real use cases so, each entry hashed at the time it claims.
pub async fn as_of<F: std::future::Future>(at: DateTime<Utc>, work: F) -> F::Output {
    AS_OF.scope(at, work).await
}

/// True when a database error is a unique-constraint violation.
pub fn is_unique_violation(e: &sea_orm::DbErr) -> bool {
    matches!(
        e.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

/// A PostgreSQL array literal: every element quoted (`\` and `"` escaped), `None` as `NULL`.
pub fn pg_array<T: std::fmt::Display>(items: impl IntoIterator<Item = Option<T>>) -> String {
    let mut out = String::from("{");
    for (n, item) in items.into_iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        match item {
            None => out.push_str("NULL"),
            Some(v) => {
                out.push('"');
                for c in v.to_string().chars() {
                    if c == '\\' || c == '"' {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out.push('"');
            }
        }
    }
    out.push('}');
    out
}

/// `table.col AS pre_col, ...` for every column of an entity, in its column order (the order
/// positional readers expect).
pub(crate) fn columns<C: sea_orm::Iterable + sea_orm::IdenStatic>(
    table: &str,
    pre: &str,
) -> String {
    C::iter()
        .map(|c| format!("{table}.{col} AS {pre}{col}", col = c.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
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

    /// The backend whose placeholders these are.
    pub fn backend(&self) -> sea_orm::DbBackend {
        self.backend
    }

    /// Binds `v` and returns its placeholder (`$n` on PostgreSQL, `?` elsewhere).
    pub fn push(&mut self, v: impl Into<sea_orm::Value>) -> String {
        self.values.push(v.into());
        match self.backend {
            sea_orm::DbBackend::Postgres => format!("${}", self.values.len()),
            _ => "?".to_owned(),
        }
    }

    /// `CASE id WHEN .. THEN .. END` over `arms` (an id and its value), then `ELSE otherwise`
    /// when given, all bound here.
    pub fn case_by_id<V: Into<sea_orm::Value>>(
        &mut self,
        arms: impl IntoIterator<Item = (i32, V)>,
        otherwise: Option<&str>,
    ) -> String {
        let mut sql = String::from("CASE id");
        for (id, v) in arms {
            let (id, v) = (self.push(id), self.push(v));
            sql.push_str(&format!(" WHEN {id} THEN {v}"));
        }
        if let Some(e) = otherwise {
            sql.push_str(&format!(" ELSE {e}"));
        }
        sql.push_str(" END");
        sql
    }

    /// PostgreSQL: `items` as one array value, `CAST($n AS sql_type[])`. A statement taking
    /// its rows as arrays (`unnest`, `= ANY`) has one text whatever their number, so the
    /// connection parses and plans it once; rows written into the text make a new statement
    /// for every count.
    pub fn array<T: std::fmt::Display>(
        &mut self,
        items: impl IntoIterator<Item = Option<T>>,
        sql_type: &str,
    ) -> String {
        format!("CAST({} AS {sql_type}[])", self.push(pg_array(items)))
    }

    /// `sql` with the values bound so far.
    pub fn statement(self, sql: String) -> sea_orm::Statement {
        sea_orm::Statement::from_sql_and_values(self.backend, sql, self.values)
    }
}

#[cfg(test)]
mod tests {
    use super::pg_array;

    #[test]
    fn array_literals_quote_every_element_and_escape_quotes_and_backslashes() {
        let items = [
            Some(r#"a "b""#),
            None,
            Some(r"c\d"),
            Some("{e,f}"),
            Some(""),
        ];
        assert_eq!(pg_array(items), r#"{"a \"b\"",NULL,"c\\d","{e,f}",""}"#);
        assert_eq!(pg_array::<i64>([]), "{}");
        assert_eq!(pg_array([Some(-1_i64), Some(20)]), r#"{"-1","20"}"#);
    }
}
