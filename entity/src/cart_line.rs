use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cart_lines")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub buyer_coop_id: i32,
    pub listing_id: i32,
    pub quantity_milli: i64,
    /// The unit price the buyer saw when adding (or last confirmed).
    pub unit_price_minor: i64,
    /// The listing's minimum order then.
    pub min_order_milli: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
