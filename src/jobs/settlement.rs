//! Settles delivered orders once the dispute window (`SETTLEMENT_DELAY`) has passed.
use std::time::Duration;

use chrono::TimeDelta;
use entity::order;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::domain::order_state::OrderState;
use crate::error::AppError;
use crate::store;

/// Settles every order delivered more than `delay` ago, each in its own transaction; returns how many.
pub async fn settle_due(db: &DatabaseConnection, delay: Duration) -> Result<usize, AppError> {
    let cutoff = store::now() - TimeDelta::from_std(delay).unwrap_or(TimeDelta::MAX);
    let due: Vec<i32> = order::Entity::find()
        .select_only()
        .column(order::Column::Id)
        .filter(order::Column::State.eq(OrderState::Delivered))
        .filter(order::Column::UpdatedAt.lte(cutoff))
        .order_by_asc(order::Column::Id)
        .limit(500)
        .into_tuple()
        .all(db)
        .await?;
    let mut settled = 0;
    for id in due {
        // Another worker or a dispute may have moved it meanwhile: that is a conflict, not a failure.
        match store::orders::door::settle(db, id).await {
            Ok(_) => settled += 1,
            Err(AppError::Conflict(_)) | Err(AppError::Forbidden(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(settled)
}

/// Polls for due settlements until `shutdown` resolves; calls `changed` after settling any.
pub async fn run(
    db: DatabaseConnection,
    delay: Duration,
    changed: super::Changed,
    shutdown: impl std::future::Future<Output = ()> + Send,
) {
    tokio::pin!(shutdown);
    loop {
        match settle_due(&db, delay).await {
            Ok(0) => {}
            Ok(_) => changed(),
            Err(e) => tracing::error!(error = %e, "settlement worker"),
        }
        tokio::select! {
            _ = &mut shutdown => return,
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
        }
    }
}
