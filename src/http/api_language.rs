//! The JSON API's error messages in the language `Accept-Language` asks for (`api.ftl`); the
//! error codes stay stable English. English answers keep the detailed English message; another
//! language gets the translation of a message it knows, else its sentence for the error's code.
use axum::extract::Request;
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_LENGTH};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use i18n::{Lang, Tr};

use crate::error::FieldErrors;

/// What an API error said in English, kept on its response for `layer` to say again.
#[derive(Clone, Debug)]
pub struct ApiErrorText {
    pub code: &'static str,
    pub message: String,
    pub fields: Option<FieldErrors>,
}

impl ApiErrorText {
    /// `{"error": {"code", "message", "fields"?}}`, the body the OpenAPI document describes.
    pub fn body(&self) -> serde_json::Value {
        let mut body = serde_json::json!({
            "error": { "code": self.code, "message": self.message }
        });
        if let Some(fields) = &self.fields {
            body["error"]["fields"] = fields
                .0
                .iter()
                .map(|(k, m)| serde_json::json!({ "field": k, "message": m }))
                .collect();
        }
        body
    }

    /// The same error in `tr`'s language.
    fn translated(&self, tr: &Tr) -> ApiErrorText {
        ApiErrorText {
            code: self.code,
            message: message(tr, self.code, &self.message),
            fields: self
                .fields
                .clone()
                .map(|f| super::local_input::field_errors(tr, f)),
        }
    }
}

/// English messages the API answers with, and their keys.
const KNOWN: [(&str, &str); 5] = [
    ("no such API endpoint", "api-no-endpoint"),
    (
        "send 'Authorization: Bearer <token>' with a co-op's API token",
        "api-token-missing",
    ),
    (
        "the API token is unknown or has been revoked",
        "api-token-unknown",
    ),
    (
        "this listing belongs to another co-op",
        "api-listing-not-yours",
    ),
    ("this order is between other co-ops", "api-order-not-yours"),
];

/// An error's English `message` (with its `code`) in `tr`'s language: English as it is; a
/// known message translated; `"<what> not found"` by what; else the code's sentence.
pub fn message(tr: &Tr, code: &str, message: &str) -> String {
    if tr.lang == Lang::En {
        return message.to_owned();
    }
    if let Some((_, key)) = KNOWN.iter().find(|(en, _)| *en == message) {
        return tr.t(key);
    }
    if let Some(what) = message.strip_suffix(" not found") {
        let what = what.replace(' ', "-");
        return tr.t_args("api-not-found", &[("what", what.into())]);
    }
    tr.t_args("api-error", &[("code", code.to_owned().into())])
}

/// Answers the API's errors in the request's `Accept-Language`; other answers pass untouched.
pub async fn layer(req: Request, next: Next) -> Response {
    let lang = req
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::En, Lang::from_accept_language);
    let resp = next.run(req).await;
    if lang == Lang::En {
        return resp;
    }
    let Some(text) = resp.extensions().get::<ApiErrorText>().cloned() else {
        return resp;
    };
    let body = text.translated(&Tr::new(lang, i18n::chrono_tz::UTC)).body();
    let (mut head, _) = resp.into_parts();
    head.headers.remove(CONTENT_LENGTH);
    head.headers
        .insert(CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
    Response::from_parts(head, Json(body).into_response().into_body())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_message_is_translated_and_an_unknown_one_says_its_code() {
        let fr = Tr::new(Lang::Fr, i18n::chrono_tz::UTC);
        let en = Tr::new(Lang::En, i18n::chrono_tz::UTC);
        assert_eq!(
            message(&fr, "not_found", "order not found"),
            "Commande introuvable."
        );
        assert_eq!(
            message(&fr, "not_found", "spending proposal not found"),
            "Introuvable."
        );
        assert_eq!(
            message(&fr, "conflict", "order #3 is paid"),
            "Ce n'est pas possible dans l'état actuel."
        );
        assert_eq!(
            message(&en, "conflict", "order #3 is paid"),
            "order #3 is paid"
        );
    }
}
