//! A dispute's statements across two servers on one database: what one side writes through
//! one server the other side and the committee read through either, and one statement form
//! sent to both servers at once is stored once.
use super::{serve, signed_in};
use crate::common::TestApp;
use crate::market::{market, order, walk};

async fn a_statement_on_two_servers_is_stored_once_and_read_on_both(app: TestApp) {
    let m = market(&app).await;
    let o = order(&m, "2").await;
    walk(&m, &o, &crate::market::TO_DISPUTE).await;
    let outbox = tempfile::tempdir().unwrap();
    let servers = [
        serve(&app, outbox.path()).await,
        serve(&app, outbox.path()).await,
    ];
    let (page, path) = (
        format!("/orders/{}/dispute", o["id"]),
        format!("/orders/{}/statements", o["id"]),
    );
    // The buyer's admin is signed in on both; one page's form is sent to both at once.
    let (on_a, on_b) = (
        signed_in(&servers[0], &m.buyer.admin_email).await,
        signed_in(&servers[1], &m.buyer.admin_email).await,
    );
    let token = on_a.get(&page).await.hidden("form_token");
    assert_eq!(token.len(), 64, "the page's one-time token");
    let said = "Two of the four tins arrived dented and leaking.";
    let form = [("form_token", token.as_str()), ("statement", said)];
    let (a, b) = tokio::join!(on_a.submit(&path, &form), on_b.submit(&path, &form));
    assert_eq!(
        (a.status.as_u16(), b.status.as_u16()),
        (303, 303),
        "{} / {}",
        a.body,
        b.body
    );
    assert_eq!(a.location, b.location, "both are sent to the dispute");
    assert_eq!(app.count("dispute_statements").await, 1, "stored once");
    // The seller answers through B; the buyer, the seller and the committee read both on A and B.
    let seller_b = signed_in(&servers[1], &m.seller.admin_email).await;
    let token = seller_b.get(&page).await.hidden("form_token");
    let answer = "They left our store sealed; the carrier's note says so.";
    let form = [("form_token", token.as_str()), ("statement", answer)];
    seller_b.submit(&path, &form).await.assert_status(303);
    assert_eq!(app.count("dispute_statements").await, 2);
    for server in &servers {
        for who in [
            m.buyer.admin_email.as_str(),
            m.seller.admin_email.as_str(),
            "alice@committee.example.coop",
        ] {
            let b = signed_in(server, who).await;
            let shown = b.get(&page).await;
            shown.assert_status(200);
            for text in [said, answer] {
                assert_eq!(shown.body.matches(text).count(), 1, "{who}: {text}");
            }
        }
        let alice = signed_in(server, "alice@committee.example.coop").await;
        alice
            .get("/committee/disputes")
            .await
            .assert_status(200)
            .assert_contains(said)
            .assert_contains(answer);
    }
}

on_both_backends!(a_statement_on_two_servers_is_stored_once_and_read_on_both);
