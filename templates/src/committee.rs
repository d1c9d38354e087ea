//! The committee's page: applications to decide, and who is on the committee.
use maud::{html, Markup};

use crate::components::{csrf, field, FormData};
use crate::coops::CoopView;
use crate::layout::{page, Layout};

pub struct CommitteeView {
    pub pending: Vec<CoopView>,
    pub members: Vec<(String, String)>,
    pub member_form: FormData,
    /// The fee rate in force, written in the viewer's language ("4 %" in fr).
    pub fee_rate: String,
    /// (rate, who, when), newest first, each written in the viewer's language.
    pub fee_history: Vec<(String, String, String)>,
    pub fee_form: FormData,
}

fn application(l: &Layout, c: &CoopView) -> Markup {
    let tr = &l.tr;
    let kind = tr.t_args("committee-coop-kind", &[("kind", c.card.kind.into())]);
    html! {
        article.card {
            h3 { a href={ "/coops/" (c.card.id) } { (c.card.name) } }
            p.muted { (kind) " · " (c.card.country) " · " (c.card.currency) " · " (c.contact_email) }
            p { (c.card.description) }
            form.stack method="post" action={ "/committee/coops/" (c.card.id) "/decide" } {
                (csrf(&l.csrf))
                div.field {
                    label for={ "reason-" (c.card.id) } { (tr.t("committee-reason")) }
                    input id={ "reason-" (c.card.id) } type="text" name="reason";
                }
                div.actions {
                    button.primary type="submit" name="decision" value="admit" { (tr.t("committee-admit")) }
                    button.danger type="submit" name="decision" value="decline" { (tr.t("committee-decline")) }
                }
            }
        }
    }
}

fn fee_rate(l: &Layout, v: &CommitteeView) -> Markup {
    let tr = &l.tr;
    let (before, after) = tr.t_around("committee-fee-explained", "rate", &[]);
    html! {
        h2 { (tr.t("committee-fee-title")) }
        p { (before) strong { (v.fee_rate) } (after) }
        form.stack method="post" action="/committee/fee-rate" {
            (csrf(&l.csrf))
            @let label = tr.t("committee-fee-new");
            @let hint = tr.t("committee-fee-hint");
            (field(v.fee_form.field("fee_rate", &label).hint(&hint)))
            div.actions { button type="submit" { (tr.t("committee-fee-set")) } }
        }
        @if !v.fee_history.is_empty() {
            div.table-wrap { table.data {
                thead { tr { th { (tr.t("committee-fee-rate")) } th { (tr.t("committee-fee-by")) } th { (tr.t("committee-fee-when")) } } }
                tbody { @for (rate, who, when) in &v.fee_history { tr { td { (rate) } td { (who) } td { (when) } } } }
            } }
        }
    }
}

pub fn committee(l: &Layout, v: &CommitteeView) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("committee-title"),
        html! {
            h1 { (tr.t("committee-heading")) }
            p {
                a href="/committee/ledger" { (tr.t("committee-link-ledger")) } " · "
                a href="/committee/payouts" { (tr.t("committee-link-payouts")) } " · "
                a href="/committee/disputes" { (tr.t("committee-link-disputes")) } " · "
                a href="/pool" { (tr.t("committee-link-pool")) }
            }
            h2 { (tr.t("committee-applications")) }
            @if v.pending.is_empty() { p.muted { (tr.t("committee-no-application")) } }
            @for c in &v.pending { (application(l, c)) }
            (fee_rate(l, v))
            h2 { (tr.t("committee-members")) }
            ul { @for (name, email) in &v.members { li { (name) " · " (email) } } }
            form.stack method="post" action="/committee/members" {
                (csrf(&l.csrf))
                @let label = tr.t("committee-add-member");
                (field(v.member_form.field("email", &label).kind("email")))
                div.actions { button type="submit" { (tr.t("committee-add-button")) } }
            }
        },
    )
}
