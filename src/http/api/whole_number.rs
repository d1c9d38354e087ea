//! JSON Schema's `integer` is any number without a fractional part, so `13.0` is one; serde's
//! `i32` refuses it. These accept what the schema promises.
use serde::de::{Deserializer, Error};
use serde::Deserialize;

fn whole<E: Error>(n: serde_json::Number) -> Result<i32, E> {
    let exact = n.as_i64().or_else(|| {
        // A float is only ever compared here, never used as an amount.
        n.as_f64()
            .filter(|f| f.fract() == 0.0 && (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(f))
            .map(|f| f as i64)
    });
    exact.and_then(|i| i32::try_from(i).ok()).ok_or_else(|| {
        E::custom(format!(
            "{n} is not a whole number from -2147483648 to 2147483647"
        ))
    })
}

/// A whole number (`3` or `3.0`) as `i32`.
pub fn i32<'de, D: Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
    whole(serde_json::Number::deserialize(d)?)
}

/// A list of whole numbers (`[3, 4.0]`) as `Vec<i32>`.
pub fn vec_i32<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<i32>, D::Error> {
    Vec::<serde_json::Number>::deserialize(d)?
        .into_iter()
        .map(whole)
        .collect()
}

/// An optional whole number (`null`, `3` or `3.0`) as `Option<i32>`.
pub fn option_i32<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
    Option::<serde_json::Number>::deserialize(d)?
        .map(whole)
        .transpose()
}
