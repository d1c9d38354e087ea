//! The committee's payout pages: runs to draft and review, a run with its lines, the entries
//! behind them and every decision, and pool spending proposals.
use maud::{html, Markup};

use crate::components::{badge, csrf, field, post_button, FormData};
use crate::layout::{page, Layout};

pub struct RunRow {
    pub id: i32,
    pub currency: String,
    pub status: String,
    pub total: String,
    pub lines: usize,
    pub created: String,
}

/// (id, title, amount, recipient, status)
pub type SpendingRow = (i32, String, String, String, String);

pub struct PayoutsView {
    pub runs: Vec<RunRow>,
    pub currencies: Vec<String>,
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
    pub status: String,
    pub error: Option<String>,
    pub iban: String,
    pub entries: Vec<EntryRow>,
    /// Paid through Stripe (the co-op's connected account was ready when the run was drafted).
    pub by_stripe: bool,
    /// The Stripe Transfer that paid the line.
    pub transfer_id: Option<String>,
    /// A bank line of a co-op without bank details: left out of the bank files, not payable.
    pub held: bool,
    /// How much more than is owed now the line would pay (the run is stale).
    pub over: Option<String>,
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
    pub status: String,
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
    fn open(&self) -> bool {
        self.status == "awaiting_review" || self.status == "approved"
    }
}

pub struct SpendingView {
    pub id: i32,
    pub title: String,
    pub purpose: String,
    pub amount: String,
    pub recipient: String,
    pub status: String,
    /// Paid by a Stripe Transfer (the recipient's account was ready at approval).
    pub by_stripe: bool,
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
            form.stack method="post" action="/committee/payouts" {
                (csrf(&l.csrf))
                div.field {
                    label for="f-currency" { "Currency" }
                    select id="f-currency" name="currency" {
                        @for c in &v.currencies { option value=(c) { (c) } }
                    }
                }
                div.actions { button.primary type="submit" { "Draft a payout run" } }
            }
            div.table-wrap { table.data {
                thead { tr { th { "Run" } th { "Drafted" } th { "Lines" } th { "Total" } th { "Status" } } }
                tbody { @for r in &v.runs { tr {
                    td { a href={ "/committee/payouts/" (r.id) } { "#" (r.id) " " (r.currency) } }
                    td { (r.created) } td { (r.lines) } td { (r.total) } td { (badge(&r.status)) }
                } } }
            } }
            @if let Some(h) = &v.runs_next { p.pager { a rel="next" href=(h) { "Older runs" } } }
            h2 { "Pool spending proposals" }
            @if v.spending.is_empty() { p.muted { "No proposal yet." } }
            ul { @for (id, title, amount, to, status) in &v.spending {
                li { a href={ "/committee/spending/" (id) } { (title) } " · " (amount) " to " (to) " " (badge(status)) }
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

fn review_form(l: &Layout, action: &str) -> Markup {
    html! {
        form.stack method="post" action=(action) {
            (csrf(&l.csrf))
            (field(FormData::default().field("reason", "Reason (required to reject)")))
            div.actions {
                button.primary type="submit" name="decision" value="approve" { "Approve" }
                button.danger type="submit" name="decision" value="reject" { "Reject" }
            }
        }
    }
}

fn line(l: &Layout, run: &RunView, x: &LineView) -> Markup {
    let base = format!("/committee/payouts/{}/lines/{}", run.id, x.id);
    html! {
        article.card {
            h3 { (x.coop_name) " · " (x.amount) " " (badge(&x.status)) }
            @if let Some(over) = &x.over { @if x.status != "paid" {
                p.field-error.stale { "Pays " strong { (over) } " more than this co-op is owed now." }
            } }
            @if x.by_stripe {
                p.muted { "fair share " (x.fair_share) " · proceeds " (x.proceeds) " · by Stripe transfer"
                    @if let Some(t) = &x.transfer_id { " " code.transfer { (t) } } }
                @if let Some(e) = &x.error { p.field-error { "Stripe error: " (e) } }
                @if run.status == "approved" && x.status != "paid" && x.over.is_none() {
                    @let label = if x.error.is_some() { "Retry the transfer" } else { "Send this transfer" };
                    (post_button(&format!("{base}/retry"), &l.csrf, label, "primary"))
                }
            } @else {
            p.muted { "fair share " (x.fair_share) " · proceeds " (x.proceeds) " · IBAN " (x.iban) }
            @if let Some(e) = &x.error { p.field-error { "Bank error: " (e) } }
            @if x.held && x.status != "paid" {
                p.held { (badge("no bank details")) " Held: this co-op has no bank details on file, so the line is left out of the bank files and cannot be marked paid. Its admins were asked to add them." }
            }
            @if run.status == "approved" && x.status != "paid" && !x.held && x.over.is_none() {
                (post_button(&format!("{base}/paid"), &l.csrf, "Mark paid", "primary"))
                form.inline method="post" action={ (base) "/failed" } {
                    (csrf(&l.csrf))
                    input type="text" name="error" placeholder="what the bank said";
                    button.danger type="submit" { "Mark failed" }
                }
            }
            }
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
            h1 { "Payout run #" (v.id) " · " (v.currency) " " (badge(&v.status)) }
            p { "Drafted " (v.created) "; " (v.lines.len()) " co-ops, " strong { (v.total) } ". Needs " (v.quorum) " distinct approvals." }
            @if let Some(r) = v.replaces { p { "Replaces " a href={ "/committee/payouts/" (r) } { "run #" (r) } ", which paid more than was owed." } }
            @if let Some(n) = v.superseded_by { p.notice { "Replaced by " a href={ "/committee/payouts/" (n) } { "run #" (n) } "; this run is kept as a record." } }
            @if v.open() && v.stale() {
                div.notice.stale {
                    p { strong { "This run is out of date." } " Refunds since it was drafted lowered what is owed, so it would pay more than is owed now (see the lines marked below). It cannot be approved, exported or paid." }
                    (post_button(&format!("/committee/payouts/{}/redraft", v.id), &l.csrf, "Re-draft this run", "primary"))
                }
            }
            @if v.status == "awaiting_review" { (voters(&v.voters)) }
            (bank_files(v))
            @if v.status == "awaiting_review" && !v.stale() { (review_form(l, &format!("/committee/payouts/{}/decide", v.id))) }
            @if v.status == "awaiting_review" && v.stale() { (review_form_reject_only(l, &format!("/committee/payouts/{}/decide", v.id))) }
            @if v.status == "approved" && !v.stale() && v.lines.iter().any(|x| x.by_stripe && x.status != "paid") {
                (post_button(&format!("/committee/payouts/{}/execute", v.id), &l.csrf, "Send the Stripe transfers", "primary"))
            }
            @if v.status == "approved" && !v.stale() && v.lines.iter().any(|x| !x.by_stripe && !x.held && x.status != "paid") {
                (post_button(&format!("/committee/payouts/{}/paid", v.id), &l.csrf, "Mark the whole bank file paid", "primary"))
            }
            h2 { "Lines" }
            @for x in &v.lines { (line(l, v, x)) }
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
    let held = v
        .lines
        .iter()
        .filter(|x| x.held && x.status != "paid")
        .count();
    html! {
        @if v.status == "awaiting_review" {
            p.muted { "The bank files can be downloaded once the committee has approved the run." }
        } @else if (v.status == "approved" || v.status == "paid") && !v.stale() {
            p { a href={ (base) "/export.csv" } { "Download the bank file (CSV)" }
                @if v.currency == "EUR" && v.sepa_ready { " · " a href={ (base) "/export.xml" } { "Download the SEPA file (pain.001)" } } }
            @if v.currency == "EUR" && !v.sepa_ready {
                p.notice { "The marketplace's own bank account is not set up yet, so a SEPA file cannot be made; download the CSV or ask the operator to set it up." }
            }
        }
        @if held > 0 && v.open() {
            p.notice { (held) " co-ops have no bank details: their lines are held, left out of the bank files, until their admins add them." }
        }
    }
}

fn review_form_reject_only(l: &Layout, action: &str) -> Markup {
    html! {
        form.stack method="post" action=(action) {
            (csrf(&l.csrf))
            (field(FormData::default().field("reason", "Reason")))
            div.actions { button.danger type="submit" name="decision" value="reject" { "Reject" } }
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
            h1 { (v.title) " " (badge(&v.status)) }
            p { strong { (v.amount) } " from the common pool to " (v.recipient) ". Needs " (v.quorum) " distinct approvals." }
            p { (v.purpose) }
            @if v.status == "awaiting_review" { (voters(&v.voters)) (review_form(l, &format!("/committee/spending/{}/decide", v.id))) }
            @if let Some(t) = &v.transfer_id { p.muted { "Paid by Stripe transfer " code.transfer { (t) } } }
            @if let Some(e) = &v.error { p.field-error { "Payment error: " (e) } }
            @if v.status == "approved" && v.by_stripe {
                (post_button(&format!("/committee/spending/{}/execute", v.id), &l.csrf, "Send through Stripe", "primary"))
            } @else if v.status == "approved" {
                (post_button(&format!("/committee/spending/{}/paid", v.id), &l.csrf, "Mark paid", "primary"))
            }
            (decisions(&v.decisions))
        },
    )
}

/// The form a co-op member uses to propose spending from the pool.
pub fn propose(l: &Layout, coop_id: i32, coops: &[(i32, String)], f: &FormData) -> Markup {
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
                (field(f.field("currency", "Currency").hint("e.g. EUR")))
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
