use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub created_at: DateTimeUtc,
    /// When the user followed a link mailed to `email`; `None` until then.
    pub email_verified_at: Option<DateTimeUtc>,
    /// When someone else last changed what the user may do; older sessions get a new id.
    pub privileges_changed_at: Option<DateTimeUtc>,
    /// The language the member chose (`fr`, `ja`, ...); `None` until they choose one.
    pub locale: Option<String>,
    /// The member's IANA time zone (`Africa/Lome`); `None` shows times in UTC.
    pub time_zone: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
