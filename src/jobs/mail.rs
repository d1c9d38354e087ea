//! The mail worker: claims due messages from the outbox, sends them, marks them sent or schedules
//! a retry with exponential back-off. Several workers (one per instance) may run on one database.
//!
//! Its writes (claims, marks) go through a [`Writes`]: in a server on SQLite that is the
//! group-commit writer, so they join the order desk's transactions. Writing on its own, the worker
//! waited for SQLite's write lock in the busy handler (52 ms per mark on average in the order
//! benchmark, holding one of the pool's two connections meanwhile), fell far behind the mail the
//! orders queued, and the desk's `BEGIN` waited for it in turn (400 µs on average, 150 without).
use std::future::Future;
use std::time::{Duration, Instant};

use entity::outbox_message;
use sea_orm::DatabaseConnection;

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
    /// How long a claimed message is reserved for the worker that claimed it (more than zero).
    pub lease: Duration,
    /// Messages claimed at once.
    pub batch: u64,
    /// Pause between looks at the outbox.
    pub poll: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            base: Duration::from_secs(1),
            max_delay: Duration::from_secs(3600),
            lease: Duration::from_secs(60),
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
/// call); returns how many the transport accepted.
pub async fn drain(
    db: &DatabaseConnection,
    mailer: &Mailer,
    policy: &RetryPolicy,
) -> Result<usize, AppError> {
    drain_via(&Writes::<Work>::direct(db.clone()), mailer, policy).await
}

/// `drain`, writing through `writes`.
pub async fn drain_via<J: CarriesWork>(
    writes: &Writes<J>,
    mailer: &Mailer,
    policy: &RetryPolicy,
) -> Result<usize, AppError> {
    let due_by = store::now();
    let (lease, limit) = (policy.lease, policy.batch);
    let mut sent = 0;
    loop {
        let claimed_at = Instant::now();
        let batch = writes
            .run(move |tx| Box::pin(outbox::claim_due(tx, due_by, lease, limit)))
            .await?;
        let full = batch.len() as u64 >= policy.batch;
        if batch.is_empty() {
            return Ok(sent);
        }
        let mails: Vec<Outgoing> = batch
            .iter()
            .map(|m| Outgoing {
                to: m.to_addr.clone(),
                subject: m.subject.clone(),
                body: m.body_text.clone(),
                message_id: m.message_id.clone(),
            })
            .collect();
        // Stop well inside the lease; the rest return to the queue when it runs out.
        let results = mailer
            .send_all(&mails, || claimed_at.elapsed() <= policy.lease / 2)
            .await;
        let mut delivered = Vec::with_capacity(results.len());
        for (message, result) in batch.iter().zip(results) {
            match result {
                Ok(()) => delivered.push(message.id),
                Err(e) => failed(writes, policy, message, e).await?,
            }
        }
        // One update for the batch. At-least-once window: a crash before it resends the
        // batch's messages, each under the same Message-ID.
        let (at, count) = (store::now(), delivered.len());
        writes
            .run(move |tx| {
                let ids = delivered.clone();
                Box::pin(async move { outbox::mark_sent(tx, &ids, at).await })
            })
            .await?;
        sent += count;
        if !full {
            return Ok(sent);
        }
    }
}

/// Records that sending `message` failed, with the next attempt's time.
async fn failed<J: CarriesWork>(
    writes: &Writes<J>,
    policy: &RetryPolicy,
    message: &outbox_message::Model,
    e: MailError,
) -> Result<(), AppError> {
    let (id, attempts) = (message.id, message.attempts.saturating_add(1));
    let retry_at = store::now() + outbox::delta(policy.delay(attempts));
    tracing::warn!(
        id,
        attempts,
        %retry_at,
        "sending mail to {} failed: {e}",
        message.to_addr
    );
    let error = e.to_string();
    writes
        .run(move |tx| {
            let error = error.clone();
            Box::pin(async move { outbox::mark_failed(tx, id, attempts, &error, retry_at).await })
        })
        .await
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
