//! The JSON API's error messages in the language `Accept-Language` asks for; the error codes
//! stay stable English. A message with a code is said through Fluent (`crate::error::say`), one
//! that has none yet gets its error code's sentence (`api.ftl`); English answers are unchanged.
use axum::extract::Request;
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_LENGTH};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use i18n::{Lang, Tr};

use crate::error::{FieldErrors, Msg};

/// What an API error says, kept on its response for `layer` to say again.
#[derive(Clone, Debug)]
pub struct ApiErrorText {
    pub code: &'static str,
    pub error: Msg,
    pub fields: Option<FieldErrors>,
}

impl ApiErrorText {
    /// `{"error": {"code", "message", "fields"?}}` in `tr`'s language, the body the OpenAPI
    /// document describes.
    pub fn body(&self, tr: &Tr) -> serde_json::Value {
        let message = crate::error::say(tr, self.code, &self.error);
        let mut body = serde_json::json!({
            "error": { "code": self.code, "message": message }
        });
        if let Some(fields) = &self.fields {
            body["error"]["fields"] = fields
                .0
                .iter()
                .map(|(k, m)| serde_json::json!({ "field": k, "message": tr.say(m) }))
                .collect();
        }
        body
    }
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
    let body = text.body(&Tr::new(lang, i18n::chrono_tz::UTC));
    let (mut head, _) = resp.into_parts();
    head.headers.remove(CONTENT_LENGTH);
    head.headers
        .insert(CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
    Response::from_parts(head, Json(body).into_response().into_body())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::AppError;

    #[test]
    fn a_coded_message_is_translated_and_one_without_a_code_says_its_error_code() {
        let fr = Tr::new(Lang::Fr, i18n::chrono_tz::UTC);
        let en = Tr::new(Lang::En, i18n::chrono_tz::UTC);
        assert_eq!(
            AppError::not_found("order").said(&fr),
            "Cette commande n’existe pas."
        );
        assert_eq!(AppError::not_found("order").said(&en), "order not found");
        let paid = AppError::Conflict(Msg::Said("order #3 is paid".into()));
        assert_eq!(paid.said(&fr), "Ce n'est pas possible dans l'état actuel.");
        assert_eq!(paid.said(&en), "order #3 is paid");
    }
}
