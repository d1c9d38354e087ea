//! Statuses and payment methods as people read them. The enums are defined with their columns
//! (`entity::status`, read once from the row); this module gives each value a name and a
//! meaning for the pages, so no page shows a stored string or a Rust name.
pub use entity::status::{
    CardPaymentStatus, CoopKind, CoopRole, CoopStatus, DecisionKind, DecisionSubject, DisputeSide,
    InvitationStatus, LineStatus, ListingStatus, NotificationKind, OrderStatus, PaymentMethod,
    PayoutMethod, RefundStatus, ReversalStatus, RunStatus, SpendingStatus, TransferStatus,
};

/// The card payment statuses of money that reached Stripe: its fee is booked, and a refund
/// goes back to the card.
pub const CARD_PAID: [CardPaymentStatus; 3] = [
    CardPaymentStatus::Succeeded,
    CardPaymentStatus::PartiallyRefunded,
    CardPaymentStatus::Refunded,
];

/// The transfer statuses the worker still sends: queued, failed (retried), or left `sending`
/// by a crash (sent again under the same idempotency key).
pub const TRANSFER_DUE: [TransferStatus; 3] = [
    TransferStatus::Pending,
    TransferStatus::Failed,
    TransferStatus::Sending,
];

/// Whether a transfer is still only queued here, so a refund may cut it rather than reverse it.
pub fn transfer_is_queued(s: TransferStatus) -> bool {
    matches!(s, TransferStatus::Pending | TransferStatus::Failed)
}

/// The status a Stripe `transfer.*` event leaves on our transfer: `created`, `updated` or
/// `reversed`; `None` for any other event (it is only recorded).
pub fn transfer_event_status(kind: &str) -> Option<TransferStatus> {
    match kind {
        "transfer.created" => Some(TransferStatus::Created),
        "transfer.updated" => Some(TransferStatus::Updated),
        "transfer.reversed" => Some(TransferStatus::Reversed),
        _ => None,
    }
}

/// A value as a person reads it.
pub trait Described: Copy {
    /// The short name on a badge, in plain words ("awaiting review").
    fn label(self) -> &'static str;
    /// One sentence saying what the value means for the reader.
    fn meaning(self) -> &'static str;
    /// The stored string, used as the badge's style class and the Fluent selector's code.
    fn key(self) -> &'static str;
    /// Which enum it is: the pages' words are `status-<family>` in `locales/*/status.ftl`.
    fn family(self) -> &'static str;
}

macro_rules! described {
    ($name:ident, $family:literal { $($variant:ident => $label:literal, $meaning:literal;)+ }) => {
        impl Described for $name {
            fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }
            fn meaning(self) -> &'static str {
                match self { $($name::$variant => $meaning,)+ }
            }
            fn key(self) -> &'static str {
                self.as_str()
            }
            fn family(self) -> &'static str {
                $family
            }
        }
    };
}

described!(ListingStatus, "listing" {
    Draft => "draft", "Only your co-op sees it.";
    Active => "on sale", "Buyers see it and can order it.";
    Paused => "paused", "Buyers see it but cannot order it.";
    Archived => "archived", "Withdrawn for good; kept for the orders that name it.";
});

described!(CoopStatus, "coop" {
    Pending => "awaiting the committee", "The committee has not decided on the application yet.";
    Admitted => "admitted", "The co-op trades on the marketplace.";
    Declined => "declined", "The committee declined the application.";
});

described!(RunStatus, "run" {
    AwaitingReview => "awaiting review", "The committee has not reached its quorum of approvals yet.";
    Approved => "approved", "The committee approved it; its lines can be paid.";
    Rejected => "rejected", "A committee member rejected it; nothing in it will be paid.";
    Paid => "paid", "Every line is paid.";
    Superseded => "replaced", "It was re-drafted as a newer run and is kept as a record.";
});

described!(LineStatus, "line" {
    Open => "to pay", "Not paid yet.";
    Paid => "paid", "The co-op was paid.";
    Failed => "payment failed", "The last payment failed; it stays open for a retry.";
});

described!(SpendingStatus, "spending" {
    AwaitingReview => "awaiting review", "The committee has not reached its quorum of approvals yet.";
    Approved => "approved", "The money is set aside from the pool, waiting to be paid.";
    Rejected => "rejected", "A committee member rejected it; nothing will be paid.";
    Paid => "paid", "The recipient was paid from the common pool.";
    Failed => "payment failed", "The payment failed; it can be sent again.";
});

described!(PayoutMethod, "method" {
    Bank => "bank transfer", "Paid from the bank file and marked paid by the committee.";
    Stripe => "Stripe transfer", "Paid to the co-op's connected Stripe account.";
});

described!(OrderStatus, "order" {
    Placed => "placed", "The seller has not accepted it yet; its stock is reserved.";
    Accepted => "accepted", "The seller accepted it; payment is due.";
    Paid => "paid", "The payment arrived; the seller can ship it.";
    Shipped => "shipped", "The seller shipped it; the buyer confirms delivery.";
    Delivered => "delivered", "The buyer confirmed delivery; it settles after the dispute window.";
    Settled => "settled", "The fee is split and the seller's proceeds are booked.";
    Rejected => "rejected", "The seller rejected it; nothing was paid.";
    Cancelled => "cancelled", "It was cancelled before payment.";
    Disputed => "disputed", "The buyer opened a dispute; the committee decides it.";
    Refunded => "refunded", "The buyer's payment was refunded.";
});

described!(PaymentMethod, "payment" {
    Card => "card", "Paid by card through Stripe; refunds go back to the card.";
    Bank => "bank transfer", "Paid by bank transfer; the seller sends refunds.";
});

impl From<crate::domain::review::ReviewStatus> for RunStatus {
    fn from(s: crate::domain::review::ReviewStatus) -> RunStatus {
        use crate::domain::review::ReviewStatus as R;
        match s {
            R::AwaitingReview => RunStatus::AwaitingReview,
            R::Approved => RunStatus::Approved,
            R::Rejected => RunStatus::Rejected,
        }
    }
}

impl From<crate::domain::review::ReviewStatus> for SpendingStatus {
    fn from(s: crate::domain::review::ReviewStatus) -> SpendingStatus {
        use crate::domain::review::ReviewStatus as R;
        match s {
            R::AwaitingReview => SpendingStatus::AwaitingReview,
            R::Approved => SpendingStatus::Approved,
            R::Rejected => SpendingStatus::Rejected,
        }
    }
}

/// Whether the public catalog shows a listing in this status.
pub fn listing_is_public(s: ListingStatus) -> bool {
    matches!(s, ListingStatus::Active | ListingStatus::Paused)
}

/// What a seller may do with one of their listings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListingAction {
    Edit,
    Publish,
    Pause,
    /// Only a draft never ordered: nothing refers to it.
    Delete,
    Archive,
}

/// The seller's actions on a listing: none once archived (final); otherwise edit, publish
/// what is not on sale, pause what is, and delete a never-ordered draft or else archive.
pub fn listing_actions(s: ListingStatus, ever_ordered: bool) -> Vec<ListingAction> {
    use ListingAction::*;
    if s == ListingStatus::Archived {
        return Vec::new();
    }
    let mut out = vec![Edit];
    out.push(if s == ListingStatus::Active {
        Pause
    } else {
        Publish
    });
    out.push(match (s, ever_ordered) {
        (ListingStatus::Draft, false) => Delete,
        _ => Archive,
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_internal_names<T: Described + std::fmt::Debug>(all: &[T]) {
        for v in all {
            let label = v.label();
            assert!(!label.contains('_'), "{v:?} shows {label}");
            assert_ne!(label, format!("{v:?}"), "{v:?} shows its Rust name");
            assert!(v.meaning().ends_with('.'), "{v:?} has no sentence");
        }
    }

    #[test]
    fn every_status_reads_in_plain_words() {
        no_internal_names(&ListingStatus::ALL);
        no_internal_names(&CoopStatus::ALL);
        no_internal_names(&RunStatus::ALL);
        no_internal_names(&LineStatus::ALL);
        no_internal_names(&SpendingStatus::ALL);
        no_internal_names(&PayoutMethod::ALL);
        no_internal_names(&OrderStatus::ALL);
        no_internal_names(&PaymentMethod::ALL);
        assert_eq!(RunStatus::AwaitingReview.label(), "awaiting review");
    }

    /// Each of `codes` selects its own words of `key` in every language: a code the selector
    /// does not name falls to its default branch and would read as another (an order action
    /// added without its label would be a button saying "Refund").
    fn own_words(key: &str, codes: &[&str]) {
        for lang in i18n::Lang::ALL {
            let tr = i18n::Tr::new(lang, i18n::chrono_tz::UTC);
            let words: Vec<String> = codes
                .iter()
                .map(|c| tr.t_args(key, &[("code", (*c).to_owned().into())]))
                .collect();
            for (i, w) in words.iter().enumerate() {
                if let Some(j) = words[..i].iter().position(|x| x == w) {
                    panic!(
                        "{lang:?} {key}: {} and {} both read {w:?}",
                        codes[j], codes[i]
                    );
                }
            }
        }
    }

    fn statuses<T: Described>(all: &[T]) {
        let codes: Vec<&str> = all.iter().map(|v| v.key()).collect();
        let family = all[0].family();
        own_words(&format!("status-{family}"), &codes);
        own_words(&format!("status-{family}-meaning"), &codes);
    }

    #[test]
    fn every_status_and_order_action_has_its_own_words_in_every_language() {
        statuses(&ListingStatus::ALL);
        statuses(&CoopStatus::ALL);
        statuses(&RunStatus::ALL);
        statuses(&LineStatus::ALL);
        statuses(&SpendingStatus::ALL);
        statuses(&PayoutMethod::ALL);
        statuses(&OrderStatus::ALL);
        statuses(&PaymentMethod::ALL);
        let actions: Vec<&str> = crate::domain::order_state::Action::ALL
            .iter()
            .map(|a| a.as_str())
            .collect();
        own_words("action-order", &actions);
    }

    #[test]
    fn stored_strings_are_the_ones_used_before_the_enums() {
        let run: Vec<&str> = RunStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            run,
            [
                "awaiting_review",
                "approved",
                "rejected",
                "paid",
                "superseded"
            ]
        );
        assert_eq!(RunStatus::parse(" paid "), Ok(RunStatus::Paid));
        assert!(LineStatus::parse("Paid").is_err());
        assert_eq!(PayoutMethod::parse("stripe"), Ok(PayoutMethod::Stripe));
    }

    #[test]
    fn an_unknown_stored_value_is_refused_and_a_form_value_says_what_to_choose() {
        use sea_orm::ActiveEnum;
        assert!(InvitationStatus::try_from_value(&"expired".to_owned()).is_err());
        assert!(TransferStatus::try_from_value(&"lost".to_owned()).is_err());
        assert_eq!(
            DecisionKind::try_from_value(&"approved".to_owned()).ok(),
            Some(DecisionKind::Approved)
        );
        let owner = CoopRole::parse("owner").unwrap_err();
        assert_eq!(owner.key(), Some("coops-error-role"));
        assert_eq!(owner.to_string(), "choose admin or member");
        let judge = DisputeSide::parse("judge").unwrap_err();
        assert_eq!(judge.key(), Some("status-error-unknown"));
        assert_eq!(
            judge.to_string(),
            "'judge' is not a dispute side: use buyer or seller"
        );
        assert_eq!(
            transfer_event_status("transfer.reversed"),
            Some(TransferStatus::Reversed)
        );
        assert_eq!(transfer_event_status("transfer.paid"), None);
        assert!(transfer_is_queued(TransferStatus::Failed));
        assert!(!transfer_is_queued(TransferStatus::Sending));
    }

    #[test]
    fn a_seller_may_delete_only_a_draft_never_ordered_and_nothing_once_archived() {
        use ListingAction::*;
        assert_eq!(
            listing_actions(ListingStatus::Draft, false),
            [Edit, Publish, Delete]
        );
        assert_eq!(
            listing_actions(ListingStatus::Active, true),
            [Edit, Pause, Archive]
        );
        assert_eq!(
            listing_actions(ListingStatus::Paused, false),
            [Edit, Publish, Archive]
        );
        assert!(listing_actions(ListingStatus::Archived, false).is_empty());
    }
}
