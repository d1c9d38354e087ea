//! The committee's payout runs: draft, review, export the bank file, mark lines paid or failed.
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::Markup;
use templates::components::FormData;
use templates::payouts::{DecisionView, PayoutsView, ReviewFormView, RunRow};

use super::form_data;
use super::payout_views::run_view;
use crate::domain::money::Currency;
use crate::domain::page::{PageError, PageRequest};
use crate::domain::review::{Ballot, Vote};
use crate::domain::status::{RunStatus, SpendingStatus};
use crate::error::{AppError, FieldErrors, Msg};
use crate::http::error::page_refused;
use crate::http::extract::{CommitteeMember, CsrfForm, SignedIn};
use crate::http::local_text::{money, sum};
use crate::http::viewer::redirect_with_flash;
use crate::http::views::status_view;
use crate::http::AppState;
use crate::store::decisions::Subject;
use crate::store::{self, payouts, votes};

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
    let tr = &s.viewer.tr;
    let bad = |e: PageError| FieldErrors::single(e.field(), page_refused(&e));
    let runs_page = PageRequest::parse(&q.per_page, &q.cursor).map_err(bad)?;
    let spending_page = PageRequest::parse(&q.per_page, &q.spending_cursor).map_err(bad)?;
    let (on_list, runs_next) = payouts::runs_page(&state.db, &runs_page).await?;
    let runs = on_list
        .into_iter()
        .map(|r| RunRow {
            id: r.run.id,
            total: sum_total(tr, r.total, &r.run.currency),
            currency: r.run.currency,
            status: status_view(r.run.status),
            lines: usize::try_from(r.lines).unwrap_or(0),
            created: tr.date_time(r.run.created_at),
        })
        .collect();
    let (proposals, spending_next) = payouts::spending_page(&state.db, &spending_page).await?;
    let names =
        store::coops::names(&state.db, proposals.iter().map(|p| p.recipient_coop_id)).await?;
    let spending = proposals
        .into_iter()
        .map(|p| {
            let to = names.get(&p.recipient_coop_id).cloned().unwrap_or_default();
            let amount = money(tr, p.amount_minor, &p.currency);
            (p.id, p.title, amount, to, status_view(p.status))
        })
        .collect();
    let per_page = runs_page.per_page;
    let currencies = payouts::owed_currencies(&state.db, &state.config.payouts)
        .await?
        .into_iter()
        .map(|b| (b.currency.code().to_string(), sum(tr, b)))
        .collect();
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

/// A sum of amounts in `currency` as the viewer writes money.
fn sum_total(tr: &i18n::Tr, minor: i128, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => sum(tr, crate::domain::balance::Balance::from_minor(minor, c)),
        Err(_) => format!("{minor} {currency}"),
    }
}

/// Who took each decision, by name (`None`: the command line), and when in the viewer's zone.
pub async fn decision_views(
    state: &AppState,
    tr: &i18n::Tr,
    ds: Vec<entity::decision::Model>,
) -> Result<Vec<DecisionView>, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let ids: Vec<i32> = ds.iter().filter_map(|d| d.user_id).collect();
    let names: std::collections::HashMap<i32, String> = match ids.is_empty() {
        true => Default::default(),
        false => entity::user::Entity::find()
            .filter(entity::user::Column::Id.is_in(ids))
            .all(&state.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect(),
    };
    let mut out = Vec::with_capacity(ds.len());
    for d in ds {
        let who = match d.user_id {
            Some(id) => Some(
                names
                    .get(&id)
                    .cloned()
                    .ok_or_else(|| AppError::not_found("user"))?,
            ),
            None => None,
        };
        let when = tr.date_time(d.created_at);
        out.push(DecisionView {
            who,
            what: d.decision.as_str(),
            why: tr.say(&crate::error::Msg::from_stored(&d.reason)),
            when,
        });
    }
    Ok(out)
}

/// The vote form a member sees on `subject` (posting to `action`): only the votes the rules
/// leave them, and `form` (a refused vote's reason and error) kept.
/// `None` once the subject is decided, unless a refused vote has an error to show.
pub async fn review_form(
    state: &AppState,
    subject: Subject,
    viewer: i32,
    open: bool,
    action: String,
    form: FormData,
) -> Result<Option<ReviewFormView>, AppError> {
    if !open && form.errors.is_empty() {
        return Ok(None);
    }
    let quorum = state.config.payouts.quorum;
    let Ballot { approve, reject } = votes::ballot(&state.db, subject, viewer, quorum).await?;
    Ok(Some(ReviewFormView {
        action,
        open,
        approve,
        reject,
        form,
    }))
}

pub async fn show(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path(id): Path<i32>,
) -> Result<Markup, AppError> {
    run_page(&state, &s, id, FormData::default()).await
}

async fn run_page(
    state: &AppState,
    s: &SignedIn,
    id: i32,
    form: FormData,
) -> Result<Markup, AppError> {
    let v = run_view(state, &s.viewer.tr, s.user.id, id, form).await?;
    Ok(templates::payouts::run(&s.viewer.layout(), &v))
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
    let c = &state.config;
    let run = payouts::draft_run(&state.db, &c.payouts, currency, s.user.id, &c.base_url).await?;
    let to = format!("/committee/payouts/{}", run.id);
    Ok(redirect_with_flash(
        &to,
        "success",
        &s.viewer.tr.t("flash-run-drafted"),
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
    pub fn vote(&self) -> Result<Vote, AppError> {
        match self.decision.as_str() {
            "approve" => Ok(Vote::Approve),
            "reject" => Ok(Vote::Reject(self.reason.clone())),
            _ => Err(AppError::BadRequest(Msg::code("error-decision-vote"))),
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
    match record_vote(&state, &s, Subject::Run(id), &form, &page).await? {
        Ok(done) => Ok(done),
        Err((code, f)) => Ok((code, run_page(&state, &s, id, f).await?).into_response()),
    }
}

/// A refused vote, to show on its page again: the status to answer with and the form with its
/// error beside the reason (or above the buttons) and the reason kept.
pub type Refused = (StatusCode, FormData);

/// Records a committee member's decision on a run or a spending proposal, then sends them back
/// to its page with what it now is; a vote the rules refuse comes back as `Refused`.
pub async fn record_vote(
    state: &AppState,
    s: &SignedIn,
    subject: Subject,
    form: &DecideForm,
    page: &str,
) -> Result<Result<Response, Refused>, AppError> {
    let (tr, quorum) = (&s.viewer.tr, state.config.payouts.quorum);
    let decided = match form.vote() {
        Ok(v) => votes::decide(&state.db, subject, s.user.id, v, quorum).await,
        Err(e) => Err(e),
    };
    let (code, error) = match decided {
        Ok(status) => {
            let (what, now) = match subject {
                Subject::Run(_) => ("run", RunStatus::from(status).as_str()),
                Subject::Spending(_) => ("spending", SpendingStatus::from(status).as_str()),
            };
            let args = [("subject", what.into()), ("status", now.into())];
            let msg = tr.t_args("flash-vote-recorded", &args);
            return Ok(Ok(redirect_with_flash(page, "success", &msg)));
        }
        Err(e @ (AppError::Invalid(_) | AppError::BadRequest(_))) => {
            (StatusCode::UNPROCESSABLE_ENTITY, e)
        }
        Err(e @ AppError::Forbidden(_)) => (StatusCode::FORBIDDEN, e),
        Err(e @ AppError::Conflict(_)) => (StatusCode::CONFLICT, e),
        Err(e) => return Err(e),
    };
    let mut f = match error {
        AppError::Invalid(errs) => form_data([], &errs.said(tr)),
        other => {
            let mut f = FormData::default();
            let said = tr.say(&other.public_message());
            f.errors.insert("decision".into(), said);
            f
        }
    };
    f.values.insert("reason".into(), form.reason.clone());
    Ok(Err((code, f)))
}

pub async fn mark_line_paid(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path((id, line)): Path<(i32, i32)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let paid = payouts::mark_line_paid(&state.db, id, line, Some(s.user.id)).await?;
    let msg = if paid {
        "flash-line-paid"
    } else {
        "flash-line-already-paid"
    };
    Ok(redirect_with_flash(
        &format!("/committee/payouts/{id}"),
        "success",
        &s.viewer.tr.t(msg),
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
    payouts::mark_line_failed(&state.db, id, line, Some(s.user.id), &form.error).await?;
    Ok(redirect_with_flash(
        &format!("/committee/payouts/{id}"),
        "info",
        &s.viewer.tr.t("flash-line-failed"),
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
    s: &SignedIn,
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
    Ok(executed(
        &s.viewer.tr,
        &format!("/committee/payouts/{id}"),
        &done,
    ))
}

/// Back to the page with what an execution did: how much was paid, and what failed.
pub fn executed(tr: &i18n::Tr, to: &str, done: &crate::payments::payouts::Executed) -> Response {
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let paid = ("paid", count(done.paid).into());
    match done.failed.len() {
        0 => redirect_with_flash(to, "success", &tr.t_args("flash-stripe-paid", &[paid])),
        n => {
            let said = |e: &String| tr.say(&crate::error::Msg::from_stored(e));
            let errors: Vec<String> = done.failed.iter().map(|(_, e)| said(e)).collect();
            let args = [
                paid,
                ("failed", count(n).into()),
                ("errors", errors.join("; ").into()),
            ];
            redirect_with_flash(to, "error", &tr.t_args("flash-stripe-failed", &args))
        }
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
    let c = &state.config;
    let fresh = payouts::redraft(&state.db, &c.payouts, id, Some(s.user.id), &c.base_url).await?;
    let args = [("id", id.into())];
    Ok(match fresh {
        Some(run) => redirect_with_flash(
            &format!("/committee/payouts/{}", run.id),
            "success",
            &s.viewer.tr.t_args("flash-run-redrafted", &args),
        ),
        None => redirect_with_flash(
            "/committee/payouts",
            "info",
            &s.viewer.tr.t_args("flash-run-replaced", &args),
        ),
    })
}
