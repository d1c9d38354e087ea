//! Text that reaches banks and spreadsheets is clean: control characters are refused beside
//! the field, the SEPA file passes the official pain.001.001.03 schema, and every CSV the app
//! writes neutralises text cells that a spreadsheet would run as a formula.
use crate::common;
use crate::market;

use std::path::PathBuf;
use std::process::Command;

use cooptrade::domain::money::Currency;
use cooptrade::store;
use market::*;
use serde_json::json;

use common::TestApp;

const DEBTOR: &[(&str, &str)] = &[
    ("PAYOUT_DEBTOR_IBAN", "DE89370400440532013000"),
    ("PAYOUT_DEBTOR_NAME", "cooptrade common pool"),
];

/// Like `on_both_backends!`, with a debtor account configured so that SEPA files can be made.
macro_rules! with_debtor_on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                if let Some(app) = TestApp::spawn_with(common::Backend::Sqlite, DEBTOR).await {
                    super::$name(app).await;
                }
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = TestApp::spawn_with(common::Backend::Postgres, DEBTOR).await {
                    super::$name(app).await;
                }
            }
        }
    )*};
}

/// Validates `xml` against sepaxml's copy of the official pain.001.001.03 XSD with lxml, both
/// from `make test-deps`; None when they are missing outside CI (in CI that is a failure).
fn schema_errors(xml: &str) -> Option<String> {
    let python = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python");
    let script = "import os, sys, sepaxml\nfrom lxml import etree\n\
        xsd = os.path.join(os.path.dirname(sepaxml.__file__), 'schemas', 'pain.001.001.03.xsd')\n\
        schema = etree.XMLSchema(etree.parse(xsd))\n\
        doc = etree.fromstring(sys.stdin.buffer.read())\n\
        ok = schema.validate(doc)\n\
        print('valid' if ok else schema.error_log)\n";
    let probe = Command::new(&python)
        .args(["-c", "import sepaxml, lxml"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        let note = format!(
            "{} with sepaxml and lxml is missing (run `make test-deps`)",
            python.display()
        );
        common::skips::skip("sepaxml and lxml (pain.001 schema)", &note);
        return None;
    }
    let mut child = Command::new(&python)
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(xml.as_bytes())
        .unwrap();
    let out = child.wait_with_output().expect("validator");
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Stores a holder as it might have been stored before the rule (bypassing the input check).
async fn store_raw_holder(app: &TestApp, coop: i32, holder: &str) {
    use entity::coop_payout_details::{ActiveModel, Entity};
    use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
    let mut d: ActiveModel = Entity::find_by_id(coop)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into_active_model();
    d.account_holder = Set(Some(holder.to_string()));
    d.update(&app.db).await.unwrap();
}

async fn approved_run(m: &Market) -> i32 {
    let p = m
        .alice
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    p.assert_status(303);
    let run = id_from(p.location.clone());
    for who in [&m.alice, &m.bob] {
        who.submit(
            &format!("/committee/payouts/{run}/decide"),
            &[("decision", "approve")],
        )
        .await
        .assert_status(303);
    }
    run
}

async fn the_sepa_file_passes_the_official_pain_001_schema(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("200").await;
    store::payouts::set_bank_details(
        &app.db,
        m.seller.id,
        "Coopermondo soc. coop. <Olio & Vino> «Ørsted»",
        "IT60X0542811101000000123456",
        "BPMOIT22",
    )
    .await
    .unwrap();
    store::payouts::set_bank_details(
        &app.db,
        m.buyer.id,
        "Coop Danmark",
        "DE89370400440532013000",
        "",
    )
    .await
    .unwrap();
    // A holder stored before control characters were refused never spoils the file.
    store_raw_holder(&app, m.buyer.id, "Holder\u{2}ctrl").await;
    let run = approved_run(&m).await;
    let page = m.bob.get(&format!("/committee/payouts/{run}")).await;
    page.assert_contains("export.xml");
    let xml = m
        .bob
        .get(&format!("/committee/payouts/{run}/export.xml"))
        .await;
    xml.assert_status(200)
        .assert_contains("<Nm>Holderctrl</Nm>")
        .assert_contains("<CtrlSum>2450.00</CtrlSum>");
    if let Some(verdict) = schema_errors(&xml.body) {
        assert_eq!(verdict, "valid", "{}", xml.body);
    }
}

/// The edge refuses them first for every form (`http::clean_input`); `CleanText` holds the same
/// rule where the store is reached another way (the CLI, a test).
async fn control_characters_are_refused_beside_the_field(app: TestApp) {
    let m = market(&app).await;
    let details = format!("/coops/{}/payout-details", m.seller.id);
    let p = m
        .seller
        .admin
        .submit(
            &details,
            &[
                ("account_holder", "Holder\u{2}ctrl"),
                ("iban", "IT60X0542811101000000123456"),
                ("bic", "BPMOIT22"),
            ],
        )
        .await;
    p.assert_status(422)
        .assert_contains("contains a control character");
    let refused = store::payouts::set_bank_details(
        &app.db,
        m.seller.id,
        "Holder\u{2}ctrl",
        "IT60X0542811101000000123456",
        "",
    )
    .await;
    assert_eq!(refused.unwrap_err().status(), 422);

    let applicant = app.browser();
    applicant
        .register("Eve", "eve@example.coop", crate::market::PW)
        .await;
    let apply = |name: &'static str, description: &'static str| {
        let b = &applicant;
        async move {
            b.submit(
                "/coops/apply",
                &[
                    ("name", name),
                    ("kind", "producer"),
                    ("country", "IT"),
                    ("currency", "EUR"),
                    ("contact_email", "eve@example.coop"),
                    ("description", description),
                ],
            )
            .await
        }
    };
    apply("Bad\u{1b}[31mName", "fine")
        .await
        .assert_status(422)
        .assert_contains("contains a control character");
    apply("Good Name", "bell\u{7}")
        .await
        .assert_status(422)
        .assert_contains("contains a control character");
    apply("Good Name", "two\nlines").await.assert_status(303);

    let (s, v) = m
        .buyer
        .api
        .patch(
            &format!("/coops/{}", m.buyer.id),
            json!({"description": "nul\u{0}byte"}),
        )
        .await;
    assert_eq!(s, 422, "{v}");

    for (address, note) in [("Roskildevej\u{7} 65", ""), ("Roskildevej 65", "\u{1b}[2J")] {
        let (s, v) = m
            .buyer
            .api
            .post(
                "/orders",
                json!({"lines": [{"listing_id": m.listing, "quantity": "1"}],
                       "delivery_address": address, "note": note}),
            )
            .await;
        assert_eq!(s, 422, "{v}");
        assert!(
            v.to_string().contains("contains a control character"),
            "{v}"
        );
    }
    assert_eq!(app.count("orders").await, 0);
}

async fn every_csv_neutralises_formula_cells_but_keeps_amounts_as_numbers(app: TestApp) {
    let m = market(&app).await;
    let order = m.settled_order("200").await;
    store::payouts::set_bank_details(
        &app.db,
        m.seller.id,
        "=HYPERLINK(\"http://evil.example\")",
        "IT60X0542811101000000123456",
        "",
    )
    .await
    .unwrap();
    store::payouts::set_bank_details(
        &app.db,
        m.buyer.id,
        "@Coop Danmark",
        "DE89370400440532013000",
        "",
    )
    .await
    .unwrap();
    let run = approved_run(&m).await;
    let csv = m
        .bob
        .get(&format!("/committee/payouts/{run}/export.csv"))
        .await;
    csv.assert_status(200)
        .assert_contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
        .assert_contains(",'@Coop Danmark,")
        .assert_contains(",EUR,2425.00,25.00,2400.00,");

    // A listing titled like a formula is exported neutralised and imported back as it was.
    let (s, v) = m
        .seller
        .api
        .post(
            "/listings",
            crate::market::listing("FORMULA", json!({"title": "-1+1 olive oil", "price": "3"})),
        )
        .await;
    assert_eq!(s, 201, "{v}");
    let export = m
        .seller
        .admin
        .get(&format!("/coops/{}/listings/export.csv", m.seller.id))
        .await;
    export
        .assert_status(200)
        .assert_contains(",'-1+1 olive oil,");
    let back = store::listings_csv::parse(export.body.as_bytes(), Currency::EUR, &|_| {})
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(back.iter().any(|(_, d)| d.title == "-1+1 olive oil"));

    // A statement's negative amounts stay numbers.
    m.alice
        .submit(
            &format!("/orders/{order}/refunds"),
            &[("amount", "100"), ("reason", "spoiled")],
        )
        .await
        .assert_status(303);
    let statement = m
        .seller
        .admin
        .get(&format!(
            "/coops/{}/statement?account=proceeds&currency=EUR&format=csv",
            m.seller.id
        ))
        .await;
    statement.assert_status(200).assert_contains(",-96.00,");
    assert!(!statement.body.contains("'-96.00"), "{}", statement.body);
}

with_debtor_on_both_backends!(the_sepa_file_passes_the_official_pain_001_schema);

on_both_backends!(
    control_characters_are_refused_beside_the_field,
    every_csv_neutralises_formula_cells_but_keeps_amounts_as_numbers,
);
