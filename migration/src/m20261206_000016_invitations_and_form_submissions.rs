//! Membership needs consent: `coop_invitations` holds an admin's invitation until the invited
//! person accepts (only then a membership row is written), declines, or the admin withdraws it.
//! At most one invitation per co-op and address is pending (a partial unique index), so a
//! double-submitted invitation makes one.
//!
//! `form_submissions` makes creates without a natural key (a spending proposal, a co-op
//! application) safe to submit twice: each form carries a one-time token; the first submit
//! claims (user, token) in the transaction of the create and records where its result is; a
//! second submit finds the claim and is sent to the same result.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CoopInvitations {
    Table,
    Id,
    CoopId,
    Email,
    Role,
    InvitedBy,
    TokenHash,
    Status,
    CreatedAt,
    AnsweredAt,
}

#[derive(DeriveIden)]
enum FormSubmissions {
    Table,
    Id,
    UserId,
    Token,
    Location,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Coops {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

fn fk(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, from_col)
        .to(to_table, to_col)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

const ONE_PENDING: &str = "idx_coop_invitations_one_pending";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CoopInvitations::Table)
                .col(pk_auto(CoopInvitations::Id))
                .col(integer(CoopInvitations::CoopId))
                .col(string(CoopInvitations::Email))
                .col(string_len(CoopInvitations::Role, 16))
                .col(integer(CoopInvitations::InvitedBy))
                .col(string_len_uniq(CoopInvitations::TokenHash, 64))
                .col(string_len(CoopInvitations::Status, 16))
                .col(timestamp_with_time_zone(CoopInvitations::CreatedAt))
                .col(timestamp_with_time_zone_null(CoopInvitations::AnsweredAt))
                .foreign_key(&mut fk(
                    CoopInvitations::Table,
                    CoopInvitations::CoopId,
                    Coops::Table,
                    Coops::Id,
                ))
                .foreign_key(&mut fk(
                    CoopInvitations::Table,
                    CoopInvitations::InvitedBy,
                    Users::Table,
                    Users::Id,
                ))
                .to_owned(),
        )
        .await?;
        // Partial indexes are written the same on SQLite and PostgreSQL.
        m.get_connection()
            .execute_unprepared(&format!(
                "CREATE UNIQUE INDEX {ONE_PENDING} ON coop_invitations (coop_id, email) \
                 WHERE status = 'pending'"
            ))
            .await?;
        m.create_index(
            Index::create()
                .name("idx_coop_invitations_email")
                .table(CoopInvitations::Table)
                .col(CoopInvitations::Email)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FormSubmissions::Table)
                .col(pk_auto(FormSubmissions::Id))
                .col(integer(FormSubmissions::UserId))
                .col(string_len(FormSubmissions::Token, 64))
                .col(text_null(FormSubmissions::Location))
                .col(timestamp_with_time_zone(FormSubmissions::CreatedAt))
                .foreign_key(&mut fk(
                    FormSubmissions::Table,
                    FormSubmissions::UserId,
                    Users::Table,
                    Users::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_form_submissions_user_token")
                .table(FormSubmissions::Table)
                .col(FormSubmissions::UserId)
                .col(FormSubmissions::Token)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(FormSubmissions::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(CoopInvitations::Table).to_owned())
            .await
    }
}
