//! Tests for `order_decision`: stories of what an action does, and random decisions checked
//! against the state machine and the stock and money rules.
use super::*;
use proptest::prelude::*;

use Action as A;
use Actor as By;
use OrderState as S;

const NOW: Facts = Facts {
    settle_on_delivery: true,
    paid_by_card: false,
};
const LATER: Facts = Facts {
    settle_on_delivery: false,
    paid_by_card: false,
};

#[test]
fn a_seller_rejecting_a_placed_order_releases_its_stock_and_tells_the_buyer() {
    let d = decide(S::Placed, A::Reject, &[By::Seller], LATER).unwrap();
    assert_eq!(d.to, S::Rejected);
    assert_eq!(d.stock, Stock::Release);
    let told = Notice {
        kind: Kind::OrderRejected,
        action: A::Reject,
        actor: By::Seller,
        by_asker: true,
    };
    assert_eq!(d.notices, vec![told]);
    assert!(d.postings.is_empty() && d.later.is_empty());
}

#[test]
fn shipping_consumes_the_reservation_without_giving_stock_back() {
    let d = decide(S::Paid, A::Ship, &[By::Seller], LATER).unwrap();
    assert_eq!((d.to, d.stock), (S::Shipped, Stock::Consume));
}

#[test]
fn confirming_delivery_settles_at_once_without_a_dispute_window() {
    let card = Facts {
        paid_by_card: true,
        ..NOW
    };
    let d = decide(S::Shipped, A::ConfirmDelivery, &[By::Buyer], card).unwrap();
    let steps: Vec<(S, S, By, bool)> = d
        .steps
        .iter()
        .map(|s| (s.from, s.to, s.actor, s.by_asker))
        .collect();
    assert_eq!(
        steps,
        vec![
            (S::Shipped, S::Delivered, By::Buyer, true),
            (S::Delivered, S::Settled, By::System, false)
        ]
    );
    assert_eq!(d.to, S::Settled);
    assert_eq!(d.postings, vec![Posting::Settlement]);
    assert_eq!(d.later, vec![Later::TransferToSeller]);
    // The seller hears of the delivery, then both sides of the settlement.
    let kinds: Vec<(Kind, bool)> = d.notices.iter().map(|n| (n.kind, n.by_asker)).collect();
    assert_eq!(
        kinds,
        vec![(Kind::OrderDelivered, true), (Kind::OrderSettled, false)]
    );
}

#[test]
fn with_a_dispute_window_delivery_waits_and_posts_nothing() {
    let d = decide(S::Shipped, A::ConfirmDelivery, &[By::Buyer], LATER).unwrap();
    assert_eq!((d.to, d.steps.len()), (S::Delivered, 1));
    assert!(d.postings.is_empty());
}

#[test]
fn a_payment_posts_the_payment_entry() {
    let d = decide(S::Accepted, A::PaymentSucceeded, &[By::System], LATER).unwrap();
    assert_eq!(
        (d.to, d.postings.clone()),
        (S::Paid, vec![Posting::Payment])
    );
}

#[test]
fn a_refund_of_a_paid_order_releases_stock_and_refunds_the_rest_later() {
    let d = decide(S::Paid, A::Refund, &[By::Seller], LATER).unwrap();
    assert_eq!(d.stock, Stock::Release);
    assert_eq!(d.later, vec![Later::RefundRest { from: S::Paid }]);
}

#[test]
fn a_co_op_on_both_sides_acts_as_the_side_that_may() {
    let d = decide(S::Placed, A::Accept, &[By::Buyer, By::Seller], LATER).unwrap();
    assert_eq!(d.steps[0].actor, By::Seller);
}

#[test]
fn a_refusal_by_state_wins_over_a_refusal_by_role() {
    // The buyer may never ship (403); the seller may not ship a placed order (409).
    let e = decide(S::Placed, A::Ship, &[By::Buyer, By::Seller], LATER).unwrap_err();
    assert!(
        matches!(&e, Refused::Transition(t) if !t.is_forbidden()),
        "{e}"
    );
}

#[test]
fn someone_holding_no_side_is_refused() {
    let e = decide(S::Placed, A::Accept, &[], LATER).unwrap_err();
    assert_eq!(e, Refused::NotAParty);
}

fn any_of<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    (0..all.len()).prop_map(move |n| all[n])
}

proptest! {
    /// Every decision follows the machine: its first step is `transition`'s answer for its
    /// actor, steps chain, stock moves only as `releases_stock` or shipping says, and a
    /// settlement is posted exactly when the order ends settled.
    #[test]
    fn decisions_follow_the_state_machine(
        from in any_of(&OrderState::ALL),
        action in any_of(Action::ALL),
        roles in proptest::collection::vec(any_of(Actor::ALL), 0..3),
        settle_on_delivery in any::<bool>(),
        paid_by_card in any::<bool>(),
    ) {
        let facts = Facts { settle_on_delivery, paid_by_card };
        match decide(from, action, &roles, facts) {
            Ok(d) => {
                let first = d.steps[0];
                prop_assert!(roles.contains(&first.actor));
                prop_assert_eq!(transition(from, action, first.actor), Ok(first.to));
                for pair in d.steps.windows(2) {
                    prop_assert_eq!(pair[0].to, pair[1].from);
                }
                prop_assert_eq!(d.to, d.steps.last().unwrap().to);
                let released = d.steps.iter().any(|s| releases_stock(s.from, s.to));
                prop_assert_eq!(d.stock == Stock::Release, released);
                let settled = d.postings.contains(&Posting::Settlement);
                prop_assert_eq!(settled, d.to == S::Settled);
                let transfer = d.later.contains(&Later::TransferToSeller);
                prop_assert_eq!(transfer, settled && paid_by_card);
                prop_assert!(settled || !may_settle(action, facts) || d.to != S::Settled);
            }
            Err(Refused::NotAParty) => prop_assert!(roles.is_empty()),
            Err(Refused::Transition(_)) => {
                prop_assert!(roles.iter().all(|r| transition(from, action, *r).is_err()));
            }
        }
    }
}
