//! One cart per buying co-op, shared by its members: a `carts` row per co-op whose revision every
//! edit and checkout moves on (a checkout names the revision it showed), and cart lines keyed by
//! (co-op, listing) that remember who added them and who changed them last. Each co-op's
//! per-member lines for one listing merge into its oldest line, quantities summed (at most the
//! largest quantity a line may hold), on the terms that oldest line was agreed on.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Carts {
    Table,
    BuyerCoopId,
    Revision,
    ChangedByUserId,
    ChangedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CartLines {
    Table,
    UserId,
    AddedByUserId,
    BuyerCoopId,
    ListingId,
    ChangedByUserId,
    ChangedAt,
}

#[derive(DeriveIden)]
enum Coops {
    Table,
    Id,
}

/// `domain::bounds::MAX_QUANTITY_MILLI`, which a merged line may not pass.
const MAX_QUANTITY_MILLI: i64 = 10_000_000_000;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Carts::Table)
                .col(integer(Carts::BuyerCoopId).primary_key())
                .col(big_integer(Carts::Revision).default(0))
                .col(integer_null(Carts::ChangedByUserId))
                .col(timestamp_with_time_zone_null(Carts::ChangedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Carts::Table, Carts::BuyerCoopId)
                        .to(Coops::Table, Coops::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        last_change_columns(m, true).await?;
        merge_lines(m).await?;
        rekey_lines(
            m,
            (
                "idx_cart_lines_owner_listing",
                "idx_cart_lines_coop_listing",
            ),
            (CartLines::UserId, CartLines::AddedByUserId),
            &[CartLines::BuyerCoopId, CartLines::ListingId],
        )
        .await?;
        m.get_connection()
            .execute_unprepared(
                "INSERT INTO carts (buyer_coop_id, revision) \
                 SELECT DISTINCT buyer_coop_id, 1 FROM cart_lines",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        rekey_lines(
            m,
            (
                "idx_cart_lines_coop_listing",
                "idx_cart_lines_owner_listing",
            ),
            (CartLines::AddedByUserId, CartLines::UserId),
            &[
                CartLines::UserId,
                CartLines::BuyerCoopId,
                CartLines::ListingId,
            ],
        )
        .await?;
        last_change_columns(m, false).await?;
        m.drop_table(Table::drop().table(Carts::Table).to_owned())
            .await
    }
}

/// Adds (or drops) the lines' last change, who and when: one column a statement, as SQLite
/// alters tables.
async fn last_change_columns(m: &SchemaManager<'_>, add: bool) -> Result<(), DbErr> {
    for col in [CartLines::ChangedByUserId, CartLines::ChangedAt] {
        let mut alter = Table::alter();
        alter.table(CartLines::Table);
        match (add, col) {
            (false, _) => alter.drop_column(col),
            (true, CartLines::ChangedAt) => alter.add_column(timestamp_with_time_zone_null(col)),
            (true, _) => alter.add_column(integer_null(col)),
        };
        m.alter_table(alter.to_owned()).await?;
    }
    Ok(())
}

/// Swaps the lines' unique key: drops the index `names.0`, renames the author column
/// `author.0` to `author.1`, and makes `names.1` unique over `key`.
async fn rekey_lines(
    m: &SchemaManager<'_>,
    names: (&str, &str),
    author: (CartLines, CartLines),
    key: &[CartLines],
) -> Result<(), DbErr> {
    m.drop_index(
        Index::drop()
            .name(names.0)
            .table(CartLines::Table)
            .to_owned(),
    )
    .await?;
    m.alter_table(
        Table::alter()
            .table(CartLines::Table)
            .rename_column(author.0, author.1)
            .to_owned(),
    )
    .await?;
    let mut index = Index::create();
    index.name(names.1).table(CartLines::Table).unique();
    for &col in key {
        index.col(col);
    }
    m.create_index(index.to_owned()).await
}

/// Folds each co-op's lines for one listing into the oldest: the quantities summed (bounded),
/// the newest duplicate's author and time as its last change; then deletes the others.
async fn merge_lines(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = m.get_connection();
    let same =
        "d.buyer_coop_id = cart_lines.buyer_coop_id AND d.listing_id = cart_lines.listing_id";
    let newest =
        format!("(SELECT d.{{col}} FROM cart_lines d WHERE {same} ORDER BY d.id DESC LIMIT 1)");
    let sql = format!(
        "UPDATE cart_lines SET \
         quantity_milli = (SELECT CASE WHEN SUM(d.quantity_milli) > {MAX_QUANTITY_MILLI} \
             THEN {MAX_QUANTITY_MILLI} ELSE SUM(d.quantity_milli) END \
             FROM cart_lines d WHERE {same}), \
         changed_by_user_id = {by}, changed_at = {at} \
         WHERE EXISTS (SELECT 1 FROM cart_lines d WHERE {same} AND d.id > cart_lines.id) \
         AND NOT EXISTS (SELECT 1 FROM cart_lines d WHERE {same} AND d.id < cart_lines.id)",
        by = newest.replace("{col}", "user_id"),
        at = newest.replace("{col}", "created_at"),
    );
    db.execute_unprepared(&sql).await?;
    db.execute_unprepared(&format!(
        "DELETE FROM cart_lines WHERE EXISTS \
         (SELECT 1 FROM cart_lines d WHERE {same} AND d.id < cart_lines.id)"
    ))
    .await?;
    Ok(())
}
