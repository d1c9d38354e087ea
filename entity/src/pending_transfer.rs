use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pending_transfers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub order_id: i32,
    pub destination: String,
    pub currency: String,
    pub amount_minor: i64,
    pub source_transaction: Option<String>,
    pub transfer_group: String,
    pub transfer_id: Option<String>,
    pub status: crate::status::TransferStatus,
    pub attempts: i32,
    pub last_error: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
