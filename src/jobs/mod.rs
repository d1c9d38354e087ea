//! Background work beside the web server: sending the mail outbox, settling after the dispute
//! window, checkpointing SQLite's WAL.
pub mod checkpoint;
pub mod mail;
pub mod settlement;
pub mod transfers;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::config::Config;
use crate::group_commit::Writes;
use crate::mail::{MailError, Mailer};
use crate::store::order_batch::OrderJob;

/// What a worker calls once it has committed a change a page may show.
pub type Changed = Arc<dyn Fn() + Send + Sync>;

/// The running background workers; `shutdown` stops them.
pub struct Jobs {
    stop: oneshot::Sender<()>,
    mail: JoinHandle<()>,
    settlement: Option<(oneshot::Sender<()>, JoinHandle<()>)>,
    checkpoint: Option<JoinHandle<()>>,
}

/// Starts the mail worker with the mailer `config` describes (as `serve` does), the settlement
/// worker when orders settle after a delay, and on SQLite the WAL checkpointer, on a connection
/// of its own. On SQLite the mail worker writes through `writes` (the server's writer: one
/// writer, no waiting for the lock); on PostgreSQL in transactions of its own, beside it.
/// `changed` is called after the settlement worker has settled an order (the server's caches).
pub fn start(
    writes: &Writes<OrderJob>,
    config: &Config,
    changed: Changed,
) -> Result<Jobs, MailError> {
    let db = writes.db().clone();
    let mailer = Mailer::from_config(config)?;
    tracing::info!("mail worker started, sending via {}", mailer.describe());
    let sqlite = db.get_database_backend() == sea_orm::DbBackend::Sqlite;
    let mail_writes = if sqlite {
        writes.clone()
    } else {
        Writes::direct(db.clone())
    };
    let (stop, stopped) = oneshot::channel::<()>();
    let mail = tokio::spawn(mail::run_mail_worker(mail_writes, mailer, async move {
        let _ = stopped.await;
    }));
    let checkpoint = sqlite.then(|| tokio::spawn(checkpoint::run(config.database_url.clone())));
    // With no delay, orders settle in the same transaction as the delivery; no worker is needed.
    let settlement = (config.settlement_delay_secs > 0).then(|| {
        let (stop, stopped) = oneshot::channel::<()>();
        let delay = Duration::from_secs(config.settlement_delay_secs);
        let handle = tokio::spawn(settlement::run(db, delay, changed, async move {
            let _ = stopped.await;
        }));
        (stop, handle)
    });
    Ok(Jobs {
        stop,
        mail,
        settlement,
        checkpoint,
    })
}

impl Jobs {
    /// Asks the workers to stop once the message in hand is done, waiting at most `grace`.
    pub async fn shutdown(self, grace: Duration) {
        let _ = self.stop.send(());
        // An interrupted checkpoint leaves the database as it was: no need to wait for it.
        if let Some(handle) = self.checkpoint {
            handle.abort();
        }
        if let Some((stop, handle)) = self.settlement {
            let _ = stop.send(());
            let _ = tokio::time::timeout(grace, handle).await;
        }
        if tokio::time::timeout(grace, self.mail).await.is_err() {
            tracing::warn!("mail worker did not stop within {grace:?}");
        }
    }
}
