//! The web side of one-time form tokens (`store::form_submissions`): a page that renders a
//! create form puts a fresh token in it (`fresh`); the handler reads it beside the form's own
//! fields (`Once<T>`), claims it in its transaction, and answers a repeat with `already_sent`.
use axum::response::Response;
use templates::components::FormData;

use crate::http::viewer::redirect_with_flash;

/// A create form `T` and the one-time token it was rendered with (empty when absent).
#[derive(serde::Deserialize)]
pub struct Once<T> {
    #[serde(default)]
    pub form_token: String,
    #[serde(flatten)]
    pub form: T,
}

/// `f` with a fresh one-time token, for a form about to be shown.
pub fn fresh(mut f: FormData) -> FormData {
    f.values.insert(
        "form_token".into(),
        crate::store::form_submissions::new_token(),
    );
    f
}

/// `f` keeping the token `token` (a form shown again with its errors is still the same form).
pub fn keep(mut f: FormData, token: &str) -> FormData {
    if !token.is_empty() {
        f.values.insert("form_token".into(), token.to_owned());
    }
    f
}

/// The answer to a repeated submit: the first's result.
pub fn already_sent(location: &str) -> Response {
    redirect_with_flash(
        location,
        "info",
        "This form was already sent; here is what it did.",
    )
}
