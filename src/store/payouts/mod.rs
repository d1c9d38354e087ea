//! Payout runs: drafting one freezes, per co-op, the fair share and unpaid proceeds owed up to
//! the last journal entry; the committee reviews it (`review`), then the lines are paid by bank
//! (`execute`, `export`). Every use case takes the ledger lock first, so runs never overlap.
mod bank;
mod check;
mod currencies;
mod execute;
mod export;
mod list;
mod notices;
mod redraft;
mod run_page;
mod transfer;

use std::collections::BTreeMap;

use entity::{decision, journal_entry, payout_line, payout_run, posting};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

pub use bank::{bank_details, set_bank_details, BankDetails};
pub use check::{describe, ensure_fresh, route, stale_lines};
pub use currencies::owed_currencies;
pub use execute::{mark_all_paid, mark_line_failed, mark_line_paid, to_mark, ToMark};
pub use export::{csv, sepa};
pub use list::{runs_page, spending_page, RunOnList};
pub use redraft::{draft_run, redraft};
pub use run_page::{entries_behind_lines, line_coops, LineCoop};
pub use transfer::{
    claim_stripe_lines, stripe_line_failed, stripe_line_paid, transfer_key, CLAIM_LEASE,
};

use super::decisions::{decisions, record, Facts, Standing, Subject};
use crate::config::PayoutSettings;
use crate::domain::balance::Balance;
use crate::domain::bounds::split_sum;
use crate::domain::ledger::Account;
use crate::domain::money::{Currency, Money};
use crate::domain::status::DecisionKind;
use crate::domain::status::{LineStatus, PayoutMethod, RunStatus};
use crate::error::{AppError, Msg};

/// What one co-op is owed in one currency: (fair share, proceeds) in minor units.
type Owed = BTreeMap<i32, (i64, i64)>;

/// The highest journal entry id so far (0 for an empty ledger).
async fn last_entry_id(db: &impl ConnectionTrait) -> Result<i64, AppError> {
    let id: Option<Option<i64>> = journal_entry::Entity::find()
        .select_only()
        .column_as(Expr::cust("MAX(journal_entries.id)"), "m")
        .into_tuple()
        .one(db)
        .await?;
    Ok(id.flatten().unwrap_or(0))
}

/// Each co-op's fair-share and proceeds balances from entries up to `max_entry`.
async fn balances_up_to(
    db: &impl ConnectionTrait,
    currency: Currency,
    max_entry: i64,
) -> Result<Owed, AppError> {
    let rows: Vec<(String, i64, i64)> = super::ledger::sum_halves(
        posting::Entity::find()
            .select_only()
            .column(posting::Column::Account),
    )
    .filter(posting::Column::Currency.eq(currency.code()))
    .filter(posting::Column::EntryId.lte(max_entry))
    .filter(posting::Column::Account.like("coop:%"))
    .group_by(posting::Column::Account)
    .into_tuple()
    .all(db)
    .await?;
    let mut owed = Owed::new();
    for (name, high, low) in rows {
        let total = payable(&name, split_sum(high, low, currency))?;
        match Account::parse(&name) {
            Ok(Account::CoopFairShare(id)) => owed.entry(id).or_default().0 += total,
            Ok(Account::CoopProceeds(id)) => owed.entry(id).or_default().1 += total,
            _ => {}
        }
    }
    Ok(owed)
}

/// A co-op account's balance as one amount; beyond `i64` (which the bounds keep out of any
/// realistic history) the run is refused with the reason instead of failing.
fn payable(account: &str, balance: Balance) -> Result<i64, AppError> {
    balance.to_money().map(|m| m.minor).map_err(|_| {
        AppError::Conflict(
            Msg::code("payouts-error-balance-large")
                .arg("account", account)
                .arg("balance", balance.to_string()),
        )
    })
}

/// Lines of runs still under review or approved and not yet paid (other than run `except`):
/// their amounts are spoken for.
async fn reserved(
    db: &impl ConnectionTrait,
    currency: Currency,
    except: Option<i32>,
) -> Result<Owed, AppError> {
    let open_runs: Vec<i32> = payout_run::Entity::find()
        .select_only()
        .column(payout_run::Column::Id)
        .filter(payout_run::Column::Currency.eq(currency.code()))
        .filter(payout_run::Column::Status.is_in(crate::domain::payout::OPEN_RUNS))
        .filter(payout_run::Column::Id.ne(except.unwrap_or(0)))
        .into_tuple()
        .all(db)
        .await?;
    let lines = payout_line::Entity::find()
        .filter(payout_line::Column::RunId.is_in(open_runs))
        .filter(payout_line::Column::Status.ne(LineStatus::Paid))
        .all(db)
        .await?;
    let mut owed = Owed::new();
    for l in lines {
        let e = owed.entry(l.coop_id).or_default();
        e.0 += l.fair_share_minor;
        e.1 += l.proceeds_minor;
    }
    Ok(owed)
}

/// The last entry already covered for each co-op by an earlier run that was not rejected
/// (of a superseded run, only its paid lines count).
async fn covered_up_to(
    db: &impl ConnectionTrait,
    currency: Currency,
) -> Result<BTreeMap<i32, i64>, AppError> {
    let runs: BTreeMap<i32, (i64, RunStatus)> = payout_run::Entity::find()
        .filter(payout_run::Column::Currency.eq(currency.code()))
        .filter(payout_run::Column::Status.ne(RunStatus::Rejected))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, (r.max_entry_id, r.status)))
        .collect();
    let lines: Vec<(i32, i32, LineStatus)> = payout_line::Entity::find()
        .select_only()
        .columns([
            payout_line::Column::RunId,
            payout_line::Column::CoopId,
            payout_line::Column::Status,
        ])
        .filter(payout_line::Column::RunId.is_in(runs.keys().copied()))
        .into_tuple()
        .all(db)
        .await?;
    let mut covered = BTreeMap::new();
    for (run, coop, status) in lines {
        let Some((upto, run_status)) = runs.get(&run) else {
            continue;
        };
        if *run_status == RunStatus::Superseded && status != LineStatus::Paid {
            continue;
        }
        let upto = *upto;
        let e = covered.entry(coop).or_insert(0);
        *e = upto.max(*e);
    }
    Ok(covered)
}

/// What each co-op is owed now, net of lines still open in other runs, keeping only totals
/// of at least `minimum` (and above zero: a claw-back nets against a later run).
async fn owed_now(
    db: &impl ConnectionTrait,
    currency: Currency,
    max_entry: i64,
    minimum: Money,
) -> Result<Owed, AppError> {
    let mut owed = balances_up_to(db, currency, max_entry).await?;
    for (coop, (fs, pr)) in reserved(db, currency, None).await? {
        let e = owed.entry(coop).or_default();
        e.0 -= fs;
        e.1 -= pr;
    }
    owed.retain(|_, (fs, pr)| {
        let total = fs.saturating_add(*pr);
        total > 0 && total >= minimum.minor
    });
    Ok(owed)
}

/// Drafts a run for `currency`: one line per co-op owed at least the minimum (fair share plus
/// proceeds, net of any claw-back and of lines still open in other runs), amounts frozen at
/// the last journal entry; a co-op with a ready Stripe account gets a Stripe line. The committee
/// is emailed a link on `base_url` (`notices`). Nothing owed is a `Conflict`, naming the open
/// run that already holds it, if any (a double-submitted draft lands here).
pub async fn draft(
    db: &impl ConnectionTrait,
    settings: &PayoutSettings,
    currency: Currency,
    drafted_by: Option<i32>,
    base_url: &url::Url,
) -> Result<payout_run::Model, AppError> {
    super::ledger::lock(db).await?;
    match draft_locked(db, settings, currency, drafted_by, base_url).await? {
        Some(run) => Ok(run),
        None => Err(nothing_owed(db, settings, currency).await?),
    }
}

async fn nothing_owed(
    db: &impl ConnectionTrait,
    settings: &PayoutSettings,
    currency: Currency,
) -> Result<AppError, AppError> {
    let minimum = Money::from_decimal_round(settings.minimum, currency)?;
    let open = payout_run::Entity::find()
        .filter(payout_run::Column::Currency.eq(currency.code()))
        .filter(payout_run::Column::Status.is_in(crate::domain::payout::OPEN_RUNS))
        .order_by_desc(payout_run::Column::Id)
        .one(db)
        .await?;
    Ok(AppError::Conflict(match open {
        Some(r) => Msg::code("payouts-error-run-holds")
            .arg("currency", currency.code())
            .arg("run", r.id.to_string())
            .arg("code", r.status.as_str()),
        None => Msg::code("payouts-error-nothing-owed")
            .arg("currency", currency.code())
            .money(
                "minimum",
                minimum.minor,
                currency.code(),
                currency.exponent(),
            ),
    }))
}

/// `draft` once the ledger lock is held; `None` when nothing is owed.
async fn draft_locked(
    db: &impl ConnectionTrait,
    settings: &PayoutSettings,
    currency: Currency,
    drafted_by: Option<i32>,
    base_url: &url::Url,
) -> Result<Option<payout_run::Model>, AppError> {
    let minimum = Money::from_decimal_round(settings.minimum, currency)?;
    let max_entry = last_entry_id(db).await?;
    let owed = owed_now(db, currency, max_entry, minimum).await?;
    if owed.is_empty() {
        return Ok(None);
    }
    let covered = covered_up_to(db, currency).await?;
    let run = payout_run::ActiveModel {
        currency: Set(currency.code().to_string()),
        status: Set(RunStatus::AwaitingReview),
        drafted_by: Set(drafted_by),
        max_entry_id: Set(max_entry),
        created_at: Set(super::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let mut total = Money::zero(currency);
    let mut lines = Vec::with_capacity(owed.len());
    for (coop, (fs, pr)) in &owed {
        let line = Balance::from(Money::from_minor(*fs, currency))
            .checked_add(Money::from_minor(*pr, currency))?;
        let amount = Money::from_minor(payable(&format!("co-op #{coop}"), line)?, currency);
        total = total.checked_add(amount)?;
        // A co-op whose connected account is ready is paid by a Stripe Transfer, the rest by bank.
        let account = super::connect::ready_account(db, *coop).await?;
        let method = match account {
            Some(_) => PayoutMethod::Stripe,
            None => PayoutMethod::Bank,
        };
        let line = payout_line::ActiveModel {
            run_id: Set(run.id),
            coop_id: Set(*coop),
            fair_share_minor: Set(*fs),
            proceeds_minor: Set(*pr),
            amount_minor: Set(amount.minor),
            from_entry_id: Set(covered.get(coop).copied().unwrap_or(0)),
            status: Set(LineStatus::Open),
            method: Set(method),
            destination: Set(account),
            ..Default::default()
        }
        .insert(db)
        .await?;
        lines.push(line);
    }
    record(
        db,
        Subject::Run(run.id),
        drafted_by,
        DecisionKind::Drafted,
        "",
    )
    .await?;
    notices::ask_committee(db, run.id, total, owed.len(), base_url).await?;
    notices::ask_held_for_bank_details(db, &run, &lines, base_url).await?;
    notices::warn_if_blocked(db, run.id, settings.quorum, base_url).await?;
    Ok(Some(run))
}

/// A run, or `NotFound`.
pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<payout_run::Model, AppError> {
    payout_run::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("payout run"))
}

/// What the committee's review of run `id` is decided on besides its votes.
pub async fn facts(db: &impl ConnectionTrait, id: i32) -> Result<Facts, AppError> {
    let run = get(db, id).await?;
    let receiving = lines(db, id).await?.iter().map(|l| l.coop_id).collect();
    Ok(Facts {
        standing: Standing::of_run(run.status),
        drafter: run.drafted_by,
        receiving,
    })
}

/// The run that run `id` replaced when it was re-drafted, if any.
pub async fn replaced_by_run(db: &impl ConnectionTrait, id: i32) -> Result<Option<i32>, AppError> {
    Ok(payout_run::Entity::find()
        .filter(payout_run::Column::SupersededBy.eq(id))
        .one(db)
        .await?
        .map(|r| r.id))
}

/// Every run, newest first.
pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<payout_run::Model>, AppError> {
    Ok(payout_run::Entity::find()
        .order_by_desc(payout_run::Column::Id)
        .all(db)
        .await?)
}

/// A run's lines, by co-op.
pub async fn lines(
    db: &impl ConnectionTrait,
    run_id: i32,
) -> Result<Vec<payout_line::Model>, AppError> {
    Ok(payout_line::Entity::find()
        .filter(payout_line::Column::RunId.eq(run_id))
        .order_by_asc(payout_line::Column::CoopId)
        .all(db)
        .await?)
}

/// One ledger posting behind a line: the entry, its kind and memo, and the amount to the account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryBehind {
    pub entry_id: i64,
    pub kind: String,
    pub memo: String,
    pub order_id: Option<i32>,
    pub account: String,
    pub amount: Money,
}

/// The decisions taken on a run, oldest first (re-exported for pages).
pub async fn run_decisions(
    db: &impl ConnectionTrait,
    run_id: i32,
) -> Result<Vec<decision::Model>, AppError> {
    decisions(db, Subject::Run(run_id)).await
}
