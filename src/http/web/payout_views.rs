//! A payout run's page as a view: each status by name, and only the actions the domain allows
//! now (`domain::payout::run_actions`, `line_actions`) and the votes the viewer may cast.
use entity::{payout_line, payout_run};
use i18n::Tr;
use templates::components::FormData;
use templates::payouts::{EntryRow, LineView, RunView, VotersView};
use templates::status::{action_label, ActionView};

use super::payouts::{decision_views, review_form};
use crate::domain::ledger::Account;
use crate::domain::money::{Currency, Money};
use crate::domain::payout::{
    files_ready, is_open, line_actions, run_actions, LineAction, Overpayment, PayAction, Route,
    RunFacts,
};
use crate::domain::status::{LineStatus, PayoutMethod, RunStatus};
use crate::error::AppError;
use crate::http::local_text::{money, of};
use crate::http::views::status_view;
use crate::http::web::ledger::account_meaning;
use crate::http::AppState;
use crate::store::decisions::Subject;
use crate::store::{payouts, votes};

/// A run action as a button, labelled by its code (`action-run` in status.ftl).
pub fn pay_action(tr: &Tr, base: &str, a: PayAction) -> ActionView {
    let (code, path) = match a {
        PayAction::Redraft => ("redraft", "redraft"),
        PayAction::SendStripe => ("send_stripe", "execute"),
        PayAction::MarkBankPaid => ("mark_bank_paid", "paid"),
    };
    ActionView::post(
        action_label(tr, "run", code),
        format!("{base}/{path}"),
        "primary",
    )
}

/// A spending's payment action as a button.
pub fn spending_action(tr: &Tr, base: &str, a: PayAction) -> ActionView {
    let (code, path) = match a {
        PayAction::SendStripe => ("send_stripe", "execute"),
        PayAction::MarkBankPaid | PayAction::Redraft => ("mark_paid", "paid"),
    };
    ActionView::post(
        action_label(tr, "spending", code),
        format!("{base}/{path}"),
        "primary",
    )
}

fn line_action(tr: &Tr, base: &str, a: LineAction, failed_before: bool) -> ActionView {
    let (code, path, style) = match a {
        LineAction::SendTransfer if failed_before => ("retry", "retry", "primary"),
        LineAction::SendTransfer => ("send", "retry", "primary"),
        LineAction::MarkPaid => ("mark_paid", "paid", "primary"),
        LineAction::MarkFailed => ("mark_failed", "failed", "danger"),
    };
    let button = ActionView::post(
        action_label(tr, "line", code),
        format!("{base}/{path}"),
        style,
    );
    match a {
        LineAction::MarkFailed => {
            button.with_input("error", tr.t("action-line-failed-placeholder"))
        }
        _ => button,
    }
}

/// What the run's page shows to committee member `viewer`, with `form` in its vote form: the
/// same statements whatever the number of lines (`payouts::line_coops`, `entries_behind_lines`).
pub async fn run_view(
    state: &AppState,
    tr: &Tr,
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
        lines.push(line_view(tr, &run, l, coop, entries, route, &stale)?);
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
    let decisions = payouts::run_decisions(&state.db, id).await?;
    let decisions = decision_views(state, tr, decisions).await?;
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
            .map(|a| pay_action(tr, &base, a))
            .collect(),
        sepa_ready: state.config.payouts.debtor.is_some(),
        superseded_by: run.superseded_by,
        replaces: payouts::replaced_by_run(&state.db, id).await?,
        id,
        total: money(tr, total, &run.currency),
        created: tr.date_time(run.created_at),
        currency: run.currency,
        quorum,
        lines,
        decisions,
    })
}

fn line_view(
    tr: &Tr,
    run: &payout_run::Model,
    l: payout_line::Model,
    coop: &payouts::LineCoop,
    entries: Vec<payouts::EntryBehind>,
    route: Route,
    stale: &[Overpayment],
) -> Result<LineView, AppError> {
    let currency = Currency::parse(&run.currency)?;
    let over = match stale.iter().find(|o| o.line_id == l.id) {
        Some(o) => Some(of(tr, Money::try_from_minor(o.over, currency)?)),
        None => None,
    };
    let base = format!("/committee/payouts/{}/lines/{}", run.id, l.id);
    let actions = line_actions(run.status, l.status, l.method, route, over.is_some())
        .into_iter()
        .map(|a| line_action(tr, &base, a, l.error.is_some()))
        .collect();
    Ok(LineView {
        id: l.id,
        coop_name: coop.name.clone(),
        fair_share: money(tr, l.fair_share_minor, &run.currency),
        proceeds: money(tr, l.proceeds_minor, &run.currency),
        amount: money(tr, l.amount_minor, &run.currency),
        status: status_view(l.status),
        method: l.method.as_str(),
        error: l.error.map(|e| tr.say(&crate::error::Msg::from_stored(&e))),
        iban: coop.bank.iban.as_ref().map(|i| i.to_string()),
        entries: entries.into_iter().map(|e| entry_row(tr, e)).collect(),
        by_stripe: l.method == PayoutMethod::Stripe,
        transfer_id: l.transfer_id,
        held: route == Route::Held && l.status != LineStatus::Paid,
        over,
        actions,
    })
}

fn entry_row(tr: &Tr, e: payouts::EntryBehind) -> EntryRow {
    let kind = tr.t_args("ledger-entry-kind", &[("kind", e.kind.into())]);
    // The line's co-op is named above: say which of its accounts, not the account's key.
    let account = match Account::parse(&e.account) {
        Ok(a) => account_meaning(tr, &a),
        Err(_) => e.account,
    };
    EntryRow {
        entry_id: e.entry_id,
        kind,
        memo: e
            .order_id
            .map(|o| tr.t_args("run-entry-order", &[("id", o.into())]))
            .unwrap_or_default(),
        account,
        amount: of(tr, e.amount),
    }
}
