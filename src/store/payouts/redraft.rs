//! Drafting a run as a committee member's use case, and re-drafting a stale run: the old run
//! gets the final status `superseded` (keeping its lines, paid ones included, and its
//! decisions) and points to a fresh run drafted from what is owed now, which awaits the
//! committee's review like any other. Each opens its own write transaction.
use entity::payout_run;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, IntoActiveModel, Set};

use super::{draft, draft_locked, get, record, stale_lines, Subject};
use crate::config::PayoutSettings;
use crate::domain::money::Currency;
use crate::domain::payout::is_open;
use crate::domain::status::DecisionKind;
use crate::domain::status::RunStatus;
use crate::error::{AppError, Msg};

/// Drafts a run for `currency` by committee member `by`, in a write transaction of its own
/// (`draft` says what it holds).
pub async fn draft_run(
    db: &DatabaseConnection,
    settings: &PayoutSettings,
    currency: Currency,
    by: i32,
    base_url: &url::Url,
) -> Result<payout_run::Model, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let run = draft(&tx, settings, currency, Some(by), base_url).await?;
    tx.commit().await?;
    Ok(run)
}

/// Replaces stale run `run_id` with a fresh draft, in a write transaction of its own; returns
/// the new run, or `None` when nothing is owed any more (the old run is superseded all the
/// same). A run that is not open, or not stale, is a `Conflict`.
pub async fn redraft(
    db: &DatabaseConnection,
    settings: &PayoutSettings,
    run_id: i32,
    by: Option<i32>,
    base_url: &url::Url,
) -> Result<Option<payout_run::Model>, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let fresh = redraft_in(&tx, settings, run_id, by, base_url).await?;
    tx.commit().await?;
    Ok(fresh)
}

async fn redraft_in(
    db: &impl ConnectionTrait,
    settings: &PayoutSettings,
    run_id: i32,
    by: Option<i32>,
    base_url: &url::Url,
) -> Result<Option<payout_run::Model>, AppError> {
    crate::store::ledger::lock(db).await?;
    let run = get(db, run_id).await?;
    if !is_open(run.status) {
        return Err(AppError::Conflict(
            Msg::code("payouts-error-not-open")
                .arg("run", run_id.to_string())
                .arg("code", run.status.as_str()),
        ));
    }
    if stale_lines(db, &run).await?.is_empty() {
        return Err(AppError::Conflict(
            Msg::code("payouts-error-nothing-to-redraft").arg("run", run_id.to_string()),
        ));
    }
    let currency = Currency::parse(&run.currency)?;
    // Superseded first, so that its unpaid lines no longer hold back what the new run pays.
    let mut old = run.into_active_model();
    old.status = Set(RunStatus::Superseded);
    let old = old.update(db).await?;
    let fresh = draft_locked(db, settings, currency, by, base_url).await?;
    let why = match &fresh {
        Some(new) => {
            let mut old = old.into_active_model();
            old.superseded_by = Set(Some(new.id));
            old.update(db).await?;
            let why = Msg::code("decision-why-replaces").num("run", run_id.into());
            record(
                db,
                Subject::Run(new.id),
                by,
                DecisionKind::Replaces,
                &why.to_stored(),
            )
            .await?;
            Msg::code("decision-why-redrafted").num("run", new.id.into())
        }
        None => Msg::code("decision-why-nothing-owed"),
    };
    record(
        db,
        Subject::Run(run_id),
        by,
        DecisionKind::Superseded,
        &why.to_stored(),
    )
    .await?;
    Ok(fresh)
}
