//! Forgiving search: trigram similarity between a searched word and the words of a title or a
//! co-op's name, as PostgreSQL's `pg_trgm` defines it, so that one typo (`pinapple`) still finds.
use std::collections::BTreeSet;

/// Two words this similar or more are taken as the same word misspelt: one typo in a word of
/// six letters or more stays above it (`pinapple`/`pineapple` is 0.58), `apple`/`pineapple`
/// (0.33) stays below.
pub const SIMILAR: f64 = 0.5;

/// Shortest searched word that may match with a typo; shorter ones must match as typed.
pub const FUZZY_MIN_LEN: usize = 4;

/// The trigrams of one word as `pg_trgm` makes them: lower case, two spaces before and one
/// after (`"  p", " pi", "pin", ...`).
pub fn trigrams(word: &str) -> BTreeSet<[char; 3]> {
    let padded: Vec<char> = "  "
        .chars()
        .chain(word.chars().flat_map(char::to_lowercase))
        .chain(" ".chars())
        .collect();
    padded.windows(3).map(|w| [w[0], w[1], w[2]]).collect()
}

/// Shared trigrams over all distinct trigrams of the two words (0 to 1; 1 for the same word).
pub fn similarity(a: &str, b: &str) -> f64 {
    overlap(&trigrams(a), &trigrams(b))
}

/// `similarity` of two words' trigrams.
fn overlap(ta: &BTreeSet<[char; 3]>, tb: &BTreeSet<[char; 3]>) -> f64 {
    let shared = ta.intersection(tb).count();
    let all = ta.len() + tb.len() - shared;
    if all == 0 {
        return 0.0;
    }
    shared as f64 / all as f64
}

/// The words of a text (letters and digits), lower-cased.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Whether a searched word finds `text`: some word of it starts with the searched word (as the
/// full-text search matches), or is similar enough to be the same word with a typo.
pub fn finds(word: &str, text: &str) -> bool {
    // The searched word's trigrams, once for all the text's words.
    let mine = (word.chars().count() >= FUZZY_MIN_LEN).then(|| trigrams(word));
    words(text).any(|w| {
        w.starts_with(word)
            || mine
                .as_ref()
                .is_some_and(|t| overlap(t, &trigrams(&w)) >= SIMILAR)
    })
}

/// Pieces of a searched word of which any word it finds with one typo contains at least one as
/// typed: its two halves (one edit changes at most one of them), or, for a short word, its
/// trigrams. A trigram index finds the candidates by these; `finds` then decides.
pub fn fragments(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n < FUZZY_MIN_LEN {
        return Vec::new();
    }
    if n >= 6 {
        let (a, b) = chars.split_at(n / 2);
        return vec![a.iter().collect(), b.iter().collect()];
    }
    chars.windows(3).map(|w| w.iter().collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn one_typo_finds_and_another_word_does_not() {
        assert!(finds("pinapple", "Organic pineapple, dried"));
        assert!(finds("pineaple", "Pineapple"));
        assert!(finds("ananas", "Ananas Youth Co-operative of Togo"));
        assert!(finds("pine", "Pineapple"), "a prefix still finds");
        assert!(!finds("pinapple", "Apple juice"));
        assert!(
            !finds("tea", "Tee shirts"),
            "short words match only as typed"
        );
        assert!((similarity("pinapple", "pineapple") - 7.0 / 12.0).abs() < 1e-9);
        assert_eq!(similarity("Togo", "togo"), 1.0);
        assert_eq!(fragments("pinapple"), vec!["pina", "pple"]);
        assert_eq!(fragments("mango"), vec!["man", "ang", "ngo"]);
        assert!(fragments("tea").is_empty());
    }

    /// Every one-letter edit (drop, swap for another letter, add) at position `at`.
    fn edits(word: &str, at: usize, letter: char) -> Vec<String> {
        let c: Vec<char> = word.chars().collect();
        let at = at % c.len();
        let mut dropped = c.clone();
        dropped.remove(at);
        let mut swapped = c.clone();
        swapped[at] = letter;
        let mut added = c.clone();
        added.insert(at, letter);
        [dropped, swapped, added]
            .into_iter()
            .map(|w| w.into_iter().collect())
            .collect()
    }

    proptest! {
        /// The index's candidates never miss a word with one typo: some fragment of the typo is
        /// in the original word, so a substring search on the fragments returns it.
        #[test]
        fn a_word_with_one_typo_shares_a_fragment_with_it(
            word in "[a-z]{6,14}", at in 0usize..14, letter in proptest::char::range('a', 'z')
        ) {
            for typo in edits(&word, at, letter) {
                let frags = fragments(&typo);
                prop_assert!(frags.iter().any(|f| word.contains(f.as_str())), "{typo} {frags:?}");
            }
        }

        #[test]
        fn similarity_is_symmetric_and_one_for_the_same_word(a in "[a-z]{1,12}", b in "[a-z]{1,12}") {
            prop_assert_eq!(similarity(&a, &b), similarity(&b, &a));
            prop_assert_eq!(similarity(&a, &a), 1.0);
            prop_assert!((0.0..=1.0).contains(&similarity(&a, &b)));
        }
    }
}
