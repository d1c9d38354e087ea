//! The one page layout: header with navigation fitted to the viewer, flash, main, footer.
use std::sync::LazyLock;

use i18n::{Lang, Tr};
use maud::{html, Markup, DOCTYPE};
use sha2::{Digest, Sha256};

/// The stylesheet, served at a URL that names its content so browsers may keep it for a year.
pub const STYLESHEET: &str = include_str!("../../static/style.css");

/// `/static/style.<first 12 hex digits of its SHA-256>.css`.
pub static STYLESHEET_HREF: LazyLock<String> = LazyLock::new(|| {
    let digest = Sha256::digest(STYLESHEET.as_bytes());
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("/static/style.{hex}.css")
});

/// What the layout needs to know about whoever is looking.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// The signed-in person's name, if any.
    pub user_name: Option<String>,
    /// The viewer's co-ops: (id, name).
    pub coops: Vec<(i32, String)>,
    pub committee: bool,
    pub csrf: String,
    /// (kind: success | error | info, message)
    pub flash: Option<(String, String)>,
    /// The signed-in person's unread notifications.
    pub unread: u64,
    /// The viewer's language and time zone: every string and number on the page goes through it.
    pub tr: Tr,
}

/// A whole HTML page.
pub fn page(l: &Layout, title: &str, body: Markup) -> Markup {
    let tr = &l.tr;
    html! {
        (DOCTYPE)
        html lang=(tr.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · cooptrade" }
                link rel="stylesheet" href=(STYLESHEET_HREF.as_str());
            }
            body {
                header.site {
                    a.brand href="/" { "cooptrade" }
                    (nav(l))
                }
                main.container {
                    @if let Some((kind, msg)) = &l.flash {
                        div class={ "flash " (kind) } role="status" { (msg) }
                    }
                    (body)
                }
                footer.site {
                    p.muted { (tr.t("footer-tagline")) }
                    (language_switch(l))
                }
            }
        }
    }
}

fn nav(l: &Layout) -> Markup {
    let tr = &l.tr;
    html! {
        nav.main aria-label=(tr.t("nav-main")) {
            a href="/catalog" { (tr.t("nav-catalog")) }
            a href="/coops" { (tr.t("nav-coops")) }
            a href="/pool" { (tr.t("nav-pool")) }
            @if let Some(name) = &l.user_name {
                a href="/orders" { (tr.t("nav-orders")) }
                a href="/cart" { (tr.t("nav-cart")) }
                @for (id, coop) in &l.coops {
                    a href={ "/coops/" (id) "/manage" } { (coop) }
                }
                a href="/coops/apply" { (tr.t("nav-register-coop")) }
                @if l.committee {
                    a href="/committee" { (tr.t("nav-committee")) }
                }
                @let unread = i64::try_from(l.unread).unwrap_or(i64::MAX);
                a href="/notifications" aria-label=(tr.t_args("nav-notifications-unread", &[("count", unread.into())])) {
                    (tr.t("nav-notifications"))
                    @if l.unread > 0 { " " span.badge.unread { (l.unread) } }
                }
                a href="/account" { (tr.t("nav-account")) }
                form.inline method="post" action="/logout" {
                    input type="hidden" name="csrf_token" value=(l.csrf);
                    @let count = i64::try_from(l.coops.len()).unwrap_or(i64::MAX);
                    @let signed_in = tr.t_args("nav-signed-in-as", &[("name", name.as_str().into()), ("count", count.into())]);
                    button.link type="submit" title=(signed_in) { (tr.t("nav-logout")) }
                }
            } @else {
                a href="/login" { (tr.t("nav-login")) }
                a href="/register" { (tr.t("nav-register")) }
            }
        }
    }
}

/// The language switch on every page: each language named in itself; works without JavaScript.
fn language_switch(l: &Layout) -> Markup {
    let tr = &l.tr;
    html! {
        form.inline.language-switch method="post" action="/locale" {
            input type="hidden" name="csrf_token" value=(l.csrf);
            label for="f-locale" { (tr.t("language-switch-label")) " " }
            select id="f-locale" name="locale" {
                @for lang in Lang::ALL {
                    @let own = Tr::new(lang, tr.zone);
                    option value=(lang.code()) lang=(lang.code()) selected[lang == tr.lang] {
                        (own.t("language-self-name"))
                    }
                }
            }
            " "
            button type="submit" { (tr.t("language-switch-button")) }
        }
    }
}
