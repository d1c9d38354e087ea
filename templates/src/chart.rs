//! A bar chart drawn as inline SVG on the server: no script, no fonts to load, integer geometry.
use maud::{html, Markup};

const WIDTH: i64 = 640;
const HEIGHT: i64 = 220;
const TOP: i64 = 20;
const BOTTOM: i64 = 40;
const LEFT: i64 = 10;

/// One bar: its label under it, the text over it, and its value (any non-negative unit).
pub struct Bar {
    pub label: String,
    pub caption: String,
    pub value: i64,
}

/// Bars scaled to the largest value, each labelled below and captioned above.
pub fn bar_chart(title: &str, bars: &[Bar]) -> Markup {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let plot_h = HEIGHT - TOP - BOTTOM;
    let n = i64::try_from(bars.len()).unwrap_or(1).max(1);
    let slot = (WIDTH - 2 * LEFT) / n;
    let bar_w = (slot * 3 / 5).max(4);
    let base = HEIGHT - BOTTOM;
    html! {
        svg.chart xmlns="http://www.w3.org/2000/svg" role="img" viewBox={ "0 0 " (WIDTH) " " (HEIGHT) }
            width=(WIDTH) height=(HEIGHT) aria-label=(title) {
            title { (title) }
            line x1=(LEFT) y1=(base) x2=(WIDTH - LEFT) y2=(base) stroke="#555" stroke-width="1" {}
            @for (i, b) in bars.iter().enumerate() {
                @let i = i64::try_from(i).unwrap_or(0);
                @let h = (b.value.max(0).saturating_mul(plot_h) / max).max(if b.value > 0 { 1 } else { 0 });
                @let x = LEFT + i * slot + (slot - bar_w) / 2;
                @let cx = x + bar_w / 2;
                g.bar {
                    rect x=(x) y=(base - h) width=(bar_w) height=(h) fill="#2f7d4f" {
                        title { (b.label) ": " (b.caption) }
                    }
                    text x=(cx) y=(base - h - 4) text-anchor="middle" font-size="11" { (b.caption) }
                    text x=(cx) y=(base + 16) text-anchor="middle" font-size="11" { (b.label) }
                }
            }
        }
    }
}
