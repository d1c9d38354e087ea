use sea_orm::entity::prelude::*;

/// A line of a buying co-op's cart (one per listing), shared by the co-op's members.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cart_lines")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The member who put the listing in the cart.
    pub added_by_user_id: i32,
    pub buyer_coop_id: i32,
    pub listing_id: i32,
    pub quantity_milli: i64,
    /// The unit price the buyer saw when adding (or last confirmed).
    pub unit_price_minor: i64,
    /// The listing's minimum order then.
    pub min_order_milli: i64,
    pub created_at: DateTimeUtc,
    /// The member who last changed the line (its quantity or terms), if anyone did.
    pub changed_by_user_id: Option<i32>,
    pub changed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
