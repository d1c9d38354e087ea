//! A randomized run: ~300 settlements, partial and full refunds and replays in EUR, JPY and KWD
//! between ten co-ops, checked against a model of every account, the trial balance and `verify`.
use super::*;
use cooptrade::domain::fee_split::split_refund;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// What is left of a settled order to refund.
struct Settled {
    order: i32,
    parties: OrderParties,
    subtotal_left: Money,
    split_left: FeeSplit,
    refunds: u32,
}

/// A refund of part (or all) of what is left of `order`; updates what is left.
fn refund(rng: &mut StdRng, order: &mut Settled) -> JournalEntry {
    let currency = order.subtotal_left.currency;
    let refunded = Money::from_minor(rng.gen_range(1..=order.subtotal_left.minor), currency);
    let fee_left = order.split_left.total().unwrap();
    // The last refund takes back all of the fee left; rounding per refund never overshoots it.
    let refunded_fee = if refunded == order.subtotal_left {
        fee_left
    } else {
        let fee = FeeRate::DEFAULT.fee_on(refunded).unwrap();
        Money::from_minor(fee.minor.min(fee_left.minor), currency)
    };
    let postings =
        refund_after_settlement_postings(order.parties, refunded, refunded_fee, &order.split_left)
            .unwrap();
    let claw_back = split_refund(&order.split_left, refunded_fee).unwrap();
    order.split_left = order.split_left.checked_sub(&claw_back).unwrap();
    order.subtotal_left = order.subtotal_left.checked_sub(refunded).unwrap();
    order.refunds += 1;
    let key = format!("refund:{}:{}", order.order, order.refunds);
    JournalEntry::new(key, "refund", "", postings)
        .unwrap()
        .for_order(order.order)
}

async fn random_settlements_and_refunds_always_balance(app: TestApp) {
    let mut rng = StdRng::seed_from_u64(20_261_125);
    let currencies = [Currency::EUR, Currency::JPY, Currency::KWD];
    let mut open: Vec<Settled> = Vec::new();
    let mut posted: Vec<JournalEntry> = Vec::new();
    let mut model: BTreeMap<(String, &'static str), i128> = BTreeMap::new();
    for order in 1..=300 {
        if !posted.is_empty() && rng.gen_bool(0.05) {
            let replay = posted[rng.gen_range(0..posted.len())].clone();
            let outcome = post(&app, replay).await.unwrap();
            assert!(matches!(outcome, PostOutcome::AlreadyPosted(_)));
        }
        let draft = if !open.is_empty() && rng.gen_bool(0.3) {
            let i = rng.gen_range(0..open.len());
            let draft = refund(&mut rng, &mut open[i]);
            if open[i].subtotal_left.is_zero() {
                open.swap_remove(i);
            }
            draft
        } else {
            let on = parties(rng.gen_range(1..=10), rng.gen_range(1..=10));
            let currency = currencies[rng.gen_range(0..currencies.len())];
            let subtotal = Money::from_minor(rng.gen_range(1..=10_000_000), currency);
            let (draft, split) = settlement(order, on, subtotal);
            let (subtotal_left, split_left, refunds) = (subtotal, split, 0);
            open.push(Settled {
                order,
                parties: on,
                subtotal_left,
                split_left,
                refunds,
            });
            draft
        };
        for p in draft.postings() {
            *model
                .entry((p.account.to_string(), p.amount.currency.code()))
                .or_default() += i128::from(p.amount.minor);
        }
        assert!(matches!(
            post(&app, draft.clone()).await.unwrap(),
            PostOutcome::Posted(_)
        ));
        posted.push(draft);
    }

    let stored: BTreeMap<(String, &'static str), i128> = ledger::balances(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|(account, m)| ((account.to_string(), m.currency.code()), m.minor))
        .collect();
    assert_eq!(stored, model);
    // No refund takes back more than the settlement gave: owed balances never go negative.
    for ((account, _), minor) in &stored {
        let owed = matches!(
            Account::parse(account).unwrap(),
            Account::CoopProceeds(_) | Account::CoopFairShare(_) | Account::Pool
        );
        assert!(!owed || *minor >= 0, "{account} {minor}");
    }
    let trial = ledger::trial_balance(&app.db).await.unwrap();
    assert!(
        !trial.is_empty() && trial.iter().all(|t| t.is_zero()),
        "{trial:?}"
    );
    let report = ledger::verify(&app.db).await.unwrap();
    assert!(report.is_ok(), "{report}");
    assert_eq!(report.entries, posted.len() as u64);
    assert!(report.balances.iter().all(|(_, sum)| *sum == 0));
}

on_both_backends!(random_settlements_and_refunds_always_balance);
