//! The notifications page and the mail preferences form on the account page.
use i18n::Tr;
use maud::{html, Markup};

use crate::components::csrf;
use crate::layout::{page, Layout};

/// One notification as listed: its kind's stable name and the number it is about (an order,
/// a run, a spending) choose the words, so it reads in the viewer's language.
pub struct NotificationRow {
    pub id: i32,
    pub kind: &'static str,
    /// The order, run or spending number in its link, when it has one.
    pub about: Option<i64>,
    pub link: String,
    /// When, in the viewer's language and zone.
    pub when: String,
    pub unread: bool,
}

/// One kind of mail the member may receive.
pub struct MailChoice {
    pub kind: &'static str,
    /// The English words, for pages not yet translated (`mail_section` says it from `kind`).
    pub label: String,
    pub wanted: bool,
    /// Mail someone must act on: always sent, shown checked and disabled.
    pub mandatory: bool,
}

/// What a notification says, in the viewer's language.
pub fn text(tr: &Tr, r: &NotificationRow) -> String {
    tr.t_args(
        "notification-text",
        &[("kind", r.kind.into()), ("id", r.about.unwrap_or(0).into())],
    )
}

fn row(l: &Layout, r: &NotificationRow) -> Markup {
    let tr = &l.tr;
    html! {
        li class=(if r.unread { "unread" } else { "read" }) {
            a href=(r.link) { (text(tr, r)) }
            " " span.muted { (r.when) }
            @if r.unread {
                " " span.badge.unread { (tr.t("notifications-new")) }
                form.inline method="post" action={ "/notifications/" (r.id) "/read" } {
                    (csrf(&l.csrf))
                    button.link type="submit" { (tr.t("notifications-mark-read")) }
                }
            }
        }
    }
}

pub fn notifications(l: &Layout, rows: &[NotificationRow], next: Option<&str>) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("notifications-title"),
        html! {
            h1 { (tr.t("notifications-title")) }
            @if rows.iter().any(|r| r.unread) {
                form.inline method="post" action="/notifications/read" {
                    (csrf(&l.csrf))
                    button type="submit" { (tr.t("notifications-mark-all")) }
                }
            }
            @if rows.is_empty() {
                p.muted { (tr.t("notifications-none")) }
            } @else {
                ul.notifications { @for r in rows { (row(l, r)) } }
            }
            @if let Some(c) = next {
                p { a href={ "/notifications?cursor=" (c) } { (tr.t("notifications-older")) } }
            }
        },
    )
}

/// The mail preferences form (on the account page), in the viewer's language.
pub fn mail_section(l: &Layout, choices: &[MailChoice]) -> Markup {
    let tr = &l.tr;
    let (before, after) = tr.t_around("mail-prefs-intro", "page", &[]);
    html! {
        h2 #mail { (tr.t("mail-prefs-title")) }
        p.muted { (before) a href="/notifications" { (tr.t("mail-prefs-page")) } (after) }
        form.stack method="post" action="/account/mail" {
            (csrf(&l.csrf))
            fieldset {
                legend { (tr.t("mail-prefs-legend")) }
                @for c in choices {
                    @let said = tr.t_args("mail-kind", &[("kind", c.kind.into())]);
                    label {
                        @if c.mandatory {
                            input type="checkbox" checked disabled;
                            " " (said) " " span.muted { (tr.t("mail-prefs-always")) }
                        } @else {
                            input type="checkbox" name="mail" value=(c.kind) checked[c.wanted];
                            " " (said)
                        }
                    }
                }
            }
            div.actions { button.primary type="submit" { (tr.t("mail-prefs-save")) } }
        }
    }
}
