//! Background work beside the web server: for now, sending the mail outbox.
pub mod mail;
pub mod transfers;

use std::time::Duration;

use sea_orm::DatabaseConnection;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::config::Config;
use crate::mail::{MailError, Mailer};

/// The running background workers; `shutdown` stops them.
pub struct Jobs {
    stop: oneshot::Sender<()>,
    mail: JoinHandle<()>,
}

/// Starts the mail worker with the mailer `config` describes (as `serve` does).
pub fn start(db: DatabaseConnection, config: &Config) -> Result<Jobs, MailError> {
    let mailer = Mailer::from_config(config)?;
    tracing::info!("mail worker started, sending via {}", mailer.describe());
    let (stop, stopped) = oneshot::channel::<()>();
    let mail = tokio::spawn(mail::run_mail_worker(db, mailer, async move {
        let _ = stopped.await;
    }));
    Ok(Jobs { stop, mail })
}

impl Jobs {
    /// Asks the workers to stop once the message in hand is done, waiting at most `grace`.
    pub async fn shutdown(self, grace: Duration) {
        let _ = self.stop.send(());
        if tokio::time::timeout(grace, self.mail).await.is_err() {
            tracing::warn!("mail worker did not stop within {grace:?}");
        }
    }
}
