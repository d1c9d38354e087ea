use super::*;

#[test]
fn published_ibans_are_accepted_with_spaces_and_lower_case() {
    for (input, compact) in [
        ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
        ("gb82 west 1234 5698 7654 32", "GB82WEST12345698765432"),
        (
            "FR14 2004 1010 0505 0001 3M02 606",
            "FR1420041010050500013M02606",
        ),
        ("NL91ABNA0417164300", "NL91ABNA0417164300"),
        ("DK50 0040 0440 1162 43", "DK5000400440116243"),
    ] {
        let iban = Iban::parse(input).unwrap();
        assert_eq!(iban.as_str(), compact);
    }
    assert_eq!(
        Iban::parse("DE89370400440532013000").unwrap().to_string(),
        "DE89 3704 0044 0532 0130 00"
    );
}

#[test]
fn every_single_digit_typo_in_an_iban_is_caught() {
    let good = "DE89370400440532013000";
    for i in 2..good.len() {
        for d in b'0'..=b'9' {
            let mut typo = good.as_bytes().to_vec();
            if typo[i] == d {
                continue;
            }
            typo[i] = d;
            let typo = String::from_utf8(typo).unwrap();
            assert!(Iban::parse(&typo).is_err(), "{typo}");
        }
    }
}

#[test]
fn misshapen_ibans_are_refused() {
    for bad in [
        "",
        "DE89",
        "1289370400440532013000",
        "DEXX370400440532013000",
        "DE89-3704-0044-0532-0130-00",
        &"DE89".repeat(10),
    ] {
        assert!(Iban::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn bics_have_eight_or_eleven_characters() {
    assert_eq!(Bic::parse(" cobadeffxxx ").unwrap().as_str(), "COBADEFFXXX");
    assert_eq!(Bic::parse("DEUTDEFF").unwrap().as_str(), "DEUTDEFF");
    for bad in ["DEUTDEF", "DEUT1EFF", "DEUTDEFF12", "DEUTDEFF-XX"] {
        assert!(Bic::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn bank_details_name_every_bad_field() {
    let errs = BankDetails::parse(" ", "DE00370400440532013000", "x").unwrap_err();
    let fields: Vec<&str> = errs.0.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, ["account_holder", "iban", "bic"]);
    let ok = BankDetails::parse(" Coopermondo ", "DE89370400440532013000", "COBADEFFXXX").unwrap();
    assert_eq!(ok.account_holder, "Coopermondo");
}

#[test]
fn mod97_10_check_digits_make_the_number_one_modulo_97() {
    for n in [1u64, 9, 17, 96, 97, 123_456, 2_147_483_647] {
        let c = u64::from(mod97_10_check(n));
        assert!((2..=98).contains(&c), "{n}: {c}");
        assert_eq!((n * 100 + c) % 97, 1, "{n}");
    }
    // The ISO 7064 worked example: 794 gets check digits 44.
    assert_eq!(mod97_10_check(794), 44);
}

#[test]
fn a_payment_reference_round_trips_and_catches_typos() {
    assert_eq!(payment_reference(794), "CT-794-44");
    for id in [1, 42, 794, 100_000, i32::MAX] {
        let r = payment_reference(id);
        assert_eq!(parse_payment_reference(&r), Some(id), "{r}");
        assert_eq!(parse_payment_reference(&r.to_lowercase()), Some(id));
    }
    for bad in [
        "CT-795-44",
        "CT-794-45",
        "CT-749-44",
        "794-44",
        "CT-0-98",
        "CT-x-1",
        "",
    ] {
        assert_eq!(parse_payment_reference(bad), None, "{bad}");
    }
}
