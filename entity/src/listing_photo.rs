use sea_orm::entity::prelude::*;

/// One photo on a listing; the files live in the photo store under `hash`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "listing_photos")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub listing_id: i32,
    /// SHA-256 of the uploaded file, hex: the name of its processed files.
    pub hash: String,
    /// What a screen reader says.
    pub alt: String,
    /// 0 is the cover.
    pub position: i32,
    /// The photo's size upright (after its EXIF orientation), before any resizing.
    pub width: i32,
    pub height: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
