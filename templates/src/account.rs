//! The account page and the pages of mailed links: verify an address, reset a password.
use maud::{html, Markup};

use crate::components::{csrf, field, post_button, FormData};
use crate::layout::{page, Layout};

/// One of the viewer's sessions.
pub struct SessionRow {
    /// The session's id (a digest of its cookie), used to end it.
    pub id: String,
    /// When it began and ends, in the viewer's language and time zone.
    pub created: String,
    pub expires: String,
    /// The session of the browser looking at the page.
    pub current: bool,
}

/// A co-op the viewer belongs to.
pub struct MembershipRow {
    pub coop_id: i32,
    pub coop_name: String,
    /// `admin` or `member`.
    pub role: &'static str,
}

/// The time zone the viewer's dates are shown in, and the form to choose it.
pub struct TimeZoneView {
    /// The zone chosen on the account; empty when the default applies.
    pub chosen: String,
    /// The zone used when none is chosen, and the co-op country it comes from (if any).
    pub default_zone: String,
    pub default_country: Option<String>,
    /// Every zone that can be chosen (IANA names).
    pub choices: Vec<&'static str>,
    pub error: Option<String>,
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
    pub time_zone: TimeZoneView,
    /// The kinds of mail and whether the viewer receives each.
    pub mail: Vec<crate::notifications::MailChoice>,
}

pub fn account(l: &Layout, v: &AccountView) -> Markup {
    let tr = &l.tr;
    let t = |k: &str| tr.t(k);
    page(
        l,
        &t("account-title"),
        html! {
            h1 { (t("account-title")) }
            h2 { (t("account-name")) }
            form.stack method="post" action="/account/name" {
                (csrf(&l.csrf))
                @let value = if v.name_form.values.is_empty() { v.name.as_str() } else { v.name_form.value("name") };
                @let label = t("field-your-name");
                (field(crate::components::Field::new("name", &label, value, v.name_form.error("name"))))
                div.actions { button.primary type="submit" { (t("account-save-name")) } }
            }
            h2 { (t("account-email")) }
            p { (v.email) " "
                @if v.verified { span.badge.admitted { (t("account-confirmed")) } }
                @else { span.badge.pending { (t("account-not-confirmed")) } }
            }
            @if !v.verified { (resend_button(l)) }
            form.stack method="post" action="/account/email" {
                (csrf(&l.csrf))
                @let (label, hint) = (t("account-new-email"), t("account-new-email-hint"));
                (field(v.email_form.field("email", &label).kind("email").hint(&hint)))
                @let label = t("account-your-current-password");
                (field(v.email_form.field("current_password", &label).kind("password")))
                div.actions { button.primary type="submit" { (t("account-change-email")) } }
            }
            h2 { (t("account-password")) }
            form.stack method="post" action="/account/password" {
                (csrf(&l.csrf))
                @let label = t("account-current-password");
                (field(v.password_form.field("current_password", &label).kind("password")))
                @let (label, hint) = (t("reset-new-password"), t("reset-hint"));
                (field(v.password_form.field("new_password", &label).kind("password").hint(&hint)))
                div.actions { button.primary type="submit" { (t("account-change-password")) } }
            }
            (time_zone_form(l, &v.time_zone))
            h2 { (t("account-sessions")) }
            (sessions_table(l, &v.sessions))
            h2 { (t("account-coops")) }
            (coops_table(l, &v.coops))
            (crate::notifications::mail_section(l, &v.mail))
        },
    )
}

/// The zone chosen on the account, or the default from the member's co-op's country.
fn time_zone_form(l: &Layout, v: &TimeZoneView) -> Markup {
    let tr = &l.tr;
    let default = match &v.default_country {
        Some(c) => tr.t_args(
            "account-time-zone-default-from",
            &[
                ("zone", v.default_zone.clone().into()),
                ("country", tr.country(c).into()),
            ],
        ),
        None => tr.t_args(
            "account-time-zone-default",
            &[("zone", v.default_zone.clone().into())],
        ),
    };
    html! {
        h2 { (tr.t("account-time-zone")) }
        form.stack method="post" action="/account/time-zone" {
            (csrf(&l.csrf))
            div class={ "field" @if v.error.is_some() { " has-error" } } {
                label for="f-time_zone" { (tr.t("account-time-zone-label")) }
                select id="f-time_zone" name="time_zone" {
                    option value="" selected[v.chosen.is_empty()] { (default) }
                    @for z in &v.choices {
                        option value=(z) selected[*z == v.chosen] { (z) }
                    }
                }
                span.hint { (tr.t("account-time-zone-hint")) }
                @if let Some(e) = &v.error { span.field-error { (e) } }
            }
            div.actions { button.primary type="submit" { (tr.t("account-time-zone-save")) } }
        }
    }
}

fn sessions_table(l: &Layout, sessions: &[SessionRow]) -> Markup {
    let tr = &l.tr;
    html! {
        div.table-wrap { table.data {
            thead { tr { th { (tr.t("account-logged-in")) } th { (tr.t("account-ends")) } th { "" } } }
            tbody {
                @for s in sessions {
                    tr {
                        td { (s.created) } td { (s.expires) }
                        td {
                            @if s.current { strong { (tr.t("account-this-device")) } " " }
                            form.inline method="post" action="/account/sessions/end" {
                                (csrf(&l.csrf))
                                input type="hidden" name="session" value=(s.id);
                                button.link type="submit" { @if s.current { (tr.t("nav-logout")) } @else { (tr.t("account-end-session")) } }
                            }
                        }
                    }
                }
            }
        } }
    }
}

fn coops_table(l: &Layout, coops: &[MembershipRow]) -> Markup {
    let tr = &l.tr;
    html! {
        @if coops.is_empty() {
            p.muted { (tr.t("account-no-coop")) }
        } @else {
            div.table-wrap { table.data {
                thead { tr { th { (tr.t("account-coop")) } th { (tr.t("coops-role-label")) } th { "" } } }
                tbody {
                    @for c in coops {
                        tr {
                            td { a href={ "/coops/" (c.coop_id) "/manage" } { (c.coop_name) } }
                            td { (crate::coops::role_name(tr, c.role)) }
                            td { (post_button(&format!("/account/coops/{}/leave", c.coop_id), &l.csrf, &tr.t("account-leave"), "danger")) }
                        }
                    }
                }
            } }
        }
    }
}

fn resend_button(l: &Layout) -> Markup {
    post_button(
        "/account/verify/resend",
        &l.csrf,
        &l.tr.t("account-resend"),
        "primary",
    )
}

/// After registering (whether or not the address had an account already).
pub fn check_mail(l: &Layout) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("forgot-sent-title"),
        html! {
            h1 { (tr.t("forgot-sent-title")) }
            p { (tr.t("account-check-mail")) }
            p.muted { (tr.t("account-check-mail-hint")) }
        },
    )
}

/// What an unconfirmed account sees where a confirmed address is needed.
pub fn unverified(l: &Layout, email: &str, message: &str) -> Markup {
    let tr = &l.tr;
    let (before, after) = tr.t_around("account-unverified-sent", "email", &[]);
    page(
        l,
        &tr.t("account-unverified-title"),
        html! {
            section.error-page {
                h1 { (tr.t("account-unverified-title")) }
                p { (message) }
                p { (before) strong { (email) } (after) }
                (resend_button(l))
            }
        },
    )
}
