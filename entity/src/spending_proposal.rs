use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "spending_proposals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub title: String,
    pub purpose: String,
    pub amount_minor: i64,
    pub currency: String,
    pub recipient_coop_id: i32,
    pub proposed_by: i32,
    pub status: super::status::SpendingStatus,
    pub error: Option<String>,
    pub created_at: DateTimeUtc,
    pub paid_at: Option<DateTimeUtc>,
    /// Fixed when the spending is approved (Stripe for a recipient with a ready account).
    pub method: super::status::PayoutMethod,
    /// The connected account (`acct_...`) a Stripe spending is paid to.
    pub destination: Option<String>,
    /// The Stripe Transfer that paid it.
    pub transfer_id: Option<String>,
    /// When an execution claimed it to send it; another execution leaves it alone.
    pub claimed_at: Option<DateTimeUtc>,
    /// Refusals by Stripe so far; the Transfer's idempotency key names the attempt after one.
    pub transfer_attempt: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
