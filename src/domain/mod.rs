//! Pure rules: no database, no HTTP, no clock. Parse at the edge into these types.
pub mod account;
pub mod bank;
pub mod catalog;
pub mod catalog_query;
pub mod coop;
pub mod fee_split;
pub mod iban;
pub mod ledger;
pub mod money;
pub mod order_state;
pub mod photos;
pub mod reconcile;
pub mod refund;
pub mod review;
pub mod sepa;
