//! Users, sessions, co-ops and their members, committee, API tokens, marketplace settings.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    Name,
    PasswordHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Coops {
    Table,
    Id,
    Name,
    Kind,
    Country,
    Currency,
    ContactEmail,
    Description,
    Status,
    AppliedBy,
    DecisionReason,
    DecidedBy,
    DecidedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Memberships {
    Table,
    Id,
    CoopId,
    UserId,
    Role,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CommitteeMembers {
    Table,
    UserId,
    GrantedBy,
    GrantedAt,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Id,
    CoopId,
    CreatedBy,
    Name,
    TokenHash,
    Prefix,
    CreatedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum MarketSettings {
    Table,
    Id,
    FeeRate,
    UpdatedBy,
    UpdatedAt,
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

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(pk_auto(Users::Id))
                .col(string_uniq(Users::Email))
                .col(string(Users::Name))
                .col(string(Users::PasswordHash))
                .col(timestamp_with_time_zone(Users::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(string_len(Sessions::Id, 64).primary_key())
                .col(integer(Sessions::UserId))
                .col(timestamp_with_time_zone(Sessions::CreatedAt))
                .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                .foreign_key(&mut fk(
                    Sessions::Table,
                    Sessions::UserId,
                    Users::Table,
                    Users::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Coops::Table)
                .col(pk_auto(Coops::Id))
                .col(string_uniq(Coops::Name))
                .col(string_len(Coops::Kind, 16))
                .col(string_len(Coops::Country, 2))
                .col(string_len(Coops::Currency, 3))
                .col(string(Coops::ContactEmail))
                .col(text(Coops::Description))
                .col(string_len(Coops::Status, 16))
                .col(integer(Coops::AppliedBy))
                .col(text_null(Coops::DecisionReason))
                .col(integer_null(Coops::DecidedBy))
                .col(timestamp_with_time_zone_null(Coops::DecidedAt))
                .col(timestamp_with_time_zone(Coops::CreatedAt))
                .foreign_key(&mut fk(
                    Coops::Table,
                    Coops::AppliedBy,
                    Users::Table,
                    Users::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_coops_status")
                .table(Coops::Table)
                .col(Coops::Status)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Memberships::Table)
                .col(pk_auto(Memberships::Id))
                .col(integer(Memberships::CoopId))
                .col(integer(Memberships::UserId))
                .col(string_len(Memberships::Role, 16))
                .col(timestamp_with_time_zone(Memberships::CreatedAt))
                .foreign_key(&mut fk(
                    Memberships::Table,
                    Memberships::CoopId,
                    Coops::Table,
                    Coops::Id,
                ))
                .foreign_key(&mut fk(
                    Memberships::Table,
                    Memberships::UserId,
                    Users::Table,
                    Users::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_memberships_coop_user")
                .table(Memberships::Table)
                .col(Memberships::CoopId)
                .col(Memberships::UserId)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_memberships_user")
                .table(Memberships::Table)
                .col(Memberships::UserId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CommitteeMembers::Table)
                .col(integer(CommitteeMembers::UserId).primary_key())
                .col(integer_null(CommitteeMembers::GrantedBy))
                .col(timestamp_with_time_zone(CommitteeMembers::GrantedAt))
                .foreign_key(&mut fk(
                    CommitteeMembers::Table,
                    CommitteeMembers::UserId,
                    Users::Table,
                    Users::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ApiTokens::Table)
                .col(pk_auto(ApiTokens::Id))
                .col(integer(ApiTokens::CoopId))
                .col(integer(ApiTokens::CreatedBy))
                .col(string(ApiTokens::Name))
                .col(string_len_uniq(ApiTokens::TokenHash, 64))
                .col(string_len(ApiTokens::Prefix, 16))
                .col(timestamp_with_time_zone(ApiTokens::CreatedAt))
                .col(timestamp_with_time_zone_null(ApiTokens::RevokedAt))
                .foreign_key(&mut fk(
                    ApiTokens::Table,
                    ApiTokens::CoopId,
                    Coops::Table,
                    Coops::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(MarketSettings::Table)
                .col(integer(MarketSettings::Id).primary_key())
                .col(string_len(MarketSettings::FeeRate, 16))
                .col(integer_null(MarketSettings::UpdatedBy))
                .col(timestamp_with_time_zone(MarketSettings::UpdatedAt))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            MarketSettings::Table.into_iden(),
            ApiTokens::Table.into_iden(),
            CommitteeMembers::Table.into_iden(),
            Memberships::Table.into_iden(),
            Coops::Table.into_iden(),
            Sessions::Table.into_iden(),
            Users::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
