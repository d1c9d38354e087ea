//! Group commit: the write transactions of concurrent requests are run by one writer inside one
//! database transaction, which commits once for all of them.
//!
//! SQLite lets one connection write at a time, and a commit costs more than the statements of a
//! typical request (the WAL write). A writer that takes every request waiting for it (at most
//! `MAX_BATCH`), runs them in one transaction and commits once holds the write lock without gaps
//! and pays one commit per batch instead of one per request. On PostgreSQL the same batches save
//! round trips: a kind of job ([`Job`]) runs its whole batch at once, and the order desk
//! (`store::order_batch`) writes a batch of placements and actions with a few multi-row
//! statements whatever their number.
//!
//! Each request still sees the database as if it ran alone and after the ones before it in its
//! batch, and it hears back only after its batch has committed, so a crash loses nothing that was
//! answered. A request refused by its job (403, 409, 422...) wrote nothing and the others commit;
//! when a batch as a whole fails, it is rolled back and each of its requests runs again in a
//! transaction of its own. Work is therefore something that may run twice and has no effect but
//! on the database. Its throughput is measured by `make bench` (`docs/benchmarks.md`).
use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::db::begin_write;
use crate::error::AppError;

/// A future borrowing the transaction it runs in.
pub type TxFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, AppError>> + Send + 'a>>;

/// A kind of request the writer batches.
pub trait Job: Sized + Send + Sync + 'static {
    type Output: Send + 'static;

    /// Runs `jobs` in `tx` as if one after the other, and returns one result per job. A job whose
    /// result is an error must have written nothing, as the batch commits. An error of the whole
    /// call rolls the batch back, and each of its jobs runs again alone (so a job may run twice,
    /// and must have no effect but on the database).
    fn run_all<'a>(
        tx: &'a DatabaseTransaction,
        jobs: &'a [Self],
    ) -> TxFuture<'a, Vec<Result<Self::Output, AppError>>>;
}

/// What a [`Work`] returns.
pub type Value = Box<dyn Any + Send>;
type WorkFn = dyn for<'a> Fn(&'a DatabaseTransaction) -> TxFuture<'a, Value> + Send + Sync;

/// Any write transaction, as a function of it: a batch runs them in turn, and the first error
/// rolls the whole batch back (what a function wrote before failing cannot be told apart).
#[derive(Clone)]
pub struct Work(Arc<WorkFn>);

impl Work {
    /// Runs the function in `tx`.
    pub fn call<'a>(&self, tx: &'a DatabaseTransaction) -> TxFuture<'a, Value> {
        (self.0)(tx)
    }
}

impl Job for Work {
    type Output = Value;

    fn run_all<'a>(
        tx: &'a DatabaseTransaction,
        jobs: &'a [Self],
    ) -> TxFuture<'a, Vec<Result<Value, AppError>>> {
        Box::pin(async move {
            let mut values = Vec::with_capacity(jobs.len());
            for job in jobs {
                values.push(Ok(job.call(tx).await?));
            }
            Ok(values)
        })
    }
}

/// A kind of job that can also carry any write transaction ([`Work`]), so that writes of other
/// kinds share its writer (on SQLite, a second writer would wait for the lock).
pub trait CarriesWork: Job {
    fn work(work: Work) -> Self;
    /// The value of a `work` job's output.
    fn value(output: Self::Output) -> Result<Value, AppError>;
}

impl CarriesWork for Work {
    fn work(work: Work) -> Self {
        work
    }

    fn value(output: Value) -> Result<Value, AppError> {
        Ok(output)
    }
}

struct Queued<J: Job> {
    job: J,
    reply: oneshot::Sender<Result<J::Output, AppError>>,
}

/// The most requests one batch takes: enough to share a commit among all the clients of a busy
/// server, few enough that a batch that must be run again request by request stays short.
const MAX_BATCH: usize = 64;

/// Where write transactions of one kind of job go: the group-commit writer, or straight to the pool.
pub struct Writes<J: Job = Work> {
    db: DatabaseConnection,
    writer: Option<mpsc::UnboundedSender<Queued<J>>>,
}

impl<J: Job> Clone for Writes<J> {
    fn clone(&self) -> Self {
        Writes {
            db: self.db.clone(),
            writer: self.writer.clone(),
        }
    }
}

impl<J: Job> Writes<J> {
    /// Every request in a write transaction of its own.
    pub fn direct(db: DatabaseConnection) -> Writes<J> {
        Writes { db, writer: None }
    }

    /// Requests batched by one writer task on `db`'s connections, which ends when the last
    /// `Writes` is dropped. Starts the writer task, so it must be called inside a Tokio runtime.
    /// A server uses `grouped_pinned`.
    pub fn grouped(db: DatabaseConnection) -> Writes<J> {
        let (tx, rx) = mpsc::unbounded_channel();
        spawn_writer(db.clone(), rx);
        Writes {
            db,
            writer: Some(tx),
        }
    }

    /// `grouped` for a server: the writer runs on a thread and a runtime of its own, keeps to
    /// one CPU, and opens its own connections there (`open`; `db` stays the pool for reads).
    /// The writer and the connection's thread take turns; kept on one CPU, each hand-over wakes
    /// a thread where it is and no wake-up waits behind the HTTP tasks. Returns once the
    /// connections are open, or with the error that kept them shut.
    pub async fn grouped_pinned<F, Fut>(db: DatabaseConnection, open: F) -> Result<Writes<J>, DbErr>
    where
        F: FnOnce() -> Fut + Send + 'static,
        Fut: Future<Output = Result<DatabaseConnection, DbErr>>,
    {
        let (tx, queue) = mpsc::unbounded_channel();
        let (ready, opened) = oneshot::channel();
        let runtime = writer_runtime()
            .map_err(|e| DbErr::Custom(format!("the database writer's runtime: {e}")))?;
        start_writer_thread(runtime, true, move || async move {
            match open().await {
                Ok(writer_db) => {
                    let _ = ready.send(Ok(()));
                    writer(writer_db, queue).await;
                }
                Err(e) => {
                    let _ = ready.send(Err(e));
                }
            }
        })
        .map_err(|e| DbErr::Custom(format!("the database writer's thread: {e}")))?;
        opened
            .await
            .map_err(|_| DbErr::Custom("the database writer's thread ended".into()))??;
        Ok(Writes {
            db,
            writer: Some(tx),
        })
    }

    /// The connection pool, for reads outside any write transaction.
    pub fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Runs `job` in a write transaction and returns its result once that has committed.
    pub async fn submit(&self, job: J) -> Result<J::Output, AppError> {
        let Some(writer) = &self.writer else {
            return run_alone(&self.db, &job).await;
        };
        let (reply, answer) = oneshot::channel();
        writer
            .send(Queued { job, reply })
            .map_err(|_| AppError::Internal("the database writer has stopped".into()))?;
        answer.await.map_err(|_| {
            AppError::Internal(
                "the database writer dropped this request (its batch panicked)".into(),
            )
        })?
    }
}

impl<J: CarriesWork> Writes<J> {
    /// Runs `work` in a write transaction and returns its result once that has committed.
    /// `work` may run twice (see the module's notes); an error rolls back all it did.
    pub async fn run<T, F>(&self, work: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: for<'a> Fn(&'a DatabaseTransaction) -> TxFuture<'a, T> + Send + Sync + 'static,
    {
        let work = Work(Arc::new(move |tx| {
            let fut = work(tx);
            Box::pin(async move { fut.await.map(|v| Box::new(v) as Value) })
        }));
        J::value(self.submit(J::work(work)).await?)?
            .downcast::<T>()
            .map(|v| *v)
            .map_err(|_| AppError::Internal("the database writer answered another type".into()))
    }
}

/// One job in a transaction of its own, committed only when the job succeeded.
async fn run_alone<J: Job>(db: &DatabaseConnection, job: &J) -> Result<J::Output, AppError> {
    let tx = begin_write(db).await?;
    let result = J::run_all(&tx, std::slice::from_ref(job))
        .await?
        .pop()
        .ok_or_else(|| AppError::Internal("a write job gave no result".into()))?;
    let value = result?;
    tx.commit().await?;
    Ok(value)
}

/// Starts the writer task. On SQLite it gets a thread and a runtime of its own, so its
/// hand-overs to sqlx's SQLite thread never wait behind other tasks. On PostgreSQL, whose
/// connections belong to the runtime that opened them, it stays on the caller's runtime
/// (`grouped_pinned` opens them on the writer's).
fn spawn_writer<J: Job>(db: DatabaseConnection, queue: mpsc::UnboundedReceiver<Queued<J>>) {
    if db.get_database_backend() == sea_orm::DbBackend::Sqlite {
        match writer_runtime() {
            Ok(runtime) => {
                if let Err(e) = start_writer_thread(runtime, false, move || writer(db, queue)) {
                    tracing::error!("could not start the database writer's thread: {e}");
                }
                return;
            }
            Err(e) => tracing::warn!("the database writer shares the runtime: {e}"),
        }
    }
    tokio::spawn(writer(db, queue));
}

/// The one-thread Tokio runtime a writer's thread runs.
fn writer_runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
}

/// Starts the `db-writer` thread, kept to one CPU when `pinned` (`keep_to_one_cpu`), and runs
/// on `runtime` there the future `start` makes (made on that thread, so it need not be `Send`).
fn start_writer_thread<Fut: Future<Output = ()>>(
    runtime: tokio::runtime::Runtime,
    pinned: bool,
    start: impl FnOnce() -> Fut + Send + 'static,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("db-writer".into())
        .spawn(move || {
            if pinned {
                keep_to_one_cpu();
            }
            runtime.block_on(start());
        })?;
    Ok(())
}

/// Keeps the calling thread to the last of the CPUs the process may use, when it may use more
/// than one (see `Writes::grouped_pinned`); where that fails it runs on as it was.
#[cfg(target_os = "linux")]
fn keep_to_one_cpu() {
    let size = std::mem::size_of::<libc::cpu_set_t>();
    // SAFETY: `cpu_set_t` is plain bits, valid all zero; the calls read or fill exactly `size`
    // bytes of it and concern only this thread (pid 0).
    unsafe {
        let mut allowed: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, size, &mut allowed) != 0 || libc::CPU_COUNT(&allowed) < 2 {
            return;
        }
        let Some(last) = (0..libc::CPU_SETSIZE as usize)
            .rev()
            .find(|&cpu| libc::CPU_ISSET(cpu, &allowed))
        else {
            return;
        };
        let mut one: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(last, &mut one);
        if libc::sched_setaffinity(0, size, &one) != 0 {
            tracing::warn!(
                "the database writer could not keep to CPU {last}: {}",
                std::io::Error::last_os_error()
            );
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn keep_to_one_cpu() {}

/// The longest a PostgreSQL writer waits for the requests of its last batch to come back.
const LINGER_MAX: Duration = Duration::from_millis(3);
/// It stops waiting sooner when no request came for this long (Tokio's timers tick every
/// millisecond, so a shorter gap would be no shorter).
const LINGER_GAP: Duration = Duration::from_millis(2);

/// Takes what is waiting (at least one job, at most `MAX_BATCH`), runs it as one transaction,
/// answers, and goes on until every sender is gone. Each batch runs as a task of its own, so a
/// job that panics fails its batch's requests (their callers get a 500) and no others.
///
/// On PostgreSQL a batch costs about the same whatever its size, and a batch started at once
/// splits the callers into two groups waiting for each other's batch; so the writer first
/// waits for as many requests as its last batch had (`gather`). On SQLite a batch's cost grows
/// with its size and waiting does not pay.
async fn writer<J: Job>(db: DatabaseConnection, mut queue: mpsc::UnboundedReceiver<Queued<J>>) {
    let linger = db.get_database_backend() == sea_orm::DbBackend::Postgres;
    let mut batch = Vec::with_capacity(MAX_BATCH);
    let mut last = 0;
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        if linger {
            gather(&mut queue, &mut batch, last).await;
        }
        last = batch.len();
        let _ = tokio::spawn(run_batch(db.clone(), std::mem::take(&mut batch))).await;
    }
}

/// Adds the requests that arrive while `batch` is smaller than `wanted` (the last batch's
/// size): for at most `LINGER_MAX`, and only while they keep coming (`LINGER_GAP`). A writer
/// that had one request last time (no load) does not wait.
async fn gather<J: Job>(
    queue: &mut mpsc::UnboundedReceiver<Queued<J>>,
    batch: &mut Vec<Queued<J>>,
    wanted: usize,
) {
    let deadline = Instant::now() + LINGER_MAX;
    while batch.len() < wanted.min(MAX_BATCH) {
        let until = deadline.min(Instant::now() + LINGER_GAP);
        let room = MAX_BATCH - batch.len();
        match tokio::time::timeout_at(until, queue.recv_many(batch, room)).await {
            Ok(n) if n > 0 => {}
            // Nothing came in time, or every sender is gone.
            _ => return,
        }
    }
}

async fn run_batch<J: Job>(db: DatabaseConnection, batch: Vec<Queued<J>>) {
    let db = &db;
    let (jobs, replies): (Vec<J>, Vec<_>) = batch.into_iter().map(|q| (q.job, q.reply)).unzip();
    if jobs.len() > 1 {
        // On an error the batch is rolled back, and each job runs again on its own below.
        if let Ok(results) = run_together(db, &jobs).await {
            for (reply, result) in replies.into_iter().zip(results) {
                // A caller that has gone away (its request dropped) no longer needs the answer.
                let _ = reply.send(result);
            }
            return;
        }
    }
    for (job, reply) in jobs.iter().zip(replies) {
        let _ = reply.send(run_alone(db, job).await);
    }
}

/// All of `jobs` in one transaction, committed unless the batch as a whole failed.
async fn run_together<J: Job>(
    db: &DatabaseConnection,
    jobs: &[J],
) -> Result<Vec<Result<J::Output, AppError>>, AppError> {
    let tx = begin_write(db).await?;
    let results = J::run_all(&tx, jobs).await?;
    if results.len() != jobs.len() {
        return Err(AppError::Internal(
            "a write batch did not give one result per job".into(),
        ));
    }
    tx.commit().await?;
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A job that is never run: `gather` only counts them.
    fn queued() -> Queued<Work> {
        let (reply, _) = oneshot::channel();
        let job = Work(Arc::new(|_| Box::pin(async { Ok(Box::new(()) as Value) })));
        Queued { job, reply }
    }

    /// `n` requests, one every `every` (none: one after the other), from a task of their own.
    fn send(tx: &mpsc::UnboundedSender<Queued<Work>>, n: usize, every: Option<Duration>) {
        let tx = tx.clone();
        tokio::spawn(async move {
            for _ in 0..n {
                match every {
                    Some(every) => tokio::time::sleep(every).await,
                    None => tokio::task::yield_now().await,
                }
                let _ = tx.send(queued());
            }
        });
    }

    #[tokio::test(start_paused = true)]
    async fn waits_for_as_many_requests_as_the_last_batch_had() {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let mut batch = vec![queued()];
        send(&tx, 30, None);
        let start = Instant::now();
        gather(&mut rx, &mut batch, 25).await;
        assert_eq!((batch.len(), start.elapsed()), (25, Duration::ZERO));
    }

    #[tokio::test(start_paused = true)]
    async fn does_not_wait_after_a_batch_of_one_or_when_nothing_comes() {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let mut batch = vec![queued()];
        let start = Instant::now();
        gather(&mut rx, &mut batch, 1).await;
        assert_eq!((batch.len(), start.elapsed()), (1, Duration::ZERO));
        gather(&mut rx, &mut batch, 8).await;
        assert_eq!((batch.len(), start.elapsed()), (1, LINGER_GAP));
        drop(tx);
    }

    #[tokio::test(start_paused = true)]
    async fn stops_at_the_longest_wait_while_requests_trickle_in() {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let mut batch = vec![queued()];
        // One request a millisecond, each within the gap of the one before.
        send(&tx, 40, Some(Duration::from_millis(1)));
        let start = Instant::now();
        gather(&mut rx, &mut batch, 40).await;
        assert!(batch.len() > 2 && batch.len() < 10, "{}", batch.len());
        assert_eq!(start.elapsed(), LINGER_MAX);
    }

    #[tokio::test(start_paused = true)]
    async fn stops_when_every_sender_is_gone() {
        let (tx, mut rx) = mpsc::unbounded_channel::<Queued<Work>>();
        let mut batch = vec![queued()];
        drop(tx);
        gather(&mut rx, &mut batch, 10).await;
        assert_eq!(batch.len(), 1);
    }
}
