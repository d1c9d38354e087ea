//! Invitations to join a co-op, as the invited person sees them: nothing changes until they accept.
use maud::{html, Markup};

use crate::components::post_button;
use crate::layout::{page, Layout};

/// A pending invitation addressed to the viewer.
pub struct InvitationRow {
    pub id: i32,
    pub coop_id: i32,
    pub coop_name: String,
    /// `admin` or `member` (a Fluent selector picks the words).
    pub role: &'static str,
    /// Already written in the viewer's language and time zone.
    pub sent_at: String,
}

/// The viewer's pending invitations with Accept and Decline (empty markup when none).
pub fn section(l: &Layout, rows: &[InvitationRow]) -> Markup {
    html! {
        @if !rows.is_empty() {
            section.invitations {
                h2 { (l.tr.t("invitations-title")) }
                @for r in rows { (card(l, r)) }
            }
        }
    }
}

fn card(l: &Layout, r: &InvitationRow) -> Markup {
    let tr = &l.tr;
    let (before, after) = tr.t_around("invitation-invites-you", "coop", &[("role", r.role.into())]);
    let sent = tr.t_args("invitation-sent", &[("date", r.sent_at.as_str().into())]);
    html! {
        article.card {
            p {
                (before) a href={ "/coops/" (r.coop_id) } { (r.coop_name) } (after)
                " " span.muted { (sent) }
            }
            p.muted { (tr.t("invitation-consent")) }
            p.actions {
                (post_button(&format!("/invitations/{}/accept", r.id), &l.csrf, &tr.t("invitation-accept"), "primary"))
                " "
                (post_button(&format!("/invitations/{}/decline", r.id), &l.csrf, &tr.t("invitation-decline"), ""))
            }
        }
    }
}

/// Every invitation waiting for the viewer's answer.
pub fn list(l: &Layout, rows: &[InvitationRow]) -> Markup {
    let tr = &l.tr;
    let count = i64::try_from(rows.len()).unwrap_or(i64::MAX);
    page(
        l,
        &tr.t("invitations-title"),
        html! {
            h1 { (tr.t("invitations-title")) }
            @if rows.is_empty() {
                p.muted { (tr.t("invitations-none")) }
            } @else {
                p.muted { (tr.t_args("invitations-waiting", &[("count", count.into())])) }
                @for r in rows { (card(l, r)) }
            }
        },
    )
}

/// One invitation, opened from the link in its e-mail; `answered` is how, once it was
/// (`accepted`, `declined` or `withdrawn`), and `None` while it waits for an answer.
pub fn one(l: &Layout, r: &InvitationRow, answered: Option<&'static str>) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("invitation-title"),
        html! {
            h1 { (tr.t_args("invitation-from", &[("coop", r.coop_name.as_str().into())])) }
            @match answered {
                None => (card(l, r)),
                Some(status) => p { (tr.t_args("invitation-answered", &[("status", status.into())])) },
            }
        },
    )
}
