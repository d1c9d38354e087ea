//! Group commit: on SQLite, the write transactions of concurrent requests are run one after the
//! other by one writer inside one database transaction, which commits once for all of them.
//!
//! SQLite lets one connection write at a time, and a commit costs more than the statements of a
//! typical request (the WAL write, and a checkpoint now and then). A writer that takes every
//! request waiting for it, runs them in turn in one transaction and commits once holds the write
//! lock without gaps and pays one commit per batch instead of one per request.
//!
//! Each request still sees the database as if it ran alone and after the ones before it in its
//! batch, and it hears back only after its batch has committed, so a crash loses nothing that was
//! answered. When one request of a batch fails, the whole batch is rolled back and each of its
//! requests runs again in a transaction of its own: the failing one gets its error, the others
//! commit. Work is therefore a function that may run twice and has no effect but on the database.
//!
//! PostgreSQL has row locks and many writers: there [`Writes`] runs each request in a transaction
//! of its own, at once, by default (`GROUP_COMMIT=on` batches there too). Measured with the order
//! benchmark on 2 cores: SQLite 206 orders/s without, 420/s with; PostgreSQL 152/s without and
//! 139/s with one writer (each statement waits a round trip), far worse with several writers
//! (their batches lock the same listing and ledger rows in different orders).
use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use sea_orm::{DatabaseConnection, DatabaseTransaction};
use tokio::sync::{mpsc, oneshot};

use crate::db::begin_write;
use crate::error::AppError;

/// A future borrowing the transaction it runs in.
pub type TxFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, AppError>> + Send + 'a>>;

type Value = Box<dyn Any + Send>;
type Work = Arc<dyn for<'a> Fn(&'a DatabaseTransaction) -> TxFuture<'a, Value> + Send + Sync>;

struct Job {
    work: Work,
    reply: oneshot::Sender<Result<Value, AppError>>,
}

/// The most requests one batch takes: enough to share a commit among all the clients of a busy
/// server, few enough that a batch that must be run again request by request stays short.
const MAX_BATCH: usize = 64;

/// Where write transactions go: the group-commit writer (SQLite), or straight to the pool.
#[derive(Clone)]
pub struct Writes {
    db: DatabaseConnection,
    writer: Option<mpsc::UnboundedSender<Job>>,
}

impl Writes {
    /// Group commit when `on` says so, and by default on SQLite; a transaction per request
    /// otherwise. Starts the writer task, so it must be called inside a Tokio runtime.
    pub fn new(db: DatabaseConnection, on: Option<bool>) -> Writes {
        let sqlite = db.get_database_backend() == sea_orm::DbBackend::Sqlite;
        if on.unwrap_or(sqlite) {
            Writes::grouped(db)
        } else {
            Writes::direct(db)
        }
    }

    /// Every request in a write transaction of its own.
    pub fn direct(db: DatabaseConnection) -> Writes {
        Writes { db, writer: None }
    }

    /// Requests batched by one writer task, which ends when the last `Writes` is dropped.
    pub fn grouped(db: DatabaseConnection) -> Writes {
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(writer(db.clone(), rx));
        Writes {
            db,
            writer: Some(tx),
        }
    }

    /// The connection pool, for reads outside any write transaction.
    pub fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Runs `work` in a write transaction and returns its result once that has committed.
    /// `work` may run twice (see the module's notes); an error rolls back all it did.
    pub async fn run<T, F>(&self, work: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: for<'a> Fn(&'a DatabaseTransaction) -> TxFuture<'a, T> + Send + Sync + 'static,
    {
        let Some(writer) = &self.writer else {
            return run_alone(&self.db, &work).await;
        };
        let work: Work = Arc::new(move |tx| {
            let fut = work(tx);
            Box::pin(async move { fut.await.map(|v| Box::new(v) as Value) })
        });
        let (reply, answer) = oneshot::channel();
        writer
            .send(Job { work, reply })
            .map_err(|_| AppError::Internal("the database writer has stopped".into()))?;
        let value = answer.await.map_err(|_| {
            AppError::Internal(
                "the database writer dropped this request (its batch panicked)".into(),
            )
        })??;
        value
            .downcast::<T>()
            .map(|v| *v)
            .map_err(|_| AppError::Internal("the database writer answered another type".into()))
    }
}

async fn run_alone<T, F>(db: &DatabaseConnection, work: &F) -> Result<T, AppError>
where
    F: ?Sized + for<'a> Fn(&'a DatabaseTransaction) -> TxFuture<'a, T>,
{
    let tx = begin_write(db).await?;
    let value = work(&tx).await?;
    tx.commit().await?;
    Ok(value)
}

/// Takes what is waiting (at least one job, at most `MAX_BATCH`), runs it as one transaction,
/// answers, and goes on until every sender is gone. Each batch runs as a task of its own, so a
/// job that panics fails its batch's requests (their callers get a 500) and no others.
async fn writer(db: DatabaseConnection, mut jobs: mpsc::UnboundedReceiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while jobs.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let _ = tokio::spawn(run_batch(db.clone(), std::mem::take(&mut batch))).await;
    }
}

async fn run_batch(db: DatabaseConnection, batch: Vec<Job>) {
    let db = &db;
    if batch.len() > 1 {
        // On an error the batch is rolled back, and each job runs again on its own below.
        if let Ok(values) = run_together(db, &batch).await {
            for (job, value) in batch.into_iter().zip(values) {
                // A caller that has gone away (its request dropped) no longer needs the answer.
                let _ = job.reply.send(Ok(value));
            }
            return;
        }
    }
    for job in batch {
        let result = run_alone(db, &*job.work).await;
        let _ = job.reply.send(result);
    }
}

/// All of `batch` in one transaction: every job's value, or the first error (all rolled back).
async fn run_together(db: &DatabaseConnection, batch: &[Job]) -> Result<Vec<Value>, AppError> {
    let tx = begin_write(db).await?;
    let mut values = Vec::with_capacity(batch.len());
    for job in batch {
        values.push((job.work)(&tx).await?);
    }
    tx.commit().await?;
    Ok(values)
}
