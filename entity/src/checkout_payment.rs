use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "checkout_payments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub checkout_id: i32,
    pub idempotency_key: String,
    pub payment_intent_id: Option<String>,
    pub charge_id: Option<String>,
    pub currency: String,
    pub amount_minor: i64,
    pub status: crate::status::CardPaymentStatus,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
