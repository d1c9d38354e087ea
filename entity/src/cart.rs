use sea_orm::entity::prelude::*;

/// A buying co-op's cart: its revision moves on with every edit and checkout.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "carts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub buyer_coop_id: i32,
    pub revision: i64,
    pub changed_by_user_id: Option<i32>,
    pub changed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
