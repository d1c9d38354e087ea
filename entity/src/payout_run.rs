use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "payout_runs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub currency: String,
    pub status: super::status::RunStatus,
    /// The committee member who drafted it; none when drafted from the CLI.
    pub drafted_by: Option<i32>,
    /// The last journal entry whose amounts the run includes; later ones go to the next run.
    pub max_entry_id: i64,
    pub created_at: DateTimeUtc,
    /// The run that replaced this one when it was re-drafted (status `superseded`).
    pub superseded_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
