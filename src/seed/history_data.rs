//! The demo's history, oldest first: which co-op bought what from whom and when, how each
//! order ended, when the payout run and the pool spending happened; and the co-ops' made-up
//! bank accounts (valid check digits, no real bank behind them).

/// How a demo order ends.
pub enum Ending {
    /// Delivered and settled: the fee is charged and split.
    Settled,
    /// The seller refunds part of it while paid (in the order's major units), then it settles.
    RefundPart {
        amount: &'static str,
        reason: &'static str,
    },
    /// The buyer disputes it once shipped, and says why; the committee has not decided.
    Disputed { statement: &'static str },
}

/// One demo order: one listing (by SKU) of the seller, bought by the buyer's member.
pub struct DemoOrder {
    pub days_ago: i64,
    pub buyer: &'static str,
    pub seller: &'static str,
    pub sku: &'static str,
    pub quantity: &'static str,
    pub address: &'static str,
    pub ending: Ending,
}

/// A piece of the demo's history, in the order it happened.
pub enum Step {
    Order(DemoOrder),
    PayoutRun {
        days_ago: i64,
        currency: &'static str,
    },
    Spending {
        days_ago: i64,
        title: &'static str,
    },
}

const TOGO: &str = "Coopérative des Jeunes Producteurs d'Ananas Bio de Tsévié";
const ITALY: &str = "Coopermondo";
const DENMARK: &str = "Coop Danmark";
const PAPAYA: &str = "Hambantota Papaya Growers' Co-operative Society";
const FISH: &str = "Negombo Fisheries Co-operative Society";
const JCCU: &str = "Japanese Consumers' Co-operative Union (JCCU)";
const CACAO: &str = "Cacao de Paz — Peace Community Growers";
const CATALONIA: &str = "Cooperativa Integral Catalana";
const THISE: &str = "Thise Mejeri";

const COPENHAGEN: &str =
    "Coop Danmark central warehouse, Roskildevej 65, 2620 Albertslund, Denmark";
const TOKYO: &str = "JCCU Co-op Plaza, 3-29-8 Shibuya, Shibuya-ku, Tokyo 150-8913, Japan";
const ROME: &str = "Coopermondo, Via Torino 146, 00184 Roma, Italy";
const BARCELONA: &str = "CIC warehouse, Carrer de Sardenya 261, 08013 Barcelona, Spain";

const fn settled(
    days_ago: i64,
    buyer: &'static str,
    seller: &'static str,
    sku: &'static str,
    quantity: &'static str,
    address: &'static str,
) -> Step {
    Step::Order(DemoOrder {
        days_ago,
        buyer,
        seller,
        sku,
        quantity,
        address,
        ending: Ending::Settled,
    })
}

/// Five months of trade, a payout run in the middle and a spending at the end.
pub const STEPS: &[Step] = &[
    settled(124, DENMARK, ITALY, "OIL-EVO-750", "120", COPENHAGEN),
    settled(122, JCCU, TOGO, "PIN-DRY-250G", "200", TOKYO),
    settled(118, ITALY, CACAO, "CAC-BEAN-1KG", "120", ROME),
    settled(94, JCCU, PAPAYA, "PAP-DRY-200G", "100", TOKYO),
    settled(91, DENMARK, THISE, "MLK-WHL-1L", "200", COPENHAGEN),
    settled(88, CATALONIA, TOGO, "PIN-JUI-1L", "120", BARCELONA),
    Step::Order(DemoOrder {
        days_ago: 63,
        buyer: DENMARK,
        seller: ITALY,
        sku: "PAS-DUR-500",
        quantity: "200",
        address: COPENHAGEN,
        ending: Ending::RefundPart {
            amount: "24.50",
            reason: "Ten boxes were crushed in the warehouse before shipping; refunded, not sent.",
        },
    }),
    settled(60, JCCU, FISH, "FSH-DRY-1KG", "20", TOKYO),
    settled(57, ITALY, CATALONIA, "HON-MTN-1KG", "24", ROME),
    Step::PayoutRun {
        days_ago: 45,
        currency: "EUR",
    },
    settled(33, DENMARK, ITALY, "OIL-EVO-750", "180", COPENHAGEN),
    settled(31, JCCU, CACAO, "CAC-TAB-100G", "48", TOKYO),
    settled(28, CATALONIA, THISE, "CHS-DNB-1KG", "6", BARCELONA),
    Step::Order(DemoOrder {
        days_ago: 9,
        buyer: JCCU,
        seller: TOGO,
        sku: "PIN-MD2-1KG",
        quantity: "500",
        address: TOKYO,
        ending: Ending::Disputed {
            statement: "About a third of the pineapples arrived overripe after the delay at the \
                        port; we ask for a refund of that part.",
        },
    }),
    Step::Spending {
        days_ago: 4,
        title: "Repair of the shared solar fruit dryer in Tsévié",
    },
];

/// A demo co-op's made-up bank account: (IBAN, BIC).
pub fn bank_of(coop: &str) -> (&'static str, &'static str) {
    match coop {
        TOGO => ("TG53TG0090604310346500400070", "ECOCTGTGXXX"),
        ITALY => ("IT60X0542811101000000123456", "BPMOIT22XXX"),
        DENMARK => ("DK5000400440116243", "DABADKKKXXX"),
        PAPAYA => ("LK46DEMO0000000012345678", "BCEYLKLXXXX"),
        FISH => ("LK85DEMO0000000087654321", "HBLILKLXXXX"),
        JCCU => ("JP27DEMO00000000001234", "NOCUJPJTXXX"),
        CACAO => ("CO67DEMO00000000004321", "COLOCOBMXXX"),
        CATALONIA => ("ES9121000418450200051332", "CAIXESBBXXX"),
        _ => ("DK0800400440116999", "SYBKDK22XXX"),
    }
}
