//! Stripe's books: the balance transaction of a charge or a refund (its processing fee goes into
//! our ledger once), and every balance transaction since a date, page by page, for reconciling.
use sea_orm::DatabaseConnection;
use stripe_core::balance_transaction::{ListBalanceTransaction, RetrieveBalanceTransaction};
use stripe_core::charge::RetrieveCharge;
use stripe_core::refund::RetrieveRefund;
use stripe_types::{Expandable, RangeBoundsTs, RangeQueryTs};

use super::stripe::{stripe_err, StripeGateway};
use crate::error::AppError;
use crate::store;
use crate::store::processing_fees::BalanceTxn;

/// Balance transactions asked for per page when listing.
const PAGE: i64 = 100;

fn txn(t: stripe_core::BalanceTransaction) -> BalanceTxn {
    BalanceTxn {
        id: t.id.to_string(),
        source: t
            .source
            .as_ref()
            .map(|s| s.id().to_string())
            .unwrap_or_default(),
        kind: t.type_.as_str().to_owned(),
        currency: t.currency.to_string().to_ascii_uppercase(),
        amount: t.amount,
        fee: t.fee,
        created: t.created,
    }
}

fn id_of(t: Option<Expandable<stripe_core::BalanceTransaction>>) -> Option<String> {
    t.map(|t| t.id().to_string())
}

impl StripeGateway {
    async fn balance_txn(&self, id: &str) -> Result<BalanceTxn, AppError> {
        let t = RetrieveBalanceTransaction::new(id)
            .send(&self.client)
            .await
            .map_err(stripe_err)?;
        Ok(txn(t))
    }

    async fn charge_txn(&self, charge: &str) -> Result<Option<String>, AppError> {
        let c = RetrieveCharge::new(charge)
            .send(&self.client)
            .await
            .map_err(stripe_err)?;
        Ok(id_of(c.balance_transaction))
    }

    async fn refund_txn(&self, refund: &str) -> Result<Option<String>, AppError> {
        let r = RetrieveRefund::new(refund)
            .send(&self.client)
            .await
            .map_err(stripe_err)?;
        Ok(id_of(r.balance_transaction))
    }

    /// Books the processing fee of every card charge and refund not booked yet; returns how many
    /// balance transactions were booked. A source Stripe has no balance transaction for yet
    /// (still pending) is tried again next time.
    pub(super) async fn book_fees(&self, db: &DatabaseConnection) -> Result<usize, AppError> {
        let mut booked = 0;
        for charge in store::processing_fees::charges_to_book(db).await? {
            booked += self
                .book_one(db, &charge, self.charge_txn(&charge).await)
                .await?;
        }
        for refund in store::processing_fees::refunds_to_book(db).await? {
            booked += self
                .book_one(db, &refund, self.refund_txn(&refund).await)
                .await?;
        }
        Ok(booked)
    }

    async fn book_one(
        &self,
        db: &DatabaseConnection,
        source: &str,
        txn: Result<Option<String>, AppError>,
    ) -> Result<usize, AppError> {
        let fetched = match txn {
            Ok(Some(id)) => self.balance_txn(&id).await,
            Ok(None) => return Ok(0),
            Err(e) => Err(e),
        };
        match fetched {
            Ok(t) => Ok(usize::from(store::processing_fees::book(db, &t).await?)),
            Err(e) => {
                tracing::warn!(source, "balance transaction not fetched: {e}");
                Ok(0)
            }
        }
    }

    /// Every balance transaction created at or after `since` (Unix seconds), newest first,
    /// following `has_more` page by page.
    pub async fn balance_since(&self, since: i64) -> Result<Vec<BalanceTxn>, AppError> {
        let range = RangeQueryTs::Bounds(RangeBoundsTs {
            gte: Some(since),
            ..Default::default()
        });
        let mut all = Vec::new();
        let mut after: Option<String> = None;
        loop {
            let mut req = ListBalanceTransaction::new().created(range).limit(PAGE);
            if let Some(last) = &after {
                req = req.starting_after(last.clone());
            }
            let page = req.send(&self.client).await.map_err(stripe_err)?;
            let more = page.has_more;
            all.extend(page.data.into_iter().map(txn));
            after = all.last().map(|t: &BalanceTxn| t.id.clone());
            if !more || after.is_none() {
                return Ok(all);
            }
        }
    }
}
