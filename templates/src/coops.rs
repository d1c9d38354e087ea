//! Co-op pages: apply, public profile, and the members' management page.
use maud::{html, Markup};

use crate::components::{csrf, field, form_token, post_button, select, FormData};
use crate::home::CoopCard;
use crate::layout::{page, Layout};
use crate::status::status_badge;

pub const KINDS: &[(&str, &str)] = &[
    ("producer", "Producer: we list goods"),
    ("buyer", "Buyer: we order goods"),
    ("both", "Both"),
];
const ROLES: &[(&str, &str)] = &[("member", "member"), ("admin", "admin")];

pub fn apply(l: &Layout, f: &FormData) -> Markup {
    page(
        l,
        "Register a co-op",
        html! {
            h1 { "Register a co-op" }
            p.muted { "The common-pool committee reviews every application. You become the co-op's first admin." }
            form.stack method="post" action="/coops/apply" {
                (csrf(&l.csrf))
                (form_token(f))
                (field(f.field("name", "Co-op name")))
                (select("kind", "Kind", KINDS, f.value("kind"), f.error("kind")))
                (field(f.field("country", "Country").hint("ISO code, e.g. TG, IT, DK, LK, JP, CO, ES")))
                (field(f.field("currency", "Currency").hint("ISO 4217 code, e.g. XOF, EUR, DKK, LKR, JPY, COP")))
                (field(f.field("contact_email", "Contact e-mail").kind("email")))
                (field(f.field("description", "What the co-op does").kind("textarea")))
                div.actions { button.primary type="submit" { "Apply" } }
            }
        },
    )
}

/// A co-op as shown on its pages.
pub struct CoopView {
    pub card: CoopCard,
    pub status: crate::status::StatusView,
    /// The committee has not decided on its application yet.
    pub awaiting_decision: bool,
    /// Admitted: it trades on the marketplace.
    pub admitted: bool,
    pub contact_email: String,
    pub decision_reason: Option<String>,
    /// Its logo, if it has one.
    pub logo: Option<crate::photos::PhotoView>,
}

pub fn profile(
    l: &Layout,
    c: &CoopView,
    viewer_is_member: bool,
    listings: &[crate::catalog::ListingCard],
) -> Markup {
    page(
        l,
        &c.card.name,
        html! {
            @if let Some(logo) = &c.logo { (crate::photos::logo(logo, 128)) }
            h1 { (c.card.name) " " (status_badge(&c.status)) }
            dl.facts {
                dt { "Kind" } dd { (c.card.kind) }
                dt { "Country" } dd { (c.card.country) }
                dt { "Currency" } dd { (c.card.currency) }
                dt { "Contact" } dd { (c.contact_email) }
            }
            p { (c.card.description) }
            @if viewer_is_member {
                p { a.button href={ "/coops/" (c.card.id) "/manage" } { "Manage this co-op" } }
            }
            @if !listings.is_empty() {
                h2 { "Listings" }
                (crate::catalog::listing_cards(listings))
            }
        },
    )
}

pub struct MemberRow {
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub role: String,
}

pub struct TokenRow {
    pub id: i32,
    pub name: String,
    pub prefix: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

/// An invitation nobody has answered yet, as its co-op's admins see it.
pub struct PendingInvitationRow {
    pub id: i32,
    pub email: String,
    pub role: String,
    pub sent_at: String,
}

/// The members' page of a co-op.
pub struct ManageView {
    pub coop: CoopView,
    /// The co-op may list goods.
    pub sells: bool,
    pub viewer_is_admin: bool,
    pub members: Vec<MemberRow>,
    /// Invitations awaiting an answer (shown to admins).
    pub invitations: Vec<PendingInvitationRow>,
    pub tokens: Vec<TokenRow>,
    /// A token just created, shown this once.
    pub new_token: Option<String>,
    pub member_form: FormData,
    pub token_form: FormData,
    /// Bank details on file, and the admin's form to change them.
    pub payouts: crate::payout_details::PayoutSection,
    /// The logo and, for admins, its form.
    pub logo: Markup,
}

pub fn manage(l: &Layout, v: &ManageView) -> Markup {
    let id = v.coop.card.id;
    page(
        l,
        &v.coop.card.name,
        html! {
            h1 { (v.coop.card.name) " " (status_badge(&v.coop.status)) }
            @if v.coop.awaiting_decision {
                p.flash.info { "The committee has not decided on this application yet." }
            }
            @if let Some(reason) = &v.coop.decision_reason {
                p.muted { "Committee's note: " (reason) }
            }
            p.actions {
                a href={ "/coops/" (id) } { "Public profile" }
                " · " a href={ "/coops/" (id) "/statement" } { "Statement" }
                @if v.sells && v.coop.admitted { " · " a href={ "/coops/" (id) "/listings" } { "Listings" } }
            }
            h2 { "Members" }
            (members_table(l, v))
            @if v.viewer_is_admin {
                (invitations_section(l, v))
            }
            (v.logo)
            (crate::payout_details::payout_section(l, &v.payouts))
            h2 { "API tokens" }
            (tokens_section(l, v))
        },
    )
}

fn members_table(l: &Layout, v: &ManageView) -> Markup {
    let id = v.coop.card.id;
    html! {
        div.table-wrap { table.data {
            thead { tr { th { "Name" } th { "E-mail" } th { "Role" } @if v.viewer_is_admin { th { "Change role" } } } }
            tbody {
                @for m in &v.members {
                    tr {
                        td { (m.name) } td { (m.email) } td { (m.role) }
                        @if v.viewer_is_admin {
                            td {
                                @let other = if m.role == "admin" { "member" } else { "admin" };
                                form.inline method="post" action={ "/coops/" (id) "/members/" (m.user_id) "/role" } {
                                    (csrf(&l.csrf))
                                    input type="hidden" name="role" value=(other);
                                    button.link type="submit" { "Make " (other) }
                                }
                            }
                        }
                    }
                }
            }
        } }
    }
}

fn invitations_section(l: &Layout, v: &ManageView) -> Markup {
    let id = v.coop.card.id;
    html! {
        @if !v.invitations.is_empty() {
            h3 { "Pending invitations" }
            div.table-wrap { table.data {
                thead { tr { th { "E-mail" } th { "Role" } th { "Sent" } th { "" } } }
                tbody {
                    @for i in &v.invitations {
                        tr {
                            td { (i.email) } td { (i.role) } td { (i.sent_at) }
                            td { (post_button(&format!("/coops/{id}/invitations/{}/withdraw", i.id), &l.csrf, "Withdraw", "danger")) }
                        }
                    }
                }
            } }
        }
        h3 { "Invite a member" }
        p.muted { "We e-mail them a link. They join only if they accept; until then nothing changes for them." }
        form.stack method="post" action={ "/coops/" (id) "/members" } {
            (csrf(&l.csrf))
            (field(v.member_form.field("email", "Their e-mail").kind("email").hint("If they have no account yet, they register with this address to answer.")))
            (select("role", "Role", ROLES, v.member_form.value("role"), v.member_form.error("role")))
            div.actions { button.primary type="submit" { "Send invitation" } }
        }
    }
}

fn tokens_section(l: &Layout, v: &ManageView) -> Markup {
    let id = v.coop.card.id;
    html! {
        @if let Some(t) = &v.new_token {
            div.flash.success {
                p { "Your new token; copy it now, it will not be shown again:" }
                p { code.token { (t) } }
            }
        }
        @if !v.tokens.is_empty() {
            div.table-wrap { table.data {
                thead { tr { th { "Name" } th { "Starts with" } th { "Created" } th { "State" } } }
                tbody {
                    @for t in &v.tokens {
                        tr {
                            td { (t.name) } td { code { (t.prefix) "…" } } td { (t.created_at) }
                            td {
                                @if let Some(r) = &t.revoked_at { "revoked " (r) }
                                @else if v.viewer_is_admin { (post_button(&format!("/coops/{id}/tokens/{}/revoke", t.id), &l.csrf, "Revoke", "danger")) }
                                @else { "active" }
                            }
                        }
                    }
                }
            } }
        }
        @if v.viewer_is_admin {
            form.stack method="post" action={ "/coops/" (id) "/tokens" } {
                (csrf(&l.csrf))
                (field(v.token_form.field("name", "Token name").hint("What will use it, e.g. 'ERP sync'.")))
                div.actions { button type="submit" { "Create token" } }
            }
        } @else {
            p.muted { "Only an admin of the co-op can create or revoke API tokens." }
        }
    }
}
