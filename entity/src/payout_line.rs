use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "payout_lines")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub run_id: i32,
    pub coop_id: i32,
    pub fair_share_minor: i64,
    pub proceeds_minor: i64,
    /// fair share + proceeds, frozen when the run was drafted.
    pub amount_minor: i64,
    /// Entries after this id (up to the run's `max_entry_id`) are the ones behind the line.
    pub from_entry_id: i64,
    pub status: super::status::LineStatus,
    pub error: Option<String>,
    pub paid_by: Option<i32>,
    pub paid_at: Option<DateTimeUtc>,
    /// The journal entry that recorded the payment.
    pub entry_id: Option<i64>,
    /// Fixed when the run is drafted (Stripe for a co-op with a ready connected account).
    pub method: super::status::PayoutMethod,
    /// The connected account (`acct_...`) a Stripe line is paid to.
    pub destination: Option<String>,
    /// The Stripe Transfer that paid the line.
    pub transfer_id: Option<String>,
    /// When an execution claimed the line to send it; another execution leaves it alone.
    pub claimed_at: Option<DateTimeUtc>,
    /// Refusals by Stripe so far; the Transfer's idempotency key names the attempt after one.
    pub transfer_attempt: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
