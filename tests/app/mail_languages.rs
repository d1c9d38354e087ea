//! Mail in each reader's language: a French buyer reads the accepted order in French over a real
//! SMTP server, one message to people of two languages becomes a mail in each, the accepted mail
//! says how to pay as the gateway in force does (bank details, or the card page with Stripe), a
//! part refund tells both sides' admins what it gave back, and the API's errors follow
//! `Accept-Language` with the same codes.
use crate::common;
use crate::support;

use crate::market::mailed::{act, add_member, all_sent, order, outbox, send_through, trade};
use crate::market::Coop;
use common::{Backend, TestApp};
use entity::outbox_message;
use serde_json::json;

/// A producer with bank details selling oil at 12.50 EUR/kg, and a buyer in Togo; the mail so
/// far counts as sent. Returns (seller, buyer, listing id).
async fn market(app: &TestApp) -> (Coop, Coop, i64) {
    let market = trade(app, ("Coop du Golfe", "TG", "EUR")).await;
    all_sent(app).await;
    market
}

/// The unsent mail to `to`.
async fn mail_to(app: &TestApp, to: &str) -> Vec<outbox_message::Model> {
    let all = outbox(app).await.into_iter();
    all.filter(|r| r.to_addr == to && r.sent_at.is_none())
        .collect()
}

async fn speaks(app: &TestApp, email: &str, lang: &str) -> i32 {
    let u = cooptrade::store::users::find_by_email(&app.db, email)
        .await
        .unwrap()
        .unwrap();
    cooptrade::store::locale::set_locale(&app.db, u.id, lang)
        .await
        .unwrap();
    u.id
}

async fn a_french_buyer_reads_the_accepted_order_in_french(app: TestApp) {
    let Some(sink) = support::Sink::start(support::free_port()).await else {
        return;
    };
    let (seller, buyer, listing) = market(&app).await;
    speaks(&app, &buyer.admin_email, "fr").await;
    let id = order(&buyer, listing, "4").await;
    act(&seller, id, "accept").await;
    let got = send_through(&app, &sink).await;
    let accepted = got
        .iter()
        .find(|r| r.to == buyer.admin_email)
        .expect("the buyer's mail");
    assert_eq!(
        accepted.subject,
        format!("Commande n° {id} : acceptée, paiement dû")
    );
    let reference = cooptrade::domain::bank::payment_reference(id as i32);
    for part in [&accepted.body, &accepted.html] {
        for needle in [
            format!("Coopermondo a accepté la commande n° {id}."),
            "Merci de payer par virement bancaire".to_owned(),
            "Montant : 50,00\u{a0}EUR".to_owned(),
            "IBAN : IT60 X054 2811 1010 0000 0123 456".to_owned(),
            format!("Référence : {reference}"),
            "Sur la commission de 2,00\u{a0}EUR (4 %)".to_owned(),
            format!("{}/orders/{id}", app.base),
        ] {
            assert!(part.contains(&needle), "{needle:?} in {part}");
        }
        assert!(!part.contains("Please pay"), "no English left: {part}");
    }
    let line = "4 kg Listing OIL à 12,50\u{a0}EUR : 50,00\u{a0}EUR";
    assert!(accepted.body.contains(line), "{}", accepted.body);
    assert!(accepted
        .html
        .contains("<td>12,50\u{a0}EUR</td><td>50,00\u{a0}EUR</td>"));
    assert!(accepted.html.contains("<html lang=\"fr\">"));
    // The seller, who keeps English, heard of the new order in English.
    let placed = got
        .iter()
        .find(|r| r.to == seller.admin_email)
        .expect("the seller's mail");
    assert_eq!(
        placed.subject,
        format!("New order #{id} from Coop du Golfe")
    );
    assert!(placed
        .body
        .contains("4 kg Listing OIL at EUR\u{a0}12.50: EUR\u{a0}50.00"));
}

async fn one_message_to_two_languages_is_a_mail_in_each(app: TestApp) {
    let (seller, buyer, listing) = market(&app).await;
    let mia = "mia@coopermondo.example.coop";
    add_member(&app, seller.id, "Mia", mia).await;
    speaks(&app, mia, "ja").await;
    let id = order(&buyer, listing, "2").await;
    let (admin, member) = (
        mail_to(&app, &seller.admin_email).await,
        mail_to(&app, mia).await,
    );
    assert_eq!((admin.len(), member.len()), (1, 1));
    assert_eq!(
        admin[0].subject,
        format!("New order #{id} from Coop du Golfe")
    );
    assert_eq!(
        member[0].subject,
        format!("Coop du Golfe から新しい注文 #{id}")
    );
    assert!(member[0].body_text.contains("小計：EUR\u{a0}25.00"));
    assert_ne!(admin[0].message_id, member[0].message_id);
}

async fn a_part_refund_tells_both_sides_admins_what_came_back(app: TestApp) {
    let (seller, buyer, listing) = market(&app).await;
    speaks(&app, &seller.admin_email, "fr").await;
    let id = order(&buyer, listing, "4").await;
    act(&seller, id, "accept").await;
    act(&seller, id, "confirm_payment").await;
    let (s, v) = seller
        .api
        .post(
            &format!("/orders/{id}/refunds"),
            json!({"amount": "10.00", "reason": "one tin leaked"}),
        )
        .await;
    assert_eq!(s, 201, "{v}");
    let to_buyer = mail_to(&app, &buyer.admin_email).await;
    let refund = to_buyer
        .iter()
        .find(|r| r.subject == format!("Order #{id}: EUR\u{a0}10.00 refunded"))
        .expect("the buyer's refund mail");
    // 10.00 of a 50.00 order: the fee part is 4% of it, 0.40, half to the pool.
    for needle in [
        "Refunded now: EUR\u{a0}10.00. Still refundable on the order: EUR\u{a0}40.00.",
        "The fee falls by EUR\u{a0}0.40: EUR\u{a0}0.20 less to the common pool, \
         EUR\u{a0}0.10 less to Coopermondo, EUR\u{a0}0.10 less to Coop du Golfe.",
        "Note: one tin leaked",
    ] {
        assert!(
            refund.body_text.contains(needle),
            "{needle:?} in {}",
            refund.body_text
        );
    }
    let to_seller = mail_to(&app, &seller.admin_email).await;
    let refund = to_seller
        .iter()
        .find(|r| r.subject == format!("Commande n° {id} : 10,00\u{a0}EUR remboursés"))
        .expect("the seller's refund mail, in French");
    assert!(refund
        .body_text
        .contains("Encore remboursable sur la commande : 40,00\u{a0}EUR."));
}

async fn api_errors_follow_accept_language_with_the_same_code(app: TestApp) {
    let (_, buyer, _) = market(&app).await;
    let ask = |lang: &'static str| {
        buyer
            .api
            .client
            .get(format!("{}/api/v1/orders/987654", app.base))
            .bearer_auth(&buyer.api.token)
            .header("Accept-Language", lang)
            .send()
    };
    let (en, fr) = (
        ask("en-GB").await.unwrap(),
        ask("fr-CH, en;q=0.5").await.unwrap(),
    );
    assert_eq!((en.status().as_u16(), fr.status().as_u16()), (404, 404));
    assert_eq!(fr.headers()["content-language"], "fr");
    let en: serde_json::Value = en.json().await.unwrap();
    let fr: serde_json::Value = fr.json().await.unwrap();
    assert_eq!(en["error"]["code"], "not_found");
    assert_eq!(fr["error"]["code"], "not_found");
    assert_eq!(en["error"]["message"], "order not found");
    assert_eq!(fr["error"]["message"], "Cette commande n’existe pas.");
}

on_both_backends!(
    a_french_buyer_reads_the_accepted_order_in_french,
    one_message_to_two_languages_is_a_mail_in_each,
    a_part_refund_tells_both_sides_admins_what_came_back,
    api_errors_follow_accept_language_with_the_same_code,
);

/// With Stripe as the gateway, the accepted mail sends the buyer to the order's page to pay by
/// card, and gives no bank details.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_stripe_the_accepted_mail_links_to_paying_by_card() {
    let env = [
        ("STRIPE_SECRET_KEY", "sk_test_cooptrade"),
        ("STRIPE_API_BASE", "http://127.0.0.1:9"),
    ];
    let Some(app) = TestApp::spawn_with(Backend::Sqlite, &env).await else {
        return;
    };
    let (seller, buyer, listing) = market(&app).await;
    let id = order(&buyer, listing, "4").await;
    act(&seller, id, "accept").await;
    let mail = mail_to(&app, &buyer.admin_email).await;
    let accepted = mail
        .iter()
        .find(|r| r.subject == format!("Order #{id}: accepted, payment due"))
        .expect("the accepted mail");
    let html = accepted.body_html.clone().unwrap_or_default();
    for part in [&accepted.body_text, &html] {
        assert!(
            part.contains("Please pay EUR\u{a0}50.00 by card on the order's page:"),
            "{part}"
        );
        assert!(
            part.contains(&format!("{{{{base_url}}}}/orders/{id}")),
            "{part}"
        );
        assert!(
            !part.contains("IBAN") && !part.contains("bank transfer"),
            "{part}"
        );
    }
}
