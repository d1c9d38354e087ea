//! Co-op pages: apply, public profile, and the members' management page.
use i18n::Tr;
use maud::{html, Markup};

use crate::components::{csrf, field, form_token, post_button, select, FormData};
use crate::home::CoopCard;
use crate::layout::{page, Layout};
use crate::status::status_badge;

/// The kinds of co-op, by code; `coops-kind-choice` names each.
pub const KINDS: &[&str] = &["producer", "buyer", "both"];
const ROLES: &[&str] = &["member", "admin"];

/// A co-op's kind in a few words (`producer`, `buyer`, `both`).
pub fn kind_name(tr: &Tr, kind: &str) -> String {
    tr.t_args("coops-kind", &[("kind", kind.to_owned().into())])
}

/// A member's role (`admin`, `member`).
pub fn role_name(tr: &Tr, role: &str) -> String {
    tr.t_args("coops-role", &[("role", role.to_owned().into())])
}

/// Named choices as the `select` component takes them.
fn named<'a>(codes: &[&'a str], name: impl Fn(&str) -> String) -> Vec<(&'a str, String)> {
    codes.iter().map(|c| (*c, name(c))).collect()
}

fn refs<'a>(v: &'a [(&'a str, String)]) -> Vec<(&'a str, &'a str)> {
    v.iter().map(|(a, b)| (*a, b.as_str())).collect()
}

pub fn apply(l: &Layout, f: &FormData) -> Markup {
    let tr = &l.tr;
    let t = |k: &str| tr.t(k);
    let kinds = named(KINDS, |k| {
        tr.t_args("coops-kind-choice", &[("kind", k.to_owned().into())])
    });
    page(
        l,
        &t("coops-apply-title"),
        html! {
            h1 { (t("coops-apply-title")) }
            p.muted { (t("coops-apply-intro")) }
            form.stack method="post" action="/coops/apply" {
                (csrf(&l.csrf))
                (form_token(f))
                (field(f.field("name", &t("coops-name"))))
                (select("kind", &t("coops-kind-label"), &refs(&kinds), f.value("kind"), f.error("kind")))
                (field(f.field("country", &t("coops-country")).hint(&t("coops-country-hint"))))
                (field(f.field("currency", &t("coops-currency")).hint(&t("coops-currency-hint"))))
                (field(f.field("contact_email", &t("coops-contact-email")).kind("email")))
                (field(f.field("description", &t("coops-description")).kind("textarea")))
                div.actions { button.primary type="submit" { (t("coops-apply-button")) } }
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
    let tr = &l.tr;
    page(
        l,
        &c.card.name,
        html! {
            @if let Some(logo) = &c.logo { (crate::photos::logo(logo, 128)) }
            h1 { (c.card.name) " " (status_badge(&c.status)) }
            dl.facts {
                dt { (tr.t("coops-kind-label")) } dd { (kind_name(tr, c.card.kind)) }
                dt { (tr.t("coops-country")) } dd { (tr.country(&c.card.country)) }
                dt { (tr.t("coops-currency")) } dd { (c.card.currency) }
                dt { (tr.t("coops-contact")) } dd { (c.contact_email) }
            }
            p { (c.card.description) }
            @if viewer_is_member {
                p { a.button href={ "/coops/" (c.card.id) "/manage" } { (tr.t("coops-manage-this")) } }
            }
            @if !listings.is_empty() {
                h2 { (tr.t("coops-listings")) }
                (crate::catalog::listing_cards(tr, listings))
            }
        },
    )
}

/// A member of the co-op; `role` is its code (`admin`, `member`), `make` the role an admin
/// may switch them to.
pub struct MemberRow {
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub role: &'static str,
    pub make: &'static str,
}

pub struct TokenRow {
    pub id: i32,
    pub name: String,
    pub prefix: String,
    /// When, in the viewer's language and time zone.
    pub created_at: String,
    pub revoked_at: Option<String>,
}

/// An invitation nobody has answered yet, as its co-op's admins see it.
pub struct PendingInvitationRow {
    pub id: i32,
    pub email: String,
    pub role: &'static str,
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
    let (id, tr) = (v.coop.card.id, &l.tr);
    page(
        l,
        &v.coop.card.name,
        html! {
            h1 { (v.coop.card.name) " " (status_badge(&v.coop.status)) }
            @if v.coop.awaiting_decision {
                p.flash.info { (tr.t("coops-awaiting-decision")) }
            }
            @if let Some(reason) = &v.coop.decision_reason {
                p.muted { (tr.t_args("coops-committee-note", &[("reason", reason.clone().into())])) }
            }
            p.actions {
                a href={ "/coops/" (id) } { (tr.t("coops-public-profile")) }
                " · " a href={ "/coops/" (id) "/statement" } { (tr.t("coops-statement")) }
                @if v.sells && v.coop.admitted { " · " a href={ "/coops/" (id) "/listings" } { (tr.t("coops-listings")) } }
            }
            h2 { (tr.t("coops-members")) }
            (members_table(l, v))
            @if v.viewer_is_admin {
                (invitations_section(l, v))
            }
            (v.logo)
            (crate::payout_details::payout_section(l, &v.payouts))
            h2 { (tr.t("coops-api-tokens")) }
            (tokens_section(l, v))
        },
    )
}

fn members_table(l: &Layout, v: &ManageView) -> Markup {
    let (id, tr) = (v.coop.card.id, &l.tr);
    html! {
        @let cols = ["coops-member-name", "coops-email", "coops-role-label", "coops-change-role"].map(|k| tr.t(k));
        div.table-wrap { table.data {
            thead { tr { th { (cols[0]) } th { (cols[1]) } th { (cols[2]) } @if v.viewer_is_admin { th { (cols[3]) } } } }
            tbody {
                @for m in &v.members {
                    tr {
                        td data-label=(cols[0]) { (m.name) } td data-label=(cols[1]) { (m.email) }
                        td data-label=(cols[2]) { (role_name(tr, m.role)) }
                        @if v.viewer_is_admin {
                            td data-label=(cols[3]) {
                                form.inline method="post" action={ "/coops/" (id) "/members/" (m.user_id) "/role" } {
                                    (csrf(&l.csrf))
                                    input type="hidden" name="role" value=(m.make);
                                    button.link type="submit" { (tr.t_args("coops-make-role", &[("role", m.make.into())])) }
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
    let (id, tr) = (v.coop.card.id, &l.tr);
    let t = |k: &str| tr.t(k);
    let roles = named(ROLES, |r| role_name(tr, r));
    html! {
        @if !v.invitations.is_empty() {
            h3 { (t("coops-pending-invitations")) }
            div.table-wrap { table.data {
                @let cols = ["coops-email", "coops-role-label", "coops-sent"].map(t);
                thead { tr { th { (cols[0]) } th { (cols[1]) } th { (cols[2]) } th { "" } } }
                tbody {
                    @for i in &v.invitations {
                        tr {
                            td data-label=(cols[0]) { (i.email) } td data-label=(cols[1]) { (role_name(tr, i.role)) }
                            td data-label=(cols[2]) { (i.sent_at) }
                            td { (post_button(&format!("/coops/{id}/invitations/{}/withdraw", i.id), &l.csrf, &t("coops-withdraw"), "danger")) }
                        }
                    }
                }
            } }
        }
        h3 { (t("coops-invite")) }
        p.muted { (t("coops-invite-intro")) }
        form.stack method="post" action={ "/coops/" (id) "/members" } {
            (csrf(&l.csrf))
            (field(v.member_form.field("email", &t("coops-their-email")).kind("email").hint(&t("coops-their-email-hint"))))
            (select("role", &t("coops-role-label"), &refs(&roles), v.member_form.value("role"), v.member_form.error("role")))
            div.actions { button.primary type="submit" { (t("coops-send-invitation")) } }
        }
    }
}

fn tokens_section(l: &Layout, v: &ManageView) -> Markup {
    let (id, tr) = (v.coop.card.id, &l.tr);
    html! {
        @if let Some(t) = &v.new_token {
            div.flash.success {
                p { (tr.t("coops-new-token")) }
                p { code.token { (t) } }
            }
        }
        @if !v.tokens.is_empty() {
            @let cols = ["coops-token-name-column", "coops-token-starts", "coops-token-created", "coops-token-state"].map(|k| tr.t(k));
            div.table-wrap { table.data {
                thead { tr { th { (cols[0]) } th { (cols[1]) } th { (cols[2]) } th { (cols[3]) } } }
                tbody {
                    @for t in &v.tokens {
                        tr {
                            td data-label=(cols[0]) { (t.name) } td data-label=(cols[1]) { code { (t.prefix) "…" } }
                            td data-label=(cols[2]) { (t.created_at) }
                            td data-label=(cols[3]) {
                                @if let Some(r) = &t.revoked_at { (tr.t_args("coops-token-revoked", &[("date", r.clone().into())])) }
                                @else if v.viewer_is_admin { (post_button(&format!("/coops/{id}/tokens/{}/revoke", t.id), &l.csrf, &tr.t("coops-token-revoke"), "danger")) }
                                @else { (tr.t("coops-token-active")) }
                            }
                        }
                    }
                }
            } }
        }
        @if v.viewer_is_admin {
            form.stack method="post" action={ "/coops/" (id) "/tokens" } {
                (csrf(&l.csrf))
                @let (label, hint) = (tr.t("coops-token-name"), tr.t("coops-token-name-hint"));
                (field(v.token_form.field("name", &label).hint(&hint)))
                div.actions { button type="submit" { (tr.t("coops-token-create")) } }
            }
        } @else {
            p.muted { (tr.t("coops-token-admins-only")) }
        }
    }
}
