//! Tests for `order_state`: every (state, action, actor) triple against a table written out by
//! hand, stories in plain words, and random walks that check terminal states stay put.

use super::*;
use proptest::prelude::*;

/// Every legal move, written out independently of `edge`: (from, action, actor, to).
const LEGAL: &[(OrderState, Action, Actor, OrderState)] = &[
    (S::Placed, A::Accept, By::Seller, S::Accepted),
    (S::Placed, A::Reject, By::Seller, S::Rejected),
    (S::Placed, A::Cancel, By::Buyer, S::Cancelled),
    (S::Placed, A::Cancel, By::Seller, S::Cancelled),
    (S::Accepted, A::Cancel, By::Buyer, S::Cancelled),
    (S::Accepted, A::Cancel, By::Seller, S::Cancelled),
    (S::Accepted, A::ConfirmPayment, By::Seller, S::Paid),
    (S::Accepted, A::ConfirmPayment, By::Committee, S::Paid),
    (S::Accepted, A::PaymentSucceeded, By::System, S::Paid),
    (S::Paid, A::Refund, By::Seller, S::Refunded),
    (S::Paid, A::Refund, By::Committee, S::Refunded),
    (S::Paid, A::Ship, By::Seller, S::Shipped),
    (S::Shipped, A::ConfirmDelivery, By::Buyer, S::Delivered),
    (S::Shipped, A::Dispute, By::Buyer, S::Disputed),
    (S::Delivered, A::Settle, By::System, S::Settled),
    (S::Delivered, A::Dispute, By::Buyer, S::Disputed),
    (S::Disputed, A::ResolveSettle, By::Committee, S::Settled),
    (S::Disputed, A::ResolveRefund, By::Committee, S::Refunded),
    (S::Settled, A::Refund, By::Committee, S::Refunded),
];

fn legal(from: OrderState, action: Action, actor: Actor) -> Option<OrderState> {
    LEGAL
        .iter()
        .find(|(f, a, who, _)| (*f, *a, *who) == (from, action, actor))
        .map(|(_, _, _, to)| *to)
}

#[test]
fn every_triple_matches_the_table() {
    let mut checked = 0;
    for from in OrderState::ALL {
        for &action in Action::ALL {
            for &actor in Actor::ALL {
                checked += 1;
                let got = transition(from, action, actor);
                match legal(from, action, actor) {
                    Some(to) => assert_eq!(got, Ok(to), "{from} {action} {actor}"),
                    None => {
                        let err = got.expect_err("illegal move accepted");
                        let never = !LEGAL.iter().any(|(_, a, w, _)| (*a, *w) == (action, actor));
                        let other_actor_here =
                            LEGAL.iter().any(|(f, a, ..)| (*f, *a) == (from, action));
                        assert_eq!(
                            err.is_forbidden(),
                            never || other_actor_here,
                            "{from} {action} {actor}: {err}"
                        );
                        let message = err.to_string();
                        assert!(message.len() > 10 && !message.contains('{'), "{message}");
                    }
                }
            }
        }
    }
    assert_eq!(checked, 10 * 12 * 4);
    assert_eq!(LEGAL.len(), 19);
}

#[test]
fn the_happy_path_runs_from_placed_to_settled() {
    let steps = [
        (A::Accept, By::Seller, S::Accepted),
        (A::PaymentSucceeded, By::System, S::Paid),
        (A::Ship, By::Seller, S::Shipped),
        (A::ConfirmDelivery, By::Buyer, S::Delivered),
        (A::Settle, By::System, S::Settled),
    ];
    let mut state = S::Placed;
    for (action, actor, expected) in steps {
        state = transition(state, action, actor).unwrap();
        assert_eq!(state, expected);
    }
}

#[test]
fn a_buyer_cannot_ship_an_order() {
    let err = transition(S::Paid, A::Ship, By::Buyer).unwrap_err();
    assert!(err.is_forbidden());
    assert_eq!(err.to_string(), "only the seller co-op can ship an order");
    // Even before payment, who asks is checked first.
    assert!(transition(S::Placed, A::Ship, By::Buyer)
        .unwrap_err()
        .is_forbidden());
}

#[test]
fn a_seller_cannot_ship_an_order_before_it_is_paid() {
    let err = transition(S::Placed, A::Ship, By::Seller).unwrap_err();
    assert!(!err.is_forbidden());
    assert_eq!(
        err.to_string(),
        "cannot ship an order that is placed: it must be paid first"
    );
}

#[test]
fn an_order_is_settled_only_once() {
    let err = transition(S::Settled, A::Settle, By::System).unwrap_err();
    assert!(!err.is_forbidden());
    assert_eq!(err.to_string(), "order is already settled");
}

#[test]
fn only_the_system_settles_even_after_delivery() {
    for actor in [By::Buyer, By::Seller, By::Committee] {
        let err = transition(S::Delivered, A::Settle, actor).unwrap_err();
        assert_eq!(err.to_string(), "only the system can settle an order");
    }
}

#[test]
fn manual_payment_is_confirmed_by_the_seller_or_the_committee() {
    assert_eq!(
        transition(S::Accepted, A::ConfirmPayment, By::Seller),
        Ok(S::Paid)
    );
    assert_eq!(
        transition(S::Accepted, A::ConfirmPayment, By::Committee),
        Ok(S::Paid)
    );
    let err = transition(S::Accepted, A::ConfirmPayment, By::Buyer).unwrap_err();
    assert_eq!(
        err.to_string(),
        "only the seller co-op or the committee can confirm payment for an order"
    );
    let err = transition(S::Placed, A::ConfirmPayment, By::Seller).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot confirm payment for an order that is placed: it must be accepted first"
    );
    let err = transition(S::Paid, A::PaymentSucceeded, By::System).unwrap_err();
    assert_eq!(err.to_string(), "order is already paid");
}

#[test]
fn a_buyer_cannot_cancel_a_paid_order() {
    let err = transition(S::Paid, A::Cancel, By::Buyer).unwrap_err();
    assert!(!err.is_forbidden());
    assert_eq!(
        err.to_string(),
        "cannot cancel an order that is paid: it is already paid: the seller can refund it"
    );
}

#[test]
fn only_the_committee_refunds_a_settled_order() {
    let err = transition(S::Settled, A::Refund, By::Seller).unwrap_err();
    assert!(err.is_forbidden());
    assert_eq!(
        err.to_string(),
        "only the committee can refund an order that is settled"
    );
    assert_eq!(
        transition(S::Settled, A::Refund, By::Committee),
        Ok(S::Refunded)
    );
    let err = transition(S::Shipped, A::Refund, By::Seller).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot refund an order that is shipped: it has been shipped: the buyer can open a dispute"
    );
}

#[test]
fn a_dispute_is_resolved_by_the_committee_alone() {
    let state = transition(S::Delivered, A::Dispute, By::Buyer).unwrap();
    assert_eq!(state, S::Disputed);
    let err = transition(state, A::ResolveSettle, By::Seller).unwrap_err();
    assert_eq!(
        err.to_string(),
        "only the committee can resolve a dispute on an order"
    );
    assert_eq!(
        transition(state, A::ResolveRefund, By::Committee),
        Ok(S::Refunded)
    );
    assert_eq!(
        transition(state, A::ResolveSettle, By::Committee),
        Ok(S::Settled)
    );
    let err = transition(state, A::Settle, By::System).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot settle an order that is in dispute: it is disputed: the committee resolves it"
    );
}

#[test]
fn closed_orders_say_so() {
    let err = transition(S::Cancelled, A::Accept, By::Seller).unwrap_err();
    assert_eq!(err.to_string(), "order is already cancelled");
    let err = transition(S::Refunded, A::Refund, By::Committee).unwrap_err();
    assert_eq!(err.to_string(), "order is already refunded");
}

#[test]
fn terminal_states_are_exactly_those_without_a_way_out() {
    for state in OrderState::ALL {
        let way_out = LEGAL.iter().any(|(from, ..)| *from == state);
        assert_eq!(is_terminal(state), !way_out, "{state}");
    }
}

#[test]
fn allowed_actions_show_only_the_viewers_buttons() {
    assert_eq!(
        allowed_actions(S::Placed, By::Seller),
        [A::Accept, A::Reject, A::Cancel]
    );
    assert_eq!(allowed_actions(S::Placed, By::Buyer), [A::Cancel]);
    assert_eq!(
        allowed_actions(S::Accepted, By::Seller),
        [A::Cancel, A::ConfirmPayment]
    );
    assert_eq!(
        allowed_actions(S::Accepted, By::System),
        [A::PaymentSucceeded]
    );
    assert_eq!(allowed_actions(S::Paid, By::Seller), [A::Ship, A::Refund]);
    assert_eq!(allowed_actions(S::Paid, By::Buyer), []);
    assert_eq!(
        allowed_actions(S::Shipped, By::Buyer),
        [A::ConfirmDelivery, A::Dispute]
    );
    assert_eq!(
        allowed_actions(S::Disputed, By::Committee),
        [A::ResolveSettle, A::ResolveRefund]
    );
    assert_eq!(allowed_actions(S::Settled, By::Committee), [A::Refund]);
    assert_eq!(allowed_actions(S::Settled, By::Seller), []);
    for state in OrderState::ALL {
        for &actor in Actor::ALL {
            let expected: Vec<Action> = Action::ALL
                .iter()
                .copied()
                .filter(|a| legal(state, *a, actor).is_some())
                .collect();
            assert_eq!(allowed_actions(state, actor), expected);
        }
    }
}

#[test]
fn stock_is_released_by_reject_cancel_and_refund_before_shipping() {
    let released: Vec<(OrderState, OrderState)> = LEGAL
        .iter()
        .filter(|(from, _, _, to)| releases_stock(*from, *to))
        .map(|(from, _, _, to)| (*from, *to))
        .collect();
    assert_eq!(
        released,
        [
            (S::Placed, S::Rejected),
            (S::Placed, S::Cancelled),
            (S::Placed, S::Cancelled),
            (S::Accepted, S::Cancelled),
            (S::Accepted, S::Cancelled),
            (S::Paid, S::Refunded),
            (S::Paid, S::Refunded),
        ]
    );
    assert!(!releases_stock(S::Settled, S::Refunded));
    assert!(!releases_stock(S::Disputed, S::Refunded));
    assert!(!releases_stock(S::Paid, S::Shipped));
}

#[test]
fn names_round_trip_and_match_serde() {
    for s in OrderState::ALL {
        assert_eq!(OrderState::parse(s.as_str()), Ok(s));
    }
    for &a in Action::ALL {
        assert_eq!(a.as_str().parse::<Action>(), Ok(a));
        assert_eq!(serde_json::to_string(&a).unwrap(), format!("\"{a}\""));
    }
    for &a in Actor::ALL {
        assert_eq!(Actor::parse(a.as_str()), Ok(a));
        assert_eq!(serde_json::to_string(&a).unwrap(), format!("\"{a}\""));
    }
    assert_eq!(A::ConfirmPayment.as_str(), "confirm_payment");
    assert_eq!(A::PaymentSucceeded.to_string(), "payment_succeeded");
    let err = Action::parse("fly").unwrap_err();
    assert_eq!(err.to_string(), "unknown action 'fly'");
    assert!(OrderState::parse("Placed").is_err());
    assert_eq!(
        (OrderState::ALL.len(), Action::ALL.len(), Actor::ALL.len()),
        (10, 12, 4)
    );
}

/// One random step: either a move that is legal from the current state (`pick_legal`) or any pair.
fn step() -> impl Strategy<Value = (bool, usize, usize, usize)> {
    (
        any::<bool>(),
        any::<usize>(),
        0..Action::ALL.len(),
        0..Actor::ALL.len(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(10_000)
    })]

    #[test]
    fn random_walks_never_leave_a_terminal_state(steps in proptest::collection::vec(step(), 0..40)) {
        let mut state = S::Placed;
        for (pick_legal, pick, action, actor) in steps {
            let moves: Vec<_> = LEGAL.iter().filter(|(from, ..)| *from == state).collect();
            let (action, actor) = if pick_legal && !moves.is_empty() {
                let (_, a, who, _) = moves[pick % moves.len()];
                (*a, *who)
            } else {
                (Action::ALL[action], Actor::ALL[actor])
            };
            match transition(state, action, actor) {
                Ok(next) => {
                    prop_assert!(!is_terminal(state), "{} left terminal {}", action, state);
                    prop_assert_eq!(Some(next), legal(state, action, actor));
                    state = next;
                }
                Err(_) => prop_assert_eq!(legal(state, action, actor), None),
            }
        }
    }
}
