//! maud views: one layout, small components, pages that take plain view structs (never entities).
pub mod account;
pub mod auth;
pub mod cart;
pub mod catalog;
pub mod chart;
pub mod checkouts;
pub mod committee;
pub mod components;
pub mod coops;
pub mod disputes;
pub mod errors;
pub mod home;
pub mod invitations;
pub mod layout;
pub mod ledger;
pub mod listings;
pub mod mail;
pub mod notifications;
pub mod order_status;
pub mod orders;
pub mod payout_details;
pub mod payout_run;
pub mod payouts;
pub mod photos;
pub mod pool;
pub mod status;

pub use layout::{page, Layout};
