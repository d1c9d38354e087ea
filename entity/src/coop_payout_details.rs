use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "coop_payout_details")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub coop_id: i32,
    pub account_holder: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub stripe_account_id: Option<String>,
    pub charges_enabled: bool,
    pub payouts_enabled: bool,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
