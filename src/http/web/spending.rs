//! Pool spending: a co-op member proposes, the committee reviews and marks it paid.
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use maud::Markup;
use templates::components::FormData;
use templates::payouts::SpendingView;

use super::payout_views::spending_action;
use super::payouts::{decision_views, executed, record_vote, review_form, DecideForm, NoFields};
use super::{form_data, invalid, unprocessable};
use crate::domain::money::Currency;
use crate::domain::payout::spending_actions;
use crate::domain::status::{CoopStatus, SpendingStatus};
use crate::error::AppError;
use crate::http::extract::{CommitteeMember, CoopMember, CsrfForm, SignedIn};
use crate::http::form_once::{already_sent, fresh, keep, Once};
use crate::http::local_input;
use crate::http::local_text::{money, sum};
use crate::http::viewer::{redirect_with_flash, Viewer};
use crate::http::views::status_view;
use crate::http::AppState;
use crate::store::decisions::{self, Subject};
use crate::store::spending::{Proposal, Proposed};
use crate::store::{self, votes};

async fn render_form(
    state: &AppState,
    viewer: &Viewer,
    coop_id: i32,
    f: FormData,
) -> Result<Markup, AppError> {
    let coops = store::coops::list_by_status(&state.db, CoopStatus::Admitted).await?;
    let coops: Vec<(i32, String)> = coops.into_iter().map(|c| (c.id, c.name)).collect();
    let currencies: Vec<(String, String)> = store::spending::pool_currencies(&state.db)
        .await?
        .into_iter()
        .map(|b| (b.currency.code().to_string(), sum(&viewer.tr, b)))
        .collect();
    Ok(templates::payouts::propose(
        &viewer.layout(),
        coop_id,
        &coops,
        &currencies,
        &f,
    ))
}

pub async fn new_page(State(state): State<AppState>, m: CoopMember) -> Result<Markup, AppError> {
    let mut f = fresh(FormData::default());
    f.values.insert("currency".into(), m.coop.currency.clone());
    render_form(&state, &m.signed_in.viewer, m.coop.id, f).await
}

/// Proposes once per form: a repeated submit is sent to where the first one went.
pub async fn propose(
    State(state): State<AppState>,
    m: CoopMember,
    CsrfForm(Once { form_token, form }): CsrfForm<Once<Proposal>>,
) -> Result<Response, AppError> {
    let (user, tr) = (m.signed_in.user.id, &m.signed_in.viewer.tr);
    let at = format!("/coops/{}/manage", m.coop.id);
    let base_url = &state.config.base_url;
    let proposed = match local_amount(tr, &form) {
        Ok(plain) => {
            store::spending::propose_once(&state.db, user, &form_token, &plain, &at, base_url).await
        }
        Err(e) => Err(e),
    };
    let p = match invalid(proposed)? {
        Ok(Proposed::New(p)) => p,
        Ok(Proposed::Repeat(first)) => return Ok(already_sent(&first)),
        Err(errs) => {
            let values = [
                ("title", form.title.as_str()),
                ("purpose", form.purpose.as_str()),
                ("amount", form.amount.as_str()),
                ("currency", form.currency.as_str()),
                ("recipient_coop_id", form.recipient_coop_id.as_str()),
            ];
            let errs = errs.said(tr);
            let f = keep(form_data(values, &errs), &form_token);
            return Ok(unprocessable(
                render_form(&state, &m.signed_in.viewer, m.coop.id, f).await?,
            ));
        }
    };
    let msg = tr.t_args("flash-spending-proposed", &[("id", p.id.into())]);
    Ok(redirect_with_flash(&at, "success", &msg))
}

/// The proposal with its amount read as the viewer writes numbers (exact, to the currency's
/// decimals); an unknown currency or an empty amount is left for the store to name.
fn local_amount(tr: &i18n::Tr, form: &Proposal) -> Result<Proposal, AppError> {
    let mut plain = form.clone();
    if let (Ok(c), false) = (
        Currency::parse(&form.currency),
        form.amount.trim().is_empty(),
    ) {
        plain.amount = local_input::number(tr, "amount", &form.amount, c.exponent())?;
    }
    Ok(plain)
}

pub async fn show(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path(id): Path<i32>,
) -> Result<Markup, AppError> {
    spending_page(&state, &s, id, FormData::default()).await
}

/// The spending's page for committee member `s`, with `form` in its vote form.
async fn spending_page(
    state: &AppState,
    s: &SignedIn,
    id: i32,
    form: FormData,
) -> Result<Markup, AppError> {
    let p = store::spending::get(&state.db, id).await?;
    let subject = Subject::Spending(id);
    let ds = decisions::decisions(&state.db, subject).await?;
    let quorum = state.config.payouts.quorum;
    let o = votes::outlook(&state.db, subject, quorum).await?;
    let base = format!("/committee/spending/{id}");
    let awaiting = p.status == SpendingStatus::AwaitingReview;
    let action = format!("{base}/decide");
    let review = review_form(state, subject, s.user.id, awaiting, action, form).await?;
    let tr = &s.viewer.tr;
    let v = SpendingView {
        id,
        voters: templates::payouts::VotersView {
            can_still_vote: o.can_still_vote,
            needed: o.needed,
            reachable: o.reachable,
        },
        amount: money(tr, p.amount_minor, &p.currency),
        recipient: store::coops::get(&state.db, p.recipient_coop_id)
            .await?
            .name,
        title: p.title,
        purpose: p.purpose,
        status: status_view(p.status),
        awaiting,
        review,
        actions: spending_actions(p.status, p.method)
            .into_iter()
            .map(|a| spending_action(tr, &base, a))
            .collect(),
        transfer_id: p.transfer_id,
        error: p.error.map(|e| tr.say(&crate::error::Msg::from_stored(&e))),
        quorum: state.config.payouts.quorum,
        decisions: decision_views(state, tr, ds).await?,
    };
    Ok(templates::payouts::spending(&s.viewer.layout(), &v))
}

pub async fn decide(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<DecideForm>,
) -> Result<Response, AppError> {
    let page = format!("/committee/spending/{id}");
    let subject = Subject::Spending(id);
    match record_vote(&state, &s, subject, &form, &page).await? {
        Ok(done) => Ok(done),
        Err((code, f)) => Ok((code, spending_page(&state, &s, id, f).await?).into_response()),
    }
}

pub async fn mark_paid(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path(id): Path<i32>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let paid = store::spending::mark_paid(&state.db, id, Some(s.user.id)).await?;
    let msg = if paid {
        "flash-spending-paid"
    } else {
        "flash-spending-already-paid"
    };
    Ok(redirect_with_flash(
        &format!("/committee/spending/{id}"),
        "success",
        &s.viewer.tr.t(msg),
    ))
}

/// Sends an approved spending to the recipient's ready Stripe account (again after a failure).
pub async fn execute(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path(id): Path<i32>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let done = crate::payments::payouts::pay_spending(
        &state.db,
        state.gateway.as_ref(),
        id,
        Some(s.user.id),
    )
    .await?;
    Ok(executed(
        &s.viewer.tr,
        &format!("/committee/spending/{id}"),
        &done,
    ))
}
