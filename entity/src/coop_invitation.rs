use sea_orm::entity::prelude::*;

/// An admin's invitation to join a co-op; a membership exists only once it is accepted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "coop_invitations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub coop_id: i32,
    /// The invited address, normalised (lower case).
    pub email: String,
    pub role: crate::status::CoopRole,
    pub invited_by: i32,
    /// SHA-256 (hex) of the token in the mailed link.
    pub token_hash: String,
    pub status: crate::status::InvitationStatus,
    pub created_at: DateTimeUtc,
    pub answered_at: Option<DateTimeUtc>,
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
