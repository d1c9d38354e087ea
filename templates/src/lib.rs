//! maud views: one layout, small components, pages that take plain view structs (never entities).
pub mod auth;
pub mod catalog;
pub mod committee;
pub mod components;
pub mod coops;
pub mod errors;
pub mod home;
pub mod layout;
pub mod listings;
pub mod orders;
pub mod payouts;

pub use layout::{page, Layout};
