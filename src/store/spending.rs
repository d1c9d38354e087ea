//! Spending from the common pool: any co-op member proposes (title, purpose, amount, recipient),
//! the committee reviews it like a payout run (`votes::decide`). The approval that completes the
//! quorum earmarks the money (pool:common → payouts_in_transit) after checking, under the ledger
//! lock, that the pool holds it, so the pool never goes negative; the payment (a bank transfer
//! marked paid by hand, or a Stripe Transfer when the recipient's account is ready) then moves
//! it payouts_in_transit → gateway_clearing.
use entity::spending_proposal::{self, ActiveModel, Column, Entity, Model};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, Set,
};

use super::decisions::{record, Facts, Standing, Subject};
use crate::domain::balance::Balance;
use crate::domain::bounds;
use crate::domain::ledger::{Account, JournalEntry, Posting};
use crate::domain::money::{Currency, Money};
use crate::domain::payout::{most_owed_first, spending_is_payable, CLAIM_LEASE};
use crate::domain::status::DecisionKind;
use crate::domain::status::{CoopStatus, PayoutMethod, SpendingStatus};
use crate::error::{AppError, FieldErrors, Msg};

/// What a co-op member fills in.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct Proposal {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub amount: String,
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub recipient_coop_id: String,
}

fn parse_amount(p: &Proposal, errors: &mut FieldErrors) -> Option<Money> {
    let currency = Currency::parse(&p.currency)
        .map_err(|e| errors.add("currency", e.msg()))
        .ok()?;
    match bounds::parse_at_most(&p.amount, currency, bounds::MAX_SPENDING_MINOR, "spending") {
        Ok(m) if m.is_positive() => Some(m),
        Ok(_) => {
            errors.add("amount", Msg::code("error-amount-positive"));
            None
        }
        Err(e) => {
            errors.add("amount", e);
            None
        }
    }
}

/// The recipient if it is an admitted co-op; a database failure is an error, not a field error.
async fn recipient(
    db: &impl ConnectionTrait,
    p: &Proposal,
    errors: &mut FieldErrors,
) -> Result<Option<entity::coop::Model>, AppError> {
    let found = match p.recipient_coop_id.trim().parse::<i32>() {
        Ok(id) => match super::coops::get(db, id).await {
            Ok(c) => Some(c),
            Err(AppError::NotFound(_)) => None,
            Err(e) => return Err(e),
        },
        Err(_) => None,
    };
    let admitted = found.filter(|c| c.status == CoopStatus::Admitted);
    if admitted.is_none() {
        errors.add("recipient_coop_id", Msg::code("error-recipient"));
    }
    Ok(admitted)
}

/// Files a proposal by `user_id` and emails the committee a link on `base_url`; each bad field
/// is named.
pub async fn propose(
    db: &impl ConnectionTrait,
    user_id: i32,
    p: &Proposal,
    base_url: &url::Url,
) -> Result<Model, AppError> {
    let mut errors = FieldErrors::default();
    if p.title.trim().is_empty() {
        errors.add("title", Msg::code("error-title-empty"));
    }
    if p.purpose.trim().is_empty() {
        errors.add("purpose", Msg::code("error-purpose-empty"));
    }
    let amount = parse_amount(p, &mut errors);
    let recipient = recipient(db, p, &mut errors).await?;
    errors.into_result()?;
    let (Some(amount), Some(recipient)) = (amount, recipient) else {
        return Err(AppError::Internal("validated proposal lost a field".into()));
    };
    let saved = ActiveModel {
        title: Set(p.title.trim().to_string()),
        purpose: Set(p.purpose.trim().to_string()),
        amount_minor: Set(amount.minor),
        currency: Set(amount.currency.code().to_string()),
        recipient_coop_id: Set(recipient.id),
        proposed_by: Set(user_id),
        status: Set(SpendingStatus::AwaitingReview),
        created_at: Set(super::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    record(
        db,
        Subject::Spending(saved.id),
        Some(user_id),
        DecisionKind::Proposed,
        "",
    )
    .await?;
    let link = crate::config::absolute(base_url, &format!("/committee/spending/{}", saved.id));
    for member in super::committee::list(db).await? {
        let tr = super::locale::tr_of(&member);
        let args = [
            ("id", saved.id.to_string().into()),
            ("coop", recipient.name.clone().into()),
            ("amount", super::locale::money(&tr, amount).into()),
            ("title", saved.title.clone().into()),
            ("purpose", saved.purpose.clone().into()),
            ("link", link.clone().into()),
        ];
        let subject = tr.t_args("mail-spending-review-subject", &args);
        let body = [
            tr.t_args("mail-spending-review-body", &args),
            tr.t_args("mail-review-at", &args),
        ];
        let mail = templates::mail::text_mail(subject, &body);
        super::outbox::enqueue_mail(db, &member.email, &mail).await?;
    }
    Ok(saved)
}

/// What proposing did: a new proposal, or, for a form sent again, where the first went.
#[derive(Debug)]
pub enum Proposed {
    New(Model),
    Repeat(String),
}

/// Proposes once per one-time `form_token` (`form_submissions`), in a write transaction of its
/// own; `at` is where a repeat of the form is sent. A bad field changes nothing, the token's
/// claim included, so the corrected form still goes through.
pub async fn propose_once(
    db: &DatabaseConnection,
    user_id: i32,
    form_token: &str,
    p: &Proposal,
    at: &str,
    base_url: &url::Url,
) -> Result<Proposed, AppError> {
    use super::form_submissions::{claim, record as record_location, Claim};
    let tx = crate::db::begin_write(db).await?;
    if let Claim::Done(first) = claim(&tx, user_id, form_token).await? {
        return Ok(Proposed::Repeat(first));
    }
    let saved = propose(&tx, user_id, p, base_url).await?;
    record_location(&tx, user_id, form_token, at).await?;
    tx.commit().await?;
    Ok(Proposed::New(saved))
}

/// A proposal, or `NotFound`.
pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<Model, AppError> {
    Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("spending proposal"))
}

/// What the committee's review of spending `id` is decided on besides its votes.
pub async fn facts(db: &impl ConnectionTrait, id: i32) -> Result<Facts, AppError> {
    let p = get(db, id).await?;
    Ok(Facts {
        standing: Standing::of_spending(p.status),
        drafter: Some(p.proposed_by),
        receiving: vec![p.recipient_coop_id],
    })
}

/// The currencies the common pool holds money in, most first: what a spending can draw on.
pub async fn pool_currencies(db: &impl ConnectionTrait) -> Result<Vec<Balance>, AppError> {
    let held = super::ledger::balances(db)
        .await?
        .into_iter()
        .filter(|(account, _)| *account == Account::Pool)
        .map(|(_, b)| b)
        .collect();
    Ok(most_owed_first(held))
}

/// Proposals, newest first; only approved and paid ones when `decided_only`.
pub async fn list(db: &impl ConnectionTrait, decided_only: bool) -> Result<Vec<Model>, AppError> {
    let mut q = Entity::find().order_by_desc(Column::Id);
    if decided_only {
        q = q.filter(Column::Status.is_in([SpendingStatus::Approved, SpendingStatus::Paid]));
    }
    Ok(q.all(db).await?)
}

fn amount(p: &spending_proposal::Model) -> Result<Money, AppError> {
    Ok(Money::from_minor(
        p.amount_minor,
        Currency::parse(&p.currency)?,
    ))
}

fn entry(
    key: String,
    memo: String,
    from: Account,
    to: Account,
    a: Money,
) -> Result<JournalEntry, AppError> {
    let postings = vec![Posting::new(from, a.checked_neg()?), Posting::new(to, a)];
    JournalEntry::new(key, "pool_spending", memo, postings)
        .map_err(|e| AppError::Internal(format!("ledger: {e}")))
}

/// Moves the approved amount out of the pool; the caller holds the ledger lock, so the balance
/// read here is the one the entry is posted against. Too little in the pool is a `Conflict`.
pub async fn earmark(db: &impl ConnectionTrait, id: i32) -> Result<(), AppError> {
    let p = get(db, id).await?;
    let a = amount(&p)?;
    let pool = super::ledger::balance_exact(db, &Account::Pool, a.currency).await?;
    if pool.minor < i128::from(a.minor) {
        let m = Msg::code("pool-error-too-little")
            .money("amount", a.minor, a.currency.code(), a.currency.exponent())
            .arg("id", id.to_string());
        return Err(AppError::Conflict(pool.arg_of(m, "pool")));
    }
    let memo = format!("pool spending #{id}: {}", p.title);
    let e = entry(
        format!("spending:{id}"),
        memo,
        Account::Pool,
        Account::PayoutsInTransit,
        a,
    )?;
    super::ledger::post(db, e).await?;
    // A recipient whose Stripe account is ready is paid by Transfer, the others by bank.
    let account = super::connect::ready_account(db, p.recipient_coop_id).await?;
    let mut active = p.into_active_model();
    active.method = Set(match account {
        Some(_) => PayoutMethod::Stripe,
        None => PayoutMethod::Bank,
    });
    active.destination = Set(account);
    active.update(db).await?;
    Ok(())
}

/// An approved (or paid) spending, or a `Conflict` saying why it cannot be paid.
async fn payable(db: &impl ConnectionTrait, id: i32) -> Result<Model, AppError> {
    let p = get(db, id).await?;
    if !spending_is_payable(p.status) {
        return Err(AppError::Conflict(
            Msg::code("spending-error-not-payable")
                .arg("id", id.to_string())
                .arg("code", p.status.as_str()),
        ));
    }
    Ok(p)
}

/// Marks an approved spending paid by bank, in a write transaction of its own; false when it
/// already was (posted once).
pub async fn mark_paid(
    db: &DatabaseConnection,
    id: i32,
    by: Option<i32>,
) -> Result<bool, AppError> {
    let tx = crate::db::begin_write(db).await?;
    super::ledger::lock(&tx).await?;
    let p = payable(&tx, id).await?;
    if p.status != SpendingStatus::Paid && p.method == PayoutMethod::Stripe {
        return Err(AppError::Conflict(
            Msg::code("spending-error-stripe").arg("id", id.to_string()),
        ));
    }
    let paid = pay(&tx, p, by, None).await?;
    tx.commit().await?;
    Ok(paid)
}

/// Pays the spending (through Stripe when `transfer_id` names the Transfer); false (nothing
/// posted) when it already was paid.
async fn pay(
    db: &impl ConnectionTrait,
    p: Model,
    by: Option<i32>,
    transfer_id: Option<String>,
) -> Result<bool, AppError> {
    if p.status == SpendingStatus::Paid {
        return Ok(false);
    }
    let id = p.id;
    let how = match &transfer_id {
        Some(_) => "stripe",
        None => "bank",
    };
    let a = amount(&p)?;
    let memo = match &transfer_id {
        Some(t) => format!(
            "pool spending #{id} paid to co-op #{} by Stripe transfer {t}",
            p.recipient_coop_id
        ),
        None => format!("pool spending #{id} paid to co-op #{}", p.recipient_coop_id),
    };
    let e = entry(
        format!("spending-paid:{id}"),
        memo,
        Account::PayoutsInTransit,
        Account::GatewayClearing,
        a,
    )?;
    super::ledger::post(db, e).await?;
    let (recipient, title) = (p.recipient_coop_id, p.title.clone());
    let mut active = p.into_active_model();
    active.status = Set(SpendingStatus::Paid);
    active.error = Set(None);
    active.paid_at = Set(Some(super::now()));
    active.transfer_id = Set(transfer_id);
    active.claimed_at = Set(None);
    active.update(db).await?;
    let why = Msg::code("decision-why-paid").money(
        "amount",
        a.minor,
        a.currency.code(),
        a.currency.exponent(),
    );
    record(
        db,
        Subject::Spending(id),
        by,
        DecisionKind::Paid,
        &why.to_stored(),
    )
    .await?;
    let link = format!("/coops/{recipient}/manage");
    let render = move |tr: &i18n::Tr| {
        let args = [
            ("amount", super::locale::money(tr, a).into()),
            ("how", how.into()),
            ("title", title.clone().into()),
        ];
        let subject = tr.t_args("mail-spending-paid-subject", &args);
        let body = tr.t_args("mail-spending-paid-body", &args);
        templates::mail::text_mail(subject, &[body])
    };
    let kind = crate::domain::notification::Kind::SpendingDecision;
    super::notify::coop_members(db, kind, recipient, &link, render).await?;
    Ok(true)
}

// --- Paid through Stripe: claim, then record the Transfer's outcome ---

/// The idempotency key of a spending's Transfer: `spending-<id>`, then `spending-<id>-<n>` after
/// Stripe refused it n times (as `payouts::transfer_key`).
pub fn transfer_key(p: &Model) -> String {
    match p.transfer_attempt {
        0 => format!("spending-{}", p.id),
        n => format!("spending-{}-{n}", p.id),
    }
}

/// Claims an approved, unpaid Stripe spending for one execution, in a write transaction of its
/// own; `None` when it is paid or another execution holds it.
pub async fn claim_stripe(db: &DatabaseConnection, id: i32) -> Result<Option<Model>, AppError> {
    let tx = crate::db::begin_write(db).await?;
    super::ledger::lock(&tx).await?;
    let p = payable(&tx, id).await?;
    if p.method != PayoutMethod::Stripe {
        return Err(AppError::Conflict(
            Msg::code("spending-error-bank").arg("id", id.to_string()),
        ));
    }
    let now = super::now();
    let held = p.claimed_at.is_some_and(|at| now - at < CLAIM_LEASE);
    if p.status == SpendingStatus::Paid || held {
        return Ok(None);
    }
    let mut active = p.into_active_model();
    active.claimed_at = Set(Some(now));
    let claimed = active.update(&tx).await?;
    tx.commit().await?;
    Ok(Some(claimed))
}

/// Records that `transfer_id` paid the spending, posting its entry once.
pub async fn stripe_paid(
    db: &DatabaseConnection,
    id: i32,
    transfer_id: &str,
    by: Option<i32>,
) -> Result<bool, AppError> {
    let tx = crate::db::begin_write(db).await?;
    super::ledger::lock(&tx).await?;
    let p = payable(&tx, id).await?;
    let paid = pay(&tx, p, by, Some(transfer_id.to_owned())).await?;
    tx.commit().await?;
    Ok(paid)
}

/// Records a failed Transfer: the spending stays approved with the error and its claim released;
/// a refusal by Stripe (`refused`) moves the key on.
pub async fn stripe_failed(
    db: &DatabaseConnection,
    id: i32,
    by: Option<i32>,
    error: &str,
    refused: bool,
) -> Result<(), AppError> {
    let tx = crate::db::begin_write(db).await?;
    super::ledger::lock(&tx).await?;
    let p = payable(&tx, id).await?;
    if p.status == SpendingStatus::Paid {
        return Ok(());
    }
    let error: String = error.chars().take(1000).collect();
    let attempt = p.transfer_attempt + i32::from(refused);
    let mut active = p.into_active_model();
    active.error = Set(Some(error.clone()));
    active.claimed_at = Set(None);
    active.transfer_attempt = Set(attempt);
    active.update(&tx).await?;
    record(&tx, Subject::Spending(id), by, DecisionKind::Failed, &error).await?;
    tx.commit().await?;
    Ok(())
}
// --- end Stripe ---
