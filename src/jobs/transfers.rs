//! Sends queued transfers (sellers' proceeds after settlement), then recorded card refunds and
//! their transfer reversals, through the gateway, and books the processor's fees, outside any
//! transaction. Two instances sending the same row are harmless: each call's idempotency key
//! is fixed (the order's for a transfer, the refund's for a refund and its reversal).
use std::sync::Arc;
use std::time::Duration;

use sea_orm::DatabaseConnection;
use tokio::task::JoinHandle;

use crate::payments::Gateway;

/// How often the queue is looked at.
pub const INTERVAL: Duration = Duration::from_secs(30);

/// Starts the transfer worker; abort the handle to stop it. `changed` is called after a round
/// that sent or booked anything.
pub fn spawn(
    db: DatabaseConnection,
    gateway: Arc<dyn Gateway>,
    changed: super::Changed,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let mut done = 0;
            match gateway.send_transfers(&db).await {
                Ok(0) => {}
                Ok(n) => {
                    done += n;
                    tracing::info!("sent {n} transfer(s) through {}", gateway.name())
                }
                Err(e) => tracing::warn!("transfer worker: {e}"),
            }
            match gateway.send_refunds(&db).await {
                Ok(0) => {}
                Ok(n) => {
                    done += n;
                    tracing::info!("sent {n} refund call(s) through {}", gateway.name())
                }
                Err(e) => tracing::warn!("refund worker: {e}"),
            }
            match gateway.record_processing_fees(&db).await {
                Ok(n) => done += n,
                Err(e) => tracing::warn!("processing fees: {e}"),
            }
            if done > 0 {
                changed();
            }
            tokio::time::sleep(INTERVAL).await;
        }
    })
}
