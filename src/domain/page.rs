//! Keyset pages of lists that grow with history (orders, ledger postings ...), newest first.
//! A page is "the next `per_page` items whose id is below the cursor": no OFFSET, so a deep page
//! costs what the first does, and items added meanwhile (with higher ids) never shift a page.
use std::fmt;

/// Items per page when none is asked for.
pub const DEFAULT_PER_PAGE: u32 = 25;
/// The most items one page holds.
pub const MAX_PER_PAGE: u32 = 100;

/// A request for one page: at most `per_page` items (1..=100) with ids below `before` (all when None).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    pub per_page: u32,
    pub before: Option<i64>,
}

/// Why a page request was refused, naming the parameter.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error("per_page must be a whole number from 1 to {MAX_PER_PAGE}")]
    PerPage,
    #[error("this cursor is not one that a page gave; start again from the first page")]
    Cursor,
}

impl PageError {
    /// The query parameter at fault.
    pub fn field(&self) -> &'static str {
        match self {
            PageError::PerPage => "per_page",
            PageError::Cursor => "cursor",
        }
    }
}

impl Default for PageRequest {
    fn default() -> Self {
        PageRequest {
            per_page: DEFAULT_PER_PAGE,
            before: None,
        }
    }
}

impl PageRequest {
    /// Parses the `per_page` and `cursor` query parameters; empty means the default / the first page.
    pub fn parse(per_page: &str, cursor: &str) -> Result<PageRequest, PageError> {
        let per_page = match per_page.trim() {
            "" => DEFAULT_PER_PAGE,
            p => p
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=MAX_PER_PAGE).contains(n))
                .ok_or(PageError::PerPage)?,
        };
        let before = match cursor.trim() {
            "" => None,
            c => Some(Cursor::parse(c)?.0),
        };
        Ok(PageRequest { per_page, before })
    }

    /// How many rows to read: one more than the page, to know whether another page follows.
    pub fn limit(&self) -> u64 {
        u64::from(self.per_page) + 1
    }

    /// Cuts the rows read (newest first, at most `limit()`) to the page, and gives the cursor of
    /// the next page when there is one.
    pub fn cut<T>(&self, mut rows: Vec<T>, id: impl Fn(&T) -> i64) -> (Vec<T>, Option<Cursor>) {
        let per_page = self.per_page as usize;
        if rows.len() <= per_page {
            return (rows, None);
        }
        rows.truncate(per_page);
        let next = rows.last().map(|r| Cursor(id(r)));
        (rows, next)
    }
}

/// Where the next page starts: the id of the last item shown, as an opaque text (`c` + id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor(pub i64);

impl Cursor {
    /// The cursor written by `Display`; anything else is refused.
    pub fn parse(text: &str) -> Result<Cursor, PageError> {
        text.strip_prefix('c')
            .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse::<i64>().ok())
            .map(Cursor)
            .ok_or(PageError::Cursor)
    }
}

impl fmt::Display for Cursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "c{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_empty_request_is_the_first_page_of_twenty_five() {
        assert_eq!(PageRequest::parse("", "").unwrap(), PageRequest::default());
        assert_eq!(PageRequest::default().per_page, 25);
    }

    #[test]
    fn per_page_outside_one_to_a_hundred_is_refused() {
        for bad in ["0", "101", "-1", "2.5", "ten", "99999999999"] {
            assert_eq!(
                PageRequest::parse(bad, ""),
                Err(PageError::PerPage),
                "{bad}"
            );
        }
        assert_eq!(PageRequest::parse("100", "").unwrap().per_page, 100);
        assert_eq!(PageRequest::parse("1", "").unwrap().per_page, 1);
    }

    #[test]
    fn a_cursor_not_made_by_a_page_is_refused() {
        for bad in ["12", "c", "c-3", "cx", "c1 2", "c99999999999999999999"] {
            assert_eq!(PageRequest::parse("", bad), Err(PageError::Cursor), "{bad}");
        }
        assert_eq!(PageRequest::parse("", "c42").unwrap().before, Some(42));
    }

    #[test]
    fn a_full_read_gives_the_page_and_the_next_cursor() {
        let p = PageRequest::parse("3", "").unwrap();
        assert_eq!(p.limit(), 4);
        let (rows, next) = p.cut(vec![9, 8, 7, 6], |r| *r);
        assert_eq!((rows, next), (vec![9, 8, 7], Some(Cursor(7))));
        let (rows, next) = p.cut(vec![5, 4, 3], |r| *r);
        assert_eq!((rows, next), (vec![5, 4, 3], None));
    }

    proptest! {
        #[test]
        fn every_cursor_reads_back(id in 0..i64::MAX) {
            let c = Cursor(id);
            prop_assert_eq!(Cursor::parse(&c.to_string()), Ok(c));
        }

        /// Walking the pages of any list visits each item once, in order.
        #[test]
        fn pages_cover_a_list_exactly_once(n in 0usize..300, per_page in 1u32..=100) {
            let all: Vec<i64> = (1..=n as i64).rev().collect();
            let mut seen = Vec::new();
            let mut req = PageRequest { per_page, before: None };
            loop {
                let read: Vec<i64> = all
                    .iter()
                    .copied()
                    .filter(|id| req.before.is_none_or(|b| *id < b))
                    .take(req.limit() as usize)
                    .collect();
                let (rows, next) = req.cut(read, |r| *r);
                seen.extend(rows);
                match next {
                    Some(c) => req.before = Some(c.0),
                    None => break,
                }
            }
            prop_assert_eq!(seen, all);
        }
    }
}
