//! sea-orm entities, one module per table, kept in step with `migration/`.
pub mod api_token;
pub mod committee_member;
pub mod coop;
pub mod listing;
pub mod market_setting;
pub mod membership;
pub mod outbox_message;
pub mod session;
pub mod user;
