//! The committee's, payout, pool, ledger, dispute, notification and error pages, filled as their
//! handlers fill them (amounts and dates already written by `Tr`), for the `locales` test.
mod payouts;

use i18n::{Lang, Tr};
use templates::chart::{month_label, Bar};
use templates::committee::CommitteeView;
use templates::components::FormData;
use templates::coops::CoopView;
use templates::disputes::{DisputeRow, StatementRow};
use templates::home::CoopCard;
use templates::ledger::{AccountRow, StatementLineRow, StatementView};
use templates::notifications::{MailChoice, NotificationRow};
use templates::pool::{PoolRun, PoolView};
use templates::status::StatusView;
use templates::{committee, disputes, errors, ledger, notifications, pool, Layout};

pub fn status(family: &'static str, key: &'static str) -> StatusView {
    StatusView {
        family,
        key,
        label: "awaiting review",
        meaning: "The committee has not reached its quorum of approvals yet.",
    }
}

fn committee_view(tr: &Tr) -> CommitteeView {
    let pending = CoopView {
        card: CoopCard {
            id: 4,
            name: "Kpalimé Cacao".into(),
            kind: "producer",
            country: "TG".into(),
            currency: "XOF".into(),
            description: "Cacao".into(),
        },
        status: status("coop", "pending"),
        awaiting_decision: true,
        admitted: false,
        contact_email: "cacao@example.coop".into(),
        decision_reason: None,
        logo: None,
    };
    CommitteeView {
        pending: vec![pending],
        members: vec![("Ama Mensah".into(), "ama@example.coop".into())],
        member_form: FormData::default(),
        fee_rate: tr.t_args("percent", &[("rate", "4,5".into())]),
        fee_history: vec![("4 %".into(), "Ama".into(), "6 déc. 2026".into())],
        fee_form: FormData::default(),
    }
}

fn pool_view(tr: &Tr) -> PoolView {
    let m = |minor: i64| tr.money(minor, "EUR", 2);
    let bars = ["2026-10", "2026-11"]
        .iter()
        .zip([1_250i64, 123_456])
        .map(|(month, v)| Bar {
            label: month_label(tr, month),
            caption: m(v),
            value: v,
        })
        .collect();
    PoolView {
        balances: vec![m(123_456)],
        inflows: vec![("EUR".into(), 100, bars)],
        fees: vec![("EUR".into(), m(2_000), m(1_000), m(1_000))],
        runs: vec![PoolRun {
            id: 3,
            total: m(1_000),
            status: "paid".into(),
            recipients: vec![("Kpalimé Cacao".into(), m(1_000), "paid".into())],
        }],
        runs_next: None,
        spending_next: None,
        spending: vec![(
            "Well".into(),
            "Water".into(),
            "Kpalimé Cacao".into(),
            m(500),
            "approved".into(),
        )],
    }
}

fn statement_view(tr: &Tr) -> StatementView {
    let row = AccountRow {
        owner: "Coop du Golfe".into(),
        meaning: tr.t_args("ledger-account", &[("code", "proceeds".into())]),
        currency: "EUR".into(),
        balance: tr.money(1_234, "EUR", 2),
        href: None,
    };
    StatementView {
        coop_id: 1,
        coop_name: "Coop du Golfe".into(),
        balances: vec![row],
        form: FormData::default(),
        accounts: vec![("proceeds".into(), "x".into())],
        currencies: vec![("EUR".into(), "EUR".into())],
        account: "Coop du Golfe".into(),
        balance: tr.money(1_234, "EUR", 2),
        lines: vec![StatementLineRow {
            when: "x".into(),
            what: tr.t_args("ledger-entry-kind", &[("kind", "settlement".into())]),
            order_id: Some(12),
            amount: tr.money(1_234, "EUR", 2),
            balance: tr.money(1_234, "EUR", 2),
        }],
        csv_href: "/x.csv".into(),
        next_href: Some("/next".into()),
    }
}

fn dispute_row(hours: i64) -> DisputeRow {
    DisputeRow {
        order_id: 12,
        buyer: "Coop du Golfe".into(),
        seller: "Kpalimé Cacao".into(),
        amount: "12,50 EUR".into(),
        age_hours: hours,
        state: StatusView {
            family: "order",
            key: "disputed",
            label: "disputed",
            meaning: "The buyer opened a dispute; the committee decides it.",
        },
        statements: vec![StatementRow {
            side: "buyer",
            coop: "Coop du Golfe".into(),
            when: "x".into(),
            body: "Rotten".into(),
        }],
    }
}

fn notification_rows() -> Vec<NotificationRow> {
    ["order_placed", "payout_review", "coop_decision"]
        .into_iter()
        .enumerate()
        .map(|(i, kind)| NotificationRow {
            id: i as i32,
            kind,
            about: Some(12),
            link: "/orders/12".into(),
            when: "x".into(),
            unread: i == 0,
        })
        .collect()
}

fn mail_choices() -> Vec<MailChoice> {
    [("order_placed", false), ("dispute_opened", true)]
        .into_iter()
        .map(|(kind, mandatory)| MailChoice {
            kind,
            label: "A new order".into(),
            wanted: true,
            mandatory,
        })
        .collect()
}

/// Every page of this part, in the language of `l`.
pub fn pages(l: &Layout) -> Vec<(String, String)> {
    let tr = &l.tr;
    let rows = notification_rows();
    let accounts = statement_view(tr).balances;
    let trial = [("EUR".to_owned(), tr.money(0, "EUR", 2))];
    let mut out = vec![
        ("committee", committee::committee(l, &committee_view(tr))),
        ("pool", pool::pool(l, &pool_view(tr))),
        ("statement", ledger::statement(l, &statement_view(tr))),
        (
            "ledger",
            ledger::committee_ledger(l, &accounts, &trial, false, Some("/n")),
        ),
        (
            "disputes",
            disputes::queue(l, &[dispute_row(0), dispute_row(50)], Some("c")),
        ),
        (
            "dispute",
            disputes::dispute(l, &dispute_row(3), Some(&FormData::default())),
        ),
        (
            "notifications",
            notifications::notifications(l, &rows, Some("c")),
        ),
        ("404", errors::error_page(l, 404, "x", Some("/pool"))),
        ("500", errors::error_page(l, 500, "x", None)),
    ];
    out.extend(payouts::pages(l));
    let mut pages: Vec<(String, String)> = out
        .into_iter()
        .map(|(n, m)| (n.to_owned(), m.into_string()))
        .collect();
    let mail = notifications::mail_section(l, &mail_choices()).into_string();
    pages.push(("section".into(), mail));
    pages
}

/// English words of these pages that no other language shares.
pub const ENGLISH: &[&str] = &[
    "Common-pool committee",
    "No application",
    "Marketplace fee",
    "Add to committee",
    "Orders placed from now on",
    "The common pool",
    "Inflows by month",
    "Inflows to the pool",
    "Fees and how they split",
    "Propose spending from the pool as",
    "Payout runs",
    "Draft a payout run",
    "Older runs",
    "awaiting review",
    "committee members may still vote",
    "more approvals needed",
    ">Approve<",
    ">Reject<",
    "fair share",
    "Ledger entries behind",
    "Download the bank file",
    "Mark the whole bank file paid",
    "Yes, mark",
    "held lines",
    "from the common pool to",
    "Propose spending from the common pool",
    "Recipient co-op",
    "Statement of",
    "Trial balance",
    "Balance now",
    "sale proceeds",
    "order settled",
    "Older entries",
    "does not balance",
    "Open disputes",
    "bought from",
    "less than an hour",
    "2 days",
    "Add your statement",
    "Mark all as read",
    "Mark as read",
    "New order #",
    "awaits your review",
    "Mail you receive",
    "always sent",
    "Not found",
    "Something went wrong",
    "Back to where you were",
    "start page",
    "in dispute",
    "Nov 2026",
    "Payout details",
    "Save bank details",
    "Onboarding incomplete",
    "not yet enabled",
    "bank transfer",
    "to pay",
];

/// The language's own month name, its money and its status words appear.
pub fn local_words(lang: Lang, html: &str) -> bool {
    match lang {
        Lang::Fr => html.contains("nov. 2026") && html.contains("1\u{202f}234,56\u{a0}EUR"),
        Lang::Ja => html.contains("2026年11月") && html.contains("EUR\u{a0}1,234.56"),
        Lang::Es => html.contains("nov 2026") && html.contains("1234,56\u{a0}EUR"),
        _ => true,
    }
}
