//! A cart line remembers the terms it was added on (the unit price and the minimum order), so
//! checkout can tell the buyer when the seller changed them and ask again before placing.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CartLines {
    Table,
    UnitPriceMinor,
    MinOrderMilli,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in [CartLines::UnitPriceMinor, CartLines::MinOrderMilli] {
            m.alter_table(
                Table::alter()
                    .table(CartLines::Table)
                    .add_column(big_integer(col).default(0))
                    .to_owned(),
            )
            .await?;
        }
        // Lines already in carts were added on the listing's terms as they stand now.
        m.get_connection()
            .execute_unprepared(
                "UPDATE cart_lines SET \
                 unit_price_minor = (SELECT price_minor FROM listings WHERE listings.id = cart_lines.listing_id), \
                 min_order_milli = (SELECT min_order_milli FROM listings WHERE listings.id = cart_lines.listing_id)",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in [CartLines::UnitPriceMinor, CartLines::MinOrderMilli] {
            m.alter_table(
                Table::alter()
                    .table(CartLines::Table)
                    .drop_column(col)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
