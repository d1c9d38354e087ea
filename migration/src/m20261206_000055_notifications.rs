//! In-app notifications, each member's mail opt-outs, and an HTML part for queued mail.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    Kind,
    Subject,
    Link,
    CreatedAt,
    ReadAt,
}

#[derive(DeriveIden)]
enum MailOptOuts {
    Table,
    UserId,
    Kind,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    BodyHtml,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Notifications::Table)
                .col(pk_auto(Notifications::Id))
                .col(integer(Notifications::UserId))
                .col(string(Notifications::Kind))
                .col(string(Notifications::Subject))
                .col(string(Notifications::Link))
                .col(timestamp_with_time_zone(Notifications::CreatedAt))
                .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Notifications::Table, Notifications::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // The page reads a user's newest first; the header counts the unread ones.
        m.create_index(
            Index::create()
                .name("idx_notifications_user_id")
                .table(Notifications::Table)
                .col(Notifications::UserId)
                .col(Notifications::Id)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_notifications_unread")
                .table(Notifications::Table)
                .col(Notifications::UserId)
                .col(Notifications::ReadAt)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(MailOptOuts::Table)
                .col(integer(MailOptOuts::UserId))
                .col(string(MailOptOuts::Kind))
                .primary_key(
                    Index::create()
                        .col(MailOptOuts::UserId)
                        .col(MailOptOuts::Kind),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(MailOptOuts::Table, MailOptOuts::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Outbox::Table)
                .add_column(text_null(Outbox::BodyHtml))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Outbox::Table)
                .drop_column(Outbox::BodyHtml)
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(MailOptOuts::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Notifications::Table).to_owned())
            .await
    }
}
