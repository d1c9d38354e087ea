//! The catalog, listings, photos, co-op, account and home pages, as the `locales` test renders
//! them in every language, and the English words of theirs that must not remain.
use i18n::Tr;
use maud::html;
use templates::account::{AccountView, MembershipRow, SessionRow, TimeZoneView};
use templates::catalog::{CatalogView, ListingCard, ListingPage};
use templates::components::FormData;
use templates::coops::{CoopView, ManageView, MemberRow, PendingInvitationRow, TokenRow};
use templates::home::CoopCard;
use templates::listings::{ImportErrorRow, ListingChoices, OwnListingRow};
use templates::photos::{LogoSection, ManagedPhoto, PhotoManager, PhotoSource, PhotoView};
use templates::status::{ActionView, StatusView};
use templates::{account, catalog, coops, home, listings, photos, Layout};

fn photo() -> PhotoView {
    PhotoView {
        alt: "Ananas".into(),
        sources: vec![PhotoSource {
            width: 320,
            height: 240,
            webp: "/p.webp".into(),
            jpeg: "/p.jpg".into(),
        }],
    }
}

fn card(tr: &Tr) -> ListingCard {
    ListingCard {
        id: 4,
        title: "Ananas".into(),
        seller_id: 3,
        seller_name: "Kpalimé Cacao".into(),
        price: tr.money(1250, "EUR", 2),
        unit: "piece".into(),
        origin: tr.country("TG"),
        certifications: vec!["organic".into(), "MSC".into()],
        stock: "12,5".into(),
        in_stock: false,
        not_on_sale: Some("paused"),
        cover: Some(photo()),
    }
}

fn form() -> FormData {
    let mut f = FormData::default();
    f.values.insert("price".into(), "12,50".into());
    f.values.insert("stock_shown".into(), "3".into());
    f.values.insert("stock_reserved".into(), "2 kg".into());
    f.errors.insert("price".into(), "x".into());
    f
}

fn status() -> StatusView {
    StatusView {
        family: "coop",
        key: "admitted",
        label: "admitted",
        meaning: "",
    }
}

fn coop_view() -> CoopView {
    CoopView {
        card: CoopCard {
            id: 3,
            name: "Kpalimé Cacao".into(),
            kind: "both",
            country: "TG".into(),
            currency: "XOF".into(),
            description: "Cacao".into(),
        },
        status: status(),
        awaiting_decision: true,
        admitted: true,
        contact_email: "a@b.coop".into(),
        decision_reason: Some("ok".into()),
        logo: Some(photo()),
    }
}

fn manage_view(l: &Layout) -> ManageView {
    ManageView {
        coop: coop_view(),
        sells: true,
        viewer_is_admin: true,
        members: vec![MemberRow {
            user_id: 1,
            name: "Ama".into(),
            email: "a@b.coop".into(),
            role: "member",
            make: "admin",
        }],
        invitations: vec![PendingInvitationRow {
            id: 1,
            email: "k@b.coop".into(),
            role: "admin",
            sent_at: "x".into(),
        }],
        tokens: vec![TokenRow {
            id: 1,
            name: "ERP".into(),
            prefix: "ct_".into(),
            created_at: "x".into(),
            revoked_at: Some("y".into()),
        }],
        new_token: Some("ct_secret".into()),
        member_form: form(),
        token_form: form(),
        payouts: templates::payout_details::PayoutSection {
            coop_id: 3,
            on_file: None,
            form: None,
            stripe: None,
            is_admin: false,
        },
        logo: photos::logo_section(&LogoSection {
            tr: &l.tr,
            coop_id: 3,
            csrf: "t",
            current: None,
            can_change: true,
            error: Some("x"),
        }),
    }
}

fn account_view() -> AccountView {
    AccountView {
        name: "Ama".into(),
        email: "a@b.coop".into(),
        verified: false,
        sessions: vec![SessionRow {
            id: "s".into(),
            created: "x".into(),
            expires: "y".into(),
            current: true,
        }],
        coops: vec![MembershipRow {
            coop_id: 3,
            coop_name: "Kpalimé Cacao".into(),
            role: "admin",
        }],
        name_form: FormData::default(),
        email_form: FormData::default(),
        password_form: FormData::default(),
        time_zone: TimeZoneView {
            chosen: String::new(),
            default_zone: "Africa/Abidjan".into(),
            default_country: Some("TG".into()),
            choices: vec!["Africa/Abidjan", "Asia/Tokyo"],
            error: Some("x".into()),
        },
        mail: Vec::new(),
    }
}

fn listing_pages(l: &Layout) -> Vec<(String, String)> {
    let tr = &l.tr;
    let choices = ListingChoices {
        categories: &[
            ("fruit-vegetables", "Fruit and vegetables"),
            ("other", "Other"),
        ],
        units: &["kg", "piece"],
    };
    let manager = photos::manager(&PhotoManager {
        tr,
        base: "/coops/3/listings/4/photos",
        csrf: "t",
        photos: &[
            ManagedPhoto {
                id: 1,
                view: photo(),
            },
            ManagedPhoto {
                id: 2,
                view: photo(),
            },
        ],
        max: 8,
        errors: &[("alt".into(), "x".into())],
    });
    let row = OwnListingRow {
        id: 4,
        sku: "ANANAS".into(),
        title: "Ananas".into(),
        price: tr.money(1250, "EUR", 2),
        stock: "3".into(),
        status: status(),
        edit_href: Some("/e".into()),
        actions: vec![ActionView::post("x", "/a", "link")],
    };
    let problem = ImportErrorRow {
        row: 2,
        column: "price".into(),
        message: "x".into(),
    };
    vec![
        (
            "own listings".into(),
            listings::own_listings(l, 3, "Kpalimé Cacao", &[row]).into_string(),
        ),
        (
            "listing form".into(),
            listings::listing_form(
                l,
                &tr.t("listings-new"),
                "/a",
                "EUR",
                &form(),
                &choices,
                Some(manager),
            )
            .into_string(),
        ),
        (
            "import".into(),
            listings::import_page(l, 3, &[problem], "sku,title").into_string(),
        ),
    ]
}

/// Every page of the catalog, listings, photos, co-ops, account and home, in `l`'s language.
pub fn pages(l: &Layout) -> Vec<(String, String)> {
    let tr = &l.tr;
    let catalog_view = CatalogView {
        form: form(),
        categories: vec![("other".into(), catalog::category_name(tr, "other"))],
        countries: vec![("TG".into(), tr.country("TG"))],
        currencies: vec![("EUR".into(), "EUR".into())],
        sellers: vec![("3".into(), "Kpalimé Cacao".into())],
        filtered: true,
        items: vec![card(tr)],
        page: 2,
        prev_href: Some("/p".into()),
        next_href: Some("/n".into()),
    };
    let listing_page = ListingPage {
        card: card(tr),
        description: "Sweet".into(),
        category: "fruit-vegetables".into(),
        sku: "ANANAS".into(),
        min_order: "1".into(),
        lead_time_days: 3,
        photos: vec![photo(), photo()],
        seller_logo: Some(photo()),
        manage_href: Some("/e".into()),
        buy: Some(html! { p { "buy" } }),
    };
    let coop_cards = [coop_view().card];
    let mut all = vec![
        (
            "catalog".into(),
            catalog::catalog(l, &catalog_view).into_string(),
        ),
        (
            "empty catalog".into(),
            catalog::listing_cards(tr, &[]).into_string(),
        ),
        (
            "listing".into(),
            catalog::listing(l, &listing_page).into_string(),
        ),
        ("apply".into(), coops::apply(l, &form()).into_string()),
        (
            "profile".into(),
            coops::profile(l, &coop_view(), true, &[card(tr)]).into_string(),
        ),
        (
            "manage".into(),
            coops::manage(l, &manage_view(l)).into_string(),
        ),
        (
            "account".into(),
            account::account(l, &account_view()).into_string(),
        ),
        ("check mail".into(), account::check_mail(l).into_string()),
        (
            "unverified".into(),
            account::unverified(l, "a@b.coop", &tr.t("account-unverified-body")).into_string(),
        ),
        ("home".into(), home::home(l, &coop_cards, &[]).into_string()),
        ("no co-op".into(), home::coop_list(l, &[]).into_string()),
        (
            "co-ops".into(),
            home::coop_list(l, &coop_cards).into_string(),
        ),
    ];
    all.extend(listing_pages(l));
    all
}

/// English words of these pages that no other language shares.
pub const ENGLISH: &[&str] = &[
    "goods or co-ops",
    "All categories",
    "All countries",
    "In stock only",
    "Newest",
    "No listing matches",
    "out of stock",
    "← Previous",
    "Next →",
    " per piece",
    "sold by",
    "Minimum order",
    "Lead time",
    "Edit this listing",
    "Fruit and vegetables",
    ">organic<",
    "Listings of",
    "New listing",
    "Import CSV",
    "Price per unit",
    "weighed goods",
    "reserved in open orders",
    "Origin region",
    "Import listings",
    "Nothing was imported",
    "CSV or ZIP file",
    "Make cover",
    "Move up",
    "Move down",
    "Add photos",
    "Alt text",
    "read to people",
    "No logo yet",
    "Upload a logo",
    "Save logo",
    "Register a co-op",
    "we list goods",
    "What the co-op does",
    "Manage this co-op",
    "has not decided",
    "Committee's note",
    "Public profile",
    "Change role",
    "Make admin",
    "Pending invitations",
    "Invite a member",
    "copy it now",
    "Starts with",
    "Create token",
    "Your account",
    "Save name",
    "New e-mail address",
    "Change password",
    "Where you are logged in",
    "this device",
    "Your co-ops",
    "Send the link again",
    "Time zone",
    "Automatic:",
    "Check your mail",
    "Confirm your address first",
    "We sent the link",
    "Trade between co-operatives",
    "Co-ops on the marketplace",
    "No co-op has been admitted",
    ">producer and buyer<",
];
