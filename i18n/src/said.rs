//! `Msg`: what a layer has to say to a person, as a stable code (a Fluent key) and its variable
//! parts, said in a language only when it is shown (`Tr::say`); `Display` says it in English.
use std::borrow::Cow;
use std::fmt;

use fluent_bundle::FluentValue;

use crate::{Lang, Tr};

/// A variable part of a message: text as it is, a number (which plural selectors read), an
/// amount of money in minor units (written as the reader's language writes money), an amount of
/// goods (said by `unit-amount`: the reader's marks, the unit in the number's plural form), or
/// a list of messages (each said, then joined by the Fluent message `separator`: the language's
/// `list-separator`, or `sum-separator` between the amounts of a sum).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Money {
        minor: i64,
        code: String,
        exponent: u32,
    },
    Goods {
        milli: i64,
        unit: String,
    },
    List {
        items: Vec<Msg>,
        separator: Cow<'static, str>,
    },
}

/// Starts a message kept as a code in a text column (a control character, which no typed text
/// holds: every form refuses them), and separates its parts.
const STORED: char = '\u{1}';

/// A message for a person: a code with its arguments, or words already said (an English text
/// that no layer has given a code yet, or a message already said in the reader's language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    Code {
        key: Cow<'static, str>,
        args: Vec<(Cow<'static, str>, Arg)>,
    },
    Said(String),
}

impl Msg {
    /// The message `key` (a Fluent key, the code), without arguments yet.
    pub fn code(key: impl Into<Cow<'static, str>>) -> Msg {
        Msg::Code {
            key: key.into(),
            args: Vec::new(),
        }
    }

    /// The same message with the text argument `name`.
    pub fn arg(self, name: impl Into<Cow<'static, str>>, value: impl Into<String>) -> Msg {
        self.with(name.into(), Arg::Text(value.into()))
    }

    /// The same message with the number argument `name` (for plurals).
    pub fn num(self, name: impl Into<Cow<'static, str>>, value: i64) -> Msg {
        self.with(name.into(), Arg::Number(value))
    }

    /// The same message with the money argument `name`.
    pub fn money(
        self,
        name: impl Into<Cow<'static, str>>,
        minor: i64,
        code: &str,
        exponent: u32,
    ) -> Msg {
        let code = code.to_owned();
        self.with(
            name.into(),
            Arg::Money {
                minor,
                code,
                exponent,
            },
        )
    }

    /// The same message with `milli` thousandths of `unit` as the argument `name` ("2 boxes",
    /// "2,5 kg"), said through `unit-amount`.
    pub fn goods(
        self,
        name: impl Into<Cow<'static, str>>,
        milli: i64,
        unit: impl Into<String>,
    ) -> Msg {
        let unit = unit.into();
        self.with(name.into(), Arg::Goods { milli, unit })
    }

    /// The same message with the list `items` as the argument `name`, each item said in the
    /// reader's language and joined by `list-separator`.
    pub fn list(self, name: impl Into<Cow<'static, str>>, items: Vec<Msg>) -> Msg {
        self.list_by(name, items, "list-separator")
    }

    /// The same message with amounts of money added up as the argument `name`: each written as
    /// the reader's language writes money, joined by `sum-separator` ("EUR 12.50 + XOF 650").
    pub fn sum(self, name: impl Into<Cow<'static, str>>, amounts: &[(i64, &str, u32)]) -> Msg {
        let items = amounts
            .iter()
            .map(|(minor, code, exponent)| {
                Msg::code("money-amount").money("amount", *minor, code, *exponent)
            })
            .collect();
        self.list_by(name, items, "sum-separator")
    }

    fn list_by(
        self,
        name: impl Into<Cow<'static, str>>,
        items: Vec<Msg>,
        separator: &'static str,
    ) -> Msg {
        let separator = Cow::Borrowed(separator);
        self.with(name.into(), Arg::List { items, separator })
    }

    fn with(self, name: Cow<'static, str>, value: Arg) -> Msg {
        match self {
            Msg::Code { key, mut args } => {
                args.push((name, value));
                Msg::Code { key, args }
            }
            said => said,
        }
    }

    /// The code, when the message has one.
    pub fn key(&self) -> Option<&str> {
        match self {
            Msg::Code { key, .. } => Some(key.as_ref()),
            Msg::Said(_) => None,
        }
    }
}

impl Msg {
    /// The message as a text column keeps it, to be said in each reader's language when read
    /// (`from_stored`); said words are kept as they are, and so is a list (in English).
    pub fn to_stored(&self) -> String {
        let Msg::Code { key, args } = self else {
            return self.to_string();
        };
        let mut out = format!("{STORED}{key}");
        for (name, value) in args {
            let value = match value {
                Arg::Text(t) => format!("t{}", t.replace(STORED, "")),
                Arg::Number(n) => format!("n{n}"),
                Arg::Money {
                    minor,
                    code,
                    exponent,
                } => format!("m{minor} {code} {exponent}"),
                Arg::Goods { milli, unit } => format!("g{milli} {}", unit.replace(STORED, "")),
                Arg::List { items, separator } => {
                    let en = Tr::new(Lang::En, chrono_tz::UTC);
                    format!("t{}", en.say_list(items, separator).replace(STORED, ""))
                }
            };
            out.push_str(&format!("{STORED}{name}={value}"));
        }
        out
    }

    /// A stored message: a code kept by `to_stored`, or words (a person's, or from before
    /// codes) as they are. An unknown key or argument name keeps the text.
    pub fn from_stored(text: &str) -> Msg {
        let Some(rest) = text.strip_prefix(STORED) else {
            return Msg::Said(text.to_owned());
        };
        let mut parts = rest.split(STORED);
        let Some(key) = parts.next().filter(|k| !k.is_empty()) else {
            return Msg::Said(text.to_owned());
        };
        let mut m = Msg::code(key.to_owned());
        for part in parts {
            let Some((name, value)) = part.split_once('=') else {
                continue;
            };
            let name = name.to_owned();
            m = match (value.get(..1), value.get(1..).unwrap_or("")) {
                (Some("n"), n) => m.num(name, n.parse().unwrap_or(0)),
                (Some("m"), money) => match money.split(' ').collect::<Vec<_>>()[..] {
                    [minor, code, exp] => m.money(
                        name.clone(),
                        minor.parse().unwrap_or(0),
                        code,
                        exp.parse().unwrap_or(0),
                    ),
                    _ => m,
                },
                (Some("g"), goods) => match goods.split_once(' ') {
                    Some((milli, unit)) => m.goods(name, milli.parse().unwrap_or(0), unit),
                    None => m,
                },
                (_, t) => m.arg(name, t),
            };
        }
        m
    }
}

impl From<&str> for Msg {
    fn from(s: &str) -> Msg {
        Msg::Said(s.to_owned())
    }
}

impl From<String> for Msg {
    fn from(s: String) -> Msg {
        Msg::Said(s)
    }
}

/// In English: logs, the CLI's fallback and English API answers read this.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Tr::new(Lang::En, chrono_tz::UTC).say(self))
    }
}

impl Tr {
    /// The message in this language: a code through its Fluent message, said words as they are.
    pub fn say(&self, m: &Msg) -> String {
        match m {
            Msg::Said(s) => s.clone(),
            Msg::Code { key, args } => {
                let args: Vec<(&str, FluentValue<'_>)> = args
                    .iter()
                    .map(|(k, v)| match v {
                        Arg::Text(s) => (k.as_ref(), FluentValue::from(s.as_str())),
                        Arg::Number(n) => (k.as_ref(), FluentValue::from(*n)),
                        Arg::Money {
                            minor,
                            code,
                            exponent,
                        } => (
                            k.as_ref(),
                            FluentValue::from(self.money(*minor, code, *exponent)),
                        ),
                        Arg::Goods { milli, unit } => {
                            (k.as_ref(), FluentValue::from(self.goods(*milli, unit)))
                        }
                        Arg::List { items, separator } => (
                            k.as_ref(),
                            FluentValue::from(self.say_list(items, separator)),
                        ),
                    })
                    .collect();
                self.t_args(key, &args)
            }
        }
    }

    /// `milli` thousandths of `unit` as the language says an amount of goods: the number in its
    /// marks and the unit in the number's plural form ("1 box", "2,5 boîtes", "3 個").
    pub fn goods(&self, milli: i64, unit: &str) -> String {
        self.t_args(
            "unit-amount",
            &[
                ("quantity", self.decimal(milli, 3).into()),
                ("count", crate::plural_number(milli, 3)),
                ("unit", unit.to_owned().into()),
            ],
        )
    }

    /// Each message said, joined by the language's message `separator`.
    fn say_list(&self, items: &[Msg], separator: &str) -> String {
        let said: Vec<String> = items.iter().map(|m| self.say(m)).collect();
        said.join(&self.t(separator))
    }
}
