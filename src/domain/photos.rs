//! The rules of a listing's photos: their order (the first is the cover) and their alt text.
use i18n::Msg;

/// Longest alt text accepted, in characters.
pub const MAX_ALT: usize = 250;

/// What a screen reader says for a photo: required, one line, at most 250 characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AltText(String);

impl AltText {
    pub fn parse(s: &str) -> Result<AltText, i18n::Msg> {
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.is_empty() {
            return Err(i18n::Msg::code("photos-error-alt-empty"));
        }
        if s.chars().count() > MAX_ALT {
            return Err(i18n::Msg::code("photos-error-alt-long"));
        }
        Ok(AltText(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A seller's move of one photo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// One place earlier.
    Up,
    /// One place later.
    Down,
    /// To the front: the cover.
    Cover,
}

impl Move {
    pub fn parse(s: &str) -> Result<Move, Msg> {
        match s {
            "up" => Ok(Move::Up),
            "down" => Ok(Move::Down),
            "cover" => Ok(Move::Cover),
            other => Err(Msg::code("listings-error-photo-move").arg("value", other)),
        }
    }
}

/// The photos' ids in their new order after moving `id`; `None` when `id` is not one of them.
/// Moving the first up or the last down changes nothing.
pub fn moved(order: &[i32], id: i32, m: Move) -> Option<Vec<i32>> {
    let at = order.iter().position(|x| *x == id)?;
    let mut next = order.to_vec();
    match m {
        Move::Up if at > 0 => next.swap(at, at - 1),
        Move::Down if at + 1 < next.len() => next.swap(at, at + 1),
        Move::Cover => {
            let first = next.remove(at);
            next.insert(0, first);
        }
        _ => {}
    }
    Some(next)
}

/// Checks that `wanted` names each of the listing's photos exactly once.
pub fn check_order(current: &[i32], wanted: &[i32]) -> Result<(), Msg> {
    let mut a = current.to_vec();
    let mut b = wanted.to_vec();
    a.sort_unstable();
    b.sort_unstable();
    if a == b {
        Ok(())
    } else {
        let count = i64::try_from(current.len()).unwrap_or(i64::MAX);
        Err(Msg::code("listings-error-photo-order").num("count", count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_keep_every_photo_once() {
        let o = [10, 20, 30];
        assert_eq!(moved(&o, 30, Move::Cover), Some(vec![30, 10, 20]));
        assert_eq!(moved(&o, 20, Move::Up), Some(vec![20, 10, 30]));
        assert_eq!(moved(&o, 20, Move::Down), Some(vec![10, 30, 20]));
        assert_eq!(moved(&o, 10, Move::Up), Some(vec![10, 20, 30]));
        assert_eq!(moved(&o, 30, Move::Down), Some(vec![10, 20, 30]));
        assert_eq!(moved(&o, 99, Move::Cover), None);
    }

    #[test]
    fn an_order_names_each_photo_once_and_alt_text_is_required() {
        assert!(check_order(&[1, 2, 3], &[3, 1, 2]).is_ok());
        assert!(check_order(&[1, 2, 3], &[3, 1]).is_err());
        assert!(check_order(&[1, 2, 3], &[3, 1, 1]).is_err());
        assert!(AltText::parse("  ").is_err());
        assert_eq!(
            AltText::parse(" Red\n apples ").unwrap().as_str(),
            "Red apples"
        );
        assert!(AltText::parse(&"a".repeat(251)).is_err());
    }
}
