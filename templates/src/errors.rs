//! Friendly error pages.
use maud::{html, Markup};

use crate::layout::{page, Layout};

/// An error page; `back` is the page the viewer came from (same site), else the start page.
/// `message` is already in the viewer's language where it is known.
pub fn error_page(l: &Layout, status: u16, message: &str, back: Option<&str>) -> Markup {
    let tr = &l.tr;
    let kind = match status {
        403 => "forbidden",
        404 => "not-found",
        409 => "conflict",
        500..=599 => "server",
        _ => "other",
    };
    let title = tr.t_args("error-title", &[("kind", kind.into())]);
    page(
        l,
        &title,
        html! {
            section.error-page {
                h1 { (status) }
                h2 { (title) }
                p { (message) }
                @if let Some(href) = back {
                    @let (before, after) = tr.t_around("error-back-or-start", "start", &[]);
                    p { a.button href=(href) rel="prev" { (tr.t("error-back")) } " " (before) a href="/" { (tr.t("error-start-page")) } (after) }
                } @else {
                    p { a href="/" { (tr.t("error-back-to-start")) } }
                }
            }
        },
    )
}
