//! The mail worker: reads due messages from the outbox, sends them, marks them sent or schedules
//! a retry with exponential back-off. Several workers (one per instance) may run on one database;
//! they take turns (see [`Turn`]), so the one whose turn it is reads the due messages without
//! first writing a reservation on each.
//!
//! On SQLite its marks go through a [`Writes`], the server's group-commit writer, so they join the
//! order desk's transactions instead of waiting for SQLite's one write lock beside them.
use std::fs::{File, OpenOptions};
use std::future::Future;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use entity::outbox_message;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, Statement,
    TransactionTrait,
};
use tokio::sync::{Mutex, MutexGuard};

use crate::error::AppError;
use crate::group_commit::{CarriesWork, Work, Writes};
use crate::mail::{MailError, Mailer, Outgoing};
use crate::store::{self, outbox};

/// How the worker paces itself; tests shrink `base` to milliseconds.
#[derive(Clone, Debug)]
pub struct RetryPolicy {
    /// The first retry waits `2 × base`, the n-th `2^n × base`.
    pub base: Duration,
    /// No retry waits longer than this.
    pub max_delay: Duration,
    /// How long one batch may keep the turn; messages not tried by then wait for the next.
    pub turn: Duration,
    /// Messages read and sent per turn.
    pub batch: u64,
    /// Pause between looks at the outbox.
    pub poll: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            base: Duration::from_secs(1),
            max_delay: Duration::from_secs(3600),
            turn: Duration::from_secs(30),
            batch: 100,
            poll: Duration::from_secs(1),
        }
    }
}

impl RetryPolicy {
    /// The wait after the `attempts`-th failure: `2^attempts × base`, capped at `max_delay`.
    pub fn delay(&self, attempts: i32) -> Duration {
        u32::try_from(attempts)
            .ok()
            .and_then(|n| 2u32.checked_pow(n))
            .and_then(|factor| self.base.checked_mul(factor))
            .map_or(self.max_delay, |d| d.min(self.max_delay))
    }
}

/// Sends every message due now, with the default policy; returns how many were sent.
pub async fn drain_once(db: &DatabaseConnection, mailer: &Mailer) -> Result<usize, AppError> {
    drain(db, mailer, &RetryPolicy::default()).await
}

/// Sends every message that was due when it started (a failure is not retried in the same
/// call), stopping early where it finds another worker sending; returns how many the transport
/// accepted.
pub async fn drain(
    db: &DatabaseConnection,
    mailer: &Mailer,
    policy: &RetryPolicy,
) -> Result<usize, AppError> {
    drain_via(&Writes::<Work>::direct(db.clone()), mailer, policy).await
}

/// `drain`, marking on SQLite through `writes`.
pub async fn drain_via<J: CarriesWork>(
    writes: &Writes<J>,
    mailer: &Mailer,
    policy: &RetryPolicy,
) -> Result<usize, AppError> {
    let due_by = store::now();
    let lock = TurnLock::of(writes.db()).await?;
    let mut sent = 0;
    loop {
        // Another worker is sending: this one looks again at its next tick.
        let Some(turn) = Turn::take(writes.db(), &lock).await? else {
            return Ok(sent);
        };
        let started = Instant::now();
        let due = turn.due(writes.db(), due_by, policy.batch).await?;
        let full = due.len() as u64 >= policy.batch;
        let mails: Vec<Outgoing> = due
            .iter()
            .map(|m| Outgoing {
                to: m.to_addr.clone(),
                subject: m.subject.clone(),
                body: m.body_text.clone(),
                html: m.body_html.clone(),
                message_id: m.message_id.clone(),
            })
            .collect();
        // Messages not tried within the turn stay due for the next one.
        let results = mailer
            .send_all(&mails, || started.elapsed() <= policy.turn)
            .await;
        let outcome = Outcome::of(policy, &due, results);
        let count = outcome.sent.len();
        // At-least-once window: a crash before the marks commit sends the batch again, each
        // message under the same Message-ID.
        turn.record(writes, outcome).await?;
        sent += count;
        if !full {
            return Ok(sent);
        }
    }
}

/// The right to send the outbox, held by one worker at a time for one batch: on PostgreSQL a
/// transaction-scoped advisory lock, taken in the transaction that then reads and marks the
/// batch; on SQLite an OS lock on the file `<database>-mail-lock` beside the database (a mutex
/// of this process for an in-memory database), held until the batch's marks have committed.
/// A worker that dies loses the turn with its transaction or its file, and the next one sends
/// what it had not marked, at once.
enum Turn {
    Postgres(DatabaseTransaction),
    /// Dropping the lock gives the turn up.
    SqliteFile {
        _lock: File,
    },
    SqliteMemory {
        _lock: MutexGuard<'static, ()>,
    },
}

/// What a turn locks on a database, found once per drain.
enum TurnLock {
    Postgres,
    /// The path of `<database>-mail-lock`.
    SqliteFile(String),
    SqliteMemory,
}

impl TurnLock {
    async fn of(db: &DatabaseConnection) -> Result<TurnLock, AppError> {
        if db.get_database_backend() == DbBackend::Postgres {
            return Ok(TurnLock::Postgres);
        }
        let main = db
            .query_one_raw(Statement::from_string(
                DbBackend::Sqlite,
                "SELECT file FROM pragma_database_list WHERE name = 'main'",
            ))
            .await?
            .map(|row| row.try_get::<String>("", "file"))
            .transpose()?
            .unwrap_or_default();
        Ok(if main.is_empty() {
            TurnLock::SqliteMemory
        } else {
            TurnLock::SqliteFile(format!("{main}-mail-lock"))
        })
    }
}

/// The turn of the workers on in-memory SQLite databases, which live in one process.
static MEMORY_TURN: Mutex<()> = Mutex::const_new(());

impl Turn {
    /// The turn, or `None` while another worker holds it.
    async fn take(db: &DatabaseConnection, lock: &TurnLock) -> Result<Option<Turn>, AppError> {
        let path = match lock {
            TurnLock::Postgres => {
                let tx = db.begin().await?;
                if outbox::try_take_turn(&tx).await? {
                    return Ok(Some(Turn::Postgres(tx)));
                }
                tx.rollback().await?;
                return Ok(None);
            }
            TurnLock::SqliteMemory => {
                let held = MEMORY_TURN.try_lock().ok();
                return Ok(held.map(|_lock| Turn::SqliteMemory { _lock }));
            }
            TurnLock::SqliteFile(path) => path,
        };
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(|e| AppError::Internal(format!("opening {path}: {e}")))?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Turn::SqliteFile { _lock: file })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => {
                Err(AppError::Internal(format!("locking {path}: {e}")))
            }
        }
    }

    /// Up to `limit` unsent messages due by `due_by`, oldest first.
    async fn due(
        &self,
        db: &DatabaseConnection,
        due_by: DateTime<Utc>,
        limit: u64,
    ) -> Result<Vec<outbox_message::Model>, AppError> {
        match self {
            Turn::Postgres(tx) => outbox::due(tx, due_by, limit).await,
            Turn::SqliteFile { .. } | Turn::SqliteMemory { .. } => {
                outbox::due(db, due_by, limit).await
            }
        }
    }

    /// Writes `outcome`, then gives the turn up.
    async fn record<J: CarriesWork>(
        self,
        writes: &Writes<J>,
        outcome: Outcome,
    ) -> Result<(), AppError> {
        match self {
            Turn::Postgres(tx) => {
                outcome.record(&tx).await?;
                tx.commit().await?;
            }
            _held if outcome.is_empty() => {}
            _held => {
                writes
                    .run(move |tx| {
                        let outcome = outcome.clone();
                        Box::pin(async move { outcome.record(tx).await })
                    })
                    .await?
            }
        }
        Ok(())
    }
}

/// What sending a batch came to.
#[derive(Clone)]
struct Outcome {
    at: DateTime<Utc>,
    /// The messages the transport accepted.
    sent: Vec<i32>,
    failed: Vec<Failure>,
}

/// A message the transport refused: the attempts so far, the error, the next attempt's time.
#[derive(Clone)]
struct Failure {
    id: i32,
    attempts: i32,
    error: String,
    retry_at: DateTime<Utc>,
}

impl Failure {
    /// Sending `message` failed at `at` with `e`: logged, and retried after the back-off.
    fn new(
        policy: &RetryPolicy,
        message: &outbox_message::Model,
        e: &MailError,
        at: DateTime<Utc>,
    ) -> Failure {
        let (id, attempts) = (message.id, message.attempts.saturating_add(1));
        let retry_at = at + outbox::delta(policy.delay(attempts));
        tracing::warn!(
            id,
            attempts,
            %retry_at,
            "sending mail to {} failed: {e}",
            message.to_addr
        );
        Failure {
            id,
            attempts,
            error: e.to_string(),
            retry_at,
        }
    }
}

impl Outcome {
    /// The outcome of `results`, one per message of `batch` tried (in order).
    fn of(
        policy: &RetryPolicy,
        batch: &[outbox_message::Model],
        results: Vec<Result<(), MailError>>,
    ) -> Outcome {
        let at = store::now();
        let mut outcome = Outcome {
            at,
            sent: Vec::with_capacity(results.len()),
            failed: Vec::new(),
        };
        for (message, result) in batch.iter().zip(results) {
            match result {
                Ok(()) => outcome.sent.push(message.id),
                Err(e) => outcome.failed.push(Failure::new(policy, message, &e, at)),
            }
        }
        outcome
    }

    fn is_empty(&self) -> bool {
        self.sent.is_empty() && self.failed.is_empty()
    }

    /// One update for the sent messages, one per failure.
    async fn record(&self, db: &impl ConnectionTrait) -> Result<(), AppError> {
        outbox::mark_sent(db, &self.sent, self.at).await?;
        for f in &self.failed {
            outbox::mark_failed(db, f.id, f.attempts, &f.error, f.retry_at).await?;
        }
        Ok(())
    }
}

/// Polls the outbox every second until `shutdown` completes; a message in hand is finished first.
pub async fn run_mail_worker<J: CarriesWork>(
    writes: Writes<J>,
    mailer: Mailer,
    shutdown: impl Future<Output = ()> + Send,
) {
    run_mail_worker_with(writes, mailer, RetryPolicy::default(), shutdown).await
}

/// `run_mail_worker` with a chosen policy.
pub async fn run_mail_worker_with<J: CarriesWork>(
    writes: Writes<J>,
    mailer: Mailer,
    policy: RetryPolicy,
    shutdown: impl Future<Output = ()> + Send,
) {
    tokio::pin!(shutdown);
    let mut tick = tokio::time::interval(policy.poll);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = &mut shutdown => return,
            _ = tick.tick() => {}
        }
        match drain_via(&writes, &mailer, &policy).await {
            Ok(0) => {}
            Ok(n) => tracing::info!("sent {n} email(s)"),
            Err(e) => tracing::error!("mail worker: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_doubles_from_two_bases_and_stops_at_an_hour() {
        let p = RetryPolicy::default();
        assert_eq!(p.delay(1), Duration::from_secs(2));
        assert_eq!(p.delay(2), Duration::from_secs(4));
        assert_eq!(p.delay(11), Duration::from_secs(2048));
        assert_eq!(p.delay(12), Duration::from_secs(3600));
        assert_eq!(p.delay(40), Duration::from_secs(3600));
        assert_eq!(p.delay(-1), Duration::from_secs(3600));
        let fast = RetryPolicy {
            base: Duration::from_millis(5),
            ..RetryPolicy::default()
        };
        assert_eq!(fast.delay(3), Duration::from_millis(40));
    }
}
