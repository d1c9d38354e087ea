//! The committee's payout pages: runs to draft and review, a run with its lines, the entries
//! behind them and every decision, and pool spending proposals.
use maud::{html, Markup};

use crate::components::{badge, csrf, field, FormData};
use crate::layout::{page, Layout};
use crate::status::{actions, status_badge, ActionView, StatusView};

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
    /// The currencies a run can be drafted in, most owed first: (code, "EUR · 1,234.00 owed").
    pub currencies: Vec<(String, String)>,
    pub spending: Vec<SpendingRow>,
    /// The next (older) page of runs, and of proposals, when there is one.
    pub runs_next: Option<String>,
    pub spending_next: Option<String>,
}

pub struct DecisionView {
    pub who: String,
    pub what: String,
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
    /// How it is paid, in words ("bank transfer").
    pub method: &'static str,
    pub error: Option<String>,
    pub iban: String,
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

pub fn payouts(l: &Layout, v: &PayoutsView) -> Markup {
    page(
        l,
        "Payout runs",
        html! {
            h1 { "Payout runs" }
            @if v.currencies.is_empty() {
                p.muted { "No co-op is owed at least the minimum payout in any currency, so there is no run to draft." }
            } @else {
                form.stack method="post" action="/committee/payouts" {
                    (csrf(&l.csrf))
                    div.field {
                        label for="f-currency" { "Currency (those with something owed, most first)" }
                        select id="f-currency" name="currency" {
                            @for (code, label) in &v.currencies { option value=(code) { (label) } }
                        }
                    }
                    div.actions { button.primary type="submit" { "Draft a payout run" } }
                }
            }
            div.table-wrap { table.data {
                thead { tr { th { "Run" } th { "Drafted" } th { "Lines" } th { "Total" } th { "Status" } } }
                tbody { @for r in &v.runs { tr {
                    td { a href={ "/committee/payouts/" (r.id) } { "#" (r.id) " " (r.currency) } }
                    td { (r.created) } td { (r.lines) } td { (r.total) } td { (status_badge(&r.status)) }
                } } }
            } }
            @if let Some(h) = &v.runs_next { p.pager { a rel="next" href=(h) { "Older runs" } } }
            h2 { "Pool spending proposals" }
            @if v.spending.is_empty() { p.muted { "No proposal yet." } }
            ul { @for (id, title, amount, to, status) in &v.spending {
                li { a href={ "/committee/spending/" (id) } { (title) } " · " (amount) " to " (to) " " (status_badge(status)) }
            } }
            @if let Some(h) = &v.spending_next { p.pager { a rel="next" href=(h) { "Older proposals" } } }
        },
    )
}

fn decisions(ds: &[DecisionView]) -> Markup {
    html! {
        h2 { "Decisions" }
        ol.decisions { @for d in ds { li { (d.when) " · " strong { (d.who) } " " (d.what) @if !d.why.is_empty() { ": " em { (d.why) } } } } }
    }
}

/// The vote form, or why this member has no vote here.
fn review_form(l: &Layout, r: &ReviewFormView) -> Markup {
    html! {
        @if !r.approve && !r.reject {
            @for e in r.form.general_errors(&[]) { p.field-error role="alert" { (e) } }
            @if r.open { p.muted.no-vote { "You cannot vote on this: you belong to a co-op that receives money in it, or you have already voted." } }
        } @else {
            form.stack method="post" action=(r.action) {
                (csrf(&l.csrf))
                @for e in r.form.general_errors(&["reason"]) { p.field-error role="alert" { (e) } }
                @if r.reject {
                    (field(r.form.field("reason", "Reason (required to reject)")))
                }
                div.actions {
                    @if r.approve { button.primary type="submit" name="decision" value="approve" { "Approve" } }
                    @if r.reject { button.danger type="submit" name="decision" value="reject" { "Reject" } }
                }
            }
        }
    }
}

fn line(l: &Layout, x: &LineView) -> Markup {
    html! {
        article.card {
            h3 { (x.coop_name) " · " (x.amount) " " (status_badge(&x.status)) }
            @if let Some(over) = &x.over {
                p.field-error.stale { "Pays " strong { (over) } " more than this co-op is owed now." }
            }
            @if x.by_stripe {
                p.muted { "fair share " (x.fair_share) " · proceeds " (x.proceeds) " · by " (x.method)
                    @if let Some(t) = &x.transfer_id { " " code.transfer { (t) } } }
                @if let Some(e) = &x.error { p.field-error { "Stripe error: " (e) } }
            } @else {
                p.muted { "fair share " (x.fair_share) " · proceeds " (x.proceeds) " · by " (x.method) " · IBAN " (x.iban) }
                @if let Some(e) = &x.error { p.field-error { "Bank error: " (e) } }
                @if x.held {
                    p.held { (badge("no bank details")) " Held: this co-op has no bank details on file, so the line is left out of the bank files and cannot be marked paid. Its admins were asked to add them." }
                }
            }
            (actions(&x.actions, &l.csrf))
            details { summary { "Ledger entries behind this line (" (x.entries.len()) ")" }
                table.data { tbody { @for e in &x.entries { tr {
                    td { "#" (e.entry_id) } td { (e.kind) } td { (e.memo) } td { (e.account) } td { (e.amount) }
                } } } }
            }
        }
    }
}

pub fn run(l: &Layout, v: &RunView) -> Markup {
    page(
        l,
        &format!("Payout run #{}", v.id),
        html! {
            h1 { "Payout run #" (v.id) " · " (v.currency) " " (status_badge(&v.status)) }
            p.status-meaning { (v.status.meaning) }
            p { "Drafted " (v.created) "; " (v.lines.len()) " co-ops, " strong { (v.total) } ". Needs " (v.quorum) " distinct approvals." }
            @if let Some(r) = v.replaces { p { "Replaces " a href={ "/committee/payouts/" (r) } { "run #" (r) } ", which paid more than was owed." } }
            @if let Some(n) = v.superseded_by { p.notice { "Replaced by " a href={ "/committee/payouts/" (n) } { "run #" (n) } "; this run is kept as a record." } }
            @if v.open && v.stale() {
                div.notice.stale {
                    p { strong { "This run is out of date." } " Refunds since it was drafted lowered what is owed, so it would pay more than is owed now (see the lines marked below). It cannot be approved, exported or paid." }
                }
            }
            @if v.awaiting { (voters(&v.voters)) }
            (bank_files(v))
            @if let Some(r) = &v.review { (review_form(l, r)) }
            div.actions { (actions(&v.actions, &l.csrf)) }
            h2 { "Lines" }
            @for x in &v.lines { (line(l, x)) }
            (decisions(&v.decisions))
        },
    )
}

/// How many committee members may still vote, and a plain warning when the quorum is out of reach.
pub fn voters(v: &VotersView) -> Markup {
    html! {
        p.voters { (v.can_still_vote) " committee members may still vote; " (v.needed) " more approvals needed." }
        @if !v.reachable {
            p.notice.blocked { strong { "The committee cannot approve this as it is." }
                " Fewer members may still vote than the quorum needs (the others belong to a co-op it pays, and whoever drafted it cannot approve it alone). Add committee members, or reject it with a reason." }
        }
    }
}

fn bank_files(v: &RunView) -> Markup {
    let base = format!("/committee/payouts/{}", v.id);
    let held = v.lines.iter().filter(|x| x.held).count();
    html! {
        @if v.awaiting {
            p.muted { "The bank files can be downloaded once the committee has approved the run." }
        } @else if v.files_ready {
            p { a href={ (base) "/export.csv" } { "Download the bank file (CSV)" }
                @if v.currency == "EUR" && v.sepa_ready { " · " a href={ (base) "/export.xml" } { "Download the SEPA file (pain.001)" } } }
            @if v.currency == "EUR" && !v.sepa_ready {
                p.notice { "The marketplace's own bank account is not set up yet, so a SEPA file cannot be made; download the CSV or ask the operator to set it up." }
            }
        }
        @if held > 0 && v.open {
            p.notice { (held) " co-ops have no bank details: their lines are held, left out of the bank files, until their admins add them." }
        }
    }
}

/// "Mark the whole bank file paid": what it will mark, then a confirmation.
pub fn confirm_paid(l: &Layout, v: &ConfirmPaidView) -> Markup {
    page(
        l,
        &format!("Mark run #{} paid", v.run_id),
        html! {
            h1 { "Mark the bank file of run #" (v.run_id) " paid?" }
            p { "This marks " strong { (v.count) " lines" } ", " strong { (v.total) } " in total, as paid by the bank. Do it only once the bank has made these transfers." }
            @if v.held > 0 { p.notice { (v.held) " held lines (no bank details) stay open." } }
            form.stack method="post" action={ "/committee/payouts/" (v.run_id) "/paid" } {
                (csrf(&l.csrf))
                input type="hidden" name="confirm" value="yes";
                div.actions {
                    button.primary type="submit" { "Yes, mark " (v.count) " lines paid" }
                    a href={ "/committee/payouts/" (v.run_id) } { "Cancel" }
                }
            }
        },
    )
}

pub fn spending(l: &Layout, v: &SpendingView) -> Markup {
    page(
        l,
        &format!("Spending #{}", v.id),
        html! {
            h1 { (v.title) " " (status_badge(&v.status)) }
            p.status-meaning { (v.status.meaning) }
            p { strong { (v.amount) } " from the common pool to " (v.recipient) ". Needs " (v.quorum) " distinct approvals." }
            p { (v.purpose) }
            @if v.awaiting { (voters(&v.voters)) }
            @if let Some(r) = &v.review { (review_form(l, r)) }
            @if let Some(t) = &v.transfer_id { p.muted { "Paid by Stripe transfer " code.transfer { (t) } } }
            @if let Some(e) = &v.error { p.field-error { "Payment error: " (e) } }
            div.actions { (actions(&v.actions, &l.csrf)) }
            (decisions(&v.decisions))
        },
    )
}

/// The form a co-op member uses to propose spending from the pool.
/// `currencies` are those the pool holds money in, most first: (code, "EUR · 120.00 in the pool").
pub fn propose(
    l: &Layout,
    coop_id: i32,
    coops: &[(i32, String)],
    currencies: &[(String, String)],
    f: &FormData,
) -> Markup {
    page(
        l,
        "Propose pool spending",
        html! {
            h1 { "Propose spending from the common pool" }
            form.stack method="post" action={ "/coops/" (coop_id) "/spending" } {
                (csrf(&l.csrf))
                (crate::components::form_token(f))
                (field(f.field("title", "Title")))
                (field(f.field("purpose", "Purpose").kind("textarea")))
                (field(f.field("amount", "Amount")))
                div class={ "field" @if f.error("currency").is_some() { " has-error" } } {
                    label for="f-currency" { "Currency (those the pool holds, most first)" }
                    select id="f-currency" name="currency" {
                        @for (code, label) in currencies { option value=(code) selected[f.value("currency") == code.as_str()] { (label) } }
                    }
                    @if currencies.is_empty() { span.hint { "The common pool holds nothing yet." } }
                    @if let Some(e) = f.error("currency") { span.field-error { (e) } }
                }
                div class={ "field" @if f.error("recipient_coop_id").is_some() { " has-error" } } {
                    label for="f-recipient" { "Recipient co-op" }
                    select id="f-recipient" name="recipient_coop_id" {
                        @for (id, name) in coops { option value=(id) selected[f.value("recipient_coop_id") == id.to_string()] { (name) } }
                    }
                    @if let Some(e) = f.error("recipient_coop_id") { span.field-error { (e) } }
                }
                div.actions { button.primary type="submit" { "Propose" } }
            }
        },
    )
}
