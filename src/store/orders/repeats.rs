//! Requests that repeat another: an idempotency key used before (the earlier placement is the
//! answer), and, within one batch, a key or a cart that an earlier request of the batch has
//! (answered as if run after it).
use std::collections::{HashMap, HashSet};

use entity::checkout;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::{replay, request_hash, Ordered, Place, Placement};
use crate::error::{AppError, FieldErrors, Msg};

/// Each request's placement or refusal, by its index in the batch.
pub(super) type Answers = Vec<(usize, Result<Placement, AppError>)>;

/// A request that waits on an earlier one of its batch: the same idempotency key (it gets the
/// first's placement), or the same cart (which the first empties).
pub(super) struct Follower<'a> {
    pub n: usize,
    pub job: &'a Place,
    pub leader: (usize, &'a Place),
    pub same_key: bool,
}

/// Whether a repeat of a key asks for what its first request asked (a cart's checkout asks for
/// whatever its cart held).
fn same_request(again: &Place, first: &Place) -> bool {
    match (&again.what, &first.what) {
        (Ordered::Request(a), Ordered::Request(b)) => request_hash(a) == request_hash(b),
        (Ordered::Request(_), Ordered::Cart { .. }) => false,
        (Ordered::Cart { .. }, _) => true,
    }
}

/// Splits off the requests that repeat an earlier one's idempotency key in this batch.
pub(super) fn split_followers<'a>(
    jobs: &[(usize, &'a Place)],
) -> (Vec<(usize, &'a Place)>, Vec<Follower<'a>>) {
    let mut keys: HashMap<(i32, &str), (usize, &Place)> = HashMap::new();
    let (mut leaders, mut followers) = (Vec::with_capacity(jobs.len()), Vec::new());
    for &(n, job) in jobs {
        let Some(key) = job.key.as_deref() else {
            leaders.push((n, job));
            continue;
        };
        match keys.get(&(job.buyer.id, key)) {
            Some(&leader) => followers.push(Follower {
                n,
                job,
                leader,
                same_key: true,
            }),
            None => {
                keys.insert((job.buyer.id, key), (n, job));
                leaders.push((n, job));
            }
        }
    }
    (leaders, followers)
}

/// Answers each follower as running it after its leader would: with the leader's placement
/// (same key; a 422 if the key came with another request), or an empty cart (same cart). When
/// a leader was refused, the batch fails, so that each of its requests runs again alone.
pub(super) fn answer_followers(
    mut out: Answers,
    followers: Vec<Follower<'_>>,
) -> Result<Answers, AppError> {
    for f in followers {
        let first = out
            .iter()
            .find(|(n, _)| *n == f.leader.0)
            .and_then(|(_, r)| r.as_ref().ok())
            .ok_or_else(|| AppError::Conflict(Msg::code("order-error-leader-refused")))?;
        let answer = if !f.same_key {
            Err(FieldErrors::single("cart", Msg::code("cart-empty")))
        } else if same_request(f.job, f.leader.1) {
            Ok(Placement {
                replayed: true,
                ..first.clone()
            })
        } else {
            Err(FieldErrors::single(
                "Idempotency-Key",
                Msg::code("order-error-key-reused"),
            ))
        };
        out.push((f.n, answer));
    }
    Ok(out)
}

/// Answers the requests whose idempotency key was used before with that placement (or a 422)
/// and returns the others. Keys repeated within the batch were split off before.
pub(super) async fn replays<'a>(
    db: &impl ConnectionTrait,
    jobs: Vec<(usize, &'a Place)>,
    out: &mut Answers,
) -> Result<Vec<(usize, &'a Place)>, AppError> {
    let keys: Vec<&str> = jobs.iter().filter_map(|(_, j)| j.key.as_deref()).collect();
    if keys.is_empty() {
        return Ok(jobs);
    }
    let used: HashSet<(i32, String)> = checkout::Entity::find()
        .filter(checkout::Column::IdempotencyKey.is_in(keys))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|c| Some((c.buyer_coop_id, c.idempotency_key?)))
        .collect();
    let mut fresh = Vec::with_capacity(jobs.len());
    for (n, job) in jobs {
        let key = job.key.as_deref();
        match key.filter(|k| used.contains(&(job.buyer.id, (*k).to_owned()))) {
            Some(k) => {
                let req = match &job.what {
                    Ordered::Request(req) => Some(req),
                    Ordered::Cart { .. } => None,
                };
                let earlier = replay(db, job.buyer.id, k, req).await.and_then(|p| {
                    p.ok_or_else(|| AppError::Internal("a used idempotency key vanished".into()))
                });
                out.push((n, earlier));
            }
            None => fresh.push((n, job)),
        }
    }
    Ok(fresh)
}
