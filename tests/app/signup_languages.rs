//! A new account's mail in the language its page spoke: the language a visitor registers in
//! (their switch's cookie, else `Accept-Language`) is saved on the account, and the verification
//! mail, then a password reset, reach a real SMTP server in it.
use crate::common;
use crate::support;

use crate::market::PW;
use common::{Browser, TestApp};
use cooptrade::store::users::find_by_email;

/// Sends the queued mail through the SMTP sink and returns what it received.
async fn delivered(app: &TestApp, sink: &support::Sink) -> Vec<support::Received> {
    let url = url::Url::parse(&format!("smtp://127.0.0.1:{}", sink.port)).unwrap();
    let mailer =
        cooptrade::mail::Mailer::smtp("cooptrade <noreply@example.coop>".parse().unwrap(), &url)
            .unwrap()
            .with_base_url(&url::Url::parse(&app.base).unwrap());
    cooptrade::jobs::mail::drain_once(&app.db, &mailer)
        .await
        .unwrap();
    sink.received()
}

async fn saved_locale(app: &TestApp, email: &str) -> Option<String> {
    find_by_email(&app.db, email).await.unwrap().unwrap().locale
}

async fn a_new_account_is_verified_and_reset_in_the_language_it_registered_in(app: TestApp) {
    let Some(sink) = support::Sink::start(support::free_port()).await else {
        return;
    };
    // Japanese by the browser's Accept-Language only; French by the switch, over a Japanese browser.
    let kenji = Browser::speaking(&app.base, app.db.clone(), "ja-JP,ja;q=0.9");
    let claire = Browser::speaking(&app.base, app.db.clone(), "ja");
    claire
        .submit("/locale", &[("locale", "fr")])
        .await
        .assert_status(303);
    for (b, name, email) in [
        (&kenji, "Kenji", "kenji@example.coop"),
        (&claire, "Claire", "claire@example.coop"),
    ] {
        let p = b
            .submit(
                "/register",
                &[("name", name), ("email", email), ("password", PW)],
            )
            .await;
        assert_eq!(p.location.as_deref(), Some("/register/sent"), "{}", p.body);
    }
    assert_eq!(
        saved_locale(&app, "kenji@example.coop").await.as_deref(),
        Some("ja")
    );
    assert_eq!(
        saved_locale(&app, "claire@example.coop").await.as_deref(),
        Some("fr")
    );
    let got = delivered(&app, &sink).await;
    let to = |who: &str| got.iter().find(|r| r.to == who).expect("a mail");
    let ja = to("kenji@example.coop");
    assert_eq!(ja.subject, "cooptrade のメールアドレスを確認してください");
    assert!(
        ja.body.contains("24 時間以内に次のリンクを開いてください"),
        "{}",
        ja.body
    );
    let fr = to("claire@example.coop");
    assert_eq!(fr.subject, "Confirmez votre adresse e-mail pour cooptrade");
    assert!(
        !fr.body.contains("Confirm your"),
        "no English left: {}",
        fr.body
    );

    // A reset asked for from a page in Italian still follows the account's saved Japanese; an
    // account that saved none (made before languages were saved) gets the page's language.
    let form = cooptrade::store::users::Registration {
        name: "Anna".into(),
        email: "anna@example.coop".into(),
        password: PW.into(),
    };
    cooptrade::store::users::register(&app.db, &form)
        .await
        .unwrap();
    assert_eq!(saved_locale(&app, "anna@example.coop").await, None);
    let italian = Browser::speaking(&app.base, app.db.clone(), "it");
    for email in ["kenji@example.coop", "anna@example.coop"] {
        italian
            .submit("/password/forgot", &[("email", email)])
            .await
            .assert_status(200);
    }
    let got = delivered(&app, &sink).await;
    let resets: Vec<_> = got
        .iter()
        .filter(|r| r.body.contains("/password/reset/"))
        .collect();
    let reset_of = |who: &str| resets.iter().find(|r| r.to == who).expect("a reset mail");
    assert_eq!(
        reset_of("kenji@example.coop").subject,
        "cooptrade のパスワードを再設定してください"
    );
    assert_eq!(
        reset_of("anna@example.coop").subject,
        "Reimpostate la password di cooptrade"
    );
}

on_both_backends!(a_new_account_is_verified_and_reset_in_the_language_it_registered_in);
