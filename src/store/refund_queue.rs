//! The card refunds waiting to be sent to Stripe, and the transfer reversals that go with them:
//! read and marked by the job outside any transaction; each call's key was fixed at recording.
use std::collections::HashMap;

use entity::{pending_transfer as transfer, refund};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::status::{PaymentMethod, RefundStatus, ReversalStatus};
use crate::error::AppError;

/// Most attempts at a refund (and its reversal) before it waits for a person.
const MAX_ATTEMPTS: i32 = 10;

/// Card refunds not sent yet and not given up on, oldest first.
pub async fn due_refunds(db: &impl ConnectionTrait) -> Result<Vec<refund::Model>, AppError> {
    Ok(refund::Entity::find()
        .filter(refund::Column::Via.eq(PaymentMethod::Card))
        .filter(refund::Column::Status.is_in([RefundStatus::Pending, RefundStatus::Failed]))
        .filter(refund::Column::Attempts.lt(MAX_ATTEMPTS))
        .order_by_asc(refund::Column::Id)
        .all(db)
        .await?)
}

/// Sent card refunds whose seller's transfer must still be reversed, with the transfer's id;
/// a reversal waits while its transfer is not sent yet.
pub async fn due_reversals(
    db: &impl ConnectionTrait,
) -> Result<Vec<(refund::Model, String)>, AppError> {
    let rows = refund::Entity::find()
        .filter(refund::Column::Status.eq(RefundStatus::Succeeded))
        .filter(refund::Column::ReversalStatus.is_in([ReversalStatus::Due, ReversalStatus::Failed]))
        .filter(refund::Column::Attempts.lt(MAX_ATTEMPTS))
        .order_by_asc(refund::Column::Id)
        .all(db)
        .await?;
    // The sent transfers of those refunds' orders, in one query.
    let sent: HashMap<i32, String> = transfer::Entity::find()
        .filter(transfer::Column::OrderId.is_in(rows.iter().map(|r| r.order_id)))
        .filter(transfer::Column::TransferId.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|t| Some((t.order_id, t.transfer_id?)))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let tr = sent.get(&r.order_id)?.clone();
            Some((r, tr))
        })
        .collect())
}

async fn mark(
    db: &impl ConnectionTrait,
    id: i32,
    cols: Vec<(refund::Column, sea_orm::sea_query::SimpleExpr)>,
    attempt: bool,
) -> Result<(), AppError> {
    let mut q = refund::Entity::update_many()
        .col_expr(refund::Column::UpdatedAt, Expr::value(super::now()))
        .filter(refund::Column::Id.eq(id));
    for (c, v) in cols {
        q = q.col_expr(c, v);
    }
    if attempt {
        q = q.col_expr(
            refund::Column::Attempts,
            Expr::col(refund::Column::Attempts).add(1),
        );
    }
    q.exec(db).await?;
    Ok(())
}

fn short(error: &str) -> String {
    error.chars().take(1000).collect()
}

pub async fn refund_sent(
    db: &impl ConnectionTrait,
    id: i32,
    stripe_id: &str,
) -> Result<(), AppError> {
    let cols = vec![
        (refund::Column::Status, Expr::value(RefundStatus::Succeeded)),
        (refund::Column::StripeRefundId, Expr::value(stripe_id)),
        (refund::Column::LastError, Expr::value("")),
    ];
    mark(db, id, cols, false).await
}

pub async fn refund_failed(
    db: &impl ConnectionTrait,
    id: i32,
    error: &str,
) -> Result<(), AppError> {
    let cols = vec![
        (refund::Column::Status, Expr::value(RefundStatus::Failed)),
        (refund::Column::LastError, Expr::value(short(error))),
    ];
    mark(db, id, cols, true).await
}

pub async fn reversal_sent(
    db: &impl ConnectionTrait,
    id: i32,
    transfer_id: &str,
    reversal_id: &str,
) -> Result<(), AppError> {
    let cols = vec![
        (
            refund::Column::ReversalStatus,
            Expr::value(ReversalStatus::Sent),
        ),
        (refund::Column::TransferId, Expr::value(transfer_id)),
        (refund::Column::ReversalId, Expr::value(reversal_id)),
        (refund::Column::LastError, Expr::value("")),
    ];
    mark(db, id, cols, false).await
}

pub async fn reversal_failed(
    db: &impl ConnectionTrait,
    id: i32,
    error: &str,
) -> Result<(), AppError> {
    let cols = vec![
        (
            refund::Column::ReversalStatus,
            Expr::value(ReversalStatus::Failed),
        ),
        (refund::Column::LastError, Expr::value(short(error))),
    ];
    mark(db, id, cols, true).await
}
