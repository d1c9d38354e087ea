use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "fee_rate_changes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The new rate in percent, as a decimal string.
    pub fee_rate: String,
    pub changed_by: i32,
    pub changed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
