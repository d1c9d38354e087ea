use super::*;

fn form() -> ListingForm {
    ListingForm {
        sku: "PIN-MD2-1KG".into(),
        title: "Fresh MD2 pineapple".into(),
        description: "Sweet".into(),
        category: "fruit-vegetables".into(),
        unit: "kg".into(),
        price: "650".into(),
        stock: "1200.5".into(),
        min_order: "10".into(),
        origin_country: "tg".into(),
        origin_region: "Maritime".into(),
        certifications: "Organic; MSC ;fairtrade".into(),
        lead_time_days: "7".into(),
        status: "active".into(),
    }
}

#[test]
fn a_complete_listing_parses_in_its_currency() {
    let d = ListingDraft::parse(&form(), Currency::parse("XOF").unwrap()).unwrap();
    assert_eq!(d.price.minor, 650);
    assert_eq!(d.stock, Quantity(1_200_500));
    assert_eq!(d.min_order, Quantity(10_000));
    assert_eq!(d.origin_country, "TG");
    assert!(d.organic && d.fairtrade);
    assert_eq!(d.other_certifications, "msc");
    assert_eq!(d.status, ListingStatus::Active);
}

#[test]
fn every_bad_field_has_its_own_message() {
    let eur = Currency::parse("EUR").unwrap();
    let cases: &[(&str, &str, &str)] = &[
        ("price", "0", "more than zero"),
        ("price", "-3", "more than zero"),
        ("price", "1.234", "at most 2 decimals"),
        ("title", "", "enter a title"),
        ("category", "weapons", "not a category"),
        ("unit", "furlong", "not a unit"),
        ("stock", "-1", "must not be negative"),
        ("stock", "1.0001", "at most 3 decimals"),
        ("min_order", "0", "more than zero"),
        ("origin_country", "XX", "ISO 3166"),
        ("lead_time_days", "-2", "whole number"),
        ("status", "sold", "not a status"),
        ("sku", "a b", "letters, digits"),
    ];
    for (field, value, msg) in cases {
        let mut f = form();
        match *field {
            "price" => f.price = value.to_string(),
            "title" => f.title = value.to_string(),
            "category" => f.category = value.to_string(),
            "unit" => f.unit = value.to_string(),
            "stock" => f.stock = value.to_string(),
            "min_order" => f.min_order = value.to_string(),
            "origin_country" => f.origin_country = value.to_string(),
            "lead_time_days" => f.lead_time_days = value.to_string(),
            "status" => f.status = value.to_string(),
            "sku" => f.sku = value.to_string(),
            _ => unreachable!(),
        }
        let errs = ListingDraft::parse(&f, eur).unwrap_err();
        let got = errs
            .get(field)
            .map(ToString::to_string)
            .unwrap_or_else(|| panic!("{field}={value}: {errs}"));
        assert!(got.contains(msg), "{field}={value}: {got}");
    }
    let mut f = form();
    f.title = "t".repeat(10_000);
    assert!(ListingDraft::parse(&f, eur)
        .unwrap_err()
        .get("title")
        .unwrap()
        .to_string()
        .contains("longer than 200"));
    f.price = "1.5".into();
    let jpy = Currency::parse("JPY").unwrap();
    assert!(ListingDraft::parse(&form_with_price("1.5"), jpy)
        .unwrap_err()
        .get("price")
        .is_some());
}

fn form_with_price(p: &str) -> ListingForm {
    ListingForm {
        price: p.into(),
        ..form()
    }
}

#[test]
fn quantities_are_exact_thousandths() {
    assert_eq!(Quantity::parse("0.001").unwrap(), Quantity(1));
    assert_eq!(Quantity::parse("2.50").unwrap().to_string(), "2.5");
    assert_eq!(Quantity::parse("12").unwrap().to_string(), "12");
    assert!(Quantity::parse("abc").is_err());
    assert!(Quantity::parse("1e30").is_err());
}

#[test]
fn certifications_round_trip_in_canonical_order() {
    let (o, f, others) =
        parse_certifications("MSC, fairtrade;  rainforest-alliance;organic").unwrap();
    assert_eq!(
        format_certifications(o, f, &others),
        "organic;fairtrade;msc;rainforest-alliance"
    );
    let again = parse_certifications(&format_certifications(o, f, &others)).unwrap();
    assert_eq!(again, (o, f, others));
}

#[test]
fn an_edit_sets_the_stock_only_when_the_seller_changed_the_value_shown() {
    let (sixty, eighty) = (Quantity(60_000), Quantity(80_000));
    assert_eq!(StockEdit::from_form(sixty, Some(sixty)), StockEdit::Keep);
    assert_eq!(
        StockEdit::from_form(eighty, Some(sixty)),
        StockEdit::Set(eighty)
    );
    assert_eq!(StockEdit::from_form(sixty, None), StockEdit::Set(sixty));
}

#[test]
fn a_price_bound_with_more_decimals_than_the_currency_rounds_inwards() {
    use crate::domain::catalog_query::price_bound;
    use crate::domain::money::Currency;
    assert_eq!(price_bound("0.555", Currency::EUR, true), Ok(56));
    assert_eq!(price_bound("0.555", Currency::EUR, false), Ok(55));
    assert_eq!(price_bound("12.50", Currency::EUR, true), Ok(1250));
    assert_eq!(price_bound("0.5", Currency::JPY, true), Ok(1));
    assert_eq!(price_bound("0.5", Currency::JPY, false), Ok(0));
    assert_eq!(price_bound("1.0005", Currency::KWD, true), Ok(1001));
    assert!(price_bound("-1", Currency::EUR, true).is_err());
    assert!(price_bound("abc", Currency::EUR, true).is_err());
    assert!(price_bound("99999999999999999999", Currency::EUR, false).is_err());
}
