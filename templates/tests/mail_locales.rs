//! Every mail renders in every language with no missing message, in that language (no English
//! of its own left), with money as the language writes it.
use i18n::{Lang, Tr};
use templates::mail::{
    order_mail, simple_mail, BankTransferView, MailCurrency, MailFee, MailLine, MailText,
    OrderEvent, OrderMailView, PartRefundView, PaymentView,
};

fn tr(lang: Lang) -> Tr {
    Tr::new(lang, i18n::chrono_tz::Europe::Paris)
}

fn bank() -> PaymentView {
    PaymentView::Bank(BankTransferView {
        account_holder: Some("Coopermondo".into()),
        iban: Some("IT60 X054 2811 1010 0000 0123 456".into()),
        bic: Some("BPMOIT22XXX".into()),
        reference: "CT-7-41".into(),
    })
}

fn view(event: OrderEvent, payment: Option<PaymentView>, part: bool) -> OrderMailView {
    let fee = |f| MailFee {
        fee: f,
        pool: f / 2,
        seller_share: f / 4,
        buyer_share: f / 4,
    };
    OrderMailView {
        event,
        order_id: 7,
        link: "https://trade.example.coop/orders/7".into(),
        buyer: "Coop du Golfe".into(),
        seller: (event != OrderEvent::Placed).then(|| "Coopermondo".into()),
        currency: MailCurrency {
            code: "EUR".into(),
            exponent: 2,
        },
        lines: vec![MailLine {
            title: "Olive oil".into(),
            unit: "kg".into(),
            quantity_milli: 2500,
            unit_price: 1250,
            total: 3125,
        }],
        subtotal: 3125,
        fee_rate_bp: 400,
        fee: fee(125),
        fee_settled: event == OrderEvent::Settled,
        payment,
        refund: part.then(|| PartRefundView {
            amount: 1000,
            left: 2125,
            claw_back: fee(40),
            after_settlement: true,
        }),
        deliver_to: Some("Rue du Commerce 1, Lomé".into()),
        note: Some("Fragile".into()),
    }
}

/// Every order mail and a simple one, in `lang`.
fn mails(lang: Lang) -> Vec<(String, MailText)> {
    let t = tr(lang);
    let mut out: Vec<(String, MailText)> = OrderEvent::ALL
        .iter()
        .map(|e| {
            let part = *e == OrderEvent::PartRefunded;
            (e.code().to_owned(), order_mail(&t, &view(*e, None, part)))
        })
        .collect();
    out.push((
        "bank".into(),
        order_mail(&t, &view(OrderEvent::Accepted, Some(bank()), false)),
    ));
    let card = PaymentView::Card {
        link: "https://trade.example.coop/orders/7".into(),
    };
    out.push((
        "card".into(),
        order_mail(&t, &view(OrderEvent::Accepted, Some(card), false)),
    ));
    let subject = t.t_args("mail-coop-admitted-subject", &[("coop", "Coop".into())]);
    out.push((
        "simple".into(),
        simple_mail(&t, subject, "Body", "https://x.example/"),
    ));
    out
}

#[test]
fn every_mail_renders_in_every_language_without_a_missing_message() {
    for lang in Lang::ALL {
        for (name, mail) in mails(lang) {
            let html = mail.html.clone().unwrap_or_default();
            for part in [&mail.subject, &mail.text, &html] {
                assert!(!part.contains('⟦'), "{} {name}: {part}", lang.code());
            }
            assert!(
                html.contains(&format!("<html lang=\"{}\">", lang.code())),
                "{} {name}",
                lang.code()
            );
        }
    }
    assert_eq!(i18n::problems_seen(), Vec::<String>::new());
}

#[test]
fn no_english_of_a_mail_is_left_in_another_language() {
    let english = [
        "Please pay",
        " fee ",
        "common pool",
        "See the order",
        "Deliver to",
        "Refunded now",
        " was ",
    ];
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for (name, mail) in mails(lang) {
            for word in english {
                assert!(
                    !mail.text.contains(word),
                    "{} {name} still says {word:?}: {}",
                    lang.code(),
                    mail.text
                );
            }
        }
    }
}

#[test]
fn money_and_quantities_are_written_as_the_reader_writes_them() {
    let accepted = |lang| order_mail(&tr(lang), &view(OrderEvent::Accepted, Some(bank()), false));
    let fr = accepted(Lang::Fr).text;
    assert!(
        fr.contains("2,5 kg Olive oil à 12,50\u{a0}EUR : 31,25\u{a0}EUR"),
        "{fr}"
    );
    assert!(fr.contains("Montant : 31,25\u{a0}EUR"), "{fr}");
    let en = accepted(Lang::En).text;
    assert!(
        en.contains("2.5 kg Olive oil at EUR\u{a0}12.50: EUR\u{a0}31.25"),
        "{en}"
    );
    let da = accepted(Lang::Da).text;
    assert!(da.contains("31,25\u{a0}EUR"), "{da}");
    let ja = accepted(Lang::Ja).subject;
    assert_eq!(ja, "注文 #7：承認されました（お支払いをお願いします）");
}
