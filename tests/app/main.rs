//! Every integration test in one binary, one module per area (as zero2prod's `tests/api`): one
//! link and one process instead of one per file. The harness (`common`, `support`, `market`,
//! `photo_files`) is shared by the modules; the macros of `common` and `payments::card` are in
//! scope for the modules declared after them.
#[macro_use]
mod common;
mod market;
mod photo_files;
mod support;

#[macro_use]
mod payments;

mod account;
mod api_contract;
mod bounds;
mod browser_flows;
mod browser_layout;
mod browser_orders;
mod catalog;
mod catalog_search;
mod checkout_forms;
mod checkout_seams;
mod clean_text;
mod cli;
mod committee_screens;
mod connect;
mod coop_cart;
mod disputes;
mod double_submit;
mod error_pages;
mod foundation;
mod group_commit;
mod history;
mod i18n;
mod i18n_codes;
mod ledger;
mod localstripe;
mod mail;
mod mail_languages;
mod membership;
mod notifications;
mod order_batch;
mod order_forms;
mod orders;
mod page_cache;
mod payout_seams;
mod payouts;
mod payouts_cli;
mod photos;
mod pool;
mod refunds;
mod schemathesis;
mod seams_model;
mod security;
mod settlement;
mod settlement_random;
mod signup_languages;
mod store_imports;
mod stripe;
mod stripe_books;
mod two_servers;
mod webhooks;
