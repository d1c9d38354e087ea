//! Notifications as the people of a marketplace meet them: each order event reaches the people
//! concerned and no one else, as a text and HTML mail (through a real SMTP server) with absolute
//! links and payment details, and in-app with an unread count; preferences are honoured, but
//! cannot turn off what the committee must act on.
use crate::common;
use crate::support;

use std::collections::BTreeSet;

use crate::market::mailed::{act, add_member, all_sent, order, outbox, send_through, trade};
use crate::market::{Coop, PW};
use common::{Browser, TestApp};
use entity::notification;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const COMMITTEE: &str = "committee.builder@example.coop";

struct Market {
    seller: Coop,
    buyer: Coop,
    bystander: Coop,
    /// A plain member (not an admin) of the seller co-op.
    member: String,
    listing: i64,
}

/// A producer with bank details, a 100 kg listing at 12.50 EUR/kg and a second (plain) member;
/// a buyer co-op; a producer that trades with neither. Their mail so far counts as sent.
async fn market(app: &TestApp) -> Market {
    let (seller, buyer, listing) = trade(app, ("Coop Danmark", "DK", "DKK")).await;
    let bystander = app.coop("Ananas Togo", "producer", "TG", "EUR").await;
    let member = "mia@coopermondo.example.coop".to_owned();
    add_member(app, seller.id, "Mia", &member).await;
    all_sent(app).await;
    Market {
        seller,
        buyer,
        bystander,
        member,
        listing,
    }
}

/// Who was mailed `subject` exactly.
async fn mailed(app: &TestApp, subject: &str) -> BTreeSet<String> {
    outbox(app)
        .await
        .into_iter()
        .filter(|r| r.subject == subject)
        .map(|r| r.to_addr)
        .collect()
}

fn set(addrs: &[&str]) -> BTreeSet<String> {
    addrs.iter().map(|a| a.to_string()).collect()
}

async fn committee(app: &TestApp) -> Browser {
    let b = app.browser();
    b.login(COMMITTEE, PW).await;
    b
}

async fn each_order_event_reaches_the_people_concerned_and_no_one_else(app: TestApp) {
    let m = market(&app).await;
    let (seller, buyer) = (m.seller.admin_email.as_str(), m.buyer.admin_email.as_str());
    let id = order(&m.buyer, m.listing, "4").await;
    for a in ["accept", "confirm_payment", "ship"] {
        act(&m.seller, id, a).await;
    }
    act(&m.buyer, id, "dispute").await;
    committee(&app)
        .await
        .submit(&format!("/orders/{id}/actions/resolve_settle"), &[])
        .await
        .assert_status(303);
    let member = m.member.as_str();
    for (subject, to) in [
        (
            format!("New order #{id} from Coop Danmark"),
            set(&[seller, member]),
        ),
        (format!("Order #{id}: accepted, payment due"), set(&[buyer])),
        (format!("Order #{id}: paid"), set(&[buyer, seller, member])),
        (format!("Order #{id}: shipped"), set(&[buyer])),
        // The seller's admins and the committee, who must act; not the plain member.
        (format!("Order #{id}: disputed"), set(&[seller, COMMITTEE])),
        (
            format!("Order #{id}: dispute resolved, settled"),
            set(&[buyer, seller, member]),
        ),
    ] {
        assert_eq!(mailed(&app, &subject).await, to, "{subject}");
    }
    let unsent = outbox(&app)
        .await
        .into_iter()
        .filter(|r| r.sent_at.is_none());
    assert_eq!(unsent.count(), 12);
    let notes = notification::Entity::find()
        .filter(notification::Column::Link.starts_with(format!("/orders/{id}")))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(
        notes.len(),
        12,
        "one notification per mail, as none was turned off"
    );
    let bystander = &m.bystander.admin_email;
    let by = cooptrade::store::users::find_by_email(&app.db, bystander)
        .await
        .unwrap()
        .unwrap();
    assert!(
        notes.iter().all(|n| n.user_id != by.id),
        "a co-op not party hears nothing"
    );
    assert!(outbox(&app)
        .await
        .iter()
        .all(|r| r.sent_at.is_some() || &r.to_addr != bystander));
}

async fn mails_are_multipart_with_absolute_links_lines_fee_and_payment(app: TestApp) {
    let Some(sink) = support::Sink::start(support::free_port()).await else {
        return;
    };
    let m = market(&app).await;
    let id = order(&m.buyer, m.listing, "4").await;
    act(&m.seller, id, "accept").await;
    act(&m.seller, id, "confirm_payment").await;
    act(&m.seller, id, "ship").await;
    act(&m.buyer, id, "confirm_delivery").await;
    let got = send_through(&app, &sink).await;
    let link = format!("{}/orders/{id}", app.base);
    let accepted = got
        .iter()
        .find(|r| r.subject == format!("Order #{id}: accepted, payment due"))
        .expect("the accepted mail");
    assert_eq!(accepted.content_type, "multipart/alternative");
    for part in [&accepted.body, &accepted.html] {
        for needle in [
            "Coopermondo accepted order",
            "Listing OIL",
            "EUR\u{a0}50.00",
            "IBAN: IT60 X054 2811 1010 0000 0123 456",
            &format!(
                "Reference: {}",
                cooptrade::domain::bank::payment_reference(id as i32)
            ),
            &link,
        ] {
            assert!(part.contains(needle), "{needle:?} in {part}");
        }
    }
    assert!(
        accepted.html.contains(&format!("href=\"{link}\"")),
        "{}",
        accepted.html
    );
    let settled = got
        .iter()
        .filter(|r| r.subject == format!("Order #{id}: settled"))
        .collect::<Vec<_>>();
    assert_eq!(
        settled.len(),
        3,
        "both sides: seller admin, member, buyer admin"
    );
    let fee = "Of the EUR\u{a0}2.00 fee (4%) now charged: EUR\u{a0}1.00 to the common pool, \
               EUR\u{a0}0.50 to Coopermondo, EUR\u{a0}0.50 to Coop Danmark.";
    assert!(settled[0].body.contains(fee), "{}", settled[0].body);
    assert!(got
        .iter()
        .all(|r| !r.body.contains("{{base_url}}") && !r.html.contains("{{base_url}}")));
    assert!(got
        .iter()
        .all(|r| r.content_type == "multipart/alternative"));
}

/// The count in the header of `b`'s pages ("Notifications, N unread").
async fn unread(b: &Browser) -> usize {
    let page = b.get("/account").await;
    let label = page
        .body
        .split("aria-label=\"Notifications, ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .expect("the notifications link")
        .to_owned();
    label.parse().unwrap()
}

async fn the_unread_count_falls_as_notifications_are_read(app: TestApp) {
    let m = market(&app).await;
    let buyer = &m.buyer.admin;
    // The co-op's admission is the first notification.
    assert_eq!(unread(buyer).await, 1);
    buyer
        .submit("/notifications/read", &[])
        .await
        .assert_status(303);
    assert_eq!(unread(buyer).await, 0);
    let (a, b) = (
        order(&m.buyer, m.listing, "2").await,
        order(&m.buyer, m.listing, "3").await,
    );
    act(&m.seller, a, "accept").await;
    act(&m.seller, b, "accept").await;
    assert_eq!(unread(buyer).await, 2);
    let page = buyer.get("/notifications").await;
    page.assert_status(200)
        .assert_contains(&format!("Order #{a}: accepted, payment due"))
        .assert_contains(&format!("href=\"/orders/{b}\""));
    let mine = notification::Entity::find()
        .filter(notification::Column::Subject.eq(format!("Order #{a}: accepted, payment due")))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    // Someone else cannot mark it read.
    m.seller
        .admin
        .submit(&format!("/notifications/{}/read", mine.id), &[])
        .await;
    assert_eq!(unread(buyer).await, 2);
    buyer
        .submit(&format!("/notifications/{}/read", mine.id), &[])
        .await
        .assert_status(303);
    assert_eq!(unread(buyer).await, 1);
    buyer
        .submit("/notifications/read", &[])
        .await
        .assert_status(303);
    assert_eq!(unread(buyer).await, 0);
    assert_eq!(
        unread(&m.bystander.admin).await,
        1,
        "its own admission only"
    );
}

async fn preferences_are_honoured_but_cannot_turn_off_committee_mail(app: TestApp) {
    let m = market(&app).await;
    let seller = m.seller.admin_email.clone();
    // The seller's admin wants only paid mails; the committee member unticks everything,
    // and even posts a forged choice list without the dispute.
    m.seller
        .admin
        .submit("/account/mail", &[("mail", "order_paid")])
        .await
        .assert_status(303);
    let c = committee(&app).await;
    c.submit("/account/mail", &[]).await.assert_status(303);
    let page = m.seller.admin.get("/account").await;
    page.assert_contains("value=\"order_paid\" checked")
        .assert_contains("A dispute opened");
    let id = order(&m.buyer, m.listing, "2").await;
    for a in ["accept", "confirm_payment", "ship"] {
        act(&m.seller, id, a).await;
    }
    act(&m.buyer, id, "dispute").await;
    let new = format!("New order #{id} from Coop Danmark");
    assert_eq!(
        mailed(&app, &new).await,
        set(&[&m.member]),
        "the admin turned it off"
    );
    let paid = format!("Order #{id}: paid");
    assert!(mailed(&app, &paid).await.contains(&seller));
    let disputed = format!("Order #{id}: disputed");
    assert_eq!(mailed(&app, &disputed).await, set(&[&seller, COMMITTEE]));
    // In-app, the muted ones are still recorded (said from their kind, in the viewer's language).
    assert!(m
        .seller
        .admin
        .get("/notifications")
        .await
        .body
        .contains(&format!("New order #{id}<")));
}

on_both_backends!(
    each_order_event_reaches_the_people_concerned_and_no_one_else,
    mails_are_multipart_with_absolute_links_lines_fee_and_payment,
    the_unread_count_falls_as_notifications_are_read,
    preferences_are_honoured_but_cannot_turn_off_committee_mail,
);
