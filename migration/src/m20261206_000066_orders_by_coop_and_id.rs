//! The order lists' indexes: a co-op's orders as buyer or seller in id order. A page is "the
//! newest orders of this co-op below the cursor"; with only (coop, state, id) to go on, a list of
//! every state read all the co-op's orders and sorted them (SQLite's plan: a temporary B-tree
//! for the ORDER BY) to return 26. With (coop, id) a page at any depth is one index range.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Orders {
    Table,
    Id,
    BuyerCoopId,
    SellerCoopId,
}

const SELLER: &str = "idx_orders_seller_id";
const BUYER: &str = "idx_orders_buyer_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (name, coop) in [(SELLER, Orders::SellerCoopId), (BUYER, Orders::BuyerCoopId)] {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(Orders::Table)
                    .col(coop)
                    .col(Orders::Id)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for name in [SELLER, BUYER] {
            m.drop_index(Index::drop().name(name).table(Orders::Table).to_owned())
                .await?;
        }
        Ok(())
    }
}
