use super::*;

fn config(pairs: &[(&str, &str)]) -> Config {
    Config::from_lookup(|k| {
        pairs
            .iter()
            .find(|(key, _)| *key == k)
            .map(|(_, v)| v.to_string())
    })
    .unwrap()
}

fn outgoing(to: &str) -> Outgoing {
    Outgoing {
        to: to.into(),
        subject: "Your order was accepted".into(),
        body: "Order 7: 12 crates of apples.".into(),
        html: None,
        message_id: "<abc@cooptrade.outbox>".into(),
    }
}

#[tokio::test]
async fn the_memory_mailer_keeps_what_it_sends() {
    let mailer = Mailer::in_memory(config(&[]).mail_from);
    let clone = mailer.clone();
    clone.send(&outgoing("buyer@example.coop")).await.unwrap();
    assert_eq!(
        mailer.mails_in_memory(),
        Some(vec![outgoing("buyer@example.coop")])
    );
}

#[tokio::test]
async fn a_bad_recipient_is_an_address_error() {
    let mailer = Mailer::in_memory(config(&[]).mail_from);
    let e = mailer.send(&outgoing("not an address")).await.unwrap_err();
    assert!(matches!(e, MailError::Address(..)), "{e}");
    assert_eq!(mailer.mails_in_memory(), Some(vec![]));
}

#[test]
fn a_public_https_site_needs_smtp() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox");
    let outbox = outbox.to_str().unwrap();
    let public = config(&[
        ("BASE_URL", "https://trade.example.coop"),
        ("OUTBOX_DIR", outbox),
    ]);
    assert!(matches!(
        Mailer::from_config(&public),
        Err(MailError::Config(_))
    ));
    let with_smtp = config(&[
        ("BASE_URL", "https://trade.example.coop"),
        ("SMTP_URL", "smtps://mailer:s%40cret@mail.example.coop"),
    ]);
    assert_eq!(Mailer::from_config(&with_smtp).unwrap().describe(), "SMTP");
    let local = config(&[("OUTBOX_DIR", outbox)]);
    assert_eq!(
        Mailer::from_config(&local).unwrap().describe(),
        ".eml files"
    );
    assert!(dir.path().join("outbox").is_dir(), "the folder is created");
}

#[test]
fn smtp_urls_choose_tls_and_refuse_unknown_modes() {
    for ok in [
        "smtp://127.0.0.1:2525",
        "smtp://relay.example.coop?tls=opportunistic",
        "smtp://user:pass@relay.example.coop:587",
        "smtp://user:pass@relay.example.coop:1025?tls=none",
        "smtps://user:pass@relay.example.coop",
    ] {
        let url = url::Url::parse(ok).unwrap();
        assert!(smtp::transport(&url).is_ok(), "{ok}");
    }
    for bad in ["smtp://relay.example.coop?tls=maybe", "smtps://h?tls=none"] {
        let url = url::Url::parse(bad).unwrap();
        assert!(smtp::transport(&url).is_err(), "{bad}");
    }
}
