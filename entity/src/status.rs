//! Statuses and methods kept as text columns. Each column is read into one of these enums, so a
//! row is parsed once, when it is loaded; the stored strings are the ones used before the enums.
use sea_orm::entity::prelude::*;

/// Defines a text-backed column enum with `ALL`, `as_str` and `parse`. An unknown string is
/// refused with an `i18n::Msg`: `status-error-unknown` naming the values it could have been, or
/// the Fluent message named after `else` (a form's field asks in its own words).
macro_rules! text_enum {
    (@enum $(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $value:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter, DeriveActiveEnum)]
        #[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
        pub enum $name {
            $($(#[$vdoc])* #[sea_orm(string_value = $value)] $variant,)+
        }

        impl $name {
            pub const ALL: [$name; [$($value),+].len()] = [$($name::$variant),+];

            /// The string stored in the database and used in URLs and the API.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $value,)+
                }
            }

            /// The value whose stored string is `s` (trimmed); otherwise the refusal, a code (said
            /// in the reader's language) naming what to choose.
            pub fn parse(s: &str) -> Result<Self, i18n::Msg> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == s.trim())
                    .ok_or_else(|| Self::refusal(s.trim()))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
    ($(#[$doc:meta])* $name:ident ($noun:literal) { $($body:tt)* } else $refusal:literal) => {
        text_enum!(@enum $(#[$doc])* $name { $($body)* });
        impl $name {
            /// The refusal of a value not in the list: the Fluent message `$refusal`.
            fn refusal(_: &str) -> i18n::Msg {
                i18n::Msg::code($refusal)
            }
        }
    };
    ($(#[$doc:meta])* $name:ident ($noun:literal) { $($body:tt)* }) => {
        text_enum!(@enum $(#[$doc])* $name { $($body)* });
        impl $name {
            /// The refusal of `s`: "'s' is not a <noun>: use a, b or c" (`status-error-unknown`).
            fn refusal(s: &str) -> i18n::Msg {
                let all: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                let (last, rest) = all.split_last().unwrap_or((&"", &[]));
                i18n::Msg::code("status-error-unknown")
                    .arg("value", s)
                    .arg("noun", $noun)
                    .arg("choices", rest.join(", "))
                    .arg("last", *last)
            }
        }
    };
}

text_enum! {
    /// A listing's life: draft (unseen), active (buyable), paused (seen, not buyable), archived.
    ListingStatus ("status") { Draft = "draft", Active = "active", Paused = "paused", Archived = "archived" }
}

text_enum! {
    /// Where a co-op stands with the committee.
    CoopStatus ("status") { Pending = "pending", Admitted = "admitted", Declined = "declined" }
}

text_enum! {
    /// Where a payout run stands.
    RunStatus ("status") {
        AwaitingReview = "awaiting_review",
        Approved = "approved",
        Rejected = "rejected",
        Paid = "paid",
        /// Replaced by a re-draft (`superseded_by`): final, keeps its lines and decisions.
        Superseded = "superseded",
    }
}

text_enum! {
    /// A payout line: waiting for the bank or Stripe, paid, or failed (kept with its error).
    LineStatus ("status") { Open = "open", Paid = "paid", Failed = "failed" }
}

text_enum! {
    /// Where a pool spending proposal stands.
    SpendingStatus ("status") {
        AwaitingReview = "awaiting_review",
        Approved = "approved",
        Rejected = "rejected",
        Paid = "paid",
        Failed = "failed",
    }
}

text_enum! {
    /// How a payout line or a spending is paid: by bank (a file, marked paid by the committee)
    /// or by a Stripe Transfer to the co-op's ready connected account.
    PayoutMethod ("payout method") { Bank = "bank", Stripe = "stripe" }
}

text_enum! {
    /// Where an order is in its life (`domain::order_state` says how it moves).
    OrderStatus ("order state") {
        /// Placed by the buyer; stock is reserved.
        Placed = "placed",
        /// Accepted by the seller; awaiting payment.
        Accepted = "accepted",
        /// Payment received (gateway webhook or manual confirmation).
        Paid = "paid",
        /// Shipped by the seller.
        Shipped = "shipped",
        /// Delivery confirmed by the buyer; settles now or after the dispute window.
        Delivered = "delivered",
        /// Fee charged and split, seller proceeds booked; only a committee refund can follow.
        Settled = "settled",
        /// Rejected by the seller (terminal).
        Rejected = "rejected",
        /// Cancelled before payment (terminal).
        Cancelled = "cancelled",
        /// Under dispute, awaiting the committee.
        Disputed = "disputed",
        /// Refunded to the buyer (terminal).
        Refunded = "refunded",
    }
}

text_enum! {
    /// How an order was paid, as its refunds record it: by card through Stripe (refunded
    /// through Stripe) or by bank transfer (refunded by the seller, recorded here).
    PaymentMethod ("payment method") { Card = "card", Bank = "bank" }
}

text_enum! {
    /// Where a checkout's card payment stands, as Stripe last told us.
    CardPaymentStatus ("card payment status") {
        /// The row exists; Stripe's PaymentIntent is being made.
        Creating = "creating",
        RequiresPayment = "requires_payment",
        Succeeded = "succeeded",
        Failed = "failed",
        PartiallyRefunded = "partially_refunded",
        Refunded = "refunded",
    }
}

text_enum! {
    /// Where a refund stands: a bank refund is made by people and recorded; a card refund is
    /// pending until Stripe answers, then succeeded or failed (retried).
    RefundStatus ("refund status") {
        Recorded = "recorded",
        Pending = "pending",
        Succeeded = "succeeded",
        Failed = "failed",
    }
}

text_enum! {
    /// The reversal of a seller's Stripe transfer that a refund after settlement needs.
    ReversalStatus ("reversal status") { None = "none", Due = "due", Sent = "sent", Failed = "failed" }
}

text_enum! {
    /// A kind of notification, in the order the preferences page lists them.
    NotificationKind ("notification kind") {
        OrderPlaced = "order_placed",
        OrderAccepted = "order_accepted",
        OrderRejected = "order_rejected",
        OrderCancelled = "order_cancelled",
        OrderPaid = "order_paid",
        OrderShipped = "order_shipped",
        OrderDelivered = "order_delivered",
        OrderSettled = "order_settled",
        OrderRefunded = "order_refunded",
        DisputeOpened = "dispute_opened",
        DisputeStatement = "dispute_statement",
        DisputeResolved = "dispute_resolved",
        CoopApplication = "coop_application",
        CoopDecision = "coop_decision",
        PayoutReview = "payout_review",
        PayoutMade = "payout_made",
        SpendingReview = "spending_review",
        SpendingDecision = "spending_decision",
    }
}

text_enum! {
    /// What a co-op does on the marketplace.
    CoopKind ("kind") { Producer = "producer", Buyer = "buyer", Both = "both" } else "coops-error-kind"
}

text_enum! {
    /// A member's role inside one co-op: admins manage it, members trade for it.
    CoopRole ("role") { Admin = "admin", Member = "member" } else "coops-error-role"
}

text_enum! {
    /// Where an invitation to a co-op stands. Only a pending one can be answered; only
    /// `Accepted` made a member.
    InvitationStatus ("invitation status") {
        Pending = "pending",
        Accepted = "accepted",
        Declined = "declined",
        Withdrawn = "withdrawn",
    }
}

text_enum! {
    /// Which side of a disputed order a statement speaks for.
    DisputeSide ("dispute side") { Buyer = "buyer", Seller = "seller" }
}

text_enum! {
    /// Where a seller's queued Stripe transfer stands: ours until sent, then as Stripe's
    /// `transfer.*` events last said.
    TransferStatus ("transfer status") {
        /// Queued at settlement, not sent yet.
        Pending = "pending",
        /// Being sent: a refund now reverses it rather than cutting it.
        Sending = "sending",
        Sent = "sent",
        /// The last send failed; retried up to the attempt limit.
        Failed = "failed",
        /// Cut to nothing by refunds before it was sent.
        Cancelled = "cancelled",
        /// Stripe's `transfer.created`.
        Created = "created",
        /// Stripe's `transfer.updated`.
        Updated = "updated",
        /// Stripe's `transfer.reversed`.
        Reversed = "reversed",
    }
}

text_enum! {
    /// What the committee's record says happened to a payout run or a spending proposal.
    DecisionKind ("decision") {
        Drafted = "drafted",
        Proposed = "proposed",
        Approved = "approved",
        Rejected = "rejected",
        Paid = "paid",
        Failed = "failed",
        /// A re-draft's first decision: it replaces an older run.
        Replaces = "replaces",
        Superseded = "superseded",
    }
}

text_enum! {
    /// What a decision is about.
    DecisionSubject ("decision subject") { Run = "payout_run", Spending = "spending" }
}
