//! Fluent bundles per language and `Tr`, the handle templates translate with.
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::files::FILES;
use crate::Lang;

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, in `Lang::ALL` order; a file that does not parse stops the program
/// at its first use (the `locales` tests catch it first).
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| match bundle(*lang) {
            Ok(b) => b,
            Err(e) => panic!("locales/{}: {e}", lang.code()),
        })
        .collect()
});

/// Missing messages and formatting errors seen since start (tests assert there are none).
static PROBLEMS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Parses one language's files into a bundle, or says which file and what is wrong.
pub(crate) fn bundle(lang: Lang) -> Result<Bundle, String> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().map_err(|e| format!("{e:?}"))?;
    let mut b = Bundle::new_concurrent(vec![id]);
    // HTML needs no bidi isolation marks around placeables (every language here is LTR).
    b.set_use_isolating(false);
    for (_, area, text) in FILES.iter().filter(|(l, _, _)| *l == lang.code()) {
        let res = FluentResource::try_new((*text).to_owned())
            .map_err(|(_, errs)| format!("{area}.ftl does not parse: {errs:?}"))?;
        b.add_resource(res)
            .map_err(|errs| format!("{area}.ftl repeats a message: {errs:?}"))?;
    }
    Ok(b)
}

/// Why each `.ftl` file that fails to parse or repeats a message does (empty when all are good).
pub fn parse_problems() -> Vec<String> {
    Lang::ALL
        .iter()
        .filter_map(|l| bundle(*l).err().map(|e| format!("{}: {e}", l.code())))
        .collect()
}

/// Every message id of one language, sorted (for the completeness test).
pub fn message_ids(lang: Lang) -> Result<Vec<String>, String> {
    let mut ids = Vec::new();
    for (_, area, text) in FILES.iter().filter(|(l, _, _)| *l == lang.code()) {
        let res = FluentResource::try_new((*text).to_owned())
            .map_err(|(_, errs)| format!("{}/{area}.ftl: {errs:?}", lang.code()))?;
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_owned());
            }
        }
    }
    ids.sort();
    Ok(ids)
}

/// Most messages one thread keeps formatted (`Tr::remembered`); past this it starts again empty.
const SAID_MAX: usize = 2048;

/// Longest language, key and text arguments remembered together: a long argument (a note, an
/// address) is formatted every time rather than kept.
const SAID_KEY_MAX: usize = 256;

thread_local! {
    /// Messages this thread has formatted, by language, key and text arguments: a page says the
    /// same labels and state names row after row, and Fluent's formatting costs thousands of
    /// instructions where a lookup costs about a hundred.
    static SAID: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// The problems recorded so far: "fr: missing nav-cart", "ja: nav-signed-in-as: ...".
pub fn problems_seen() -> Vec<String> {
    PROBLEMS.lock().map(|p| p.clone()).unwrap_or_default()
}

fn record(problem: String) {
    if let Ok(mut p) = PROBLEMS.lock() {
        p.push(problem);
    }
}

/// The viewer's language and time zone: what a template needs to speak and write to them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tr {
    pub lang: Lang,
    pub zone: chrono_tz::Tz,
}

impl Tr {
    pub fn new(lang: Lang, zone: chrono_tz::Tz) -> Tr {
        Tr { lang, zone }
    }

    /// The message `key` in the viewer's language.
    pub fn t(&self, key: &str) -> String {
        self.remembered(self.said_id(key), || self.format(key, None))
    }

    /// The message `key` with its variables, e.g. `&[("count", 2.into())]`.
    pub fn t_args(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        // Text arguments (a state's code, a name) make the same text each time; numbers are
        // formatted every time.
        let mut id = self.said_id(key);
        for (k, v) in args {
            let FluentValue::String(text) = v else {
                return self.format_args(key, args);
            };
            id.push('\u{1f}');
            id.push_str(k);
            id.push('\u{1e}');
            id.push_str(text);
        }
        self.remembered(id, || self.format_args(key, args))
    }

    fn format_args(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(key, Some(&fa))
    }

    /// What `remembered` keeps a message of this language by: the language, then the key.
    fn said_id(&self, key: &str) -> String {
        let mut id = String::with_capacity(key.len() + 16);
        id.push_str(self.lang.code());
        id.push('\u{1d}');
        id.push_str(key);
        id
    }

    /// The text `make` formats for `id`, formatted once per thread.
    fn remembered(&self, id: String, make: impl FnOnce() -> String) -> String {
        if id.len() > SAID_KEY_MAX {
            return make();
        }
        if let Some(text) = SAID.with(|m| m.borrow().get(&id).cloned()) {
            return text;
        }
        let text = make();
        SAID.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= SAID_MAX {
                m.clear();
            }
            m.insert(id, text.clone());
        });
        text
    }

    /// The message's text before and after the variable `hole`, for markup there (a link in the
    /// middle of a sentence, wherever the language puts it).
    pub fn t_around(
        &self,
        key: &str,
        hole: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> (String, String) {
        const MARK: &str = "\u{e000}";
        let mut all: Vec<(&str, FluentValue<'_>)> = vec![(hole, MARK.into())];
        all.extend(args.iter().cloned());
        let text = self.t_args(key, &all);
        match text.split_once(MARK) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text, String::new()),
        }
    }

    /// A missing message falls back to English and is recorded; missing there too, the key shows.
    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let own = &BUNDLES[self.lang.index()];
        let (bundle, lang) = match own.get_message(key) {
            Some(_) => (own, self.lang),
            None => {
                record(format!("{}: missing {key}", self.lang.code()));
                (&BUNDLES[Lang::En.index()], Lang::En)
            }
        };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            record(format!("{}: no text for {key}", lang.code()));
            return format!("⟦{key}⟧");
        };
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if !errors.is_empty() {
            record(format!("{}: {key}: {errors:?}", lang.code()));
        }
        text
    }
}
