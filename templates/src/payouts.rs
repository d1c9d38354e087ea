//! The committee's payout pages: runs to draft and review, a run with its lines, the entries
//! behind them and every decision, and pool spending proposals.
use maud::{html, Markup};

use crate::components::{csrf, field, FormData};
use crate::layout::{page, Layout};
use crate::status::{actions, badge, meaning, ActionView, StatusView};

/// Amounts and dates in these views are written in the viewer's language by the handler.
pub struct RunRow {
    pub id: i32,
    pub currency: String,
    pub status: StatusView,
    pub total: String,
    pub lines: usize,
    pub created: String,
}

/// (id, title, amount, recipient, status)
pub type SpendingRow = (i32, String, String, String, StatusView);

pub struct PayoutsView {
    pub runs: Vec<RunRow>,
    /// The currencies a run can be drafted in, most owed first: (code, amount owed).
    pub currencies: Vec<(String, String)>,
    pub spending: Vec<SpendingRow>,
    /// The next (older) page of runs, and of proposals, when there is one.
    pub runs_next: Option<String>,
    pub spending_next: Option<String>,
}

pub struct DecisionView {
    /// Who decided; `None` for the command line.
    pub who: Option<String>,
    /// The decision's stable code: drafted, proposed, approved, rejected, paid, failed,
    /// replaces, superseded.
    pub what: &'static str,
    pub why: String,
    pub when: String,
}

pub struct EntryRow {
    pub entry_id: i64,
    pub kind: String,
    pub memo: String,
    pub account: String,
    pub amount: String,
}

pub struct LineView {
    pub id: i32,
    pub coop_name: String,
    pub fair_share: String,
    pub proceeds: String,
    pub amount: String,
    pub status: StatusView,
    /// How it is paid: the method's code (`bank`, `stripe`).
    pub method: &'static str,
    pub error: Option<String>,
    /// The IBAN on file, if any.
    pub iban: Option<String>,
    pub entries: Vec<EntryRow>,
    /// Paid through Stripe (the co-op's connected account was ready when the run was drafted).
    pub by_stripe: bool,
    /// The Stripe Transfer that paid the line.
    pub transfer_id: Option<String>,
    /// An unpaid bank line of a co-op without bank details: left out of the bank files.
    pub held: bool,
    /// How much more than is owed now the unpaid line would pay (the run is stale).
    pub over: Option<String>,
    /// What the committee may do with the line now.
    pub actions: Vec<ActionView>,
}

/// The vote form, with only the buttons this member may press, and a rejection's reason kept
/// with its error when the vote was refused.
pub struct ReviewFormView {
    pub action: String,
    /// Still under review (otherwise only a refused vote's error is shown).
    pub open: bool,
    pub approve: bool,
    pub reject: bool,
    pub form: FormData,
}

/// Who may still vote on a run or a spending.
pub struct VotersView {
    pub can_still_vote: usize,
    pub needed: usize,
    pub reachable: bool,
}

/// What "mark the whole bank file paid" will mark, shown before it does.
pub struct ConfirmPaidView {
    pub run_id: i32,
    pub count: usize,
    pub total: String,
    pub held: usize,
}

pub struct RunView {
    pub id: i32,
    pub currency: String,
    pub status: StatusView,
    /// Under review: who may still vote is shown, and the vote form to those who may vote.
    pub awaiting: bool,
    /// Under review or approved and not paid.
    pub open: bool,
    /// The bank files may be downloaded.
    pub files_ready: bool,
    pub review: Option<ReviewFormView>,
    /// Re-draft, send the Stripe transfers, mark the bank file paid: those allowed now.
    pub actions: Vec<ActionView>,
    pub created: String,
    pub total: String,
    pub quorum: u32,
    pub lines: Vec<LineView>,
    pub decisions: Vec<DecisionView>,
    pub voters: VotersView,
    /// A SEPA file can be made: the marketplace's own account is configured.
    pub sepa_ready: bool,
    /// The run that replaced this one, and the run this one replaced.
    pub superseded_by: Option<i32>,
    pub replaces: Option<i32>,
}

impl RunView {
    /// Some line pays more than is owed now.
    pub fn stale(&self) -> bool {
        self.lines.iter().any(|x| x.over.is_some())
    }
}

pub struct SpendingView {
    pub id: i32,
    pub title: String,
    pub purpose: String,
    pub amount: String,
    pub recipient: String,
    pub status: StatusView,
    pub awaiting: bool,
    pub review: Option<ReviewFormView>,
    /// Send through Stripe or mark paid, when approved.
    pub actions: Vec<ActionView>,
    pub transfer_id: Option<String>,
    /// Why the last attempt to pay failed.
    pub error: Option<String>,
    pub quorum: u32,
    pub decisions: Vec<DecisionView>,
    pub voters: VotersView,
}

pub use crate::payout_run::{confirm_paid, run};

fn runs_table(l: &Layout, v: &PayoutsView) -> Markup {
    let tr = &l.tr;
    html! {
        @if v.runs.is_empty() { p.muted { (tr.t("payouts-no-run")) } }
        @let cols = ["payouts-col-run", "payouts-col-drafted", "payouts-col-lines", "payouts-col-total", "payouts-col-status"].map(|k| tr.t(k));
        @if !v.runs.is_empty() { div.table-wrap { table.data {
            thead { tr { @for c in &cols { th { (c) } } } }
            tbody { @for r in &v.runs { tr {
                td data-label=(cols[0]) { a href={ "/committee/payouts/" (r.id) } { (tr.t_args("payouts-run-name", &[("id", r.id.into()), ("currency", r.currency.as_str().into())])) } }
                td data-label=(cols[1]) { (r.created) } td.num data-label=(cols[2]) { (r.lines) }
                td.num.money data-label=(cols[3]) { (r.total) } td data-label=(cols[4]) { (badge(tr, &r.status)) }
            } } }
        } } }
        @if let Some(h) = &v.runs_next { p.pager { a rel="next" href=(h) { (tr.t("payouts-older-runs")) } } }
    }
}

pub fn payouts(l: &Layout, v: &PayoutsView) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("payouts-title"),
        html! {
            h1 { (tr.t("payouts-title")) }
            @if v.currencies.is_empty() {
                p.muted { (tr.t("payouts-nothing-owed")) }
            } @else {
                form.stack method="post" action="/committee/payouts" {
                    (csrf(&l.csrf))
                    div.field {
                        label for="f-currency" { (tr.t("payouts-currency")) }
                        select id="f-currency" name="currency" {
                            @for (code, owed) in &v.currencies {
                                option value=(code) { (tr.t_args("payouts-owed", &[("currency", code.as_str().into()), ("amount", owed.as_str().into())])) }
                            }
                        }
                    }
                    div.actions { button.primary type="submit" { (tr.t("payouts-draft")) } }
                }
            }
            (runs_table(l, v))
            h2 { (tr.t("payouts-spending")) }
            @if v.spending.is_empty() { p.muted { (tr.t("payouts-no-proposal")) } }
            ul { @for (id, title, amount, to, status) in &v.spending {
                li { a href={ "/committee/spending/" (id) } { (title) } " · "
                    (tr.t_args("payouts-spending-to", &[("amount", amount.as_str().into()), ("coop", to.as_str().into())]))
                    " " (badge(tr, status)) }
            } }
            @if let Some(h) = &v.spending_next { p.pager { a rel="next" href=(h) { (tr.t("payouts-older-proposals")) } } }
        },
    )
}

/// Every decision, oldest first: when, who, what and why.
pub fn decisions(l: &Layout, ds: &[DecisionView]) -> Markup {
    let tr = &l.tr;
    html! {
        h2 { (tr.t("payouts-decisions")) }
        ol.decisions { @for d in ds { li {
            (d.when) " · "
            strong { @match &d.who { Some(w) => (w), None => (tr.t("payouts-command-line")) } }
            " " (tr.t_args("payouts-decision", &[("what", d.what.into())]))
            @if !d.why.is_empty() { ": " em { (d.why) } }
        } } }
    }
}

/// The vote form, or why this member has no vote here.
pub fn review_form(l: &Layout, r: &ReviewFormView) -> Markup {
    let tr = &l.tr;
    html! {
        @if !r.approve && !r.reject {
            @for e in r.form.general_errors(&[]) { p.field-error role="alert" { (e) } }
            @if r.open { p.muted.no-vote { (tr.t("payouts-no-vote")) } }
        } @else {
            form.stack method="post" action=(r.action) {
                (csrf(&l.csrf))
                @for e in r.form.general_errors(&["reason"]) { p.field-error role="alert" { (e) } }
                @if r.reject {
                    @let reason = tr.t("payouts-reason");
                    (field(r.form.field("reason", &reason)))
                }
                div.actions {
                    @if r.approve { button.primary type="submit" name="decision" value="approve" { (tr.t("payouts-approve")) } }
                    @if r.reject { button.danger type="submit" name="decision" value="reject" { (tr.t("payouts-reject")) } }
                }
            }
        }
    }
}

/// How many committee members may still vote, and a plain warning when the quorum is out of reach.
pub fn voters(l: &Layout, v: &VotersView) -> Markup {
    let tr = &l.tr;
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let args = [
        ("voters", count(v.can_still_vote).into()),
        ("needed", count(v.needed).into()),
    ];
    html! {
        p.voters { (tr.t_args("payouts-voters", &args)) }
        @if !v.reachable {
            p.notice.blocked { strong { (tr.t("payouts-unreachable")) } " " (tr.t("payouts-unreachable-why")) }
        }
    }
}

pub fn spending(l: &Layout, v: &SpendingView) -> Markup {
    let tr = &l.tr;
    let quorum = i64::from(v.quorum);
    let (before, after) = tr.t_around(
        "spending-summary",
        "amount",
        &[
            ("coop", v.recipient.as_str().into()),
            ("quorum", quorum.into()),
        ],
    );
    page(
        l,
        &tr.t_args("spending-title", &[("id", v.id.into())]),
        html! {
            h1 { (v.title) " " (badge(tr, &v.status)) }
            p.status-meaning { (meaning(tr, v.status.family, v.status.key)) }
            p { (before) strong { (v.amount) } (after) }
            p { (v.purpose) }
            @if v.awaiting { (voters(l, &v.voters)) }
            @if let Some(r) = &v.review { (review_form(l, r)) }
            @if let Some(t) = &v.transfer_id { p.muted { (tr.t("spending-paid-by-stripe")) " " code.transfer { (t) } } }
            @if let Some(e) = &v.error { p.field-error { (tr.t_args("spending-payment-error", &[("error", e.as_str().into())])) } }
            div.actions { (actions(&v.actions, &l.csrf)) }
            (decisions(l, &v.decisions))
        },
    )
}

/// A select of `options` (value, label) that keeps the chosen value and shows its error.
fn chooser(
    f: &FormData,
    name: &str,
    id: &str,
    label: &str,
    options: &[(String, String)],
    empty: Option<String>,
) -> Markup {
    html! {
        div class={ "field" @if f.error(name).is_some() { " has-error" } } {
            label for=(id) { (label) }
            select id=(id) name=(name) {
                @for (value, text) in options { option value=(value) selected[f.value(name) == value.as_str()] { (text) } }
            }
            @if let Some(h) = empty { span.hint { (h) } }
            @if let Some(e) = f.error(name) { span.field-error { (e) } }
        }
    }
}

/// The form a co-op member uses to propose spending from the pool.
/// `currencies` are those the pool holds money in, most first: (code, amount in the pool).
pub fn propose(
    l: &Layout,
    coop_id: i32,
    coops: &[(i32, String)],
    currencies: &[(String, String)],
    f: &FormData,
) -> Markup {
    let tr = &l.tr;
    let held: Vec<(String, String)> = currencies
        .iter()
        .map(|(code, held)| {
            let args = [
                ("currency", code.as_str().into()),
                ("amount", held.as_str().into()),
            ];
            (code.clone(), tr.t_args("spending-in-pool", &args))
        })
        .collect();
    let recipients: Vec<(String, String)> = coops
        .iter()
        .map(|(id, n)| (id.to_string(), n.clone()))
        .collect();
    let (title, purpose, amount) = (
        tr.t("spending-field-title"),
        tr.t("spending-field-purpose"),
        tr.t("spending-field-amount"),
    );
    page(
        l,
        &tr.t("spending-propose-title"),
        html! {
            h1 { (tr.t("spending-propose-heading")) }
            form.stack method="post" action={ "/coops/" (coop_id) "/spending" } {
                (csrf(&l.csrf))
                (crate::components::form_token(f))
                (field(f.field("title", &title)))
                (field(f.field("purpose", &purpose).kind("textarea")))
                (field(f.field("amount", &amount).kind("text")))
                (chooser(f, "currency", "f-currency", &tr.t("spending-field-currency"), &held,
                    currencies.is_empty().then(|| tr.t("spending-pool-empty"))))
                (chooser(f, "recipient_coop_id", "f-recipient", &tr.t("spending-field-recipient"), &recipients, None))
                div.actions { button.primary type="submit" { (tr.t("spending-propose")) } }
            }
        },
    )
}
