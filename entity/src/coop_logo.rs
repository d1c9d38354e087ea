use sea_orm::entity::prelude::*;

/// A co-op's logo; the files live in the photo store under `hash`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "coop_logos")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub coop_id: i32,
    /// SHA-256 of the uploaded file, hex: the name of its processed files.
    pub hash: String,
    /// The logo's size upright, before any resizing.
    pub width: i32,
    pub height: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
