//! Schema migrations, one file per change, named by date.
pub use sea_orm_migration::prelude::*;

mod m20261125_000001_accounts_and_coops;
mod m20261125_000002_catalog;
mod m20261125_000003_ledger;
mod m20261125_000004_outbox;
mod m20261125_000005_orders;
mod m20261125_000006_fee_rate_changes;
mod m20261125_000007_payments;
mod m20261125_000008_payouts;
mod m20261125_000009_refunds;
mod m20261125_000010_stripe_payouts;
mod m20261125_000011_catalog_category_country_index;
mod m20261126_000012_outbox_unsent_index;
mod m20261206_000013_payout_run_superseded_by;
mod m20261206_000015_cart_line_terms;
mod m20261206_000016_invitations_and_form_submissions;
mod m20261206_000018_account_tokens;
mod m20261206_000020_listing_photos;
mod m20261206_000021_privileges_changed;
mod m20261206_000030_coop_logos;
mod m20261206_000035_account_balances;
mod m20261206_000036_pool_months;
mod m20261206_000037_posting_balances;
mod m20261206_000050_listing_title_trigrams;
mod m20261206_000055_notifications;
mod m20261206_000056_dispute_statements;
mod m20261206_000060_user_locale_and_time_zone;
mod m20261206_000061_coop_carts;
mod m20261206_000066_orders_by_coop_and_id;
mod m20261207_000067_listing_terms;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_accounts_and_coops::Migration),
            Box::new(m20261125_000002_catalog::Migration),
            Box::new(m20261125_000003_ledger::Migration),
            Box::new(m20261125_000004_outbox::Migration),
            Box::new(m20261125_000005_orders::Migration),
            Box::new(m20261125_000006_fee_rate_changes::Migration),
            Box::new(m20261125_000007_payments::Migration),
            Box::new(m20261125_000008_payouts::Migration),
            Box::new(m20261125_000009_refunds::Migration),
            Box::new(m20261125_000010_stripe_payouts::Migration),
            Box::new(m20261125_000011_catalog_category_country_index::Migration),
            Box::new(m20261126_000012_outbox_unsent_index::Migration),
            Box::new(m20261206_000013_payout_run_superseded_by::Migration),
            Box::new(m20261206_000015_cart_line_terms::Migration),
            Box::new(m20261206_000016_invitations_and_form_submissions::Migration),
            Box::new(m20261206_000018_account_tokens::Migration),
            Box::new(m20261206_000020_listing_photos::Migration),
            Box::new(m20261206_000021_privileges_changed::Migration),
            Box::new(m20261206_000035_account_balances::Migration),
            Box::new(m20261206_000036_pool_months::Migration),
            Box::new(m20261206_000037_posting_balances::Migration),
            Box::new(m20261206_000055_notifications::Migration),
            Box::new(m20261206_000056_dispute_statements::Migration),
            Box::new(m20261206_000050_listing_title_trigrams::Migration),
            Box::new(m20261206_000030_coop_logos::Migration),
            Box::new(m20261206_000060_user_locale_and_time_zone::Migration),
            Box::new(m20261206_000061_coop_carts::Migration),
            Box::new(m20261206_000066_orders_by_coop_and_id::Migration),
            Box::new(m20261207_000067_listing_terms::Migration),
        ]
    }
}
