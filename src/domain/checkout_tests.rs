use super::*;
use CardPaymentStatus as Card;
use OrderState as S;

const ORDER_SETS: [&[OrderState]; 7] = [
    &[],
    &[S::Placed],
    &[S::Accepted],
    &[S::Placed, S::Accepted],
    &[S::Accepted, S::Rejected],
    &[S::Paid, S::Cancelled],
    &[S::Placed, S::Rejected],
];

const RETURNS: [Option<Returned>; 5] = [
    None,
    Some(Returned::Succeeded),
    Some(Returned::Processing),
    Some(Returned::Failed),
    Some(Returned::Other),
];

/// Every combination of orders, card payment, gateway and return, with its state.
fn every_case() -> Vec<(PayFacts<'static>, PayState)> {
    let cards = std::iter::once(None).chain(Card::ALL.into_iter().map(Some));
    let mut out = Vec::new();
    for card in cards {
        for orders in ORDER_SETS {
            for by_hand in [false, true] {
                for returned in RETURNS {
                    let f = PayFacts {
                        orders,
                        card,
                        by_hand,
                        returned,
                    };
                    out.push((f, pay_state(f)));
                }
            }
        }
    }
    out
}

#[test]
fn a_succeeded_card_payment_is_paid_whatever_the_orders_gateway_or_return_say() {
    let cases = every_case();
    assert_eq!(cases.len(), 7 * 7 * 2 * 5);
    for (f, state) in cases {
        assert_eq!(
            state == PayState::Paid,
            f.card == Some(Card::Succeeded),
            "{f:?}"
        );
    }
}

#[test]
fn without_an_accepted_order_nothing_is_paid_and_sellers_may_still_accept() {
    for (f, state) in every_case() {
        if f.card == Some(Card::Succeeded) || f.orders.contains(&S::Accepted) {
            continue;
        }
        let want = if f.orders.contains(&S::Placed) {
            PayState::AwaitingSellers
        } else {
            PayState::Nothing
        };
        assert_eq!(state, want, "{f:?}");
    }
}

#[test]
fn a_manual_gateway_pays_accepted_orders_by_bank_one_by_one() {
    for (f, state) in every_case() {
        if f.card != Some(Card::Succeeded) && f.orders.contains(&S::Accepted) && f.by_hand {
            assert_eq!(state, PayState::ByBank, "{f:?}");
        }
    }
}

#[test]
fn a_card_waits_for_every_seller_then_shows_failure_confirmation_or_the_form() {
    for (f, state) in every_case() {
        if f.card == Some(Card::Succeeded) || !f.orders.contains(&S::Accepted) || f.by_hand {
            continue;
        }
        let failed = f.card == Some(Card::Failed) || f.returned == Some(Returned::Failed);
        let back = matches!(f.returned, Some(Returned::Succeeded | Returned::Processing));
        let want = match (f.orders.contains(&S::Placed), failed, back) {
            (true, _, _) => PayState::AwaitingSellers,
            (false, true, _) => PayState::Failed,
            (false, false, true) => PayState::Confirming,
            (false, false, false) => PayState::CanPayByCard,
        };
        assert_eq!(state, want, "{f:?}");
    }
}

#[test]
fn every_payment_state_is_reached_by_some_case() {
    let states: Vec<PayState> = every_case().into_iter().map(|(_, s)| s).collect();
    for s in [
        PayState::AwaitingSellers,
        PayState::CanPayByCard,
        PayState::Confirming,
        PayState::Failed,
        PayState::Paid,
        PayState::ByBank,
        PayState::Nothing,
    ] {
        assert!(states.contains(&s), "{s:?} is never reached");
    }
}

#[test]
fn stripe_return_statuses_are_read_and_anything_else_says_nothing() {
    assert_eq!(Returned::parse("succeeded"), Returned::Succeeded);
    assert_eq!(Returned::parse("processing"), Returned::Processing);
    assert_eq!(Returned::parse("failed"), Returned::Failed);
    assert_eq!(Returned::parse("requires_payment_method"), Returned::Other);
    let one = PayFacts {
        orders: &[S::Accepted],
        card: Some(Card::RequiresPayment),
        by_hand: false,
        returned: Some(Returned::Other),
    };
    assert_eq!(pay_state(one), PayState::CanPayByCard);
}

#[test]
fn the_amount_due_is_the_accepted_orders_subtotals_only() {
    let orders = [
        (S::Accepted, 1250),
        (S::Placed, 900),
        (S::Accepted, 5),
        (S::Rejected, 70),
        (S::Paid, 300),
    ];
    assert_eq!(amount_due(orders), 1255);
    assert_eq!(amount_due([]), 0);
}
