//! The committee's page: applications to decide, and who is on the committee.
use maud::{html, Markup};

use crate::components::{csrf, field, FormData};
use crate::coops::CoopView;
use crate::layout::{page, Layout};

pub struct CommitteeView {
    pub pending: Vec<CoopView>,
    pub members: Vec<(String, String)>,
    pub member_form: FormData,
    /// The fee rate in force, e.g. "4%".
    pub fee_rate: String,
    /// (rate, who, when), newest first.
    pub fee_history: Vec<(String, String, String)>,
    pub fee_form: FormData,
}

pub fn committee(l: &Layout, v: &CommitteeView) -> Markup {
    page(
        l,
        "Committee",
        html! {
            h1 { "Common-pool committee" }
            p { a href="/committee/ledger" { "Ledger and trial balance" } " · " a href="/committee/payouts" { "Payout runs and pool spending" } " · " a href="/committee/disputes" { "Open disputes" } " · " a href="/pool" { "The public pool page" } }
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
            h2 { "Marketplace fee" }
            p { "Orders placed from now on pay " strong { (v.fee_rate) } " of their subtotal; half goes to the common pool, half to the two co-ops of the order. Orders already placed keep their rate." }
            form.stack method="post" action="/committee/fee-rate" {
                (csrf(&l.csrf))
                (field(v.fee_form.field("fee_rate", "New fee rate (percent)").hint("0 to 20, at most two decimals")))
                div.actions { button type="submit" { "Set fee rate" } }
            }
            @if !v.fee_history.is_empty() {
                div.table-wrap { table.data {
                    thead { tr { th { "Rate" } th { "Set by" } th { "When" } } }
                    tbody { @for (rate, who, when) in &v.fee_history { tr { td { (rate) "%" } td { (who) } td { (when) } } } }
                } }
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
