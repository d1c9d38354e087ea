//! Who hears of what: the kinds of notification, which of them a member may stop receiving by
//! mail, and who is told of each order event.
use super::order_state::{Action, Actor};

/// A kind of notification (a column enum: `entity::status`). Every kind is recorded in-app;
/// `mandatory` ones are always mailed. `Kind::ALL` is in the order the preferences page lists.
pub use super::status::NotificationKind as Kind;

/// What the preferences page calls a kind.
pub fn label(kind: Kind) -> &'static str {
    match kind {
        Kind::OrderPlaced => "A new order for your co-op",
        Kind::OrderAccepted => "An order accepted, with how to pay",
        Kind::OrderRejected => "An order rejected",
        Kind::OrderCancelled => "An order cancelled",
        Kind::OrderPaid => "An order paid",
        Kind::OrderShipped => "An order shipped",
        Kind::OrderDelivered => "An order delivered",
        Kind::OrderSettled => "An order settled, with where its fee went",
        Kind::OrderRefunded => "An order refunded",
        Kind::DisputeOpened => "A dispute opened",
        Kind::DisputeStatement => "A statement added to a dispute",
        Kind::DisputeResolved => "A dispute resolved",
        Kind::CoopApplication => "A co-op applying to join (committee)",
        Kind::CoopDecision => "Your co-op admitted or declined",
        Kind::PayoutReview => "A payout run to review (committee)",
        Kind::PayoutMade => "A payout made to your co-op",
        Kind::SpendingReview => "A pool spending to review (committee)",
        Kind::SpendingDecision => "A pool spending decided",
    }
}

/// Mail someone must act on (the committee on a dispute, an application, a run or a spending
/// to review; a seller on a dispute): it cannot be turned off.
pub fn mandatory(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::DisputeOpened | Kind::CoopApplication | Kind::PayoutReview | Kind::SpendingReview
    )
}

/// A group of people a notification goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Every member of a co-op.
    Members(i32),
    /// The admins of a co-op.
    Admins(i32),
    /// Every committee member.
    Committee,
    /// One user.
    User(i32),
}

/// The kind of mail an order step by `action` sends, if any: the same whoever took it.
pub fn order_kind(action: Action) -> Option<Kind> {
    Some(match action {
        Action::Accept => Kind::OrderAccepted,
        Action::Reject => Kind::OrderRejected,
        Action::Cancel => Kind::OrderCancelled,
        Action::ConfirmPayment | Action::PaymentSucceeded => Kind::OrderPaid,
        Action::Ship => Kind::OrderShipped,
        Action::ConfirmDelivery => Kind::OrderDelivered,
        Action::Settle => Kind::OrderSettled,
        Action::Refund => Kind::OrderRefunded,
        Action::Dispute => Kind::DisputeOpened,
        Action::ResolveSettle | Action::ResolveRefund => Kind::DisputeResolved,
    })
}

/// Who is told that an order between `buyer` and `seller` moved by `action` taken by `actor`
/// (for an action that sends mail, `order_kind`). The side that acted is not told of its own
/// act, except where the message is a receipt or names money (paid, settled, resolved). A
/// dispute goes to the seller's admins and to the committee, who must act on it.
pub fn order_audience(action: Action, actor: Actor, buyer: i32, seller: i32) -> Vec<Audience> {
    use Audience::{Admins, Committee, Members};
    match action {
        Action::Accept | Action::Reject | Action::Ship => vec![Members(buyer)],
        Action::Cancel if actor == Actor::Seller => vec![Members(buyer)],
        Action::Cancel | Action::ConfirmDelivery => vec![Members(seller)],
        Action::Dispute => vec![Admins(seller), Committee],
        Action::ConfirmPayment
        | Action::PaymentSucceeded
        | Action::Settle
        | Action::Refund
        | Action::ResolveSettle
        | Action::ResolveRefund => vec![Members(buyer), Members(seller)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_name() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Ok(k));
        }
        assert!(Kind::parse("order_exploded").is_err());
    }

    #[test]
    fn a_dispute_reaches_the_seller_admins_and_the_committee_and_cannot_be_muted() {
        let to = order_audience(Action::Dispute, Actor::Buyer, 1, 2);
        assert_eq!(to, vec![Audience::Admins(2), Audience::Committee]);
        assert!(order_kind(Action::Dispute).is_some_and(mandatory));
        assert!(!mandatory(Kind::OrderShipped));
    }

    #[test]
    fn a_cancel_goes_to_the_side_that_did_not_cancel() {
        let seller = order_audience(Action::Cancel, Actor::Seller, 1, 2);
        let buyer = order_audience(Action::Cancel, Actor::Buyer, 1, 2);
        assert_eq!(seller, vec![Audience::Members(1)]);
        assert_eq!(buyer, vec![Audience::Members(2)]);
    }
}
