//! The account page and the pages of mailed links: verify an address, reset a password.
use maud::{html, Markup};

use crate::components::{csrf, field, post_button, FormData};
use crate::layout::{page, Layout};

/// One of the viewer's sessions.
pub struct SessionRow {
    /// The session's id (a digest of its cookie), used to end it.
    pub id: String,
    pub created: String,
    pub expires: String,
    /// The session of the browser looking at the page.
    pub current: bool,
}

/// A co-op the viewer belongs to.
pub struct MembershipRow {
    pub coop_id: i32,
    pub coop_name: String,
    pub role: String,
}

/// What the account page shows, and each form's input and errors.
pub struct AccountView {
    pub name: String,
    pub email: String,
    pub verified: bool,
    pub sessions: Vec<SessionRow>,
    pub coops: Vec<MembershipRow>,
    pub name_form: FormData,
    pub email_form: FormData,
    pub password_form: FormData,
    /// The kinds of mail and whether the viewer receives each.
    pub mail: Vec<crate::notifications::MailChoice>,
}

pub fn account(l: &Layout, v: &AccountView) -> Markup {
    page(
        l,
        "Your account",
        html! {
            h1 { "Your account" }
            h2 { "Name" }
            form.stack method="post" action="/account/name" {
                (csrf(&l.csrf))
                @let value = if v.name_form.values.is_empty() { v.name.as_str() } else { v.name_form.value("name") };
                (field(crate::components::Field::new("name", "Your name", value, v.name_form.error("name"))))
                div.actions { button.primary type="submit" { "Save name" } }
            }
            h2 { "E-mail address" }
            p { (v.email) " "
                @if v.verified { span.badge.admitted { "confirmed" } }
                @else { span.badge.pending { "not confirmed" } }
            }
            @if !v.verified { (resend_button(&l.csrf)) }
            form.stack method="post" action="/account/email" {
                (csrf(&l.csrf))
                (field(v.email_form.field("email", "New e-mail address").kind("email").hint("We send a link to the new address; the change happens when you follow it.")))
                (field(v.email_form.field("current_password", "Your current password").kind("password")))
                div.actions { button.primary type="submit" { "Change address" } }
            }
            h2 { "Password" }
            form.stack method="post" action="/account/password" {
                (csrf(&l.csrf))
                (field(v.password_form.field("current_password", "Current password").kind("password")))
                (field(v.password_form.field("new_password", "New password").kind("password").hint("At least 10 characters. Every other device is logged out.")))
                div.actions { button.primary type="submit" { "Change password" } }
            }
            h2 { "Where you are logged in" }
            (sessions_table(l, &v.sessions))
            h2 { "Your co-ops" }
            (coops_table(l, &v.coops))
            (crate::notifications::mail_preferences(&l.csrf, &v.mail))
        },
    )
}

fn sessions_table(l: &Layout, sessions: &[SessionRow]) -> Markup {
    html! {
        div.table-wrap { table.data {
            thead { tr { th { "Logged in" } th { "Ends" } th { "" } } }
            tbody {
                @for s in sessions {
                    tr {
                        td { (s.created) } td { (s.expires) }
                        td {
                            @if s.current { strong { "this device" } " " }
                            form.inline method="post" action="/account/sessions/end" {
                                (csrf(&l.csrf))
                                input type="hidden" name="session" value=(s.id);
                                button.link type="submit" { @if s.current { "Log out" } @else { "End session" } }
                            }
                        }
                    }
                }
            }
        } }
    }
}

fn coops_table(l: &Layout, coops: &[MembershipRow]) -> Markup {
    html! {
        @if coops.is_empty() {
            p.muted { "You belong to no co-op yet." }
        } @else {
            div.table-wrap { table.data {
                thead { tr { th { "Co-op" } th { "Role" } th { "" } } }
                tbody {
                    @for c in coops {
                        tr {
                            td { a href={ "/coops/" (c.coop_id) "/manage" } { (c.coop_name) } }
                            td { (c.role) }
                            td { (post_button(&format!("/account/coops/{}/leave", c.coop_id), &l.csrf, "Leave", "danger")) }
                        }
                    }
                }
            } }
        }
    }
}

fn resend_button(token: &str) -> Markup {
    post_button(
        "/account/verify/resend",
        token,
        "Send the link again",
        "primary",
    )
}

/// After registering (whether or not the address had an account already).
pub fn check_mail(l: &Layout) -> Markup {
    page(
        l,
        "Check your mail",
        html! {
            h1 { "Check your mail" }
            p { "We have sent a message to the address you gave. Follow the link in it to confirm your address, then log in." }
            p.muted { "The link works for 24 hours. Nothing there? Look in the spam folder." }
        },
    )
}

/// What an unconfirmed account sees where a confirmed address is needed.
pub fn unverified(l: &Layout, email: &str, message: &str) -> Markup {
    page(
        l,
        "Confirm your address first",
        html! {
            section.error-page {
                h1 { "Confirm your address first" }
                p { (message) }
                p { "We sent the link to " strong { (email) } "." }
                (resend_button(&l.csrf))
            }
        },
    )
}
