use sea_orm::entity::prelude::*;

/// One balanced journal entry; rows are never updated or deleted (database triggers refuse it).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "journal_entries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// e.g. `settle:<order id>`: posting the same key twice posts once.
    #[sea_orm(unique)]
    pub idempotency_key: String,
    /// settlement | refund | payout | ...
    pub kind: String,
    pub memo: String,
    pub order_id: Option<i32>,
    pub created_at: DateTimeUtc,
    /// The previous entry's `hash` (64 zeros for the first entry).
    pub prev_hash: String,
    /// SHA-256 (hex) of `prev_hash` and this entry's content, postings included.
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::posting::Entity")]
    Posting,
}

impl Related<super::posting::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Posting.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
