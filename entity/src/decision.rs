use sea_orm::entity::prelude::*;

/// One step of the committee's review of a payout run or a spending proposal: who, when, what, why.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub subject_kind: crate::status::DecisionSubject,
    pub subject_id: i32,
    pub user_id: Option<i32>,
    pub decision: crate::status::DecisionKind,
    pub reason: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
