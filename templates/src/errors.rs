//! Friendly error pages.
use maud::{html, Markup};

use crate::layout::{page, Layout};

/// An error page; `back` is the page the viewer came from (same site), else the start page.
pub fn error_page(l: &Layout, status: u16, message: &str, back: Option<&str>) -> Markup {
    let title = match status {
        403 => "Not yours to see",
        404 => "Not found",
        409 => "Not possible now",
        500..=599 => "Something went wrong",
        _ => "That did not work",
    };
    page(
        l,
        title,
        html! {
            section.error-page {
                h1 { (status) }
                h2 { (title) }
                p { (message) }
                @if let Some(href) = back {
                    p { a.button href=(href) rel="prev" { "Back to where you were" } " or " a href="/" { "the start page" } }
                } @else {
                    p { a href="/" { "Back to the start page" } }
                }
            }
        },
    )
}
