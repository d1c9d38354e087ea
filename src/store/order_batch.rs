//! Order placements and order actions as batches: the group-commit writer hands over every
//! request waiting, and the batch reads what all of them need in a few queries, decides each one
//! in memory (as if they ran one after the other), and writes them all with a few multi-row
//! statements. A request refused (403, 409, 422...) is refused before anything is written, so it
//! leaves nothing behind while the others of its batch commit.
//!
//! Any other write transaction can join a batch too (`OrderJob::Work`, through `Writes::run`): it
//! runs after the desk's writes, in the same transaction. The server's other SQLite writers (the
//! mail worker) go this way, so they never wait for SQLite's write lock while the desk holds it.
//!
//! This is the engine behind the order door (`orders::door`), which is the only caller: one
//! request alone is a batch of one, so there is one implementation of each use case. Each kind
//! of request is load → decide (in the domain) → write: `orders::place` and `order_actions`.
use entity::{order, order_line};
use sea_orm::{ConnectionTrait, DatabaseTransaction};

use super::order_actions::Act;
use super::orders::pending::Pending;
use super::orders::{Place, Placement};
use crate::error::AppError;
use crate::group_commit::{CarriesWork, Job, TxFuture, Value, Work};

/// A write request to the order desk.
pub enum OrderJob {
    Place(Box<Place>),
    Act(Act),
    /// Any other write, run after the desk's.
    Work(Work),
}

/// What a request did.
pub enum OrderDone {
    Placed(Placement),
    /// The order as it now stands, with its lines.
    Acted(order::Model, Vec<order_line::Model>),
    /// What a `Work` returned.
    Worked(Value),
}

impl OrderDone {
    /// The placement, for a placement request.
    pub fn placed(self) -> Result<Placement, AppError> {
        match self {
            OrderDone::Placed(p) => Ok(p),
            _ => Err(AppError::Internal("a placement did not place".into())),
        }
    }

    /// The order and its lines, for an action.
    pub fn acted(self) -> Result<(order::Model, Vec<order_line::Model>), AppError> {
        match self {
            OrderDone::Acted(o, lines) => Ok((o, lines)),
            _ => Err(AppError::Internal("an action did not act".into())),
        }
    }
}

impl Job for OrderJob {
    type Output = OrderDone;

    fn run_all<'a>(
        tx: &'a DatabaseTransaction,
        jobs: &'a [Self],
    ) -> TxFuture<'a, Vec<Result<OrderDone, AppError>>> {
        Box::pin(async move {
            let mut done = run_desk(tx, jobs).await?;
            for (d, job) in done.iter_mut().zip(jobs) {
                if let OrderJob::Work(work) = job {
                    *d = Some(Ok(OrderDone::Worked(work.call(tx).await?)));
                }
            }
            answers(done)
        })
    }
}

impl CarriesWork for OrderJob {
    fn work(work: Work) -> Self {
        OrderJob::Work(work)
    }

    fn value(output: OrderDone) -> Result<Value, AppError> {
        match output {
            OrderDone::Worked(v) => Ok(v),
            _ => Err(AppError::Internal(
                "a write was answered as an order".into(),
            )),
        }
    }
}

/// Runs `jobs` in the caller's write transaction: placements first, then actions, then what
/// they all append (history, mail, ledger entries). One result per job; an error of the whole
/// batch means something was written and the transaction must be rolled back. `Work` jobs need
/// the transaction itself and run only through the writer (`Job::run_all`); here they fail the
/// batch.
pub async fn run(
    db: &impl ConnectionTrait,
    jobs: &[OrderJob],
) -> Result<Vec<Result<OrderDone, AppError>>, AppError> {
    answers(run_desk(db, jobs).await?)
}

/// `run` without the `Work` jobs, which are left unanswered.
async fn run_desk(
    db: &impl ConnectionTrait,
    jobs: &[OrderJob],
) -> Result<Vec<Option<Result<OrderDone, AppError>>>, AppError> {
    let mut done: Vec<Option<Result<OrderDone, AppError>>> = jobs.iter().map(|_| None).collect();
    let mut pending = Pending::default();
    let places: Vec<(usize, &Place)> = jobs
        .iter()
        .enumerate()
        .filter_map(|(n, j)| match j {
            OrderJob::Place(p) => Some((n, &**p)),
            _ => None,
        })
        .collect();
    for (n, result) in super::orders::place::place_all(db, &places, &mut pending).await? {
        done[n] = Some(result.map(OrderDone::Placed));
    }
    let acts: Vec<(usize, &Act)> = jobs
        .iter()
        .enumerate()
        .filter_map(|(n, j)| match j {
            OrderJob::Act(a) => Some((n, a)),
            _ => None,
        })
        .collect();
    let (acted, later) = super::order_actions::act_all(db, &acts, &mut pending).await?;
    for (n, result) in acted {
        done[n] = Some(result.map(|(o, lines)| OrderDone::Acted(o, lines)));
    }
    pending.write(db).await?;
    super::order_actions::finish(db, later).await?;
    Ok(done)
}

/// One answer per job, or an error if one got none.
fn answers(
    done: Vec<Option<Result<OrderDone, AppError>>>,
) -> Result<Vec<Result<OrderDone, AppError>>, AppError> {
    done.into_iter()
        .map(|d| d.ok_or_else(|| AppError::Internal("an order request got no answer".into())))
        .collect()
}

/// One request in the caller's write transaction: its result, or the error of its batch of one.
pub async fn run_one(db: &impl ConnectionTrait, job: OrderJob) -> Result<OrderDone, AppError> {
    run(db, std::slice::from_ref(&job))
        .await?
        .pop()
        .ok_or_else(|| AppError::Internal("an order request got no answer".into()))?
}
