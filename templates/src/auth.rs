//! Log in and register.
use maud::{html, Markup};

use crate::components::{csrf, field, FormData};
use crate::layout::{page, Layout};

pub fn login(l: &Layout, f: &FormData) -> Markup {
    page(
        l,
        "Log in",
        html! {
            h1 { "Log in" }
            form.stack method="post" action="/login" {
                (csrf(&l.csrf))
                (field(f.field("email", "E-mail").kind("email")))
                (field(f.field("password", "Password").kind("password")))
                div.actions { button.primary type="submit" { "Log in" } }
            }
            p { a href="/password/forgot" { "Forgot your password?" } }
            p { "New here? " a href="/register" { "Register" } }
        },
    )
}

pub fn register(l: &Layout, f: &FormData) -> Markup {
    page(
        l,
        "Register",
        html! {
            h1 { "Register" }
            p.muted { "One login for every co-op you belong to." }
            form.stack method="post" action="/register" {
                (csrf(&l.csrf))
                (field(f.field("name", "Your name")))
                (field(f.field("email", "E-mail").kind("email")))
                (field(f.field("password", "Password").kind("password").hint("At least 10 characters.")))
                div.actions { button.primary type="submit" { "Register" } }
            }
        },
    )
}
