//! Log in, register, and choose a new password after forgetting it: every string from Fluent.
use maud::{html, Markup};

use crate::components::{csrf, field, FormData};
use crate::layout::{page, Layout};

pub fn login(l: &Layout, f: &FormData) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("login-title"),
        html! {
            h1 { (tr.t("login-title")) }
            form.stack method="post" action="/login" {
                (csrf(&l.csrf))
                (field(f.field("email", &tr.t("field-email")).kind("email")))
                (field(f.field("password", &tr.t("field-password")).kind("password")))
                div.actions { button.primary type="submit" { (tr.t("login-button")) } }
            }
            p { a href="/password/forgot" { (tr.t("login-forgot")) } }
            p { (tr.t("login-new-here")) " " a href="/register" { (tr.t("login-register")) } }
        },
    )
}

pub fn register(l: &Layout, f: &FormData) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("register-title"),
        html! {
            h1 { (tr.t("register-title")) }
            p.muted { (tr.t("register-intro")) }
            form.stack method="post" action="/register" {
                (csrf(&l.csrf))
                (field(f.field("name", &tr.t("field-your-name"))))
                (field(f.field("email", &tr.t("field-email")).kind("email")))
                (field(f.field("password", &tr.t("field-password")).kind("password").hint(&tr.t("password-hint"))))
                div.actions { button.primary type="submit" { (tr.t("register-button")) } }
            }
        },
    )
}

pub fn forgot(l: &Layout, f: &FormData) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("forgot-title"),
        html! {
            h1 { (tr.t("forgot-title")) }
            p { (tr.t("forgot-intro")) }
            form.stack method="post" action="/password/forgot" {
                (csrf(&l.csrf))
                (field(f.field("email", &tr.t("field-email")).kind("email")))
                div.actions { button.primary type="submit" { (tr.t("forgot-button")) } }
            }
        },
    )
}

/// The same answer whether or not the address has an account.
pub fn forgot_sent(l: &Layout) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("forgot-sent-title"),
        html! {
            h1 { (tr.t("forgot-sent-title")) }
            p { (tr.t("forgot-sent-body")) }
        },
    )
}

pub fn reset(l: &Layout, token: &str, f: &FormData) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("reset-title"),
        html! {
            h1 { (tr.t("reset-title")) }
            form.stack method="post" action={ "/password/reset/" (token) } {
                (csrf(&l.csrf))
                (field(f.field("password", &tr.t("reset-new-password")).kind("password").hint(&tr.t("reset-hint"))))
                div.actions { button.primary type="submit" { (tr.t("reset-button")) } }
            }
        },
    )
}
