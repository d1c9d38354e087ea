//! The notifications page and the mail preferences form on the account page.
use maud::{html, Markup};

use crate::components::csrf;
use crate::layout::{page, Layout};

/// One notification as listed.
pub struct NotificationRow {
    pub id: i32,
    pub subject: String,
    pub link: String,
    pub when: String,
    pub unread: bool,
}

/// One kind of mail the member may receive.
pub struct MailChoice {
    pub kind: String,
    pub label: String,
    pub wanted: bool,
    /// Mail someone must act on: always sent, shown checked and disabled.
    pub mandatory: bool,
}

pub fn notifications(l: &Layout, rows: &[NotificationRow], next: Option<&str>) -> Markup {
    page(
        l,
        "Notifications",
        html! {
            h1 { "Notifications" }
            @if rows.iter().any(|r| r.unread) {
                form.inline method="post" action="/notifications/read" {
                    (csrf(&l.csrf))
                    button type="submit" { "Mark all as read" }
                }
            }
            @if rows.is_empty() {
                p.muted { "Nothing yet." }
            } @else {
                ul.notifications {
                    @for r in rows {
                        li class=(if r.unread { "unread" } else { "read" }) {
                            a href=(r.link) { (r.subject) }
                            " " span.muted { (r.when) }
                            @if r.unread {
                                " " span.badge.unread { "new" }
                                form.inline method="post" action={ "/notifications/" (r.id) "/read" } {
                                    (csrf(&l.csrf))
                                    button.link type="submit" { "Mark as read" }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(c) = next {
                p { a href={ "/notifications?cursor=" (c) } { "Older notifications" } }
            }
        },
    )
}

/// The mail preferences form (on the account page).
pub fn mail_preferences(csrf_token: &str, choices: &[MailChoice]) -> Markup {
    html! {
        h2 #mail { "Mail you receive" }
        p.muted { "Every notification is also listed on your " a href="/notifications" { "notifications page" } ". Mail that someone must act on is always sent." }
        form.stack method="post" action="/account/mail" {
            (csrf(csrf_token))
            fieldset {
                legend { "Send me a mail when" }
                @for c in choices {
                    label {
                        @if c.mandatory {
                            input type="checkbox" checked disabled;
                            " " (c.label) " " span.muted { "(always sent)" }
                        } @else {
                            input type="checkbox" name="mail" value=(c.kind) checked[c.wanted];
                            " " (c.label)
                        }
                    }
                }
            }
            div.actions { button.primary type="submit" { "Save mail preferences" } }
        }
    }
}
