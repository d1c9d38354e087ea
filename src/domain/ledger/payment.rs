//! The postings of a buyer's payment arriving at the gateway (or the bank) and of its reversal
//! when the order is refunded. With the settlement's clearing −S, clearing nets to zero per order.

use super::{Account, LedgerError, Posting};
use crate::domain::money::Money;

/// A payment of `subtotal` > 0 by `buyer_coop`: gateway clearing +S (the gateway or bank now
/// holds it), the buyer's payments −S (handed over).
pub fn payment_postings(buyer_coop: i32, subtotal: Money) -> Result<Vec<Posting>, LedgerError> {
    if !subtotal.is_positive() {
        return Err(LedgerError::InvalidAmounts("a payment must be positive"));
    }
    Ok(vec![
        Posting::new(Account::GatewayClearing, subtotal),
        Posting::new(Account::CoopPayments(buyer_coop), subtotal.checked_neg()?),
    ])
}

/// Returning a payment of `subtotal` > 0 to `buyer_coop`: exactly the negation of `payment_postings`.
pub fn payment_reversal_postings(
    buyer_coop: i32,
    subtotal: Money,
) -> Result<Vec<Posting>, LedgerError> {
    payment_postings(buyer_coop, subtotal)?
        .into_iter()
        .map(|p| Ok(Posting::new(p.account, p.amount.checked_neg()?)))
        .collect()
}

/// The payment processor's fee on one of its balance transactions (`fee` > 0 on a charge, < 0
/// when a refund gives some back): it leaves gateway clearing into the processor fees expense.
pub fn processing_fee_postings(fee: Money) -> Result<Vec<Posting>, LedgerError> {
    if fee.is_zero() {
        return Err(LedgerError::InvalidAmounts(
            "a processing fee of zero posts nothing",
        ));
    }
    Ok(vec![
        Posting::new(Account::GatewayClearing, fee.checked_neg()?),
        Posting::new(Account::ProcessorFees, fee),
    ])
}

/// A seller's proceeds sent to it by the gateway (a Stripe transfer of an order's S − F), as a
/// payout line posts them: the seller's proceeds −amount, gateway clearing +amount. A negative
/// `amount` is money coming back from the seller (a transfer cut before it left, or reversed).
pub fn proceeds_transfer_postings(
    seller_coop: i32,
    amount: Money,
) -> Result<Vec<Posting>, LedgerError> {
    if amount.is_zero() {
        return Err(LedgerError::InvalidAmounts(
            "a transfer of zero posts nothing",
        ));
    }
    Ok(vec![
        Posting::new(Account::CoopProceeds(seller_coop), amount.checked_neg()?),
        Posting::new(Account::GatewayClearing, amount),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fee_split::{split_fee, SplitPolicy};
    use crate::domain::ledger::{settlement_postings, sums_per_currency, OrderParties};
    use crate::domain::money::{Currency, FeeRate};

    #[test]
    fn payment_then_settlement_leaves_nothing_in_clearing() {
        let s = Money::from_minor(123_457, Currency::EUR);
        let fee = FeeRate::DEFAULT.fee_on(s).unwrap();
        let split = split_fee(fee, &SplitPolicy::default()).unwrap();
        let parties = OrderParties {
            seller_coop: 12,
            buyer_coop: 7,
        };
        let mut all = payment_postings(7, s).unwrap();
        all.extend(settlement_postings(parties, s, fee, &split).unwrap());
        let clearing: i64 = all
            .iter()
            .filter(|p| p.account == Account::GatewayClearing)
            .map(|p| p.amount.minor)
            .sum();
        assert_eq!(clearing, 0);
        assert!(sums_per_currency(&all).unwrap().iter().all(Money::is_zero));
        let paid: Vec<(Account, i64)> = payment_postings(7, s)
            .unwrap()
            .iter()
            .map(|p| (p.account, p.amount.minor))
            .collect();
        assert_eq!(
            paid,
            [
                (Account::GatewayClearing, 123_457),
                (Account::CoopPayments(7), -123_457)
            ]
        );
    }

    #[test]
    fn a_reversal_cancels_the_payment_and_nothing_else() {
        let s = Money::from_minor(500, Currency::JPY);
        let mut both = payment_postings(3, s).unwrap();
        both.extend(payment_reversal_postings(3, s).unwrap());
        assert_eq!(both.len(), 4);
        for account in [Account::GatewayClearing, Account::CoopPayments(3)] {
            let sum: i64 = both
                .iter()
                .filter(|p| p.account == account)
                .map(|p| p.amount.minor)
                .sum();
            assert_eq!(sum, 0, "{account}");
        }
        assert!(payment_postings(3, Money::zero(Currency::JPY)).is_err());
    }
}
