//! sea-orm entities, one module per table, kept in step with `migration/`.
pub mod api_token;
pub mod committee_member;
pub mod coop;
pub mod journal_entry;
pub mod market_setting;
pub mod membership;
pub mod posting;
pub mod session;
pub mod user;
