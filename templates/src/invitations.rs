//! Invitations to join a co-op, as the invited person sees them: nothing changes until they accept.
use maud::{html, Markup};

use crate::components::post_button;
use crate::layout::{page, Layout};

/// A pending invitation addressed to the viewer.
pub struct InvitationRow {
    pub id: i32,
    pub coop_id: i32,
    pub coop_name: String,
    pub role: String,
    pub sent_at: String,
}

/// The viewer's pending invitations with Accept and Decline (empty markup when none).
pub fn section(l: &Layout, rows: &[InvitationRow]) -> Markup {
    html! {
        @if !rows.is_empty() {
            section.invitations {
                h2 { "Invitations" }
                @for r in rows { (card(l, r)) }
            }
        }
    }
}

fn card(l: &Layout, r: &InvitationRow) -> Markup {
    html! {
        article.card {
            p {
                a href={ "/coops/" (r.coop_id) } { (r.coop_name) } " invites you to join as " (r.role) "."
                " " span.muted { "Sent " (r.sent_at) }
            }
            p.muted { "You become a member only if you accept. A committee member who joins a co-op can no longer vote on payouts to it." }
            p.actions {
                (post_button(&format!("/invitations/{}/accept", r.id), &l.csrf, "Accept", "primary"))
                " "
                (post_button(&format!("/invitations/{}/decline", r.id), &l.csrf, "Decline", ""))
            }
        }
    }
}

/// Every invitation waiting for the viewer's answer.
pub fn list(l: &Layout, rows: &[InvitationRow]) -> Markup {
    page(
        l,
        "Invitations",
        html! {
            h1 { "Invitations" }
            @if rows.is_empty() {
                p.muted { "No invitation is waiting for your answer." }
            } @else {
                @for r in rows { (card(l, r)) }
            }
        },
    )
}

/// One invitation, opened from the link in its e-mail; `open` is false once it was answered.
pub fn one(l: &Layout, r: &InvitationRow, status: &str, open: bool) -> Markup {
    page(
        l,
        "Invitation",
        html! {
            h1 { "Invitation from " (r.coop_name) }
            @if open {
                (card(l, r))
            } @else {
                p { "This invitation has been " (status) "." }
            }
        },
    )
}
