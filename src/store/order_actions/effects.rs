//! What a batch of order actions causes besides the orders' states: their mail, composed
//! from one read of the co-ops' names and bank details per batch; their ledger entries; and
//! what is written after those (the refund of what is left, a card-paid order's transfer).
use std::collections::{BTreeSet, HashMap, HashSet};

use entity::{order, order_line, refund};
use sea_orm::ConnectionTrait;

use crate::domain::ledger::JournalEntry;
use crate::domain::notification::Kind;
use crate::domain::order_decision::{Later as DecidedLater, Posting};
use crate::domain::order_state::OrderState;
use crate::error::AppError;
use crate::store::order_notices::{order_event, MailFacts, StepNotice};
use crate::store::orders::pending::Pending;

/// What a transition causes that is written after the batch's history, mail and ledger
/// entries, in order: the refund of what is left, a card-paid order's transfer to its seller.
pub enum Later {
    Refund {
        o: order::Model,
        from: OrderState,
        user: Option<i32>,
        note: String,
    },
    Transfer(order::Model),
}

/// A step the decision says people hear of, composed into mail before writing: the order as
/// before the step, its lines, and the step.
pub(super) struct Told {
    pub o: order::Model,
    pub lines: Vec<order_line::Model>,
    pub step: StepNotice,
}

/// The mail of the steps people hear of: where every order action's mail is produced. Reads
/// the co-ops' names (and bank details when payment falls due) once for the whole batch.
pub(super) async fn compose_mail(
    db: &impl ConnectionTrait,
    told: &[Told],
    pending: &mut Pending,
) -> Result<(), AppError> {
    let what: Vec<(&order::Model, Kind)> = told.iter().map(|t| (&t.o, t.step.kind)).collect();
    let facts = MailFacts::load(db, &what).await?;
    for t in told {
        pending.mail(order_event(&facts, &t.o, &t.lines, &t.step));
    }
    Ok(())
}

/// The journal entry of a posting the decision asked for.
pub(super) fn posting(
    o: &order::Model,
    p: Posting,
    facts: &SettleFacts,
) -> Result<JournalEntry, AppError> {
    match p {
        Posting::Payment => crate::store::payments::payment_entry(o),
        Posting::Settlement => {
            let refunds = facts.refunds(o.id).ok_or_else(|| {
                AppError::Internal(format!("order #{} settled without its refunds", o.id))
            })?;
            let kept = crate::store::refunds::kept_after(o, refunds)?;
            crate::store::settlement::settlement_entry(o, &kept)
        }
    }
}

pub(super) fn later(o: &order::Model, l: DecidedLater, user: Option<i32>, note: &str) -> Later {
    match l {
        DecidedLater::RefundRest { from } => Later::Refund {
            o: o.clone(),
            from,
            user,
            note: note.to_owned(),
        },
        DecidedLater::TransferToSeller => Later::Transfer(o.clone()),
    }
}

/// What settling orders needs to know: their refunds so far and which were paid by card.
#[derive(Default)]
pub(super) struct SettleFacts {
    loaded: BTreeSet<i32>,
    refunds: HashMap<i32, Vec<refund::Model>>,
    pub charged: HashSet<i32>,
}

impl SettleFacts {
    /// Reads the facts of `orders` (none: no query).
    pub async fn load(
        db: &impl ConnectionTrait,
        orders: &[&order::Model],
    ) -> Result<SettleFacts, AppError> {
        let mut facts = SettleFacts::default();
        if orders.is_empty() {
            return Ok(facts);
        }
        let ids = orders.iter().map(|o| o.id);
        facts.refunds = crate::store::refunds::of_orders(db, ids).await?;
        let checkouts = orders.iter().map(|o| o.checkout_id);
        facts.charged = crate::store::checkout_payments::charged(db, checkouts).await?;
        facts.loaded = orders.iter().map(|o| o.id).collect();
        Ok(facts)
    }

    /// The order's refunds, if its facts were loaded.
    fn refunds(&self, order_id: i32) -> Option<&[refund::Model]> {
        self.loaded
            .contains(&order_id)
            .then(|| self.refunds.get(&order_id).map_or(&[][..], Vec::as_slice))
    }
}

/// Writes what `act_all` left for after the batch's ledger entries, in order.
pub async fn finish(db: &impl ConnectionTrait, later: Vec<Later>) -> Result<(), AppError> {
    for l in later {
        match l {
            Later::Refund {
                o,
                from,
                user,
                note,
            } => crate::store::refunds::refund_rest(db, &o, from, user, &note).await?,
            Later::Transfer(o) => crate::store::checkout_payments::queue_transfer(db, &o).await?,
        }
    }
    Ok(())
}
