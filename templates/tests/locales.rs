//! The converted pages render in every language with no missing message, `<html lang>` says
//! which, and no English of theirs is left in the other languages.
mod desk;

use i18n::{Lang, Tr};
use templates::components::FormData;
use templates::invitations::InvitationRow;
use templates::{auth, invitations, Layout};

#[path = "locales/order_pages.rs"]
mod order_pages;
#[path = "locales_site/pages.rs"]
mod site;

fn layout(lang: Lang, signed_in: bool) -> Layout {
    Layout {
        user_name: signed_in.then(|| "Ama Mensah".to_owned()),
        coops: vec![(1, "Coop du Golfe".to_owned())],
        committee: true,
        csrf: "t".repeat(64),
        flash: None,
        unread: 3,
        tr: Tr::new(lang, i18n::chrono_tz::Africa::Lome),
    }
}

fn form_with_errors() -> FormData {
    let mut f = FormData::default();
    f.values.insert("email".into(), "ama@example.coop".into());
    f.errors.insert("email".into(), "x".into());
    f
}

fn row() -> InvitationRow {
    InvitationRow {
        id: 7,
        coop_id: 3,
        coop_name: "Kpalimé Cacao".into(),
        role: "admin",
        sent_at: "6 déc. 2026".into(),
    }
}

/// Every converted page, rendered for a visitor and for a member, in `lang`.
fn pages(lang: Lang) -> Vec<(String, String)> {
    let (visitor, member) = (layout(lang, false), layout(lang, true));
    let f = form_with_errors();
    let rows = [row()];
    let mut pages = desk::pages(&member);
    pages.extend(vec![
        ("login".into(), auth::login(&visitor, &f).into_string()),
        (
            "register".into(),
            auth::register(&visitor, &f).into_string(),
        ),
        ("forgot".into(), auth::forgot(&visitor, &f).into_string()),
        (
            "forgot_sent".into(),
            auth::forgot_sent(&visitor).into_string(),
        ),
        (
            "reset".into(),
            auth::reset(&visitor, "abc", &f).into_string(),
        ),
        (
            "invitations".into(),
            invitations::list(&member, &rows).into_string(),
        ),
        (
            "no invitations".into(),
            invitations::list(&member, &[]).into_string(),
        ),
        (
            "invitation".into(),
            invitations::one(&member, &row(), None).into_string(),
        ),
        (
            "answered".into(),
            invitations::one(&member, &row(), Some("declined")).into_string(),
        ),
        (
            "section".into(),
            invitations::section(&member, &rows).into_string(),
        ),
    ]);
    pages.extend(site::pages(&member));
    pages.extend(order_pages::pages(&member));
    pages
}

/// English words of these pages that no other language shares.
const ENGLISH: &[&str] = &[
    ">Log in<",
    ">Register<",
    ">Catalog<",
    ">Common pool<",
    ">Orders<",
    ">Cart<",
    ">Log out<",
    "Forgot your password?",
    "Send the link",
    "Check your mail",
    "New password",
    ">Accept<",
    ">Decline<",
    "invites you",
    "Invitation from",
    "You become a member",
    "has been declined",
    "No invitation",
    "trade between co-operatives",
    ">Language",
    "Unit price",
    "Place orders",
    "Delivery address",
    "Add to cart",
    "Your cart is empty",
    "What you can do",
    "Refund part",
    "Printable confirmation",
    "How to pay",
    "to the common pool",
    "Payment reference",
    "Any state",
    "Older orders",
    "Pay by card",
    "Back to the checkout",
    ">History<",
    "Seller's proceeds",
    "Accept the new terms",
    "Order at least",
    "in stock",
    "Changed:",
    "Reject<",
    "Cancel order",
    "Mark shipped",
    ">placed<",
    "Order confirmation",
    "Every seller must accept",
    "Stripe is confirming",
    "Paid by card",
    "bank transfer",
];

#[test]
fn every_converted_page_renders_in_every_language_without_a_missing_message() {
    for lang in Lang::ALL {
        for (name, html) in pages(lang) {
            if !matches!(name.as_str(), "section" | "empty catalog") {
                let tag = format!("<html lang=\"{}\">", lang.code());
                assert!(html.contains(&tag), "{name} in {}: no {tag}", lang.code());
            }
            assert!(!html.contains('⟦'), "{name} in {}: {html}", lang.code());
            if name == "pool" {
                assert!(
                    desk::local_words(lang, &html),
                    "{name} in {}: {html}",
                    lang.code()
                );
            }
            if lang != Lang::En {
                for en in ENGLISH.iter().chain(desk::ENGLISH).chain(site::ENGLISH) {
                    assert!(
                        !html.contains(en),
                        "{name} in {} still says {en}",
                        lang.code()
                    );
                }
            }
        }
    }
    assert_eq!(i18n::problems_seen(), Vec::<String>::new());
}

#[test]
fn the_switch_offers_every_language_in_its_own_words_and_marks_the_current_one() {
    let html = auth::login(&layout(Lang::Ca, false), &FormData::default()).into_string();
    for own in [
        "English",
        "Français",
        "Español",
        "Català",
        "Italiano",
        "Dansk",
        "日本語",
    ] {
        assert!(html.contains(own), "{own}");
    }
    assert!(
        html.contains(r#"<option value="ca" lang="ca" selected>Català</option>"#),
        "{html}"
    );
    assert!(html.contains(r#"action="/locale""#));
}

#[test]
fn a_link_inside_a_sentence_lands_where_each_language_puts_it() {
    let en = invitations::section(&layout(Lang::En, true), &[row()]).into_string();
    assert!(
        en.contains(r#"<a href="/coops/3">Kpalimé Cacao</a> invites you to join as admin."#),
        "{en}"
    );
    let ja = invitations::section(&layout(Lang::Ja, true), &[row()]).into_string();
    assert!(
        ja.contains(
            r#"<a href="/coops/3">Kpalimé Cacao</a> から管理者としての参加招待が届いています。"#
        ),
        "{ja}"
    );
    let fr = invitations::list(&layout(Lang::Fr, true), &[row(), row()]).into_string();
    assert!(
        fr.contains("2 invitations attendent votre réponse."),
        "{fr}"
    );
}
