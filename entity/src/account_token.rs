use sea_orm::entity::prelude::*;

/// A one-time link mailed to a user: verify an address (`email`) or reset the password.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account_tokens")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    /// `verify_email` or `reset_password`.
    pub purpose: String,
    /// SHA-256 of the token in the link; the token itself is only in the mail.
    #[sea_orm(unique)]
    pub token_hash: String,
    /// The address a `verify_email` token proves (the new one for a change of address).
    pub email: Option<String>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
