//! Re-drafting a stale run: the old run gets the final status `superseded` (keeping its lines,
//! paid ones included, and its decisions) and points to a fresh run drafted from what is owed
//! now, which awaits the committee's review like any other.
use entity::payout_run;
use sea_orm::{ActiveModelTrait, ConnectionTrait, IntoActiveModel, Set};

use super::{
    draft_locked, get, record, stale_lines, Subject, APPROVED, AWAITING_REVIEW, SUPERSEDED,
};
use crate::config::PayoutSettings;
use crate::error::AppError;

/// Replaces stale run `run_id` with a fresh draft; returns the new run, or `None` when nothing
/// is owed any more (the old run is superseded all the same). A run that is not open, or not
/// stale, is a `Conflict`.
pub async fn redraft(
    db: &impl ConnectionTrait,
    settings: &PayoutSettings,
    run_id: i32,
    by: Option<i32>,
    base_url: &url::Url,
) -> Result<Option<payout_run::Model>, AppError> {
    crate::store::ledger::lock(db).await?;
    let run = get(db, run_id).await?;
    if run.status != AWAITING_REVIEW && run.status != APPROVED {
        return Err(AppError::Conflict(format!(
            "payout run #{run_id} is {} and cannot be re-drafted",
            run.status.replace('_', " ")
        )));
    }
    if stale_lines(db, &run).await?.is_empty() {
        return Err(AppError::Conflict(format!(
            "payout run #{run_id} still pays only what is owed; there is nothing to re-draft"
        )));
    }
    let currency = crate::domain::money::Currency::parse(&run.currency)?;
    // Superseded first, so that its unpaid lines no longer hold back what the new run pays.
    let mut old = run.into_active_model();
    old.status = Set(SUPERSEDED.to_string());
    let old = old.update(db).await?;
    let fresh = draft_locked(db, settings, currency, by, base_url).await?;
    let why = match &fresh {
        Some(new) => {
            let mut old = old.into_active_model();
            old.superseded_by = Set(Some(new.id));
            old.update(db).await?;
            let why = format!("run #{run_id} paid more than is owed now");
            record(db, Subject::Run(new.id), by, "replaces", &why).await?;
            format!("re-drafted as run #{}", new.id)
        }
        None => "re-drafted, but nothing is owed any more".to_string(),
    };
    record(db, Subject::Run(run_id), by, "superseded", &why).await?;
    Ok(fresh)
}
