use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "refunds")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub order_id: i32,
    pub currency: String,
    pub amount_minor: i64,
    pub fee_minor: i64,
    pub pool_minor: i64,
    pub seller_share_minor: i64,
    pub buyer_share_minor: i64,
    pub after_settlement: bool,
    pub reason: String,
    pub requested_by: Option<i32>,
    pub via: crate::status::PaymentMethod,
    pub payment_intent_id: Option<String>,
    pub idempotency_key: String,
    pub stripe_refund_id: Option<String>,
    pub status: crate::status::RefundStatus,
    pub reversal_minor: i64,
    pub transfer_id: Option<String>,
    pub reversal_status: crate::status::ReversalStatus,
    pub reversal_id: Option<String>,
    pub attempts: i32,
    pub last_error: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
