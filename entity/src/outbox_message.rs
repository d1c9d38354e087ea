use sea_orm::entity::prelude::*;

/// An email waiting in the outbox, queued in the same transaction as the change it reports.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub to_addr: String,
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub body_text: String,
    /// The HTML alternative of `body_text`, when the mail has one.
    #[sea_orm(column_type = "Text", nullable)]
    pub body_html: Option<String>,
    pub created_at: DateTimeUtc,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    /// Sent as the Message-ID header, so a resend after a crash is recognisable as the same mail.
    #[sea_orm(unique)]
    pub message_id: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
