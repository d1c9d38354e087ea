//! The committee's payout pages and a co-op's payout details, filled for the `locales` test.
use templates::components::FormData;
use templates::payout_details::{PayoutSection, StripeView};
use templates::payouts::{
    ConfirmPaidView, DecisionView, EntryRow, LineView, PayoutsView, ReviewFormView, RunRow,
    RunView, SpendingView, VotersView,
};
use templates::status::ActionView;
use templates::{payout_details, payouts, Layout};

use super::status;

fn decisions() -> Vec<DecisionView> {
    ["drafted", "approved", "rejected"]
        .into_iter()
        .map(|what| DecisionView {
            who: Some("Ama".into()),
            what,
            why: String::new(),
            when: "x".into(),
        })
        .chain([DecisionView {
            who: None,
            what: "paid",
            why: String::new(),
            when: "x".into(),
        }])
        .collect()
}

fn review() -> ReviewFormView {
    ReviewFormView {
        action: "/x".into(),
        open: true,
        approve: true,
        reject: true,
        form: FormData::default(),
    }
}

fn voters() -> VotersView {
    VotersView {
        can_still_vote: 1,
        needed: 2,
        reachable: false,
    }
}

fn line(l: &Layout, held: bool) -> LineView {
    let tr = &l.tr;
    let m = tr.money(123_456, "EUR", 2);
    LineView {
        id: 1,
        coop_name: "Kpalimé Cacao".into(),
        fair_share: m.clone(),
        proceeds: m.clone(),
        amount: m.clone(),
        status: status("line", "open"),
        method: "bank",
        error: Some("x".into()),
        iban: None,
        entries: vec![EntryRow {
            entry_id: 9,
            kind: tr.t_args("ledger-entry-kind", &[("kind", "settlement".into())]),
            memo: tr.t_args("run-entry-order", &[("id", 12.into())]),
            account: tr.t_args("ledger-account", &[("code", "fair_share".into())]),
            amount: m.clone(),
        }],
        by_stripe: false,
        transfer_id: None,
        held,
        over: Some(m),
        actions: vec![ActionView::post(
            templates::status::action_label(tr, "line", "mark_failed"),
            "/x",
            "danger",
        )
        .with_input("error", tr.t("action-line-failed-placeholder"))],
    }
}

fn run(l: &Layout) -> RunView {
    let tr = &l.tr;
    RunView {
        id: 3,
        currency: "EUR".into(),
        status: status("run", "awaiting_review"),
        awaiting: true,
        open: true,
        files_ready: false,
        review: Some(review()),
        actions: vec![ActionView::post(
            templates::status::action_label(tr, "run", "mark_bank_paid"),
            "/x",
            "primary",
        )],
        created: "x".into(),
        total: tr.money(123_456, "EUR", 2),
        quorum: 2,
        lines: vec![line(l, true), line(l, false)],
        decisions: decisions(),
        voters: voters(),
        sepa_ready: false,
        superseded_by: Some(4),
        replaces: Some(2),
    }
}

fn index(l: &Layout) -> PayoutsView {
    let m = l.tr.money(123_456, "EUR", 2);
    PayoutsView {
        runs: vec![RunRow {
            id: 3,
            currency: "EUR".into(),
            status: status("run", "awaiting_review"),
            total: m.clone(),
            lines: 2,
            created: "x".into(),
        }],
        currencies: vec![("EUR".into(), m.clone())],
        spending: vec![(
            5,
            "Well".into(),
            m,
            "Kpalimé Cacao".into(),
            status("spending", "approved"),
        )],
        runs_next: Some("/n".into()),
        spending_next: Some("/n".into()),
    }
}

fn spending(l: &Layout) -> SpendingView {
    SpendingView {
        id: 5,
        title: "Well".into(),
        purpose: "Water".into(),
        amount: l.tr.money(50_000, "EUR", 2),
        recipient: "Kpalimé Cacao".into(),
        status: status("spending", "awaiting_review"),
        awaiting: true,
        review: Some(review()),
        actions: Vec::new(),
        transfer_id: Some("tr_1".into()),
        error: Some("x".into()),
        quorum: 2,
        decisions: decisions(),
        voters: voters(),
    }
}

fn details(stripe: StripeView) -> PayoutSection {
    PayoutSection {
        coop_id: 1,
        on_file: None,
        form: Some(FormData::default()),
        stripe: Some(stripe),
        is_admin: true,
    }
}

pub fn pages(l: &Layout) -> Vec<(&'static str, maud::Markup)> {
    let confirm = ConfirmPaidView {
        run_id: 3,
        count: 2,
        total: l.tr.money(123_456, "EUR", 2),
        held: 2,
    };
    let incomplete = StripeView::Incomplete {
        account: "acct_1".into(),
        charges_enabled: true,
        payouts_enabled: false,
    };
    let held = [("EUR".to_owned(), l.tr.money(50_000, "EUR", 2))];
    let coops = [(1, "Kpalimé Cacao".to_owned())];
    vec![
        ("payouts", payouts::payouts(l, &index(l))),
        ("run", payouts::run(l, &run(l))),
        ("confirm paid", payouts::confirm_paid(l, &confirm)),
        ("spending", payouts::spending(l, &spending(l))),
        (
            "propose",
            payouts::propose(l, 1, &coops, &held, &FormData::default()),
        ),
        (
            "payout details",
            payout_details::payout_page(l, "Coop du Golfe", &details(incomplete)),
        ),
        (
            "stripe",
            payout_details::payout_page(l, "Coop du Golfe", &details(StripeView::NotConnected)),
        ),
    ]
}
