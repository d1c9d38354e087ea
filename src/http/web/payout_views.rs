//! A payout run's page as a view: each status by name, and only the actions the domain allows
//! now (`domain::payout::run_actions`, `line_actions`) and the votes the viewer may cast.
use entity::{payout_line, payout_run};
use templates::components::FormData;
use templates::payouts::{EntryRow, LineView, RunView, VotersView};
use templates::status::ActionView;

use super::payouts::{decision_views, review_form};
use crate::domain::ledger::Account;
use crate::domain::money::{Currency, Money};
use crate::domain::payout::{
    files_ready, is_open, line_actions, run_actions, LineAction, Overpayment, PayAction, Route,
    RunFacts,
};
use crate::domain::status::{Described, LineStatus, PayoutMethod, RunStatus};
use crate::error::AppError;
use crate::http::views::{price, status_view};
use crate::http::AppState;
use crate::store::decisions::Subject;
use crate::store::{payouts, votes};

/// A run or spending action as a button.
pub fn pay_action(base: &str, a: PayAction) -> ActionView {
    match a {
        PayAction::Redraft => {
            ActionView::post("Re-draft this run", format!("{base}/redraft"), "primary")
        }
        PayAction::SendStripe => ActionView::post(
            "Send the Stripe transfers",
            format!("{base}/execute"),
            "primary",
        ),
        PayAction::MarkBankPaid => ActionView::post(
            "Mark the whole bank file paid",
            format!("{base}/paid"),
            "primary",
        ),
    }
}

/// A spending's payment action as a button.
pub fn spending_action(base: &str, a: PayAction) -> ActionView {
    match a {
        PayAction::SendStripe => {
            ActionView::post("Send through Stripe", format!("{base}/execute"), "primary")
        }
        PayAction::MarkBankPaid | PayAction::Redraft => {
            ActionView::post("Mark paid", format!("{base}/paid"), "primary")
        }
    }
}

fn line_action(base: &str, a: LineAction, failed_before: bool) -> ActionView {
    match a {
        LineAction::SendTransfer if failed_before => {
            ActionView::post("Retry the transfer", format!("{base}/retry"), "primary")
        }
        LineAction::SendTransfer => {
            ActionView::post("Send this transfer", format!("{base}/retry"), "primary")
        }
        LineAction::MarkPaid => ActionView::post("Mark paid", format!("{base}/paid"), "primary"),
        LineAction::MarkFailed => {
            ActionView::post("Mark failed", format!("{base}/failed"), "danger")
                .with_input("error", "what the bank said")
        }
    }
}

/// What the run's page shows to committee member `viewer`, with `form` in its vote form: the
/// same statements whatever the number of lines (`payouts::line_coops`, `entries_behind_lines`).
pub async fn run_view(
    state: &AppState,
    viewer: i32,
    id: i32,
    form: FormData,
) -> Result<RunView, AppError> {
    let run = payouts::get(&state.db, id).await?;
    let stale = match is_open(run.status) {
        true => payouts::stale_lines(&state.db, &run).await?,
        false => Vec::new(),
    };
    let on_run = payouts::lines(&state.db, id).await?;
    let ids: Vec<i32> = on_run.iter().map(|l| l.coop_id).collect();
    let coops = payouts::line_coops(&state.db, &ids).await?;
    let mut behind = payouts::entries_behind_lines(&state.db, &run, &on_run).await?;
    let mut lines = Vec::with_capacity(on_run.len());
    let (mut total, mut stripe_unpaid, mut bank_payable) = (0i64, false, false);
    for l in on_run {
        let coop = coops
            .get(&l.coop_id)
            .ok_or_else(|| AppError::not_found("co-op"))?;
        let route = match l.method {
            PayoutMethod::Stripe => Route::Stripe,
            _ => Route::of(false, coop.bank.iban.is_some()),
        };
        let unpaid = l.status != LineStatus::Paid;
        stripe_unpaid |= unpaid && l.method == PayoutMethod::Stripe;
        bank_payable |= unpaid && route == Route::Bank;
        total += l.amount_minor;
        let entries = behind.remove(&l.id).unwrap_or_default();
        lines.push(line_view(&run, l, coop, entries, route, &stale)?);
    }
    let facts = RunFacts {
        status: run.status,
        stale: !stale.is_empty(),
        stripe_unpaid,
        bank_payable,
    };
    let base = format!("/committee/payouts/{id}");
    let awaiting = run.status == RunStatus::AwaitingReview;
    let action = format!("{base}/decide");
    let review = review_form(state, Subject::Run(id), viewer, awaiting, action, form).await?;
    let decisions = decision_views(state, payouts::run_decisions(&state.db, id).await?).await?;
    let quorum = state.config.payouts.quorum;
    let o = votes::outlook(&state.db, Subject::Run(id), quorum).await?;
    Ok(RunView {
        voters: VotersView {
            can_still_vote: o.can_still_vote,
            needed: o.needed,
            reachable: o.reachable,
        },
        status: status_view(run.status),
        awaiting,
        open: is_open(run.status),
        files_ready: files_ready(&facts),
        review,
        actions: run_actions(&facts)
            .into_iter()
            .map(|a| pay_action(&base, a))
            .collect(),
        sepa_ready: state.config.payouts.debtor.is_some(),
        superseded_by: run.superseded_by,
        replaces: payouts::replaced_by_run(&state.db, id).await?,
        id,
        total: price(total, &run.currency),
        created: run.created_at.format("%Y-%m-%d %H:%M").to_string(),
        currency: run.currency,
        quorum,
        lines,
        decisions,
    })
}

fn line_view(
    run: &payout_run::Model,
    l: payout_line::Model,
    coop: &payouts::LineCoop,
    entries: Vec<payouts::EntryBehind>,
    route: Route,
    stale: &[Overpayment],
) -> Result<LineView, AppError> {
    let currency = Currency::parse(&run.currency)?;
    let over = match stale.iter().find(|o| o.line_id == l.id) {
        Some(o) => Some(Money::try_from_minor(o.over, currency)?.to_string()),
        None => None,
    };
    let base = format!("/committee/payouts/{}/lines/{}", run.id, l.id);
    let actions = line_actions(run.status, l.status, l.method, route, over.is_some())
        .into_iter()
        .map(|a| line_action(&base, a, l.error.is_some()))
        .collect();
    Ok(LineView {
        id: l.id,
        coop_name: coop.name.clone(),
        fair_share: price(l.fair_share_minor, &run.currency),
        proceeds: price(l.proceeds_minor, &run.currency),
        amount: price(l.amount_minor, &run.currency),
        status: status_view(l.status),
        method: l.method.label(),
        error: l.error,
        iban: coop
            .bank
            .iban
            .as_ref()
            .map(|i| i.to_string())
            .unwrap_or_else(|| "not on file".into()),
        entries: entries.into_iter().map(entry_row).collect(),
        by_stripe: l.method == PayoutMethod::Stripe,
        transfer_id: l.transfer_id,
        held: route == Route::Held && l.status != LineStatus::Paid,
        over,
        actions,
    })
}

fn entry_row(e: payouts::EntryBehind) -> EntryRow {
    let memo = match e.order_id {
        Some(o) => format!("{} (order #{o})", e.memo),
        None => e.memo,
    };
    // The line's co-op is named above: say which of its accounts, not the account's key.
    let account = match Account::parse(&e.account) {
        Ok(Account::CoopFairShare(_)) => "fair share".to_string(),
        Ok(Account::CoopProceeds(_)) => "proceeds".to_string(),
        _ => e.account,
    };
    EntryRow {
        entry_id: e.entry_id,
        kind: e.kind,
        memo,
        account,
        amount: e.amount.to_string(),
    }
}
