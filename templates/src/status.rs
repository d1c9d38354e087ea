//! A status shown by name with its meaning, and an action the viewer may take: the pages get
//! these ready-made, so they never compare a status.
use maud::{html, Markup};

use crate::components::csrf;

/// A status as a person reads it: `key` is the stored value (the badge's style), `label` its
/// name ("awaiting review") and `meaning` a sentence shown on hover and to screen readers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatusView {
    pub key: &'static str,
    pub label: &'static str,
    pub meaning: &'static str,
}

/// The status badge: its name, with its meaning as a title.
pub fn status_badge(s: &StatusView) -> Markup {
    html! { span class={ "badge " (s.key) } title=(s.meaning) { (s.label) } }
}

/// A button that posts to `href`; with `input`, a text field (name, placeholder) goes with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionView {
    pub label: String,
    pub href: String,
    /// The button's style: "primary", "danger" or "link".
    pub style: &'static str,
    pub input: Option<(&'static str, &'static str)>,
}

impl ActionView {
    pub fn post(label: impl Into<String>, href: impl Into<String>, style: &'static str) -> Self {
        ActionView {
            label: label.into(),
            href: href.into(),
            style,
            input: None,
        }
    }
    pub fn with_input(mut self, name: &'static str, placeholder: &'static str) -> Self {
        self.input = Some((name, placeholder));
        self
    }
}

/// Each action as a one-button form.
pub fn actions(actions: &[ActionView], csrf_token: &str) -> Markup {
    html! {
        @for a in actions {
            form.inline method="post" action=(a.href) {
                (csrf(csrf_token))
                @if let Some((name, placeholder)) = a.input {
                    input type="text" name=(name) placeholder=(placeholder) aria-label=(placeholder);
                }
                button class=(a.style) type="submit" { (a.label) }
            }
        }
    }
}
