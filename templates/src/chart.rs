//! A bar chart drawn as SVG on the server with plotters' SVG backend (no fonts, no system
//! libraries, no script in the browser).
use maud::{html, Markup, PreEscaped};
use plotters::prelude::*;

const SIZE: (u32, u32) = (640, 240);

/// One bar: its label under it, the text over it, and its value (any non-negative unit).
pub struct Bar {
    pub label: String,
    pub caption: String,
    pub value: i64,
}

/// Bars scaled to the largest value, labelled below and captioned above; the y axis shows the
/// value divided by `per_unit` (minor units per major unit for money). Should drawing fail,
/// the bars are listed as text instead.
pub fn bar_chart(title: &str, bars: &[Bar], per_unit: i64) -> Markup {
    match draw(title, bars, per_unit.max(1)) {
        Ok(svg) => html! { div.chart role="img" aria-label=(title) { (PreEscaped(svg)) } },
        Err(_) => html! {
            ul.chart-fallback { @for b in bars { li { (b.label) ": " (b.caption) } } }
        },
    }
}

fn draw(title: &str, bars: &[Bar], per_unit: i64) -> Result<String, Box<dyn std::error::Error>> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE)?;
        let n = u32::try_from(bars.len()).unwrap_or(u32::MAX).max(1);
        let top = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
        let top = top.saturating_add(top / 5);
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 16))
            .margin(8)
            .x_label_area_size(24)
            .y_label_area_size(56)
            .build_cartesian_2d((0u32..n).into_segmented(), 0i64..top)?;
        let label = |x: &SegmentValue<u32>| match x {
            SegmentValue::CenterOf(i) => bars
                .get(*i as usize)
                .map(|b| b.label.clone())
                .unwrap_or_default(),
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(bars.len().max(1))
            .x_label_formatter(&label)
            .y_label_formatter(&|v: &i64| (v / per_unit).to_string())
            .draw()?;
        let fill = RGBColor(0x2f, 0x7d, 0x4f).filled();
        chart.draw_series(bars.iter().zip(0u32..).map(|(b, i)| {
            let (from, to) = (SegmentValue::Exact(i), SegmentValue::Exact(i + 1));
            let mut r = Rectangle::new([(from, 0), (to, b.value.max(0))], fill);
            r.set_margin(0, 0, 12, 12);
            r
        }))?;
        chart.draw_series(bars.iter().zip(0u32..).map(|(b, i)| {
            let at = (SegmentValue::CenterOf(i), b.value.max(0));
            Text::new(b.caption.clone(), at, ("sans-serif", 12).into_font())
        }))?;
        root.present()?;
    }
    Ok(svg)
}
