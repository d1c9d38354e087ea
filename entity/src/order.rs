use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "orders")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub checkout_id: i32,
    pub buyer_coop_id: i32,
    pub seller_coop_id: i32,
    pub currency: String,
    pub subtotal_minor: i64,
    pub fee_rate_bp: i32,
    pub pool_numerator: i32,
    pub pool_denominator: i32,
    pub buyer_weight: i32,
    pub seller_weight: i32,
    pub fee_minor: i64,
    pub pool_minor: i64,
    pub seller_share_minor: i64,
    pub buyer_share_minor: i64,
    pub state: crate::status::OrderStatus,
    pub delivery_address: String,
    pub note: String,
    pub placed_by: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::order_line::Entity")]
    OrderLine,
}

impl Related<super::order_line::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::OrderLine.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
