//! The committee's payout runs: draft, review, export the bank file, mark lines paid or failed.
use axum::extract::{Path, Query, State};
use axum::response::Response;
use maud::Markup;
use templates::payouts::{
    DecisionView, EntryRow, LineView, PayoutsView, RunRow, RunView, VotersView,
};

use crate::domain::money::{Currency, Money};
use crate::domain::page::{PageError, PageRequest};
use crate::domain::payout::Route;
use crate::domain::review::Vote;
use crate::error::{AppError, FieldErrors};
use crate::http::extract::{CommitteeMember, CsrfForm};
use crate::http::viewer::redirect_with_flash;
use crate::http::views::{price, sum_price};
use crate::http::AppState;
use crate::store::{self, payouts};

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    per_page: String,
    cursor: String,
    spending_cursor: String,
}

/// The runs and the spending proposals, each a page at a time with a cursor of its own.
pub async fn index(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Query(q): Query<ListQuery>,
) -> Result<Markup, AppError> {
    let bad = |e: PageError| AppError::Invalid(FieldErrors(vec![(e.field(), e.to_string())]));
    let runs_page = PageRequest::parse(&q.per_page, &q.cursor).map_err(bad)?;
    let spending_page = PageRequest::parse(&q.per_page, &q.spending_cursor).map_err(bad)?;
    let (on_list, runs_next) = payouts::runs_page(&state.db, &runs_page).await?;
    let runs = on_list
        .into_iter()
        .map(|r| RunRow {
            id: r.run.id,
            total: sum_price(r.total, &r.run.currency),
            currency: r.run.currency,
            status: r.run.status,
            lines: usize::try_from(r.lines).unwrap_or(0),
            created: r.run.created_at.format("%Y-%m-%d %H:%M").to_string(),
        })
        .collect();
    let (proposals, spending_next) = payouts::spending_page(&state.db, &spending_page).await?;
    let names =
        store::coops::names(&state.db, proposals.iter().map(|p| p.recipient_coop_id)).await?;
    let spending = proposals
        .into_iter()
        .map(|p| {
            let to = names.get(&p.recipient_coop_id).cloned().unwrap_or_default();
            let amount = price(p.amount_minor, &p.currency);
            (p.id, p.title, amount, to, p.status)
        })
        .collect();
    let per_page = runs_page.per_page;
    let currencies = Currency::ALL.iter().map(|c| c.code().to_string()).collect();
    let v = PayoutsView {
        runs,
        currencies,
        spending,
        runs_next: runs_next.map(|c| format!("/committee/payouts?per_page={per_page}&cursor={c}")),
        spending_next: spending_next
            .map(|c| format!("/committee/payouts?per_page={per_page}&spending_cursor={c}")),
    };
    Ok(templates::payouts::payouts(&s.viewer.layout(), &v))
}

/// Who took each decision, by name ("the command line" when no one signed in).
pub async fn decision_views(
    state: &AppState,
    ds: Vec<entity::decision::Model>,
) -> Result<Vec<DecisionView>, AppError> {
    let mut out = Vec::with_capacity(ds.len());
    for d in ds {
        let who = match d.user_id {
            Some(id) => store::users::get(&state.db, id).await?.name,
            None => "the command line".to_string(),
        };
        let when = d.created_at.format("%Y-%m-%d %H:%M").to_string();
        out.push(DecisionView {
            who,
            what: d.decision,
            why: d.reason,
            when,
        });
    }
    Ok(out)
}

pub async fn show(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path(id): Path<i32>,
) -> Result<Markup, AppError> {
    let run = payouts::get(&state.db, id).await?;
    let open = run.status == payouts::AWAITING_REVIEW || run.status == payouts::APPROVED;
    let stale = match open {
        true => payouts::stale_lines(&state.db, &run).await?,
        false => Vec::new(),
    };
    let currency = Currency::parse(&run.currency)?;
    let mut lines = Vec::new();
    let mut total = 0i64;
    for l in payouts::lines(&state.db, id).await? {
        let entries = payouts::entries_behind(&state.db, &run, &l).await?;
        let bank = payouts::bank_details(&state.db, l.coop_id).await?;
        let held = payouts::route(&state.db, &l).await? == Route::Held;
        let over = match stale.iter().find(|o| o.line_id == l.id) {
            Some(o) => Some(Money::try_from_minor(o.over, currency)?.to_string()),
            None => None,
        };
        total += l.amount_minor;
        lines.push(LineView {
            id: l.id,
            coop_name: store::coops::get(&state.db, l.coop_id).await?.name,
            fair_share: price(l.fair_share_minor, &run.currency),
            proceeds: price(l.proceeds_minor, &run.currency),
            amount: price(l.amount_minor, &run.currency),
            status: l.status,
            error: l.error,
            iban: bank
                .iban
                .map(|i| i.to_string())
                .unwrap_or_else(|| "not on file".into()),
            entries: entries.into_iter().map(entry_row).collect(),
            by_stripe: l.method == payouts::METHOD_STRIPE,
            transfer_id: l.transfer_id,
            held,
            over,
        });
    }
    let decisions = decision_views(&state, payouts::run_decisions(&state.db, id).await?).await?;
    let quorum = state.config.payouts.quorum;
    let o = payouts::outlook(&state.db, payouts::Subject::Run(id), quorum).await?;
    let v = RunView {
        voters: VotersView {
            can_still_vote: o.can_still_vote,
            needed: o.needed,
            reachable: o.reachable,
        },
        sepa_ready: state.config.payouts.debtor.is_some(),
        superseded_by: run.superseded_by,
        replaces: payouts::replaced_by_run(&state.db, id).await?,
        id,
        total: price(total, &run.currency),
        currency: run.currency,
        status: run.status,
        created: run.created_at.format("%Y-%m-%d %H:%M").to_string(),
        quorum: state.config.payouts.quorum,
        lines,
        decisions,
    };
    Ok(templates::payouts::run(&s.viewer.layout(), &v))
}

fn entry_row(e: payouts::EntryBehind) -> EntryRow {
    let memo = match e.order_id {
        Some(o) => format!("{} (order #{o})", e.memo),
        None => e.memo,
    };
    EntryRow {
        entry_id: e.entry_id,
        kind: e.kind,
        memo,
        account: e.account,
        amount: e.amount.to_string(),
    }
}

#[derive(serde::Deserialize)]
pub struct DraftForm {
    #[serde(default)]
    currency: String,
}

pub async fn draft(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    CsrfForm(form): CsrfForm<DraftForm>,
) -> Result<Response, AppError> {
    let currency = Currency::parse(&form.currency)?;
    let tx = crate::db::begin_write(&state.db).await?;
    let run = payouts::draft(
        &tx,
        &state.config.payouts,
        currency,
        Some(s.user.id),
        &state.config.base_url,
    )
    .await?;
    tx.commit().await?;
    let to = format!("/committee/payouts/{}", run.id);
    Ok(redirect_with_flash(
        &to,
        "success",
        "The run was drafted; the committee has been asked to review it.",
    ))
}

#[derive(serde::Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub reason: String,
}

impl DecideForm {
    pub fn vote(self) -> Result<Vote, AppError> {
        match self.decision.as_str() {
            "approve" => Ok(Vote::Approve),
            "reject" => Ok(Vote::Reject(self.reason)),
            _ => Err(AppError::BadRequest(
                "decision must be 'approve' or 'reject'".into(),
            )),
        }
    }
}

pub async fn decide(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<DecideForm>,
) -> Result<Response, AppError> {
    let page = format!("/committee/payouts/{id}");
    record_vote(
        &state,
        payouts::Subject::Run(id),
        s.user.id,
        form,
        &page,
        "run",
    )
    .await
}

/// Records a committee member's decision on a run or a spending proposal in one write
/// transaction, then sends them back to its page with what it now is.
pub async fn record_vote(
    state: &AppState,
    subject: payouts::Subject,
    user_id: i32,
    form: DecideForm,
    page: &str,
    what: &str,
) -> Result<Response, AppError> {
    let tx = crate::db::begin_write(&state.db).await?;
    let quorum = state.config.payouts.quorum;
    let status = payouts::vote(&tx, subject, user_id, form.vote()?, quorum).await?;
    tx.commit().await?;
    let msg = format!("Recorded; the {what} is {status:?}.");
    Ok(redirect_with_flash(page, "success", &msg))
}

pub async fn mark_line_paid(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path((id, line)): Path<(i32, i32)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let tx = crate::db::begin_write(&state.db).await?;
    let paid = payouts::mark_line_paid(&tx, id, line, Some(s.user.id)).await?;
    tx.commit().await?;
    let msg = if paid {
        "The line is paid."
    } else {
        "The line was already paid; nothing changed."
    };
    Ok(redirect_with_flash(
        &format!("/committee/payouts/{id}"),
        "success",
        msg,
    ))
}

#[derive(serde::Deserialize)]
pub struct FailedForm {
    #[serde(default)]
    error: String,
}

pub async fn mark_line_failed(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path((id, line)): Path<(i32, i32)>,
    CsrfForm(form): CsrfForm<FailedForm>,
) -> Result<Response, AppError> {
    let tx = crate::db::begin_write(&state.db).await?;
    payouts::mark_line_failed(&tx, id, line, Some(s.user.id), &form.error).await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/committee/payouts/{id}"),
        "info",
        "The line stays open for a retry.",
    ))
}

/// A form that carries only its CSRF token.
#[derive(serde::Deserialize)]
pub struct NoFields {}

/// Sends the run's Stripe lines (those not yet paid) through the gateway.
pub async fn execute(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path(id): Path<i32>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    send(&state, &s, id, None).await
}

/// Sends one Stripe line again after a failure (same idempotency key: never paid twice).
pub async fn retry_line(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path((id, line)): Path<(i32, i32)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    send(&state, &s, id, Some(line)).await
}

async fn send(
    state: &AppState,
    s: &crate::http::extract::SignedIn,
    id: i32,
    line: Option<i32>,
) -> Result<Response, AppError> {
    let done = crate::payments::payouts::execute(
        &state.db,
        state.gateway.as_ref(),
        id,
        line,
        Some(s.user.id),
    )
    .await?;
    Ok(executed(&format!("/committee/payouts/{id}"), &done))
}

/// Back to the page with what an execution did: how much was paid, and what failed.
pub fn executed(to: &str, done: &crate::payments::payouts::Executed) -> Response {
    match done.failed.len() {
        0 => redirect_with_flash(
            to,
            "success",
            &format!("{} paid through Stripe.", done.paid),
        ),
        n => redirect_with_flash(
            to,
            "error",
            &format!(
                "{} paid through Stripe; {n} failed and stay open for a retry: {}",
                done.paid,
                done.failed
                    .iter()
                    .map(|(_, e)| e.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        ),
    }
}

/// Replaces a stale run with a fresh draft and goes to it (or back to the runs when nothing is
/// owed any more).
pub async fn redraft(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path(id): Path<i32>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let tx = crate::db::begin_write(&state.db).await?;
    let c = &state.config;
    let fresh = payouts::redraft(&tx, &c.payouts, id, Some(s.user.id), &c.base_url).await?;
    tx.commit().await?;
    Ok(match fresh {
        Some(run) => redirect_with_flash(
            &format!("/committee/payouts/{}", run.id),
            "success",
            &format!("Run #{id} was re-drafted as this run, which pays what is owed now; the committee has been asked to review it."),
        ),
        None => redirect_with_flash(
            "/committee/payouts",
            "info",
            &format!("Run #{id} was replaced; nothing is owed any more, so no new run was drafted."),
        ),
    })
}
