//! A co-op's payout details: where sellers are paid by bank transfer, and (with Stripe) the
//! co-op's connected account.
use maud::{html, Markup};

use crate::components::{csrf, field, FormData};
use crate::layout::{page, Layout};

/// The bank details section of the co-op page: what is on file, and the admin's form.
pub struct PayoutSection {
    pub coop_id: i32,
    /// "holder · IBAN · BIC" when entered.
    pub on_file: Option<String>,
    /// The form, for admins only (prefilled with what is on file, or with errors).
    pub form: Option<FormData>,
    /// The co-op's Stripe account; `None` when payments do not go through Stripe.
    pub stripe: Option<StripeView>,
    /// Admins may connect the account.
    pub is_admin: bool,
}

/// Where the co-op stands with Stripe.
pub enum StripeView {
    NotConnected,
    Incomplete {
        account: String,
        charges_enabled: bool,
        payouts_enabled: bool,
    },
    Ready {
        account: String,
    },
}

fn stripe_section(l: &Layout, v: &PayoutSection, s: &StripeView) -> Markup {
    let tr = &l.tr;
    let connect = format!("/coops/{}/stripe/connect", v.coop_id);
    let enabled = |b: bool| if b { "yes" } else { "no" };
    html! {
        h3 { "Stripe" }
        @match s {
            StripeView::NotConnected => {
                p.stripe-state { (tr.t("stripe-not-connected")) }
                @if v.is_admin { form method="post" action=(connect) {
                    (csrf(&l.csrf))
                    button.primary type="submit" { (tr.t("stripe-connect")) }
                } }
            }
            StripeView::Incomplete { account, charges_enabled, payouts_enabled } => {
                @let args = [("charges", enabled(*charges_enabled).into()), ("payouts", enabled(*payouts_enabled).into())];
                @let (before, after) = tr.t_around("stripe-incomplete", "account", &args);
                p.stripe-state { (before) code { (account) } (after) }
                @if v.is_admin { form method="post" action=(connect) {
                    (csrf(&l.csrf))
                    button.primary type="submit" { (tr.t("stripe-continue")) }
                } }
            }
            StripeView::Ready { account } => {
                @let (before, after) = tr.t_around("stripe-ready", "account", &[]);
                p.stripe-state { (before) code { (account) } (after) }
            }
        }
    }
}

pub fn payout_section(l: &Layout, v: &PayoutSection) -> Markup {
    let tr = &l.tr;
    html! {
        h2 { (tr.t("payout-details-title")) }
        @match &v.on_file {
            Some(d) => p.bank-details { (tr.t_args("payout-details-on-file", &[("account", d.as_str().into())])) },
            None => p.muted { (tr.t("payout-details-none")) },
        }
        @if let Some(f) = &v.form {
            @let (holder, hint) = (tr.t("payout-details-holder"), tr.t("payout-details-iban-hint"));
            form.stack method="post" action={ "/coops/" (v.coop_id) "/payout-details" } {
                (csrf(&l.csrf))
                (field(f.field("account_holder", &holder)))
                (field(f.field("iban", "IBAN").hint(&hint)))
                (field(f.field("bic", "BIC")))
                div.actions { button.primary type="submit" { (tr.t("payout-details-save")) } }
            }
        }
        @if let Some(s) = &v.stripe { (stripe_section(l, v, s)) }
    }
}

/// The form again with its errors, on a page of its own.
pub fn payout_page(l: &Layout, coop_name: &str, v: &PayoutSection) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t_args("payout-details-page", &[("coop", coop_name.into())]),
        html! {
            h1 { (coop_name) }
            (payout_section(l, v))
            p { a href={ "/coops/" (v.coop_id) "/manage" } { (tr.t("payout-details-back")) } }
        },
    )
}
