//! Errors as responses: an HTML page for people, a JSON body under `/api/v1`.
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;

use super::viewer::{CsrfToken, Flash, Viewer};
use super::AppState;
use crate::error::{AppError, Msg};

fn status(e: &AppError) -> StatusCode {
    StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

fn log(e: &AppError) {
    if e.status() >= 500 {
        tracing::error!(error = %e, "request failed");
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        log(&self);
        if let AppError::Unauthorized(_) = self {
            return Redirect::to("/login").into_response();
        }
        let page = ErrorPage {
            status: self.status(),
            message: self.public_message(),
            fields: match &self {
                AppError::Invalid(f) => Some(f.clone()),
                _ => None,
            },
        };
        let layout = templates::Layout::default();
        let body =
            templates::errors::error_page(&layout, page.status, &page.message.to_string(), None);
        let mut resp = (status(&self), body).into_response();
        resp.extensions_mut().insert(page);
        resp
    }
}

/// What an error page says, kept on the response so that `error_pages` can draw it again
/// for the viewer who asked.
#[derive(Clone, Debug)]
struct ErrorPage {
    status: u16,
    message: Msg,
    fields: Option<crate::error::FieldErrors>,
}

/// Draws error pages again with the viewer's own header and a link back to the page they came
/// from. The viewer is loaded only when there is an error: other pages pay nothing for this.
pub async fn error_pages(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let headers = req.headers().clone();
    let csrf = req.extensions().get::<CsrfToken>().cloned();
    let flash = req.extensions().get::<Flash>().cloned();
    let path = req.uri().path().to_owned();
    let resp = next.run(req).await;
    let Some(page) = resp.extensions().get::<ErrorPage>().cloned() else {
        return resp;
    };
    let Ok((mut parts, ())) = Request::builder()
        .uri(path.as_str())
        .body(())
        .map(Request::into_parts)
    else {
        return resp;
    };
    parts.headers = headers;
    if let Some(c) = csrf {
        parts.extensions.insert(c);
    }
    if let Some(f) = flash {
        parts.extensions.insert(f);
    }
    // A failure to read the viewer (the database is down) keeps the anonymous page.
    let Ok(viewer) = Viewer::from_request_parts(&mut parts, &state).await else {
        return resp;
    };
    let back = back_link(&parts.headers, &path);
    let message = match &page.fields {
        Some(f) => f.said(&viewer.tr).to_string(),
        None => viewer.tr.say(&page.message),
    };
    let body =
        templates::errors::error_page(&viewer.layout(), page.status, &message, back.as_deref());
    let (mut head, _) = resp.into_parts();
    head.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(head, body.into_response().into_body())
}

/// The page the viewer came from, when it is on this site and is not the page that failed.
fn back_link(headers: &HeaderMap, path: &str) -> Option<String> {
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let referer = url::Url::parse(headers.get(header::REFERER)?.to_str().ok()?).ok()?;
    let origin_host = match referer.port() {
        Some(p) => format!("{}:{p}", referer.host_str()?),
        None => referer.host_str()?.to_owned(),
    };
    let same_origin =
        matches!(referer.scheme(), "http" | "https") && origin_host.eq_ignore_ascii_case(host);
    (same_origin && referer.path() != path).then(|| match referer.query() {
        Some(q) => format!("{}?{q}", referer.path()),
        None => referer.path().to_owned(),
    })
}

/// An error answered as `{"error":{"code","message"}}`.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(e: sea_orm::DbErr) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let e = self.0;
        log(&e);
        let text = super::api_language::ApiErrorText {
            code: e.code(),
            error: e.public_message(),
            fields: match &e {
                AppError::Invalid(fields) => Some(fields.clone()),
                _ => None,
            },
        };
        let english = i18n::Tr::default();
        let mut resp = (status(&e), Json(text.body(&english))).into_response();
        // Said again in the request's language by `api_language::layer`.
        resp.extensions_mut().insert(text);
        if matches!(e, AppError::Unauthorized(_)) {
            resp.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        resp
    }
}

/// A list's page parameters refused (`PageError`), said for the parameter at fault.
pub fn page_refused(e: &crate::domain::page::PageError) -> Msg {
    use crate::domain::page::{PageError, MAX_PER_PAGE};
    match e {
        PageError::PerPage => Msg::code("error-per-page").num("max", i64::from(MAX_PER_PAGE)),
        PageError::Cursor => Msg::code("error-cursor"),
    }
}

/// An order state in an address or a query that names none.
pub fn unknown_state(value: &str) -> Msg {
    Msg::code("error-unknown-choice")
        .arg("kind", "order-state")
        .arg("value", value)
}
