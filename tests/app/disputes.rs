//! Disputes as the committee's desk: both sides write statements (once per form, clean and
//! bounded), the committee reads them in its queue and reads every co-op's books, and changes
//! nothing through either.
use crate::common;

use std::collections::BTreeSet;

use crate::market::{listing, Coop, PW};
use common::{Browser, TestApp};
use entity::outbox_message;
use sea_orm::EntityTrait;
use serde_json::json;

const COMMITTEE: &str = "committee.builder@example.coop";

struct Market {
    seller: Coop,
    buyer: Coop,
    bystander: Coop,
    committee: Browser,
    order: i64,
}

/// A 2 kg order of oil at 12.50 EUR/kg, shipped and then disputed by the buyer.
async fn disputed(app: &TestApp) -> Market {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "DKK").await;
    let bystander = app.coop("Ananas Togo", "buyer", "TG", "EUR").await;
    let (_, l) = seller
        .api
        .post("/listings", listing("OIL", json!({"price": "12.50"})))
        .await;
    let body = json!({"lines": [{"listing_id": l["id"], "quantity": "2"}],
        "delivery_address": "Roskildevej 65, Albertslund"});
    let (s, v) = buyer.api.post("/orders", body).await;
    assert_eq!(s, 201, "{v}");
    let order = v["orders"][0]["id"].as_i64().unwrap();
    for (who, a) in [
        (&seller, "accept"),
        (&seller, "confirm_payment"),
        (&seller, "ship"),
        (&buyer, "dispute"),
    ] {
        let (s, v) = who
            .api
            .post(&format!("/orders/{order}/actions/{a}"), json!({}))
            .await;
        assert_eq!(s, 200, "{a}: {v}");
    }
    let committee = app.browser();
    committee.login(COMMITTEE, PW).await.assert_status(303);
    Market {
        seller,
        buyer,
        bystander,
        committee,
        order,
    }
}

/// The one-time token of the statement form on `b`'s view of the dispute page.
async fn form_token(b: &Browser, order: i64) -> String {
    let page = b.get(&format!("/orders/{order}/dispute")).await;
    page.assert_status(200);
    page.body
        .split("name=\"form_token\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a statement form")
        .to_owned()
}

async fn mailed(app: &TestApp, subject: &str) -> BTreeSet<String> {
    outbox_message::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.subject == subject)
        .map(|r| r.to_addr)
        .collect()
}

async fn both_sides_write_statements_that_the_committee_reads_in_its_queue(app: TestApp) {
    let m = disputed(&app).await;
    let (id, path) = (m.order, format!("/orders/{}/statements", m.order));
    // The order page and the seller's notification lead to the statements.
    let link = format!("href=\"/orders/{id}/dispute\"");
    m.buyer
        .admin
        .get(&format!("/orders/{id}"))
        .await
        .assert_contains(&link);
    m.seller
        .admin
        .get("/notifications")
        .await
        .assert_contains(&link);
    let token = form_token(&m.buyer.admin, id).await;
    let said = "The oil arrived rancid.\nTwo bottles were open.";
    let fields = [("form_token", token.as_str()), ("statement", said)];
    m.buyer
        .admin
        .submit(&path, &fields)
        .await
        .assert_status(303);
    // A double click gives the first result, not a second statement.
    m.buyer
        .admin
        .submit(&path, &fields)
        .await
        .assert_status(303);
    assert_eq!(app.count("dispute_statements").await, 1);
    let subject = format!("Order #{id}: the buyer added a statement to the dispute");
    let to: BTreeSet<String> = [m.seller.admin_email.clone(), COMMITTEE.into()].into();
    assert_eq!(mailed(&app, &subject).await, to);

    // A bad statement is shown again beside its field, with what was typed.
    let token = form_token(&m.seller.admin, id).await;
    let bad = m
        .seller
        .admin
        .submit(
            &path,
            &[
                ("form_token", &token),
                ("statement", "Sealed\u{7} when shipped"),
            ],
        )
        .await;
    bad.assert_status(422)
        .assert_contains("Remove the control characters")
        .assert_contains("Sealed\u{7} when shipped</textarea>");
    let long = "x".repeat(4001);
    let too_long = m
        .seller
        .admin
        .submit(&path, &[("form_token", &token), ("statement", &long)])
        .await;
    too_long
        .assert_status(422)
        .assert_contains("Keep it to 4,000 characters (this is 4,001).")
        .assert_contains(&long);
    let fields = [
        ("form_token", token.as_str()),
        ("statement", "Sealed when shipped; photo on file."),
    ];
    m.seller
        .admin
        .submit(&path, &fields)
        .await
        .assert_status(303);
    assert_eq!(app.count("dispute_statements").await, 2);

    let queue = m.committee.get("/committee/disputes").await;
    queue
        .assert_status(200)
        .assert_contains(&format!("Order #{id}"))
        .assert_contains("Two bottles were open.")
        .assert_contains("Sealed when shipped; photo on file.")
        .assert_contains("EUR\u{a0}25.00")
        .assert_contains("Coop Danmark bought from Coopermondo");
    // The committee reads, but writes no statement; others see neither page.
    let token = form_token(&m.buyer.admin, id).await;
    let by_committee = m
        .committee
        .submit(&path, &[("form_token", &token), ("statement", "Hm.")])
        .await;
    by_committee.assert_status(403);
    let committee_page = m.committee.get(&format!("/orders/{id}/dispute")).await;
    assert!(!committee_page.body.contains("Add your statement"));
    m.bystander
        .admin
        .get(&format!("/orders/{id}/dispute"))
        .await
        .assert_status(403);
    m.bystander
        .admin
        .get("/committee/disputes")
        .await
        .assert_status(403);
    let by_bystander = m
        .bystander
        .admin
        .submit(&path, &[("statement", "Me too.")])
        .await;
    by_bystander.assert_status(403);
    assert_eq!(app.count("dispute_statements").await, 2);

    // Resolved, it leaves the queue, and takes no more statements.
    let resolve = format!("/orders/{id}/actions/resolve_settle");
    m.committee.submit(&resolve, &[]).await.assert_status(303);
    let queue = m.committee.get("/committee/disputes").await;
    queue.assert_contains("No order is in dispute.");
    let late = m
        .buyer
        .admin
        .submit(&path, &[("statement", "One more thing.")])
        .await;
    late.assert_status(409);
}

async fn the_committee_reads_every_coops_statement_but_changes_nothing(app: TestApp) {
    let m = disputed(&app).await;
    let statement = format!("/coops/{}/statement", m.seller.id);
    m.committee.get(&statement).await.assert_status(200);
    let csv = m.committee.get(&format!("{statement}?format=csv")).await;
    csv.assert_status(200).assert_contains("date,entry,kind");
    m.bystander.admin.get(&statement).await.assert_status(403);
    // Reading is all: the co-op's own forms still refuse the committee.
    let bank = [
        ("account_holder", "Someone Else"),
        ("iban", "DE89370400440532013000"),
        ("bic", "COBADEFFXXX"),
    ];
    let payout = format!("/coops/{}/payout-details", m.seller.id);
    m.committee.submit(&payout, &bank).await.assert_status(403);
    let manage = format!("/coops/{}/manage", m.seller.id);
    m.committee.get(&manage).await.assert_status(403);
}

on_both_backends!(
    both_sides_write_statements_that_the_committee_reads_in_its_queue,
    the_committee_reads_every_coops_statement_but_changes_nothing,
);
