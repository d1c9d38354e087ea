//! sea-orm entities, one module per table, kept in step with `migration/`.
pub mod api_token;
pub mod cart_line;
pub mod checkout;
pub mod committee_member;
pub mod coop;
pub mod fee_rate_change;
pub mod journal_entry;
pub mod listing;
pub mod market_setting;
pub mod membership;
pub mod order;
pub mod order_event;
pub mod order_line;
pub mod outbox_message;
pub mod posting;
pub mod session;
pub mod user;
