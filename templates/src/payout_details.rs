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

fn yes_no(b: bool) -> &'static str {
    if b {
        "enabled"
    } else {
        "not yet enabled"
    }
}

fn stripe_section(l: &Layout, v: &PayoutSection, s: &StripeView) -> Markup {
    let connect = format!("/coops/{}/stripe/connect", v.coop_id);
    html! {
        h3 { "Stripe" }
        @match s {
            StripeView::NotConnected => {
                p.stripe-state { "Not connected: the co-op is paid by bank transfer." }
                @if v.is_admin { form method="post" action=(connect) {
                    (csrf(&l.csrf))
                    button.primary type="submit" { "Connect a Stripe account" }
                } }
            }
            StripeView::Incomplete { account, charges_enabled, payouts_enabled } => {
                p.stripe-state { "Onboarding incomplete (" code { (account) } "): charges " (yes_no(*charges_enabled)) ", payouts " (yes_no(*payouts_enabled)) ". The co-op is paid by bank transfer until Stripe enables both." }
                @if v.is_admin { form method="post" action=(connect) {
                    (csrf(&l.csrf))
                    button.primary type="submit" { "Continue Stripe onboarding" }
                } }
            }
            StripeView::Ready { account } => {
                p.stripe-state { "Ready (" code { (account) } "): charges and payouts enabled. Payouts go to this Stripe account." }
            }
        }
    }
}

pub fn payout_section(l: &Layout, v: &PayoutSection) -> Markup {
    html! {
        h2 { "Payout details" }
        @match &v.on_file {
            Some(d) => p.bank-details { "Bank account: " (d) },
            None => p.muted { "No bank account yet: buyers paying by bank transfer need one." },
        }
        @if let Some(f) = &v.form {
            form.stack method="post" action={ "/coops/" (v.coop_id) "/payout-details" } {
                (csrf(&l.csrf))
                (field(f.field("account_holder", "Account holder")))
                (field(f.field("iban", "IBAN").hint("Spaces are fine, e.g. DE89 3704 0044 0532 0130 00")))
                (field(f.field("bic", "BIC")))
                div.actions { button.primary type="submit" { "Save bank details" } }
            }
        }
        @if let Some(s) = &v.stripe { (stripe_section(l, v, s)) }
    }
}

/// The form again with its errors, on a page of its own.
pub fn payout_page(l: &Layout, coop_name: &str, v: &PayoutSection) -> Markup {
    page(
        l,
        &format!("Payout details of {coop_name}"),
        html! {
            h1 { (coop_name) }
            (payout_section(l, v))
            p { a href={ "/coops/" (v.coop_id) "/manage" } { "Back to the co-op" } }
        },
    )
}
