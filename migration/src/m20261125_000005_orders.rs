//! Carts, checkouts (with their idempotency keys), orders with snapshotted lines, and order history.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CartLines {
    Table,
    Id,
    UserId,
    BuyerCoopId,
    ListingId,
    QuantityMilli,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Checkouts {
    Table,
    Id,
    BuyerCoopId,
    PlacedBy,
    IdempotencyKey,
    RequestHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Orders {
    Table,
    Id,
    CheckoutId,
    BuyerCoopId,
    SellerCoopId,
    Currency,
    SubtotalMinor,
    FeeRateBp,
    PoolNumerator,
    PoolDenominator,
    BuyerWeight,
    SellerWeight,
    FeeMinor,
    PoolMinor,
    SellerShareMinor,
    BuyerShareMinor,
    State,
    DeliveryAddress,
    Note,
    PlacedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrderLines {
    Table,
    Id,
    OrderId,
    ListingId,
    Title,
    Unit,
    UnitPriceMinor,
    QuantityMilli,
    LineTotalMinor,
    ReservedMilli,
}

#[derive(DeriveIden)]
enum OrderEvents {
    Table,
    Id,
    OrderId,
    ActorUserId,
    ActorRole,
    Action,
    FromState,
    ToState,
    Note,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
#[derive(DeriveIden)]
enum Coops {
    Table,
    Id,
}
#[derive(DeriveIden)]
enum Listings {
    Table,
    Id,
}

fn fk(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .to_owned()
}

fn idx(name: &str, table: impl IntoIden, cols: Vec<DynIden>) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(table);
    for c in cols {
        i.col(c);
    }
    i.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CartLines::Table)
                .col(pk_auto(CartLines::Id))
                .col(integer(CartLines::UserId))
                .col(integer(CartLines::BuyerCoopId))
                .col(integer(CartLines::ListingId))
                .col(big_integer(CartLines::QuantityMilli))
                .col(timestamp_with_time_zone(CartLines::CreatedAt))
                .foreign_key(
                    &mut fk(
                        (CartLines::Table, CartLines::UserId),
                        (Users::Table, Users::Id),
                    )
                    .on_delete(ForeignKeyAction::Cascade)
                    .to_owned(),
                )
                .foreign_key(
                    &mut fk(
                        (CartLines::Table, CartLines::BuyerCoopId),
                        (Coops::Table, Coops::Id),
                    )
                    .on_delete(ForeignKeyAction::Cascade)
                    .to_owned(),
                )
                .foreign_key(
                    &mut fk(
                        (CartLines::Table, CartLines::ListingId),
                        (Listings::Table, Listings::Id),
                    )
                    .on_delete(ForeignKeyAction::Cascade)
                    .to_owned(),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            idx(
                "idx_cart_lines_owner_listing",
                CartLines::Table,
                vec![
                    CartLines::UserId.into_iden(),
                    CartLines::BuyerCoopId.into_iden(),
                    CartLines::ListingId.into_iden(),
                ],
            )
            .unique()
            .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Checkouts::Table)
                .col(pk_auto(Checkouts::Id))
                .col(integer(Checkouts::BuyerCoopId))
                .col(integer(Checkouts::PlacedBy))
                .col(string_len_null(Checkouts::IdempotencyKey, 255))
                .col(string_len(Checkouts::RequestHash, 64))
                .col(timestamp_with_time_zone(Checkouts::CreatedAt))
                .foreign_key(&mut fk(
                    (Checkouts::Table, Checkouts::BuyerCoopId),
                    (Coops::Table, Coops::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            idx(
                "idx_checkouts_coop_key",
                Checkouts::Table,
                vec![
                    Checkouts::BuyerCoopId.into_iden(),
                    Checkouts::IdempotencyKey.into_iden(),
                ],
            )
            .unique()
            .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Orders::Table)
                .col(pk_auto(Orders::Id))
                .col(integer(Orders::CheckoutId))
                .col(integer(Orders::BuyerCoopId))
                .col(integer(Orders::SellerCoopId))
                .col(string_len(Orders::Currency, 3))
                .col(big_integer(Orders::SubtotalMinor))
                .col(integer(Orders::FeeRateBp))
                .col(integer(Orders::PoolNumerator))
                .col(integer(Orders::PoolDenominator))
                .col(integer(Orders::BuyerWeight))
                .col(integer(Orders::SellerWeight))
                .col(big_integer(Orders::FeeMinor))
                .col(big_integer(Orders::PoolMinor))
                .col(big_integer(Orders::SellerShareMinor))
                .col(big_integer(Orders::BuyerShareMinor))
                .col(string_len(Orders::State, 16))
                .col(text(Orders::DeliveryAddress))
                .col(text(Orders::Note))
                .col(integer(Orders::PlacedBy))
                .col(timestamp_with_time_zone(Orders::CreatedAt))
                .col(timestamp_with_time_zone(Orders::UpdatedAt))
                .foreign_key(&mut fk(
                    (Orders::Table, Orders::CheckoutId),
                    (Checkouts::Table, Checkouts::Id),
                ))
                .foreign_key(&mut fk(
                    (Orders::Table, Orders::BuyerCoopId),
                    (Coops::Table, Coops::Id),
                ))
                .foreign_key(&mut fk(
                    (Orders::Table, Orders::SellerCoopId),
                    (Coops::Table, Coops::Id),
                ))
                .to_owned(),
        )
        .await?;
        for (name, cols) in [
            (
                "idx_orders_buyer_state",
                vec![
                    Orders::BuyerCoopId.into_iden(),
                    Orders::State.into_iden(),
                    Orders::Id.into_iden(),
                ],
            ),
            (
                "idx_orders_seller_state",
                vec![
                    Orders::SellerCoopId.into_iden(),
                    Orders::State.into_iden(),
                    Orders::Id.into_iden(),
                ],
            ),
            ("idx_orders_checkout", vec![Orders::CheckoutId.into_iden()]),
            (
                "idx_orders_state_updated",
                vec![Orders::State.into_iden(), Orders::UpdatedAt.into_iden()],
            ),
        ] {
            m.create_index(idx(name, Orders::Table, cols)).await?;
        }
        m.create_table(
            Table::create()
                .table(OrderLines::Table)
                .col(pk_auto(OrderLines::Id))
                .col(integer(OrderLines::OrderId))
                .col(integer(OrderLines::ListingId))
                .col(string(OrderLines::Title))
                .col(string_len(OrderLines::Unit, 16))
                .col(big_integer(OrderLines::UnitPriceMinor))
                .col(big_integer(OrderLines::QuantityMilli))
                .col(big_integer(OrderLines::LineTotalMinor))
                .col(big_integer(OrderLines::ReservedMilli))
                .foreign_key(&mut fk(
                    (OrderLines::Table, OrderLines::OrderId),
                    (Orders::Table, Orders::Id),
                ))
                .foreign_key(&mut fk(
                    (OrderLines::Table, OrderLines::ListingId),
                    (Listings::Table, Listings::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(idx(
            "idx_order_lines_order",
            OrderLines::Table,
            vec![OrderLines::OrderId.into_iden()],
        ))
        .await?;
        m.create_table(
            Table::create()
                .table(OrderEvents::Table)
                .col(pk_auto(OrderEvents::Id))
                .col(integer(OrderEvents::OrderId))
                .col(integer_null(OrderEvents::ActorUserId))
                .col(string_len(OrderEvents::ActorRole, 16))
                .col(string_len(OrderEvents::Action, 32))
                .col(string_len_null(OrderEvents::FromState, 16))
                .col(string_len(OrderEvents::ToState, 16))
                .col(text(OrderEvents::Note))
                .col(timestamp_with_time_zone(OrderEvents::CreatedAt))
                .foreign_key(&mut fk(
                    (OrderEvents::Table, OrderEvents::OrderId),
                    (Orders::Table, Orders::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(idx(
            "idx_order_events_order",
            OrderEvents::Table,
            vec![OrderEvents::OrderId.into_iden()],
        ))
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            OrderEvents::Table.into_iden(),
            OrderLines::Table.into_iden(),
            Orders::Table.into_iden(),
            Checkouts::Table.into_iden(),
            CartLines::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
