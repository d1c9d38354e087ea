//! The cart, order and checkout pages, filled as a member sees them, for `locales.rs`.
use templates::cart::{self, BuyFormView, CartGroup, CartLineRow, CartView};
use templates::checkouts::{self, CardView, CheckoutOrder, CheckoutView, PayState};
use templates::components::FormData;
use templates::orders::{
    self, ActionForm, EventRow, FeeSplitView, OrderLineRow, OrderRow, OrderView, PaymentView,
    RefundFormView, Side,
};
use templates::Layout;

fn fee() -> FeeSplitView {
    FeeSplitView {
        rate: "4 %".into(),
        fee: "2,00 EUR".into(),
        pool: "1,00 EUR".into(),
        seller_share: "0,50 EUR".into(),
        buyer_share: "0,50 EUR".into(),
    }
}

fn with_errors(pairs: &[(&str, &str)]) -> FormData {
    let mut f = FormData::default();
    for (k, v) in pairs {
        f.values.insert((*k).into(), "x".into());
        f.errors.insert((*k).into(), (*v).into());
    }
    f
}

fn cart_view() -> CartView {
    let line = CartLineRow {
        id: 4,
        listing_id: 9,
        title: "Ananas".into(),
        unit: "kg".into(),
        unit_price: "12,50 EUR".into(),
        quantity: "2,5".into(),
        total: "31,25 EUR".into(),
        changes: vec!["x".into()],
        added_by: "Ana".into(),
        changed_by: Some("Kofi".into()),
    };
    CartView {
        coops: vec![(1, "Coop du Golfe".into()), (2, "Kpalimé Cacao".into())],
        coop_id: 1,
        groups: vec![CartGroup {
            seller_name: "Kpalimé Cacao".into(),
            lines: vec![line],
            subtotal: "31,25 EUR".into(),
            fee: fee(),
        }],
        form: with_errors(&[
            ("quantity-4", "x"),
            ("delivery_address", "x"),
            ("cart", "x"),
        ]),
        checkout_token: "t".into(),
        accept_terms: Some("4:1250:1000".into()),
    }
}

fn order_view(side: Side, payment: PaymentView) -> OrderView {
    OrderView {
        id: 7,
        state: "accepted".into(),
        buyer: (1, "Coop du Golfe".into()),
        seller: (2, "Kpalimé Cacao".into()),
        lines: vec![OrderLineRow {
            title: "Ananas".into(),
            unit: "kg".into(),
            unit_price: "12,50 EUR".into(),
            quantity: "4".into(),
            total: "50,00 EUR".into(),
        }],
        subtotal: "50,00 EUR".into(),
        fee: fee(),
        seller_proceeds: "48,00 EUR".into(),
        viewer_side: side,
        actions: ["reject", "cancel", "ship"]
            .iter()
            .map(|c| ActionForm {
                code: (*c).into(),
                reason: *c != "ship",
                danger: *c != "ship",
            })
            .collect(),
        events: vec![EventRow {
            when: "6 déc. 2026".into(),
            who: "Ama".into(),
            action: "partial_refund".into(),
            to: "paid".into(),
            note: "".into(),
        }],
        delivery_address: "Lomé".into(),
        note: "".into(),
        created: "6 déc. 2026".into(),
        payment: Some(payment),
        dispute: Some("/orders/7/dispute".into()),
        refunded: Some("5,00 EUR".into()),
        claw_back: Some("x".into()),
        refund_form: Some(RefundFormView {
            refundable: "45,00".into(),
            currency: "EUR".into(),
        }),
        form: with_errors(&[("amount", "x"), ("note", "x"), ("action", "x")]),
    }
}

fn bank() -> PaymentView {
    PaymentView::Bank {
        amount: "50,00 EUR".into(),
        account_holder: "Kpalimé Cacao".into(),
        iban: "DE89 3704 0044 0532 0130 00".into(),
        bic: "COBADEFFXXX".into(),
        reference: "CT-7".into(),
    }
}

fn checkout(state: PayState) -> CheckoutView {
    CheckoutView {
        id: 3,
        coop_id: 1,
        total: "50,00 EUR".into(),
        orders: vec![CheckoutOrder {
            id: 7,
            seller: "Kpalimé Cacao".into(),
            state: "placed",
            subtotal: "50,00 EUR".into(),
        }],
        state,
    }
}

/// Every order page and state of one, for a member.
pub fn pages(l: &Layout) -> Vec<(String, String)> {
    let row = OrderRow {
        id: 7,
        other_party: "Kpalimé Cacao".into(),
        state: "placed".into(),
        total: "50,00 EUR".into(),
        created: "6 déc. 2026".into(),
    };
    let buy = BuyFormView {
        listing_id: 9,
        coops: vec![(1, "Coop du Golfe".into()), (2, "Kpalimé Cacao".into())],
        unit: "kg".into(),
        form: with_errors(&[("quantity", "x"), ("coop_id", "x"), ("listing", "x")]),
    };
    let missing = PaymentView::BankMissing {
        amount: "50,00 EUR".into(),
        reference: "CT-7".into(),
    };
    let card = PaymentView::Card {
        amount: "50,00 EUR".into(),
        checkout_id: 3,
        pay_url: "/coops/1/checkouts/3".into(),
    };
    let mut out = vec![
        ("cart".into(), cart::cart(l, &cart_view()).into_string()),
        (
            "empty cart".into(),
            cart::cart(
                l,
                &CartView {
                    groups: Vec::new(),
                    accept_terms: None,
                    ..cart_view()
                },
            )
            .into_string(),
        ),
        (
            "order list".into(),
            orders::order_list(l, true, "placed", &["placed", "paid"], &[row], Some("9"))
                .into_string(),
        ),
        (
            "no orders".into(),
            orders::order_list(l, false, "", &["placed"], &[], None).into_string(),
        ),
        (
            "order (seller)".into(),
            orders::order_page(l, &order_view(Side::Seller, bank())).into_string(),
        ),
        (
            "order (bank missing)".into(),
            orders::order_page(l, &order_view(Side::Buyer, missing)).into_string(),
        ),
        (
            "order (card)".into(),
            orders::order_page(l, &order_view(Side::Committee, card)).into_string(),
        ),
        (
            "invoice".into(),
            orders::invoice(l, &order_view(Side::Buyer, bank())).into_string(),
        ),
        (
            "card".into(),
            checkouts::card(
                l,
                &CardView {
                    checkout_id: 3,
                    coop_id: 1,
                    amount: "50,00 EUR".into(),
                    publishable_key: "pk".into(),
                    client_secret: "cs".into(),
                    return_url: "/".into(),
                },
            )
            .into_string(),
        ),
    ];
    for state in [
        PayState::AwaitingSellers,
        PayState::CanPayByCard,
        PayState::Confirming,
        PayState::Failed,
        PayState::Paid,
        PayState::ByBank,
        PayState::Nothing,
    ] {
        out.push((
            "checkout".into(),
            checkouts::checkout(l, &checkout(state)).into_string(),
        ));
    }
    // The buy form is a part of the listing page: wrapped so that the `<html lang>` check holds.
    let form = cart::buy_form(&l.tr, &l.csrf, &buy);
    out.push((
        "buy form".into(),
        templates::page(l, "x", form).into_string(),
    ));
    out
}
