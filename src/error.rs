//! The application's one error type; `http::error` turns it into an HTML page or a JSON body.
pub use i18n::Msg;
use sea_orm::DbErr;

/// Per-field validation messages (codes, said in the reader's language when shown), in form order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<(&'static str, Msg)>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message: impl Into<Msg>) {
        self.0.push((field, message.into()));
    }
    pub fn get(&self, field: &str) -> Option<&Msg> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
    }
    /// Every message said in `tr`'s language, for a form drawn again.
    pub fn said(&self, tr: &i18n::Tr) -> FieldErrors {
        FieldErrors(
            self.0
                .iter()
                .map(|(f, m)| (*f, Msg::Said(tr.say(m))))
                .collect(),
        )
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// `Ok(())` when nothing was added, otherwise the collected errors.
    pub fn into_result(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self))
        }
    }
    pub fn single(field: &'static str, message: impl Into<Msg>) -> AppError {
        AppError::Invalid(FieldErrors(vec![(field, message.into())]))
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|(k, m)| format!("{k}: {m}")).collect();
        f.write_str(&parts.join("; "))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    BadRequest(Msg),
    #[error("{0}")]
    Invalid(FieldErrors),
    #[error("{0}")]
    Unauthorized(Msg),
    #[error("{0}")]
    Forbidden(Msg),
    #[error("{0}")]
    NotFound(Msg),
    #[error("{0}")]
    Conflict(Msg),
    #[error("{0}")]
    UnsupportedMediaType(Msg),
    #[error("the request body is larger than the limit")]
    PayloadTooLarge,
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// "<what> not found"; `what` is a thing's English name ("payout run"), its code.
    pub fn not_found(what: &str) -> Self {
        AppError::NotFound(Msg::code("error-not-found").arg("what", what.replace(' ', "-")))
    }

    /// HTTP status code for this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::BadRequest(_) => 400,
            AppError::Invalid(_) => 422,
            AppError::Unauthorized(_) => 401,
            AppError::Forbidden(_) => 403,
            AppError::NotFound(_) => 404,
            AppError::Conflict(_) => 409,
            AppError::UnsupportedMediaType(_) => 415,
            AppError::PayloadTooLarge => 413,
            AppError::Db(_) | AppError::Internal(_) => 500,
        }
    }

    /// A stable machine-readable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::BadRequest(_) => "bad_request",
            AppError::Invalid(_) => "invalid",
            AppError::Unauthorized(_) => "unauthorized",
            AppError::Forbidden(_) => "forbidden",
            AppError::NotFound(_) => "not_found",
            AppError::Conflict(_) => "conflict",
            AppError::UnsupportedMediaType(_) => "unsupported_media_type",
            AppError::PayloadTooLarge => "payload_too_large",
            AppError::Db(_) | AppError::Internal(_) => "internal",
        }
    }

    /// What a user may be shown: internal details stay in the log.
    pub fn public_message(&self) -> Msg {
        match self {
            AppError::BadRequest(m)
            | AppError::Unauthorized(m)
            | AppError::Forbidden(m)
            | AppError::NotFound(m)
            | AppError::Conflict(m)
            | AppError::UnsupportedMediaType(m) => m.clone(),
            AppError::Invalid(f) => Msg::Said(f.to_string()),
            AppError::PayloadTooLarge => Msg::code("error-too-large"),
            AppError::Db(_) | AppError::Internal(_) => Msg::code("error-internal"),
        }
    }

    /// The message in `tr`'s language; one not yet given a code says its error's code in words
    /// (English keeps its detailed text).
    pub fn said(&self, tr: &i18n::Tr) -> String {
        say(tr, self.code(), &self.public_message())
    }
}

/// An error's message (with its stable `code`) in `tr`'s language: a code through Fluent; words
/// that have no code yet as they are in English, else the error code's sentence.
pub fn say(tr: &i18n::Tr, code: &str, m: &Msg) -> String {
    match m {
        Msg::Said(_) if tr.lang != i18n::Lang::En => {
            tr.t_args("api-error", &[("code", code.to_owned().into())])
        }
        m => tr.say(m),
    }
}

impl From<crate::domain::money::MoneyError> for AppError {
    fn from(e: crate::domain::money::MoneyError) -> Self {
        FieldErrors::single("amount", e.msg())
    }
}

impl From<crate::domain::order_state::TransitionError> for AppError {
    fn from(e: crate::domain::order_state::TransitionError) -> Self {
        if e.is_forbidden() {
            AppError::Forbidden(e.msg())
        } else {
            AppError::Conflict(e.msg())
        }
    }
}
