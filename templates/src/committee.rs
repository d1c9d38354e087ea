//! The committee's page: applications to decide, and who is on the committee.
use maud::{html, Markup};

use crate::components::{csrf, field, FormData};
use crate::coops::CoopView;
use crate::layout::{page, Layout};

pub struct CommitteeView {
    pub pending: Vec<CoopView>,
    pub members: Vec<(String, String)>,
    pub member_form: FormData,
}

pub fn committee(l: &Layout, v: &CommitteeView) -> Markup {
    page(
        l,
        "Committee",
        html! {
            h1 { "Common-pool committee" }
            h2 { "Applications" }
            @if v.pending.is_empty() { p.muted { "No application is waiting." } }
            @for c in &v.pending {
                article.card {
                    h3 { a href={ "/coops/" (c.card.id) } { (c.card.name) } }
                    p.muted { (c.card.kind) " · " (c.card.country) " · " (c.card.currency) " · " (c.contact_email) }
                    p { (c.card.description) }
                    form.stack method="post" action={ "/committee/coops/" (c.card.id) "/decide" } {
                        (csrf(&l.csrf))
                        div.field {
                            label for={ "reason-" (c.card.id) } { "Reason (required to decline)" }
                            input id={ "reason-" (c.card.id) } type="text" name="reason";
                        }
                        div.actions {
                            button.primary type="submit" name="decision" value="admit" { "Admit" }
                            button.danger type="submit" name="decision" value="decline" { "Decline" }
                        }
                    }
                }
            }
            h2 { "Members of the committee" }
            ul { @for (name, email) in &v.members { li { (name) " · " (email) } } }
            form.stack method="post" action="/committee/members" {
                (csrf(&l.csrf))
                (field(v.member_form.field("email", "Add a registered user by e-mail").kind("email")))
                div.actions { button type="submit" { "Add to committee" } }
            }
        },
    )
}
