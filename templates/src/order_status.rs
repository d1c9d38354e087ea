//! An order's state and actions in the viewer's words, from the status messages (`status.ftl`,
//! `status-order` and `action-order`, selectors on the stable code): the pages never compare.
use i18n::Tr;
use maud::{html, Markup};

fn coded(tr: &Tr, key: &str, code: &str) -> String {
    tr.t_args(key, &[("code", code.to_owned().into())])
}

/// The name of order state `code` ("placed", "in dispute").
pub fn order_state(tr: &Tr, code: &str) -> String {
    coded(tr, "status-order", code)
}

/// The badge of order state `code`, its meaning as a title.
pub fn state_badge(tr: &Tr, code: &str) -> Markup {
    let meaning = coded(tr, "status-order-meaning", code);
    html! { span class={ "badge " (code) } title=(meaning) { (order_state(tr, code)) } }
}

/// The button label of order action `code`.
pub fn order_action(tr: &Tr, code: &str) -> String {
    coded(tr, "action-order", code)
}
