//! The one page layout: header with navigation fitted to the viewer, flash, main, footer.
use std::sync::LazyLock;

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
}

/// A whole HTML page.
pub fn page(l: &Layout, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · cooptrade" }
                link rel="stylesheet" href=(STYLESHEET_HREF.as_str());
            }
            body {
                header.site {
                    a.brand href="/" { "cooptrade" }
                    nav.main aria-label="Main" {
                        a href="/catalog" { "Catalog" }
                        a href="/coops" { "Co-ops" }
                        a href="/pool" { "Common pool" }
                        @if let Some(name) = &l.user_name {
                            a href="/orders" { "Orders" }
                            a href="/cart" { "Cart" }
                            @for (id, coop) in &l.coops {
                                a href={ "/coops/" (id) "/manage" } { (coop) }
                            }
                            a href="/coops/apply" { "Register a co-op" }
                            @if l.committee {
                                a href="/committee" { "Committee" }
                            }
                            a href="/notifications" aria-label={ "Notifications, " (l.unread) " unread" } {
                                "Notifications"
                                @if l.unread > 0 { " " span.badge.unread { (l.unread) } }
                            }
                            a href="/account" { "Account" }
                            form.inline method="post" action="/logout" {
                                input type="hidden" name="csrf_token" value=(l.csrf);
                                button.link type="submit" title={ "Signed in as " (name) } { "Log out" }
                            }
                        } @else {
                            a href="/login" { "Log in" }
                            a href="/register" { "Register" }
                        }
                    }
                }
                main.container {
                    @if let Some((kind, msg)) = &l.flash {
                        div class={ "flash " (kind) } role="status" { (msg) }
                    }
                    (body)
                }
                footer.site {
                    p.muted { "cooptrade: trade between co-operatives, with half of every fee going to the common pool." }
                }
            }
        }
    }
}
