//! The translations are complete and well-formed, plurals follow each language's rules, and
//! numbers, money and dates come out as each language writes them.
use chrono::TimeZone;
use i18n::{message_ids, parse_problems, Lang, Tr, AREAS, FILES};
use rust_decimal::Decimal;

fn tr(lang: Lang) -> Tr {
    Tr::new(lang, chrono_tz::UTC)
}

#[test]
fn every_ftl_file_parses_and_every_language_has_every_area() {
    assert_eq!(parse_problems(), Vec::<String>::new());
    for lang in Lang::ALL {
        for area in AREAS {
            let n = FILES
                .iter()
                .filter(|(l, a, _)| *l == lang.code() && *a == area)
                .count();
            assert_eq!(n, 1, "locales/{}/{area}.ftl", lang.code());
        }
    }
}

#[test]
fn every_language_has_exactly_the_keys_of_english() {
    let en = message_ids(Lang::En).expect("en parses");
    assert!(en.len() > 60, "{} keys", en.len());
    for lang in Lang::ALL {
        let ids = message_ids(lang).expect("parses");
        let missing: Vec<_> = en.iter().filter(|k| !ids.contains(k)).collect();
        let extra: Vec<_> = ids.iter().filter(|k| !en.contains(k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, extra {extra:?}",
            lang.code()
        );
    }
}

#[test]
fn every_message_formats_in_every_language_without_an_error() {
    let args = [
        ("name", "Ana".into()),
        ("count", 2.into()),
        ("minutes", 3.into()),
        ("coop", "Coop".into()),
        ("role", "admin".into()),
        ("status", "accepted".into()),
        ("date", "x".into()),
        ("email", "a@b.c".into()),
        ("value", "1.234".into()),
        ("example", "1234".into()),
        ("whole", "1234".into()),
        ("fraction", "1,234".into()),
        // The catalog's, listings', co-ops' and account's variables.
        ("title", "Ananas".into()),
        ("price", "EUR 12.50".into()),
        ("unit", "kg".into()),
        ("quantity", "12.5".into()),
        ("slug", "other".into()),
        ("kind", "producer".into()),
        ("sort", "newest".into()),
        ("page", 2.into()),
        ("days", 3.into()),
        ("seller", "Coop".into()),
        ("login", "Log in".into()),
        ("reason", "why".into()),
        ("action", "publish".into()),
        ("reserved", "2 kg".into()),
        ("currency", "EUR".into()),
        ("columns", "sku".into()),
        ("photos", "photos".into()),
        ("alt", "photo_alt".into()),
        ("created", 1.into()),
        ("updated", 2.into()),
        ("unchanged", 0.into()),
        ("number", 2.into()),
        ("max", 8.into()),
        ("room", 6.into()),
        ("zone", "Africa/Lome".into()),
        ("country", "Togo".into()),
        // The order pages' variables.
        ("code", "placed".into()),
        ("was", "x".into()),
        ("now", "x".into()),
        ("unit", "kg".into()),
        ("left", "x".into()),
        ("title", "x".into()),
        ("price", "x".into()),
        ("ids", "#1".into()),
        ("min", "2".into()),
        ("stock", "2".into()),
        ("max", "2".into()),
        ("id", 7.into()),
        ("total", "x".into()),
        ("amount", "x".into()),
        ("state", "x".into()),
        ("action", "x".into()),
        ("pool", "x".into()),
        ("seller_share", "x".into()),
        ("seller", "x".into()),
        ("buyer_share", "x".into()),
        ("buyer", "x".into()),
        ("when", "x".into()),
        ("fee", "x".into()),
        ("rate", "4".into()),
        ("reference", "x".into()),
        ("checkout", 3.into()),
        ("link", "x".into()),
        ("currency", "EUR".into()),
        ("decimals", 2.into()),
        ("length", "5".into()),
        ("who", "seller".into()),
        ("hint", "x".into()),
        ("minimum", "x".into()),
    ];
    // The mail, API and CLI messages' variables (`mail.ftl`, `api.ftl`, `cli.ftl`).
    let words = [
        "event",
        "order",
        "buyer",
        "seller",
        "proceeds",
        "refunded",
        "quantity",
        "unit",
        "title",
        "price",
        "total",
        "settled",
        "rate",
        "fee",
        "pool",
        "seller_share",
        "buyer_share",
        "left",
        "amount",
        "holder",
        "iban",
        "bic",
        "reference",
        "note",
        "kind",
        "country",
        "currency",
        "reason",
        "side",
        "link",
        "how",
        "run",
        "line",
        "id",
        "purpose",
        "quorum",
        "login",
        "reset",
        "new",
        "code",
        "what",
        "message",
        "where",
        "created",
        "updated",
        "unchanged",
        "file",
        "row",
        "column",
    ];
    // The committee's pages: codes choose words, the rest are filled in.
    let numbers = [
        "id", "days", "hours", "paid", "failed", "voters", "needed", "quorum",
    ];
    let texts = [
        "code",
        "kind",
        "what",
        "title",
        "bars",
        "rate",
        "total",
        "buyer",
        "seller",
        "amount",
        "age",
        "side",
        "when",
        "start",
        "subject",
        "errors",
        "account",
        "balance",
        "page",
        "currency",
        "error",
        "fair_share",
        "proceeds",
        "method",
        "run",
        "created",
        "charges",
        "payouts",
        // The codes the domain and the store say things with (`i18n::Msg`).
        "sku",
        "detail",
        "mb",
        "names",
        "gateway",
        "bytes",
        "format",
        "width",
        "height",
        "units",
        // The store's refusals: ledger keys, balances, lists of lines, changes and sums.
        "key",
        "entry",
        "over",
        "coop",
        "lines",
        "changes",
        "placed",
        "expected",
        "min",
        "max",
        "existing",
        "photo",
        "noun",
        "choices",
        "last",
        "email",
        "value",
        "name",
        "was",
        "now",
        "right",
        "original",
    ];
    let args: Vec<(&str, i18n::FluentValue)> = args
        .into_iter()
        .chain(numbers.iter().map(|n| (*n, 2.into())))
        .chain(texts.iter().map(|t| (*t, "x".into())))
        .chain(words.iter().map(|w| (*w, "x".into())))
        .collect();
    for lang in Lang::ALL {
        for key in message_ids(lang).expect("parses") {
            let text = tr(lang).t_args(&key, &args);
            assert!(
                !text.trim().is_empty() && !text.contains('⟦'),
                "{}: {key}",
                lang.code()
            );
        }
    }
    assert_eq!(i18n::problems_seen(), Vec::<String>::new());
}

#[test]
fn co_ops_are_counted_with_each_languages_plural_forms() {
    let count = |lang: Lang, n: i64| tr(lang).t_args("coop-count", &[("count", n.into())]);
    assert_eq!(count(Lang::En, 1), "1 co-op");
    assert_eq!(count(Lang::En, 2), "2 co-ops");
    assert_eq!(count(Lang::En, 0), "0 co-ops");
    assert_eq!(count(Lang::Fr, 0), "0 coopérative");
    assert_eq!(count(Lang::Fr, 1), "1 coopérative");
    assert_eq!(count(Lang::Fr, 2), "2 coopératives");
    assert_eq!(count(Lang::Es, 1), "1 cooperativa");
    assert_eq!(count(Lang::Es, 5), "5 cooperativas");
    assert_eq!(count(Lang::Ca, 1), "1 cooperativa");
    assert_eq!(count(Lang::Ca, 2), "2 cooperatives");
    assert_eq!(count(Lang::It, 1), "1 cooperativa");
    assert_eq!(count(Lang::It, 3), "3 cooperative");
    assert_eq!(count(Lang::Da, 1), "1 kooperativ");
    assert_eq!(count(Lang::Da, 2), "2 kooperativer");
    // Japanese has no plural: one form for every number.
    assert_eq!(count(Lang::Ja, 1), "協同組合 1 団体");
    assert_eq!(count(Lang::Ja, 2), "協同組合 2 団体");
}

#[test]
fn numbers_use_each_languages_grouping_and_decimal_mark() {
    let n = Decimal::new(123_456_789, 2); // 1234567.89
    assert_eq!(tr(Lang::En).number(n), "1,234,567.89");
    assert_eq!(tr(Lang::Es).number(n), "1.234.567,89");
    assert_eq!(tr(Lang::Fr).number(n), "1\u{202f}234\u{202f}567,89");
    assert_eq!(tr(Lang::Da).number(n), "1.234.567,89");
    assert_eq!(tr(Lang::Ja).number(n), "1,234,567.89");
    // Trailing zeros are digits too: 12.50 stays 12.50.
    assert_eq!(tr(Lang::It).number(Decimal::new(1250, 2)), "12,50");
}

#[test]
fn money_keeps_the_currencys_minor_units_exactly() {
    assert_eq!(
        tr(Lang::Es).money(8_500_000, "COP", 2),
        "85.000,00\u{a0}COP"
    );
    assert_eq!(tr(Lang::Fr).money(1500, "XOF", 0), "1\u{202f}500\u{a0}XOF");
    assert_eq!(tr(Lang::Ja).money(1500, "JPY", 0), "¥1,500");
    assert_eq!(tr(Lang::En).money(1250, "EUR", 2), "EUR\u{a0}12.50");
    assert_eq!(
        tr(Lang::Ca).money(1_234_567, "KWD", 3),
        "1.234,567\u{a0}KWD"
    );
    assert_eq!(tr(Lang::Da).money(-505, "DKK", 2), "-5,05\u{a0}DKK");
    // Nothing, and less than one: every minor digit shown.
    assert_eq!(tr(Lang::En).money(0, "EUR", 2), "EUR\u{a0}0.00");
    assert_eq!(tr(Lang::Fr).money(-5, "EUR", 2), "-0,05\u{a0}EUR");
    assert_eq!(tr(Lang::It).number(Decimal::new(5, 3)), "0,005");
    // The bounds of a stored amount.
    assert_eq!(
        tr(Lang::En).money(i64::MIN, "EUR", 2),
        "EUR\u{a0}-92,233,720,368,547,758.08"
    );
    assert_eq!(
        tr(Lang::Es).money(i64::MAX, "COP", 2),
        "92.233.720.368.547.758,07\u{a0}COP"
    );
    // A sum past what a `Decimal` holds (96 bits) is still grouped.
    assert_eq!(
        tr(Lang::En).money_sum(i128::MAX, "EUR", 2),
        "EUR\u{a0}1,701,411,834,604,692,317,316,873,037,158,841,057.27"
    );
}

proptest::proptest! {
    /// Whatever the amount and the currency's decimals, the written amount holds exactly the
    /// amount's digits, the last `exponent` of them after the decimal mark.
    #[test]
    fn money_writes_every_digit_of_any_amount(
        minor in proptest::num::i64::ANY,
        exponent in 0u32..=4,
        lang in proptest::sample::select(vec![Lang::En, Lang::Fr, Lang::Es, Lang::Ja, Lang::Da]),
    ) {
        let t = tr(lang);
        let written = t.money(minor, "XTS", exponent);
        let digits: String = written.chars().filter(char::is_ascii_digit).collect();
        let mark = t.separators().decimal;
        let expected = format!("{:0>width$}", minor.unsigned_abs(), width = exponent as usize + 1);
        proptest::prop_assert_eq!(digits, expected, "{}", written);
        proptest::prop_assert_eq!(written.contains('-'), minor < 0, "{}", written);
        let after_mark = written.rsplit_once(mark).map(|(_, f)| f.chars().filter(char::is_ascii_digit).count());
        proptest::prop_assert_eq!(after_mark.unwrap_or(0), exponent as usize, "{}", written);
    }
}

#[test]
fn separators_are_read_from_icu() {
    let s = tr(Lang::Fr).separators();
    assert_eq!((s.decimal, s.group), (',', '\u{202f}'));
    let s = tr(Lang::Es).separators();
    assert_eq!((s.decimal, s.group), (',', '.'));
    let s = tr(Lang::Ja).separators();
    assert_eq!((s.decimal, s.group), ('.', ','));
}

#[test]
fn dates_are_written_in_the_viewers_language_and_time_zone() {
    // 23:30 UTC on 5 December is already 6 December in Tokyo, still the 5th in Bogotá.
    let at = chrono::Utc
        .with_ymd_and_hms(2026, 12, 5, 23, 30, 0)
        .unwrap();
    let tokyo = Tr::new(Lang::Ja, chrono_tz::Asia::Tokyo);
    let bogota = Tr::new(Lang::Es, chrono_tz::America::Bogota);
    assert_eq!(tokyo.date(at), "2026/12/06");
    assert_eq!(bogota.date(at), "5 dic 2026");
    assert_eq!(
        Tr::new(Lang::Fr, chrono_tz::Africa::Lome).date(at),
        "5 déc. 2026"
    );
    assert_eq!(tokyo.date_time(at), "2026/12/06 8:30:00");
}

#[test]
fn countries_are_named_in_each_language_from_cldr() {
    assert_eq!(tr(Lang::En).country("TG"), "Togo");
    assert_eq!(tr(Lang::Fr).country("DK"), "Danemark");
    assert_eq!(tr(Lang::Es).country("JP"), "Japón");
    assert_eq!(tr(Lang::Ja).country("IT"), "イタリア");
    assert_eq!(tr(Lang::Da).country("es"), "Spanien");
    // A code CLDR does not name is shown as it is.
    assert_eq!(tr(Lang::Ca).country("QQ"), "QQ");
}

#[test]
fn a_country_gives_its_members_the_tz_databases_zone() {
    let zone = |c: &str| i18n::zone_of_country(c).map(|z| z.name());
    assert_eq!(zone("JP"), Some("Asia/Tokyo"));
    assert_eq!(zone("CO"), Some("America/Bogota"));
    assert_eq!(zone("LK"), Some("Asia/Colombo"));
    // Several zones: the one the table calls the country's main one.
    assert_eq!(zone("ES"), Some("Europe/Madrid"));
    // A country sharing another's zone since 1970 (Togo keeps Abidjan's clock).
    assert_eq!(zone("TG"), Some("Africa/Abidjan"));
    assert_eq!(zone("XX"), None);
    let choices = i18n::zone_choices();
    assert!(choices.contains(&"Asia/Tokyo") && choices.contains(&"UTC"));
    assert!(choices.iter().all(|z| z.parse::<chrono_tz::Tz>().is_ok()));
}

#[test]
fn form_values_keep_every_digit_without_grouping() {
    let kwd = Decimal::new(1_234_500, 3);
    assert_eq!(tr(Lang::Es).number_input(kwd), "1234,500");
    assert_eq!(tr(Lang::En).number_input(kwd), "1234.500");
    assert_eq!(tr(Lang::Fr).number_input(Decimal::new(1250, 2)), "12,50");
    assert_eq!(tr(Lang::Da).number_input(Decimal::new(1234, 3)), "1,234");
}

#[test]
fn a_coded_message_is_said_in_each_language_and_displays_in_english() {
    let m = i18n::Msg::code("error-money-decimals")
        .arg("currency", "KWD")
        .num("count", 3);
    assert_eq!(m.to_string(), "KWD allows at most 3 decimals");
    assert_eq!(tr(Lang::Fr).say(&m), "KWD permet au plus 3 décimales");
    assert_eq!(tr(Lang::Ja).say(&m), "KWD の小数点以下は 3 桁までです");
    let none = i18n::Msg::code("error-money-decimals")
        .arg("currency", "JPY")
        .num("count", 0);
    assert_eq!(none.to_string(), "JPY allows no decimals");
    assert_eq!(tr(Lang::Fr).say(&none), "JPY n’a pas de décimales");
    let words = i18n::Msg::from("typed by a person");
    assert_eq!(tr(Lang::Ja).say(&words), "typed by a person");
    assert_eq!(i18n::problems_seen(), Vec::<String>::new());
}

#[test]
fn remembered_messages_keep_each_language_argument_and_number_apart() {
    // Twice each, in turn: the second of each is the remembered text.
    for _ in 0..2 {
        assert_eq!(tr(Lang::En).t("nav-cart"), "Cart");
        assert_ne!(tr(Lang::Fr).t("nav-cart"), "Cart");
        let code = |lang, c: &str| tr(lang).t_args("status-order", &[("code", c.into())]);
        assert_eq!(code(Lang::En, "placed"), "placed");
        assert_eq!(code(Lang::En, "disputed"), "in dispute");
        assert_eq!(code(Lang::Fr, "placed"), "passée");
        let placed = |n: i64| {
            tr(Lang::En).t_args("cart-placed", &[("count", n.into()), ("ids", "#7".into())])
        };
        assert_ne!(placed(1), placed(2), "a number is formatted every time");
    }
    // An argument too long to keep is still said in full.
    let long = "x".repeat(300);
    let said = tr(Lang::En).t_args("status-order", &[("code", long.as_str().into())]);
    assert_eq!(said, "refunded", "the default variant");
}
