//! Text the databases cannot store alike is refused at the edge with a 422: PostgreSQL refuses
//! NUL in text (a 500 once it reaches a query) where SQLite keeps it, and no other control
//! character belongs in a name, an address or a note. Tab and line breaks stay allowed in the
//! fields people type several lines into.
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::error::ApiError;
use crate::error::{AppError, FieldErrors};

/// The message beside a field that holds a control character.
pub fn message() -> crate::error::Msg {
    crate::error::Msg::code("input-control-character")
}

/// Form fields people type several lines into.
const MULTILINE: &[&str] = &[
    "description",
    "delivery_address",
    "address",
    "note",
    "purpose",
    "reason",
    "message",
    "statement",
];

/// Every field name our forms and queries use, so the error can stand beside its field.
const KNOWN: &[&str] = &[
    "name",
    "email",
    "password",
    "title",
    "unit",
    "price",
    "stock",
    "currency",
    "kind",
    "country",
    "contact_email",
    "description",
    "delivery_address",
    "address",
    "note",
    "purpose",
    "reason",
    "message",
    "amount",
    "quantity",
    "q",
    "category",
    "status",
    "iban",
    "bic",
    "account_holder",
    "from",
    "to",
    "account",
    "format",
    "state",
    "side",
    "role",
    "lead_time_days",
    "origin",
    "recipient",
    "decision",
    "fee_rate",
    "statement",
];

use crate::domain::text::{has_forbidden, is_forbidden as forbidden};

fn field_name(name: &str) -> &'static str {
    KNOWN
        .iter()
        .find(|k| **k == name)
        .copied()
        .unwrap_or("form")
}

/// The first field of a URL-encoded body or query whose value holds a forbidden character.
pub fn dirty_field(urlencoded: &[u8]) -> Option<&'static str> {
    url::form_urlencoded::parse(urlencoded)
        .find(|(k, v)| {
            let multiline = MULTILINE.contains(&k.as_ref());
            has_forbidden(v, multiline) || has_forbidden(k, false)
        })
        .map(|(k, _)| field_name(&k))
}

/// `dirty_field` over every field but `typed`, whose handler refuses control characters itself.
pub fn dirty_field_except(urlencoded: &[u8], typed: &[&str]) -> Option<&'static str> {
    url::form_urlencoded::parse(urlencoded)
        .find(|(k, v)| {
            let multiline = MULTILINE.contains(&k.as_ref());
            let checked = !typed.contains(&k.as_ref());
            (checked && has_forbidden(v, multiline)) || has_forbidden(k, false)
        })
        .map(|(k, _)| field_name(&k))
}

/// Whether a JSON text holds a control character in a string, escaped (`\u0000`, `\b`, `\f`)
/// or raw (DEL, C1). Escaped tab and line breaks are allowed.
pub fn json_has_control(body: &[u8]) -> bool {
    let mut i = 0;
    while i < body.len() {
        match body[i] {
            b'\\' => match body.get(i + 1) {
                Some(b'u') => {
                    let code = body
                        .get(i + 2..i + 6)
                        .and_then(|h| std::str::from_utf8(h).ok())
                        .and_then(|h| u32::from_str_radix(h, 16).ok());
                    if code
                        .and_then(char::from_u32)
                        .is_some_and(|c| forbidden(c, true))
                    {
                        return true;
                    }
                    i += 6;
                }
                Some(b'b' | b'f') => return true,
                _ => i += 2,
            },
            0x7F => return true,
            0xC2 if matches!(body.get(i + 1), Some(0x80..=0x9F)) => return true,
            _ => i += 1,
        }
    }
    false
}

/// Refuses a request whose query string holds a control character, before any handler.
pub async fn query(req: Request, next: Next) -> Response {
    let dirty = req
        .uri()
        .query()
        .filter(|q| q.contains('%'))
        .and_then(|q| dirty_field(q.as_bytes()));
    match dirty {
        None => next.run(req).await,
        Some(field) => {
            let e = FieldErrors::single(field, message());
            if req.uri().path().starts_with("/api/") {
                ApiError(e).into_response()
            } else {
                e.into_response()
            }
        }
    }
}

/// The 422 for a form or JSON body with a control character.
pub fn refused(field: &'static str) -> AppError {
    FieldErrors::single(field, message())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_and_other_controls_are_found_where_they_do_not_belong() {
        assert_eq!(dirty_field(b"title=Apples%00"), Some("title"));
        assert_eq!(dirty_field(b"title=Apples&note=a%0D%0Ab"), None);
        assert_eq!(dirty_field(b"title=a%0Ab"), Some("title"));
        assert_eq!(dirty_field(b"note=%1B%5B31m"), Some("note"));
        assert_eq!(dirty_field(b"whatever=%C2%85"), Some("form"));
        assert_eq!(dirty_field(b"title=Caf%C3%A9+%E2%80%94+ok"), None);
    }

    #[test]
    fn json_escapes_of_controls_are_found_but_an_escaped_backslash_is_not() {
        assert!(json_has_control(br#"{"title":"a\u0000"}"#));
        assert!(json_has_control(br#"{"title":"a\u001b"}"#));
        assert!(json_has_control(br#"{"title":"a\b"}"#));
        assert!(json_has_control("{\"t\":\"a\u{85}\"}".as_bytes()));
        assert!(!json_has_control(br#"{"title":"a\\u0000","n":"x\ny\tz"}"#));
        assert!(!json_has_control("{\"t\":\"Café — ok\"}".as_bytes()));
    }
}
