//! Who may trade: a co-op buys or sells only once admitted, and only on the side its kind allows.
use super::coop::{buys, sells, CoopKind, CoopStatus};

/// A co-op as the market's rules see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trader<'a> {
    pub name: &'a str,
    pub admitted: bool,
    pub kind: CoopKind,
}

impl<'a> Trader<'a> {
    /// A co-op from its stored name, status and kind.
    pub fn stored(name: &'a str, status: CoopStatus, kind: CoopKind) -> Trader<'a> {
        Trader {
            name,
            admitted: status == CoopStatus::Admitted,
            kind,
        }
    }
}

/// Why a co-op may not trade on a side (HTTP 403), naming it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotTrading {
    #[error("{0} has not been admitted yet")]
    NotAdmitted(String),
    #[error("{0} is registered as a producer and cannot place orders")]
    DoesNotBuy(String),
    #[error("{0} is registered as a buyer and cannot list goods")]
    DoesNotSell(String),
}

impl NotTrading {
    /// What a person is told (a code naming the co-op, said in their language when shown).
    pub fn msg(&self) -> crate::error::Msg {
        use crate::error::Msg;
        let (key, coop) = match self {
            NotTrading::NotAdmitted(c) => ("coops-error-not-admitted", c),
            NotTrading::DoesNotBuy(c) => ("coops-error-does-not-buy", c),
            NotTrading::DoesNotSell(c) => ("coops-error-does-not-sell", c),
        };
        Msg::code(key).arg("coop", coop.clone())
    }
}

/// A co-op may buy (cart, place orders) when admitted and a buyer or both.
pub fn may_buy(c: &Trader<'_>) -> Result<(), NotTrading> {
    if !c.admitted {
        return Err(NotTrading::NotAdmitted(c.name.to_owned()));
    }
    if !buys(c.kind) {
        return Err(NotTrading::DoesNotBuy(c.name.to_owned()));
    }
    Ok(())
}

/// A co-op may sell (list goods) when admitted and a producer or both.
pub fn may_sell(c: &Trader<'_>) -> Result<(), NotTrading> {
    if !c.admitted {
        return Err(NotTrading::NotAdmitted(c.name.to_owned()));
    }
    if !sells(c.kind) {
        return Err(NotTrading::DoesNotSell(c.name.to_owned()));
    }
    Ok(())
}

impl From<NotTrading> for crate::error::AppError {
    fn from(e: NotTrading) -> Self {
        crate::error::AppError::Forbidden(e.msg())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coop(status: &'static str, kind: &'static str) -> Trader<'static> {
        let (status, kind) = (CoopStatus::parse(status), CoopKind::parse(kind));
        Trader::stored("Hill Farm", status.unwrap(), kind.unwrap())
    }

    #[test]
    fn only_admitted_co_ops_of_the_right_kind_trade() {
        assert_eq!(may_buy(&coop("admitted", "buyer")), Ok(()));
        assert_eq!(may_buy(&coop("admitted", "both")), Ok(()));
        assert_eq!(may_sell(&coop("admitted", "producer")), Ok(()));
        assert_eq!(may_sell(&coop("admitted", "both")), Ok(()));
        let e = may_buy(&coop("admitted", "producer")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Hill Farm is registered as a producer and cannot place orders"
        );
        let e = may_sell(&coop("admitted", "buyer")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Hill Farm is registered as a buyer and cannot list goods"
        );
        for status in ["pending", "declined"] {
            let e = may_buy(&coop(status, "both")).unwrap_err();
            assert_eq!(e.to_string(), "Hill Farm has not been admitted yet");
            assert!(may_sell(&coop(status, "both")).is_err());
        }
        let refused = CoopKind::parse("?").unwrap_err();
        assert_eq!(refused.key(), Some("coops-error-kind"));
        assert_eq!(refused.to_string(), "choose producer, buyer or both");
    }
}
