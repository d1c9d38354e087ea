//! Statements and the committee's ledger at scale: pages by keyset while entries arrive, exact
//! balances from the maintained totals, a fixed number of statements per page, accounts by
//! name and meaning, a streamed CSV, and `verify` proving the maintained balances.
use super::fixture::{a_committee_member, deposit, deposits};
use super::*;
use cooptrade::domain::ledger::Account;
use cooptrade::domain::money::Currency;
use cooptrade::store::ledger;
use sea_orm::ConnectionTrait;

/// Euros as the English pages write them ("EUR\u{a0}1,234.00") as whole euros.
fn euros(cell: &str) -> i64 {
    let digits = cell.trim_start_matches("EUR\u{a0}").replace(',', "");
    digits.trim_end_matches(".00").parse().unwrap()
}

/// The statement rows of a page: (entry n, amount, balance after), top to bottom. Entry `n`
/// moves `n` euros, so its amount names it.
fn rows(body: &str) -> Vec<(i64, String, String)> {
    let Some((_, lines)) = body.split_once(">Balance after<") else {
        return Vec::new();
    };
    let cells: Vec<&str> = lines
        .split("<td class=\"num money\" data-label=")
        .skip(1)
        .map(|c| c.split_once('>').unwrap().1.split('<').next().unwrap())
        .collect();
    cells
        .chunks(2)
        .map(|c| (euros(c[0]), c[0].to_owned(), c[1].to_owned()))
        .collect()
}

/// The `rel="next"` link of an HTML page, unescaped.
pub fn next_link(body: &str) -> Option<String> {
    let (_, rest) = body.split_once("rel=\"next\" href=\"")?;
    Some(rest.split('"').next()?.replace("&amp;", "&"))
}

/// The balance after entries 1..=n of `deposit`: 1 + 2 + ... + n euros.
fn after(n: i64) -> String {
    format!("EUR\u{a0}{}.00", n * (n + 1) / 2)
}

async fn a_statement_pages_newest_first_and_skips_or_repeats_nothing_while_entries_arrive(
    app: TestApp,
) {
    let (seller, _, _) = trade(&app, 0).await;
    deposits(&app, 1..=23, Account::CoopProceeds(seller.id)).await;
    let mut path = Some(format!(
        "/coops/{}/statement?account=proceeds&currency=EUR&per_page=5",
        seller.id
    ));
    let (mut seen, mut pages, mut arriving) = (Vec::new(), 0, 100);
    while let Some(p) = path {
        let page = seller.admin.get(&p).await;
        page.assert_status(200);
        for (n, amount, balance) in rows(&page.body) {
            assert_eq!(
                (amount, balance),
                (format!("EUR\u{a0}{n}.00"), after(n)),
                "entry {n}"
            );
            seen.push(n);
        }
        // An entry arrives between pages: newer than every page still to come.
        arriving += 1;
        ledger::post(&app.db, deposit(arriving, Account::CoopProceeds(seller.id)))
            .await
            .unwrap();
        pages += 1;
        path = next_link(&page.body);
    }
    assert_eq!(pages, 5, "23 entries in pages of 5");
    assert_eq!(
        seen,
        (1..=23).rev().collect::<Vec<_>>(),
        "each once, newest first"
    );
    let first = seller
        .admin
        .get(&format!("/coops/{}/statement", seller.id))
        .await;
    let newest = (1..=23).sum::<i64>() + (101..=105).sum::<i64>();
    first
        .assert_contains("Coopermondo: sale proceeds")
        .assert_contains(&format!(
            "Balance now: <span class=\"money\">EUR\u{a0}{newest}.00"
        ));
    assert_eq!(
        rows(&first.body)[0].0,
        105,
        "the default page starts at the newest"
    );
}

async fn a_buying_coops_statement_opens_on_its_fair_share_by_name(app: TestApp) {
    let (_, buyer, _) = trade(&app, 0).await;
    deposits(&app, 1..=2, Account::CoopFairShare(buyer.id)).await;
    let page = buyer
        .admin
        .get(&format!("/coops/{}/statement", buyer.id))
        .await;
    page.assert_status(200)
        .assert_contains("Coop Danmark: fair share owed")
        .assert_contains("EUR\u{a0}3.00");
    assert_eq!(rows(&page.body).len(), 2);
    assert!(!page.body.contains("coop:"), "no internal account keys");
    // The lines were read with the balances for the first account (proceeds), which has none:
    // the fair share's are read after them.
    let path = format!("/coops/{}/statement", buyer.id);
    assert_eq!(web_cost(&app, &buyer.admin, &path).await, 3);
    let bad_ones = [
        "per_page=0",
        "per_page=101",
        "cursor=12",
        "account=pool",
        "account=pro%01ceeds",
        "currency=E%00R",
    ];
    for bad in bad_ones {
        let p = buyer
            .admin
            .get(&format!("/coops/{}/statement?{bad}", buyer.id))
            .await;
        assert_eq!(p.status.as_u16(), 422, "{bad}: {}", p.body);
    }
}

/// An export's chunks (on PostgreSQL the postings, then their entries once each) hold the same
/// lines as the general statement's (one statement joining each posting to its entry), whatever
/// the chunk's size: entries of three postings to the account, split across chunks.
async fn an_exports_chunks_hold_the_same_lines_as_the_general_statement(app: TestApp) {
    use cooptrade::domain::ledger::{JournalEntry, Posting};
    use cooptrade::domain::money::Money;
    use ledger::statement::{chunk, Carry, StatementOf};
    let (seller, _, _) = trade(&app, 0).await;
    let proceeds = Account::CoopProceeds(seller.id);
    let entry = |n: i64| {
        let eur = |m: i64| Money::from_minor(m, Currency::EUR);
        let mut postings = vec![Posting::new(Account::GatewayClearing, eur(-600 * n))];
        postings.extend((1..=3).map(|k| Posting::new(proceeds, eur(100 * k * n))));
        JournalEntry::new(
            format!("three:{n}"),
            "settlement",
            format!("=entry {n}"),
            postings,
        )
        .unwrap()
    };
    ledger::post_all(&app.db, (1..=5).map(entry).collect())
        .await
        .unwrap();
    let whole = |from, to| StatementOf {
        account: proceeds,
        currency: Currency::EUR,
        from,
        to,
    };
    let read = |of: StatementOf, size: i64| {
        let db = app.db.clone();
        async move {
            let (mut all, mut carry) = (Vec::new(), Carry::START);
            loop {
                let (lines, next) = chunk(&db, &of, carry, size).await.unwrap();
                if lines.is_empty() {
                    return all;
                }
                all.extend(lines);
                carry = next;
            }
        }
    };
    let dated = whole(
        Some(chrono::DateTime::UNIX_EPOCH),
        Some(chrono::Utc::now() + chrono::TimeDelta::days(1)),
    );
    let general = read(dated, 1000).await;
    assert_eq!(general.len(), 15);
    assert_eq!(general[14].balance.minor, 600 * 15);
    assert_eq!(general[0].memo, "=entry 1");
    for size in [1, 2, 4, 15, 1000] {
        assert_eq!(
            read(whole(None, None), size).await,
            general,
            "chunks of {size}"
        );
    }
}

async fn a_statement_in_a_currency_not_the_coops_own_shows_that_currencys_lines(app: TestApp) {
    use cooptrade::domain::ledger::{JournalEntry, Posting};
    use cooptrade::domain::money::Money;
    let (seller, _, _) = trade(&app, 0).await;
    // The seller's own currency is EUR; its proceeds are in US dollars only.
    let usd = |n: i64| {
        let postings = vec![
            Posting::new(
                Account::GatewayClearing,
                Money::from_minor(-100 * n, Currency::USD),
            ),
            Posting::new(
                Account::CoopProceeds(seller.id),
                Money::from_minor(100 * n, Currency::USD),
            ),
        ];
        JournalEntry::new(
            format!("usd:{n}"),
            "settlement",
            format!("entry {n}"),
            postings,
        )
        .unwrap()
    };
    ledger::post_all(&app.db, (1..=3).map(usd).collect())
        .await
        .unwrap();
    let path = format!("/coops/{}/statement?account=proceeds", seller.id);
    let page = seller.admin.get(&path).await;
    page.assert_status(200)
        .assert_contains("Balance now: <span class=\"money\">USD\u{a0}6.00");
    let amounts: Vec<&str> = page.body.matches("USD\u{a0}3.00").collect();
    assert!(
        !amounts.is_empty(),
        "the newest line, 3 dollars: {}",
        page.body
    );
    assert!(
        !page.body.contains("EUR\u{a0}"),
        "no euro line: {}",
        page.body
    );
    // The lines read with the balances were the euro ones (none): the dollars' are read after.
    assert_eq!(web_cost(&app, &seller.admin, &path).await, 3);
    let asked = format!("{path}&currency=USD");
    assert_eq!(web_cost(&app, &seller.admin, &asked).await, 2);
}

/// Statements the server ran to answer one page.
pub async fn web_cost(app: &TestApp, who: &common::browser::Browser, path: &str) -> u64 {
    cost(app, || async { who.get(path).await.status.as_u16() }).await
}

async fn statement_and_ledger_pages_cost_the_same_statements_whatever_their_length_or_depth(
    app: TestApp,
) {
    let (seller, buyer, _) = trade(&app, 0).await;
    let (marta, _) = a_committee_member(&app).await;
    deposits(&app, 1..=1, Account::CoopProceeds(seller.id)).await;
    let statement = format!(
        "/coops/{}/statement?account=proceeds&currency=EUR",
        seller.id
    );
    // A first visit may renew the session; the pages are measured from the second on.
    seller.admin.get(&statement).await.assert_status(200);
    marta.get("/committee/ledger").await.assert_status(200);
    let one = web_cost(&app, &seller.admin, &statement).await;
    let ledger_small = web_cost(&app, &marta, "/committee/ledger").await;
    deposits(&app, 2..=60, Account::CoopProceeds(seller.id)).await;
    deposits(&app, 61..=70, Account::CoopFairShare(buyer.id)).await;
    let full = web_cost(&app, &seller.admin, &statement).await;
    let deep = web_cost(
        &app,
        &seller.admin,
        &format!("{statement}&per_page=3&cursor=c20"),
    )
    .await;
    let ledger_more = web_cost(&app, &marta, "/committee/ledger").await;
    assert_eq!(
        (full, deep),
        (one, one),
        "statement: per page, not per line"
    );
    assert_eq!(
        one, 2,
        "statement: the viewer, then the lines with the balances"
    );
    assert_eq!(
        ledger_more, ledger_small,
        "ledger: per page, not per account"
    );
    assert_eq!(
        ledger_small, 2,
        "ledger: the viewer, then the trial balance with the page (co-ops' names are kept)"
    );
    let page = seller.admin.get(&statement).await;
    assert_eq!(rows(&page.body).len(), 25, "the default page holds 25");
}

async fn the_committee_ledger_names_each_account_and_pages_through_them(app: TestApp) {
    let (seller, buyer, _) = trade(&app, 0).await;
    let (marta, marta_id) = a_committee_member(&app).await;
    deposits(&app, 1..=2, Account::CoopProceeds(seller.id)).await;
    deposits(&app, 3..=3, Account::CoopFairShare(buyer.id)).await;
    deposits(&app, 4..=4, Account::Pool).await;
    let page = marta.get("/committee/ledger").await;
    page.assert_status(200)
        .assert_contains("Every currency balances.")
        .assert_contains("Coopermondo")
        .assert_contains("sale proceeds")
        .assert_contains("Coop Danmark")
        .assert_contains("fair share owed")
        .assert_contains("common pool")
        .assert_contains("EUR\u{a0}-10.00");
    assert!(!page.body.contains("coop:"), "no internal account keys");
    // A co-op made by another process after the server kept the co-ops' names is named too.
    let form = cooptrade::domain::coop::CoopApplicationForm {
        name: "Coop Number 0".into(),
        kind: "producer".into(),
        country: "IT".into(),
        currency: "EUR".into(),
        contact_email: "late@example.coop".into(),
        description: String::new(),
    };
    let application = cooptrade::domain::coop::CoopApplication::parse(&form).unwrap();
    let late = cooptrade::store::coops::apply(&app.db, marta_id, &application)
        .await
        .unwrap()
        .id;
    deposits(&app, 5..=5, Account::CoopProceeds(late)).await;
    let page = marta.get("/committee/ledger").await;
    page.assert_status(200)
        .assert_contains(&format!("<a href=\"/coops/{late}\">Coop Number 0</a>"));
    // Four accounts (clearing, proceeds, fair share, pool), two per page, none twice.
    let (mut path, mut seen) = (Some("/committee/ledger?per_page=2".to_owned()), Vec::new());
    while let Some(p) = path {
        let page = marta.get(&p).await;
        page.assert_status(200);
        seen.push(page.body.matches("<td class=\"num money\"").count() - 1);
        path = next_link(&page.body);
    }
    assert_eq!(
        seen,
        [2, 2, 1],
        "five accounts (clearing, two proceeds, fair share, pool) two a page (and the trial balance)"
    );
}

async fn a_statement_csv_streams_every_line_with_its_exact_balance(app: TestApp) {
    let (seller, _, _) = trade(&app, 0).await;
    // More lines than one chunk of the stream.
    deposits(&app, 1..=2_500, Account::CoopProceeds(seller.id)).await;
    let csv = seller
        .admin
        .get(&format!(
            "/coops/{}/statement?account=proceeds&currency=EUR&format=csv",
            seller.id
        ))
        .await;
    csv.assert_status(200);
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines.len(), 2_501, "a header and every posting once");
    assert!(lines[0].starts_with("date,entry,kind,memo"), "{}", lines[0]);
    for n in [1, 2_000, 2_001, 2_500] {
        let line = lines[n as usize];
        let want = format!(
            ",test:{n},settlement,entry {n},,{n}.00,{}.00,EUR",
            n * (n + 1) / 2
        );
        assert!(line.ends_with(&want), "{line} should end with {want}");
    }
}

async fn verify_proves_the_maintained_balances(app: TestApp) {
    let (seller, _, _) = trade(&app, 0).await;
    deposits(&app, 1..=3, Account::CoopProceeds(seller.id)).await;
    let report = ledger::verify(&app.db).await.unwrap();
    assert!(report.is_ok(), "{report}");
    assert_eq!(
        ledger::balance(&app.db, &Account::CoopProceeds(seller.id), Currency::EUR)
            .await
            .unwrap(),
        600
    );
    app.db
        .execute_unprepared(
            "UPDATE account_balances SET sum_low = sum_low + 1 WHERE account LIKE 'coop:%'",
        )
        .await
        .unwrap();
    let report = ledger::verify(&app.db).await.unwrap();
    assert!(!report.is_ok());
    assert_eq!(
        report.stale_balance.as_deref(),
        Some(&*format!(
            "the balance kept for coop:{}:proceeds in EUR is 601, its postings sum to 600",
            seller.id
        )),
        "{report}"
    );
    // Put the total back; now a posting's stored balance after it is off by one cent.
    for sql in [
        "UPDATE account_balances SET sum_low = sum_low - 1 WHERE account LIKE 'coop:%'",
        "UPDATE posting_balances SET sum_low = sum_low + 1 WHERE posting_id = \
         (SELECT MAX(id) FROM postings WHERE account LIKE 'coop:%')",
    ] {
        app.db.execute_unprepared(sql).await.unwrap();
    }
    let report = ledger::verify(&app.db).await.unwrap();
    let stale = report.stale_balance.clone().unwrap_or_default();
    assert!(
        stale.ends_with(&format!(
            "the balance stored after its posting to coop:{}:proceeds in EUR is 601, its postings sum to 600",
            seller.id
        )),
        "{report}"
    );
}

async fn an_api_client_pages_through_a_statement_while_entries_arrive(app: TestApp) {
    let (_, buyer, _) = trade(&app, 0).await;
    deposits(&app, 1..=7, Account::CoopFairShare(buyer.id)).await;
    let mut path = Some("/api/v1/statement?account=fair_share&per_page=3".to_owned());
    let (mut seen, mut arriving) = (Vec::new(), 100);
    while let Some(p) = path {
        let (s, page, next) = get_page(&buyer, &p).await;
        assert_eq!(s, 200, "{page}");
        assert_eq!(page["meaning"], "fair share owed");
        for line in page["lines"].as_array().unwrap() {
            let n: i64 = line["memo"].as_str().unwrap()[6..].parse().unwrap();
            assert_eq!(line["amount"], format!("{n}.00"));
            assert_eq!(line["balance"], format!("{}.00", n * (n + 1) / 2));
            seen.push(n);
        }
        arriving += 1;
        ledger::post(&app.db, deposit(arriving, Account::CoopFairShare(buyer.id)))
            .await
            .unwrap();
        path = next;
    }
    assert_eq!(
        seen,
        (1..=7).rev().collect::<Vec<_>>(),
        "each once, newest first"
    );
    for (query, field) in [
        ("account=pool", "account"),
        ("currency=EURO", "currency"),
        ("per_page=0", "per_page"),
        ("cursor=7", "cursor"),
    ] {
        let (s, v) = buyer.api.get(&format!("/statement?{query}")).await;
        assert_eq!(s, 422, "{query}: {v}");
        assert!(v.to_string().contains(field), "{query}: {v}");
    }
    let (s, v) = buyer.api.get("/statement").await;
    assert_eq!(
        (s, &v["account"], &v["balance"]),
        (200, &json!("proceeds"), &json!("0.00"))
    );
}

on_both_backends!(
    with super::UNCACHED;
    an_exports_chunks_hold_the_same_lines_as_the_general_statement,
    a_buying_coops_statement_opens_on_its_fair_share_by_name,
    a_statement_in_a_currency_not_the_coops_own_shows_that_currencys_lines,
    statement_and_ledger_pages_cost_the_same_statements_whatever_their_length_or_depth,
);
on_both_backends!(
    an_api_client_pages_through_a_statement_while_entries_arrive,
    a_statement_pages_newest_first_and_skips_or_repeats_nothing_while_entries_arrive,
    the_committee_ledger_names_each_account_and_pages_through_them,
    a_statement_csv_streams_every_line_with_its_exact_balance,
    verify_proves_the_maintained_balances,
);
