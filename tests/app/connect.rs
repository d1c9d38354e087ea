//! Stripe Connect against the loopback fake Stripe: a co-op admin connects an account through
//! Stripe's onboarding (Account + AccountLink), the flags follow Stripe (return page and
//! `account.updated`), the buyer pays a checkout on the card page, and an approved payout run
//! pays co-ops with a ready account by Transfer (once per line, whatever happens) and the rest by
//! bank. Links in e-mails are absolute on `BASE_URL`.
use crate::common;
use crate::market;
use crate::payments::card;
use crate::payments::checkout;
use crate::payments::events;
use crate::payments::fake_stripe;

use std::process::Command;

use crate::market::{listing, Coop, PW};
use checkout::{accepted_checkout, AcceptedCheckout};
use common::{Backend, Browser, TestApp};
use cooptrade::domain::ledger::Account;
use entity::{journal_entry, outbox_message, payout_line};
use events::{deliver, event};
use fake_stripe::{FakeStripe, SECRET_KEY};
use market::{assert_trial_balance_zero, balance, id_from, member};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

/// The site's public address, with a path prefix to show links keep it.
const BASE_URL: &str = "http://trade.example.coop:8080/market";
const PUBLISHABLE_KEY: &str = "pk_test_cooptrade_fake";

async fn spawn(backend: Backend) -> Option<(TestApp, FakeStripe)> {
    card::spawn_with(
        backend,
        &[
            ("STRIPE_PUBLISHABLE_KEY", PUBLISHABLE_KEY),
            ("BASE_URL", BASE_URL),
        ],
    )
    .await
}

async fn details(app: &TestApp, coop: i32) -> entity::coop_payout_details::Model {
    cooptrade::store::payments::details(&app.db, coop)
        .await
        .unwrap()
        .expect("payout details")
}

async fn flags(app: &TestApp, coop: i32) -> (bool, bool) {
    let d = details(app, coop).await;
    (d.charges_enabled, d.payouts_enabled)
}

/// The admin connects, finishes Stripe's onboarding and comes back; returns the account id.
async fn onboard(app: &TestApp, fake: &FakeStripe, coop: &Coop) -> String {
    coop.admin
        .submit(&format!("/coops/{}/stripe/connect", coop.id), &[])
        .await
        .assert_status(303);
    let account = details(app, coop.id).await.stripe_account_id.unwrap();
    fake.complete_onboarding(&account);
    coop.admin
        .get(&format!("/coops/{}/stripe/return", coop.id))
        .await
        .assert_status(303);
    assert_eq!(flags(app, coop.id).await, (true, true));
    account
}

async fn person(app: &TestApp, name: &str, email: &str) -> Browser {
    let b = app.browser();
    b.register(name, email, PW).await;
    b
}

async fn an_admin_connects_a_stripe_account_through_onboarding(app: TestApp, fake: FakeStripe) {
    let coop = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let manage = format!("/coops/{}/manage", coop.id);
    let connect = format!("/coops/{}/stripe/connect", coop.id);
    let back = format!("/coops/{}/stripe/return", coop.id);
    coop.admin
        .get(&manage)
        .await
        .assert_status(200)
        .assert_contains("Not connected: the co-op is paid by bank transfer.")
        .assert_contains("Connect a Stripe account");

    // A member who is not an admin sees the state, not the button, and cannot connect;
    // neither can someone from outside the co-op.
    let bob = person(&app, "Bob", "bob@coopermondo.example.coop").await;
    coop.admin
        .submit(
            &format!("/coops/{}/members", coop.id),
            &[
                ("email", "bob@coopermondo.example.coop"),
                ("role", "member"),
            ],
        )
        .await
        .assert_status(303);
    bob.accept_invitation().await;
    let page = bob.get(&manage).await;
    page.assert_status(200).assert_contains("Not connected");
    assert!(!page.body.contains("Connect a Stripe account"));
    bob.submit(&connect, &[]).await.assert_status(403);
    bob.get(&back).await.assert_status(403);
    let eve = person(&app, "Eve", "eve@elsewhere.example.coop").await;
    eve.submit(&connect, &[]).await.assert_status(403);
    // A form without the CSRF token is refused too.
    coop.admin.post_raw(&connect, &[]).await.assert_status(403);
    assert!(fake.requests("/v1/accounts").is_empty());

    // A double click: two requests at once make one account.
    let (a, b) = tokio::join!(
        coop.admin.submit(&connect, &[]),
        coop.admin.submit(&connect, &[])
    );
    a.assert_status(303);
    b.assert_status(303);
    let accounts = fake.accounts();
    assert_eq!(accounts.len(), 1, "one account per co-op");
    let account = accounts[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(accounts[0]["metadata"]["coop_id"], coop.id.to_string());
    let creates = fake.requests("/v1/accounts");
    assert!((1..=2).contains(&creates.len()), "{creates:?}");
    let coop_id = coop.id.to_string();
    for r in &creates {
        assert_eq!(r.method, "POST");
        assert_eq!(
            r.idempotency_key.as_deref(),
            Some(format!("connect-coop-{}", coop.id).as_str())
        );
        assert_eq!(r.param("type"), Some("express"));
        assert_eq!(r.param("country"), Some("IT"));
        assert_eq!(r.param("capabilities[transfers][requested]"), Some("true"));
        assert_eq!(r.param("metadata[coop_id]"), Some(coop_id.as_str()));
        assert_eq!(r.param("email"), Some(coop.admin_email.as_str()));
        assert!(r.stripe_account.is_none(), "made on the platform");
    }
    // Later clicks reuse the linked account: no new account is asked for.
    coop.admin.submit(&connect, &[]).await.assert_status(303);
    assert_eq!(fake.requests("/v1/accounts").len(), creates.len());
    let links = fake.requests("/v1/account_links");
    assert_eq!(links.len(), 3, "each click gets a fresh onboarding link");
    let refresh_url = format!("{BASE_URL}/coops/{}/stripe/refresh", coop.id);
    let return_url = format!("{BASE_URL}/coops/{}/stripe/return", coop.id);
    for r in &links {
        let mut form = r.form.clone();
        form.sort();
        assert_eq!(
            form,
            [
                ("account".to_string(), account.clone()),
                ("refresh_url".to_string(), refresh_url.clone()),
                ("return_url".to_string(), return_url.clone()),
                ("type".to_string(), "account_onboarding".to_string()),
            ]
        );
        assert!(r.stripe_account.is_none());
    }
    let to = a.location.clone().unwrap();
    assert!(
        to.starts_with(&format!("https://connect.stripe.com/setup/e/{account}/")),
        "the admin is sent to Stripe: {to}"
    );
    let d = details(&app, coop.id).await;
    assert_eq!(d.stripe_account_id.as_deref(), Some(account.as_str()));
    assert_eq!(flags(&app, coop.id).await, (false, false));
    coop.admin
        .get(&manage)
        .await
        .assert_contains("Onboarding incomplete")
        .assert_contains(&account)
        .assert_contains("Continue Stripe onboarding");

    // Back from Stripe before finishing: the account is read again, still not ready.
    coop.admin
        .visit(&back)
        .await
        .assert_contains("Stripe onboarding is not complete yet");
    assert_eq!(flags(&app, coop.id).await, (false, false));
    let reads = fake.requests(&format!("/v1/accounts/{account}"));
    assert_eq!(reads.len(), 1);
    assert_eq!(reads[0].method, "GET");

    // Finished: the return page reads Stripe's answer and the co-op is paid through Stripe.
    fake.complete_onboarding(&account);
    coop.admin
        .visit(&back)
        .await
        .assert_contains("Your Stripe account is ready");
    assert_eq!(flags(&app, coop.id).await, (true, true));
    let ready = coop.admin.get(&manage).await;
    ready.assert_contains("Ready (");
    assert!(!ready.body.contains("Connect a Stripe account"));

    // An expired link: Stripe's refresh URL makes a new one.
    let again = coop
        .admin
        .get(&format!("/coops/{}/stripe/refresh", coop.id))
        .await;
    again.assert_status(303);
    assert_eq!(fake.requests("/v1/account_links").len(), 4);

    // Stripe later disables payouts, then enables them again: account.updated follows.
    let mut acct = fake.accounts()[0].clone();
    acct["payouts_enabled"] = json!(false);
    let (s, v) = deliver(
        &app,
        &event("evt_acct_off", "account.updated", acct.clone()),
    )
    .await;
    assert_eq!((s, v["outcome"].as_str()), (200, Some("applied")), "{v}");
    assert_eq!(flags(&app, coop.id).await, (true, false));
    coop.admin
        .get(&manage)
        .await
        .assert_contains("Onboarding incomplete");
    acct["payouts_enabled"] = json!(true);
    deliver(&app, &event("evt_acct_on", "account.updated", acct)).await;
    assert_eq!(flags(&app, coop.id).await, (true, true));
}

async fn with_the_manual_gateway_there_is_no_stripe_account_to_connect(app: TestApp) {
    let coop = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let page = coop.admin.get(&format!("/coops/{}/manage", coop.id)).await;
    page.assert_status(200);
    assert!(!page.body.contains("Connect a Stripe account"));
    let refused = coop
        .admin
        .submit(&format!("/coops/{}/stripe/connect", coop.id), &[])
        .await;
    refused
        .assert_status(409)
        .assert_contains("paid by bank transfer");
    assert_eq!(app.count("coop_payout_details").await, 0);
}

/// Pays the checkout by card (a signed webhook), ships and delivers every order: all settled.
async fn settle(app: &TestApp, fake: &FakeStripe, c: &AcceptedCheckout) {
    let (s, v) = c
        .buyer
        .api
        .post(&format!("/checkouts/{}/payment", c.id), json!({}))
        .await;
    assert_eq!(s, 200, "{v}");
    let paid = fake.succeed(v["payment_intent"].as_str().unwrap());
    let id = format!("evt_paid_{}", c.id);
    let (s, v) = deliver(app, &event(&id, "payment_intent.succeeded", paid)).await;
    assert_eq!(s, 200, "{v}");
    for (o, seller) in c.orders.iter().zip(&c.sellers) {
        let o = &o["id"];
        let (s, v) = seller
            .api
            .post(&format!("/orders/{o}/actions/ship"), json!({}))
            .await;
        assert_eq!(s, 200, "{v}");
        let (s, v) = c
            .buyer
            .api
            .post(&format!("/orders/{o}/actions/confirm_delivery"), json!({}))
            .await;
        assert_eq!((s, v["state"].as_str()), (200, Some("settled")), "{v}");
    }
}

async fn the_buyer_pays_a_checkout_by_card_on_its_page(app: TestApp, fake: FakeStripe) {
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "EUR").await;
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let (_, l) = seller
        .api
        .post("/listings", listing("OIL", json!({"price": "12.50"})))
        .await;
    let (s, c) = buyer
        .api
        .post(
            "/orders",
            json!({"lines": [{"listing_id": l["id"], "quantity": "2"}], "delivery_address": "Roskildevej 65"}),
        )
        .await;
    assert_eq!(s, 201, "{c}");
    let checkout = c["checkout_id"].as_i64().unwrap();
    let order = c["orders"][0]["id"].as_i64().unwrap();
    let page = format!("/coops/{}/checkouts/{checkout}", buyer.id);
    let pay = format!("{page}/pay");
    buyer
        .admin
        .get(&page)
        .await
        .assert_status(200)
        .assert_contains("Every seller must accept its order before you pay.");
    buyer.admin.submit(&pay, &[]).await.assert_status(409);
    assert!(fake.requests("/v1/payment_intents").is_empty());

    let (s, v) = seller
        .api
        .post(&format!("/orders/{order}/actions/accept"), json!({}))
        .await;
    assert_eq!(s, 200, "{v}");
    buyer
        .admin
        .get(&format!("/orders/{order}"))
        .await
        .assert_contains(&format!("href=\"{page}\""));
    buyer
        .admin
        .get(&page)
        .await
        .assert_contains("EUR\u{a0}25.00")
        .assert_contains(&format!("action=\"{pay}\""));

    let card = buyer.admin.submit(&pay, &[]).await;
    card.assert_status(200)
        .assert_contains("EUR\u{a0}25.00")
        .assert_contains(&format!("data-publishable-key=\"{PUBLISHABLE_KEY}\""))
        .assert_contains("https://js.stripe.com/v3/")
        .assert_contains("id=\"payment-element\"")
        .assert_contains(&format!("data-return-url=\"{BASE_URL}{page}\""));
    let intent = "pi_fake_1";
    assert_eq!(fake.intents(), 1);
    card.assert_contains(&format!("data-client-secret=\"{intent}_secret_fake\""));
    assert!(
        !card.body.contains(SECRET_KEY),
        "the secret key never reaches a page"
    );
    assert!(!card.body.contains("sk_"), "no secret key of any kind");
    let r = &fake.requests("/v1/payment_intents")[0];
    assert_eq!(
        (r.param("amount"), r.param("currency")),
        (Some("2500"), Some("eur"))
    );
    // Paying again picks up the same PaymentIntent.
    buyer
        .admin
        .submit(&pay, &[])
        .await
        .assert_contains(&format!("{intent}_secret_fake"));
    assert_eq!(fake.intents(), 1);

    // Only members of the buying co-op: the seller is not one (403), and the checkout is not
    // the seller's own (404); nothing reaches Stripe.
    seller.admin.get(&page).await.assert_status(403);
    seller.admin.submit(&pay, &[]).await.assert_status(403);
    let theirs = format!("/coops/{}/checkouts/{checkout}", seller.id);
    seller.admin.get(&theirs).await.assert_status(404);
    seller
        .admin
        .submit(&format!("{theirs}/pay"), &[])
        .await
        .assert_status(404);
    buyer.admin.post_raw(&pay, &[]).await.assert_status(403);
    assert_eq!(fake.requests("/v1/payment_intents").len(), 2);

    // Declined, then Stripe sends the buyer back: the page says so and offers to pay again.
    let declined = fake.decline(intent);
    deliver(
        &app,
        &event("evt_pi_failed", "payment_intent.payment_failed", declined),
    )
    .await;
    buyer
        .admin
        .get(&page)
        .await
        .assert_contains("The card payment failed")
        .assert_contains("Pay by card");
    let returned = format!("{page}?payment_intent={intent}&redirect_status=succeeded");
    let paid = fake.succeed(intent);
    deliver(&app, &event("evt_pi_ok", "payment_intent.succeeded", paid)).await;
    let done = buyer.admin.get(&returned).await;
    done.assert_contains("Paid by card: EUR\u{a0}25.00.");
    assert!(!done.body.contains("Pay by card\""));
}

async fn lines(app: &TestApp, run: i32) -> Vec<payout_line::Model> {
    cooptrade::store::payouts::lines(&app.db, run)
        .await
        .unwrap()
}

async fn entries_keyed(app: &TestApp, key: &str) -> usize {
    journal_entry::Entity::find()
        .filter(journal_entry::Column::IdempotencyKey.eq(key))
        .all(&app.db)
        .await
        .unwrap()
        .len()
}

async fn mail_to(app: &TestApp, to: &str, subject: &str) -> Vec<String> {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddr.eq(to))
        .order_by_asc(outbox_message::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.subject.contains(subject))
        .map(|m| m.body_text)
        .collect()
}

/// Drafts a EUR run as `alice` and has alice and bob approve it; returns its id.
async fn approved_run(alice: &Browser, bob: &Browser) -> i32 {
    let p = alice
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    p.assert_status(303);
    let run = id_from(p.location.clone());
    for who in [alice, bob] {
        who.submit(
            &format!("/committee/payouts/{run}/decide"),
            &[("decision", "approve")],
        )
        .await
        .assert_status(303);
    }
    run
}

async fn a_run_pays_ready_coops_by_transfer_once_and_the_others_by_bank(
    app: TestApp,
    fake: FakeStripe,
) {
    let c = accepted_checkout(
        &app,
        &[
            ("Coopermondo", "20"),
            ("Kuapa Kokoo", "30"),
            ("Mondragon", "40"),
        ],
    )
    .await;
    settle(&app, &fake, &c).await;
    let sellers = &c.sellers;
    assert_eq!(
        app.count("pending_transfers").await,
        0,
        "no seller was ready at settlement: all are paid by bank"
    );
    let a = onboard(&app, &fake, &sellers[0]).await;
    let b = onboard(&app, &fake, &sellers[1]).await;
    // The third seller is paid by bank, so it needs bank details (or its line is held).
    cooptrade::store::payouts::set_bank_details(
        &app.db,
        sellers[2].id,
        "Third seller",
        "DE89370400440532013000",
        "",
    )
    .await
    .unwrap();
    let alice = member(&app, "Alice").await;
    let bob = member(&app, "Bob").await;
    let run = approved_run(&alice, &bob).await;
    let mail = mail_to(
        &app,
        "bob@committee.example.coop",
        &format!("Payout run #{run}"),
    )
    .await;
    assert_eq!(mail.len(), 1);
    assert!(
        mail[0].contains(&format!("Review it at {BASE_URL}/committee/payouts/{run}")),
        "{}",
        mail[0]
    );

    let ls = lines(&app, run).await;
    let line_of = |coop: i32| ls.iter().find(|l| l.coop_id == coop).unwrap().clone();
    let (la, lb, lc) = (
        line_of(sellers[0].id),
        line_of(sellers[1].id),
        line_of(sellers[2].id),
    );
    assert_eq!(
        [la.method.as_str(), lb.method.as_str(), lc.method.as_str()],
        ["stripe", "stripe", "bank"]
    );
    assert_eq!(
        (la.destination.as_deref(), lb.destination.as_deref()),
        (Some(a.as_str()), Some(b.as_str()))
    );
    // The bank file holds only the bank line; a Stripe line is not marked paid by hand.
    let csv = alice
        .get(&format!("/committee/payouts/{run}/export.csv"))
        .await;
    csv.assert_contains(&format!("payout-line:{}", lc.id));
    assert!(!csv.body.contains(&format!("payout-line:{}", la.id)));
    alice
        .submit(
            &format!("/committee/payouts/{run}/lines/{}/paid", la.id),
            &[],
        )
        .await
        .assert_status(409);

    // Two committee members execute at once, then one again: each line is sent once.
    let execute = format!("/committee/payouts/{run}/execute");
    let (x, y) = tokio::join!(alice.submit(&execute, &[]), bob.submit(&execute, &[]));
    x.assert_status(303);
    y.assert_status(303);
    alice.submit(&execute, &[]).await.assert_status(303);
    let sent = fake.requests("/v1/transfers");
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(fake.transfers().len(), 2);
    for (line, account) in [(&la, &a), (&lb, &b)] {
        let r = sent
            .iter()
            .find(|r| r.param("destination") == Some(account.as_str()))
            .expect("a transfer to the account");
        let amount = line.amount_minor.to_string();
        assert_eq!(
            r.idempotency_key.as_deref(),
            Some(format!("payout-line-{}", line.id).as_str())
        );
        assert_eq!(r.param("amount"), Some(amount.as_str()));
        assert_eq!(r.param("currency"), Some("eur"));
        assert_eq!(
            r.param("transfer_group"),
            Some(format!("payout-run-{run}").as_str())
        );
        assert!(r.stripe_account.is_none());
        assert_eq!(
            entries_keyed(&app, &format!("payout-line:{}", line.id)).await,
            1
        );
    }
    let now = lines(&app, run).await;
    for l in &now {
        if l.method.as_str() == "stripe" {
            assert_eq!(l.status.as_str(), "paid");
            let t = l.transfer_id.clone().unwrap();
            assert!(fake.transfers().iter().any(|x| x["id"] == t.as_str()));
        } else {
            assert_eq!(
                l.status.as_str(),
                "open",
                "the bank line waits for the bank"
            );
        }
    }
    assert_eq!(balance(&app, Account::CoopProceeds(sellers[0].id)).await, 0);
    assert_eq!(
        balance(&app, Account::CoopFairShare(sellers[0].id)).await,
        0
    );
    assert!(balance(&app, Account::CoopProceeds(sellers[2].id)).await > 0);
    let paid = mail_to(&app, &sellers[0].admin_email, "Payout of").await;
    assert_eq!(paid.len(), 1);
    assert!(paid[0].contains("through Stripe"), "{}", paid[0]);
    alice
        .get(&format!("/committee/payouts/{run}"))
        .await
        .assert_contains(now.iter().find_map(|l| l.transfer_id.as_deref()).unwrap());

    // The bank line is marked paid by hand; then the run is paid.
    alice
        .submit(
            &format!("/committee/payouts/{run}/lines/{}/paid", lc.id),
            &[],
        )
        .await
        .assert_status(303);
    assert_eq!(
        cooptrade::store::payouts::get(&app.db, run)
            .await
            .unwrap()
            .status
            .as_str(),
        "paid"
    );
    assert_eq!(fake.transfers().len(), 2);
    assert_trial_balance_zero(&app).await;
}

async fn a_refused_transfer_keeps_its_error_and_a_retry_pays_it_once(
    app: TestApp,
    fake: FakeStripe,
) {
    let c = accepted_checkout(&app, &[("Coopermondo", "20")]).await;
    settle(&app, &fake, &c).await;
    let sellers = &c.sellers;
    let account = onboard(&app, &fake, &sellers[0]).await;
    let alice = member(&app, "Alice").await;
    let bob = member(&app, "Bob").await;
    let run = approved_run(&alice, &bob).await;
    let line = lines(&app, run).await.remove(0);
    assert_eq!(line.method.as_str(), "stripe");
    let entries = app.count("journal_entries").await;

    fake.refuse_transfers_to(&account);
    let failed = alice
        .submit(&format!("/committee/payouts/{run}/execute"), &[])
        .await;
    failed.assert_status(303);
    let l = lines(&app, run).await.remove(0);
    assert_eq!(l.status.as_str(), "failed");
    let error = l.error.clone().unwrap();
    assert!(error.contains("capabilities"), "{error}");
    assert_eq!(
        app.count("journal_entries").await,
        entries,
        "nothing posted"
    );
    alice
        .get(&format!("/committee/payouts/{run}"))
        .await
        .assert_contains("Stripe error: ")
        .assert_contains("Retry the transfer");

    // Stripe now accepts: a retry of the line pays it, under a key of its own (Stripe would
    // replay the refusal for the first one).
    fake.accept_transfers_to(&account);
    alice
        .submit(
            &format!("/committee/payouts/{run}/lines/{}/retry", line.id),
            &[],
        )
        .await
        .assert_status(303);
    let l = lines(&app, run).await.remove(0);
    assert_eq!((l.status.as_str(), l.error.as_deref()), ("paid", None));
    let keys: Vec<Option<String>> = fake
        .requests("/v1/transfers")
        .into_iter()
        .map(|r| r.idempotency_key)
        .collect();
    assert_eq!(
        keys,
        [
            Some(format!("payout-line-{}", line.id)),
            Some(format!("payout-line-{}-1", line.id))
        ]
    );
    assert_eq!(fake.transfers().len(), 1);
    assert_eq!(
        entries_keyed(&app, &format!("payout-line:{}", line.id)).await,
        1
    );

    // The command line executes the run again: nothing is left to send.
    let out = Command::new(env!("CARGO_BIN_EXE_cooptrade"))
        .args(["payouts", "execute", &run.to_string()])
        .env("DATABASE_URL", &app.database_url)
        .env("STRIPE_SECRET_KEY", SECRET_KEY)
        .env("STRIPE_API_BASE", &fake.base)
        .env("RUST_LOG", "warn")
        .output()
        .expect("run cooptrade");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(": 0 lines paid through Stripe"), "{stdout}");
    let shown = Command::new(env!("CARGO_BIN_EXE_cooptrade"))
        .args(["payouts", "show", &run.to_string()])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("run cooptrade");
    let shown = String::from_utf8_lossy(&shown.stdout);
    let transfer = l.transfer_id.clone().unwrap();
    assert!(
        shown.contains(&format!("paid by Stripe transfer {transfer}")),
        "{shown}"
    );
    assert_eq!(fake.requests("/v1/transfers").len(), 2);
    assert_eq!(fake.transfers().len(), 1);
    assert_trial_balance_zero(&app).await;
}

async fn spending_proposals_mail_the_committee_an_absolute_link(app: TestApp, _fake: FakeStripe) {
    let coop = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let alice = member(&app, "Alice").await;
    drop(alice);
    let p = coop
        .admin
        .submit(
            &format!("/coops/{}/spending", coop.id),
            &[
                ("title", "Solar dryer"),
                ("purpose", "Dry pineapple rings"),
                ("amount", "5"),
                ("currency", "EUR"),
                ("recipient_coop_id", &coop.id.to_string()),
            ],
        )
        .await;
    p.assert_status(303);
    let mail = mail_to(&app, "alice@committee.example.coop", "Pool spending #").await;
    assert_eq!(mail.len(), 1);
    assert!(
        mail[0].contains(&format!("Review it at {BASE_URL}/committee/spending/1")),
        "{}",
        mail[0]
    );
    assert!(!mail[0].contains(" /committee"), "no relative link");
}

async fn approved_spending_to_a_ready_coop_is_paid_by_one_transfer(app: TestApp, fake: FakeStripe) {
    // A 1,000 EUR order puts 20 EUR in the pool.
    let c = accepted_checkout(&app, &[("Coopermondo", "1000")]).await;
    settle(&app, &fake, &c).await;
    let recipient = &c.sellers[0];
    let account = onboard(&app, &fake, recipient).await;
    let alice = member(&app, "Alice").await;
    let bob = member(&app, "Bob").await;
    c.buyer
        .admin
        .submit(
            &format!("/coops/{}/spending", c.buyer.id),
            &[
                ("title", "Solar dryer"),
                ("purpose", "Dry pineapple rings"),
                ("amount", "5"),
                ("currency", "EUR"),
                ("recipient_coop_id", &recipient.id.to_string()),
            ],
        )
        .await
        .assert_status(303);
    for who in [&alice, &bob] {
        who.submit("/committee/spending/1/decide", &[("decision", "approve")])
            .await
            .assert_status(303);
    }
    let p = cooptrade::store::spending::get(&app.db, 1).await.unwrap();
    assert_eq!(
        (
            p.status.as_str(),
            p.method.as_str(),
            p.destination.as_deref()
        ),
        ("approved", "stripe", Some(account.as_str()))
    );
    alice
        .submit("/committee/spending/1/paid", &[])
        .await
        .assert_status(409);
    let (x, y) = tokio::join!(
        alice.submit("/committee/spending/1/execute", &[]),
        bob.submit("/committee/spending/1/execute", &[])
    );
    x.assert_status(303);
    y.assert_status(303);
    alice
        .submit("/committee/spending/1/execute", &[])
        .await
        .assert_status(303);
    let sent = fake.requests("/v1/transfers");
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].idempotency_key.as_deref(), Some("spending-1"));
    assert_eq!(
        (
            sent[0].param("destination"),
            sent[0].param("amount"),
            sent[0].param("currency")
        ),
        (Some(account.as_str()), Some("500"), Some("eur"))
    );
    assert_eq!(fake.transfers().len(), 1);
    assert_eq!(entries_keyed(&app, "spending-paid:1").await, 1);
    let p = cooptrade::store::spending::get(&app.db, 1).await.unwrap();
    assert_eq!(p.status.as_str(), "paid");
    assert_eq!(p.transfer_id.as_deref(), fake.transfers()[0]["id"].as_str());
    alice
        .get("/committee/spending/1")
        .await
        .assert_contains("Paid by Stripe transfer");
    assert_trial_balance_zero(&app).await;
}

with_fake_stripe!(
    spawn = super::spawn;
    approved_spending_to_a_ready_coop_is_paid_by_one_transfer,
    an_admin_connects_a_stripe_account_through_onboarding,
    the_buyer_pays_a_checkout_by_card_on_its_page,
    a_run_pays_ready_coops_by_transfer_once_and_the_others_by_bank,
    a_refused_transfer_keeps_its_error_and_a_retry_pays_it_once,
    spending_proposals_mail_the_committee_an_absolute_link,
);

on_both_backends!(with_the_manual_gateway_there_is_no_stripe_account_to_connect);
