//! The start page.
use maud::{html, Markup};

use crate::layout::{page, Layout};

/// An admitted co-op as listed publicly; kind and country are codes the page names.
pub struct CoopCard {
    pub id: i32,
    pub name: String,
    pub kind: &'static str,
    /// ISO 3166 code.
    pub country: String,
    pub currency: String,
    pub description: String,
}

pub fn home(
    l: &Layout,
    coops: &[CoopCard],
    invitations: &[crate::invitations::InvitationRow],
) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("home-title"),
        html! {
            h1 { (tr.t("home-title")) }
            (crate::invitations::section(l, invitations))
            p { (tr.t("home-intro")) }
            h2 { (tr.t("home-coops")) }
            (coop_grid(tr, coops))
        },
    )
}

pub fn coop_grid(tr: &i18n::Tr, coops: &[CoopCard]) -> Markup {
    html! {
        @if coops.is_empty() {
            p.muted { (tr.t("home-no-coop")) }
        } @else {
            div.grid {
                @for c in coops {
                    article.card {
                        h3 { a href={ "/coops/" (c.id) } { (c.name) } }
                        p.muted { (crate::coops::kind_name(tr, c.kind)) " · " (tr.country(&c.country)) " · " (c.currency) }
                        p { (c.description) }
                    }
                }
            }
        }
    }
}

pub fn coop_list(l: &Layout, coops: &[CoopCard]) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("home-coops-title"),
        html! { h1 { (tr.t("home-coops-title")) } (coop_grid(tr, coops)) },
    )
}
