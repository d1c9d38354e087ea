//! A payout run's page: its lines with the entries behind them, the vote, the bank files and
//! every decision; and the confirmation before marking a whole bank file paid.
use maud::{html, Markup};

use crate::components::csrf;
use crate::layout::{page, Layout};
use crate::payouts::{decisions, review_form, voters, ConfirmPaidView, LineView, RunView};
use crate::status::{actions, badge, label, meaning};

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn line(l: &Layout, x: &LineView) -> Markup {
    let tr = &l.tr;
    let parts = [
        ("fair_share", x.fair_share.as_str().into()),
        ("proceeds", x.proceeds.as_str().into()),
        ("method", label(tr, "method", x.method).into()),
    ];
    html! {
        article.card {
            h3 { (x.coop_name) " · " (x.amount) " " (badge(tr, &x.status)) }
            @if let Some(over) = &x.over {
                @let (before, after) = tr.t_around("run-line-over", "amount", &[]);
                p.field-error.stale { (before) strong { (over) } (after) }
            }
            p.muted { (tr.t_args("run-line-parts", &parts))
                @if x.by_stripe {
                    @if let Some(t) = &x.transfer_id { " " code.transfer { (t) } }
                } @else {
                    " · IBAN " @match &x.iban { Some(i) => (i), None => (tr.t("run-line-no-iban")) }
                }
            }
            @if let Some(e) = &x.error {
                @let key = if x.by_stripe { "run-line-stripe-error" } else { "run-line-bank-error" };
                p.field-error { (tr.t_args(key, &[("error", e.as_str().into())])) }
            }
            @if x.held && !x.by_stripe {
                p.held { span.badge.no-bank-details { (tr.t("run-line-no-bank-details")) } " " (tr.t("run-line-held")) }
            }
            (actions(&x.actions, &l.csrf))
            details { summary { (tr.t_args("run-line-entries", &[("count", count(x.entries.len()).into())])) }
                // Each cell names its column: below 600 px an entry is a card of labelled lines.
                @let cols = ["run-col-entry", "ledger-col-what", "ledger-col-order", "ledger-col-account", "ledger-col-amount"].map(|k| tr.t(k));
                table.data { tbody { @for e in &x.entries { tr {
                    td data-label=(cols[0]) { "#" (e.entry_id) } td data-label=(cols[1]) { (e.kind) } td data-label=(cols[2]) { (e.memo) }
                    td data-label=(cols[3]) { (e.account) } td.num.money data-label=(cols[4]) { (e.amount) }
                } } } }
            }
        }
    }
}

fn history(l: &Layout, v: &RunView) -> Markup {
    let tr = &l.tr;
    html! {
        @if let Some(r) = v.replaces {
            @let (before, after) = tr.t_around("run-replaces", "run", &[]);
            p { (before) a href={ "/committee/payouts/" (r) } { (tr.t_args("run-link", &[("id", r.into())])) } (after) }
        }
        @if let Some(n) = v.superseded_by {
            @let (before, after) = tr.t_around("run-replaced-by", "run", &[]);
            p.notice { (before) a href={ "/committee/payouts/" (n) } { (tr.t_args("run-link", &[("id", n.into())])) } (after) }
        }
        @if v.open && v.stale() {
            div.notice.stale { p { strong { (tr.t("run-stale")) } " " (tr.t("run-stale-why")) } }
        }
    }
}

pub fn run(l: &Layout, v: &RunView) -> Markup {
    let tr = &l.tr;
    let (before, after) = tr.t_around(
        "run-summary",
        "total",
        &[
            ("created", v.created.as_str().into()),
            ("count", count(v.lines.len()).into()),
            ("quorum", i64::from(v.quorum).into()),
        ],
    );
    page(
        l,
        &tr.t_args("run-title", &[("id", v.id.into())]),
        html! {
            h1 { (tr.t_args("run-title", &[("id", v.id.into())])) " · " (v.currency) " " (badge(tr, &v.status)) }
            p.status-meaning { (meaning(tr, v.status.family, v.status.key)) }
            p { (before) strong { (v.total) } (after) }
            (history(l, v))
            @if v.awaiting { (voters(l, &v.voters)) }
            (bank_files(l, v))
            @if let Some(r) = &v.review { (review_form(l, r)) }
            div.actions { (actions(&v.actions, &l.csrf)) }
            h2 { (tr.t("run-lines")) }
            @for x in &v.lines { (line(l, x)) }
            (decisions(l, &v.decisions))
        },
    )
}

fn bank_files(l: &Layout, v: &RunView) -> Markup {
    let tr = &l.tr;
    let base = format!("/committee/payouts/{}", v.id);
    let held = v.lines.iter().filter(|x| x.held).count();
    html! {
        @if v.awaiting {
            p.muted { (tr.t("run-files-after-approval")) }
        } @else if v.files_ready {
            p { a href={ (base) "/export.csv" } { (tr.t("run-download-csv")) }
                @if v.currency == "EUR" && v.sepa_ready { " · " a href={ (base) "/export.xml" } { (tr.t("run-download-sepa")) } } }
            @if v.currency == "EUR" && !v.sepa_ready {
                p.notice { (tr.t("run-no-debtor")) }
            }
        }
        @if held > 0 && v.open {
            p.notice { (tr.t_args("run-held-count", &[("count", count(held).into())])) }
        }
    }
}

/// "Mark the whole bank file paid": what it will mark, then a confirmation.
pub fn confirm_paid(l: &Layout, v: &ConfirmPaidView) -> Markup {
    let tr = &l.tr;
    let n = count(v.count);
    let (before, after) = tr.t_around("confirm-paid-body", "total", &[("count", n.into())]);
    page(
        l,
        &tr.t_args("confirm-paid-title", &[("id", v.run_id.into())]),
        html! {
            h1 { (tr.t_args("confirm-paid-heading", &[("id", v.run_id.into())])) }
            p { (before) strong { (v.total) } (after) }
            @if v.held > 0 { p.notice { (tr.t_args("confirm-paid-held", &[("count", count(v.held).into())])) } }
            form.stack method="post" action={ "/committee/payouts/" (v.run_id) "/paid" } {
                (csrf(&l.csrf))
                input type="hidden" name="confirm" value="yes";
                div.actions {
                    button.primary type="submit" { (tr.t_args("confirm-paid-yes", &[("count", n.into())])) }
                    a href={ "/committee/payouts/" (v.run_id) } { (tr.t("confirm-paid-cancel")) }
                }
            }
        },
    )
}
