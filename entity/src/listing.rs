use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "listings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub coop_id: i32,
    pub sku: String,
    pub title: String,
    pub description: String,
    pub category: String,
    pub unit: String,
    /// The selling co-op's currency (ISO 4217).
    pub currency: String,
    /// Price per unit in the currency's minor unit.
    pub price_minor: i64,
    /// Stock in thousandths of a unit.
    pub stock_milli: i64,
    pub min_order_milli: i64,
    pub origin_country: String,
    pub origin_region: String,
    pub organic: bool,
    pub fairtrade: bool,
    pub other_certifications: String,
    pub lead_time_days: i32,
    pub status: super::status::ListingStatus,
    pub ever_ordered: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::coop::Entity",
        from = "Column::CoopId",
        to = "super::coop::Column::Id"
    )]
    Coop,
}

impl Related<super::coop::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Coop.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
