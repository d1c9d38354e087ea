//! The start page.
use maud::{html, Markup};

use crate::layout::{page, Layout};

/// An admitted co-op as listed publicly.
pub struct CoopCard {
    pub id: i32,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub currency: String,
    pub description: String,
}

pub fn home(
    l: &Layout,
    coops: &[CoopCard],
    invitations: &[crate::invitations::InvitationRow],
) -> Markup {
    page(
        l,
        "Trade between co-operatives",
        html! {
            h1 { "Trade between co-operatives" }
            (crate::invitations::section(l, invitations))
            p { "Producer co-ops list their goods; retail and consumer co-ops buy across sellers. Half of every marketplace fee goes to the common pool, half back to the two co-ops that traded." }
            h2 { "Co-ops on the marketplace" }
            (coop_grid(coops))
        },
    )
}

pub fn coop_grid(coops: &[CoopCard]) -> Markup {
    html! {
        @if coops.is_empty() {
            p.muted { "No co-op has been admitted yet." }
        } @else {
            div.grid {
                @for c in coops {
                    article.card {
                        h3 { a href={ "/coops/" (c.id) } { (c.name) } }
                        p.muted { (c.kind) " · " (c.country) " · " (c.currency) }
                        p { (c.description) }
                    }
                }
            }
        }
    }
}

pub fn coop_list(l: &Layout, coops: &[CoopCard]) -> Markup {
    page(l, "Co-ops", html! { h1 { "Co-ops" } (coop_grid(coops)) })
}
