//! A bar chart drawn as SVG on the server with plotters' SVG backend (no fonts, no system
//! libraries, no script in the browser).
use i18n::Tr;
use maud::{html, Markup, PreEscaped};
use plotters::chart::LabelAreaPosition;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Small enough that, scaled to a phone's width, its 16-unit labels stay readable.
const SIZE: (u32, u32) = (480, 260);
/// Widest a bar is drawn, in SVG units: one month alone is a bar, not a wall.
const MAX_BAR: u32 = 48;

/// One bar: its label under it, the text over it, and its value (any non-negative unit).
pub struct Bar {
    pub label: String,
    pub caption: String,
    pub value: i64,
}

/// "2026-11" as the viewer's language names the month ("nov. 2026", "Nov 2026"); any other
/// text as it is.
pub fn month_label(tr: &Tr, month: &str) -> String {
    let parsed = month
        .split_once('-')
        .filter(|(y, _)| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
        .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u8>().ok()?)))
        .filter(|(_, m)| (1..=12).contains(m));
    match parsed {
        Some((year, m)) => tr.month(year, m),
        None => month.to_owned(),
    }
}

/// Bars scaled to the largest value, labelled below and captioned above; the y axis shows the
/// value in units of `per_unit` (minor units per major unit for money), written as the viewer's
/// language writes numbers. The SVG is an image named by `title` and its bars' labels and
/// captions, for screen readers. Should drawing fail, the bars are listed as text instead.
pub fn bar_chart(tr: &Tr, title: &str, bars: &[Bar], per_unit: i64) -> Markup {
    let said: Vec<String> = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.caption))
        .collect();
    let name = tr.t_args(
        "chart-name",
        &[("title", title.into()), ("bars", said.join("; ").into())],
    );
    match draw(tr, title, bars, per_unit.max(1)) {
        Ok(svg) => {
            // plotters writes `<svg width=.. height=.. viewBox=..>`: name it and let CSS size it.
            let svg = svg.replacen(
                "<svg ",
                &format!(
                    "<svg role=\"img\" aria-label=\"{}\" preserveAspectRatio=\"xMidYMid meet\" ",
                    name.replace('&', "&amp;")
                        .replace('"', "&quot;")
                        .replace('<', "&lt;")
                ),
                1,
            );
            html! { div.chart { (PreEscaped(svg)) } }
        }
        Err(_) => html! {
            ul.chart-fallback { @for b in bars { li { (b.label) ": " (b.caption) } } }
        },
    }
}

/// `v` minor units as major units in the viewer's marks, with decimals only when the axis
/// needs them.
fn axis_label(tr: &Tr, v: i64, per_unit: i64, top: i64) -> String {
    if top / per_unit >= 10 || per_unit == 1 {
        return tr.amount(i128::from(v / per_unit), 0);
    }
    let digits = u32::try_from(per_unit.to_string().len() - 1).unwrap_or(0);
    tr.amount(i128::from(v), digits)
}

fn draw(
    tr: &Tr,
    title: &str,
    bars: &[Bar],
    per_unit: i64,
) -> Result<String, Box<dyn std::error::Error>> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE)?;
        let n = bars.len().max(1);
        let top = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
        let top = top.saturating_add(top / 5);
        // Many months share the width: their labels get smaller.
        // (plotters draws text at about 0.8 of the size asked for)
        let label_px = if n > 5 { 14 } else { 20 };
        // Bar i is centred on x = i; the axis runs half a bar's room beyond the first and last.
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 22))
            .margin(8)
            .x_label_area_size(32)
            .y_label_area_size(72)
            .build_cartesian_2d(-0.5f64..(n as f64 - 0.5), 0i64..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(TRANSPARENT)
            .x_labels(0)
            .y_labels(5)
            .y_label_formatter(&|v: &i64| axis_label(tr, *v, per_unit, top))
            .y_label_style(("sans-serif", 20))
            .set_tick_mark_size(LabelAreaPosition::Bottom, 0)
            .draw()?;
        let room = f64::from(chart.plotting_area().dim_in_pixel().0) / n as f64;
        let half = (f64::from(MAX_BAR).min(room * 0.7) / room) / 2.0;
        let fill = RGBColor(0x1f, 0x6f, 0x43).filled();
        chart.draw_series(bars.iter().enumerate().map(|(i, b)| {
            let x = i as f64;
            Rectangle::new([(x - half, 0), (x + half, b.value.max(0))], fill)
        }))?;
        let text = |px: i32| TextStyle::from(("sans-serif", px).into_font());
        let above = text(label_px + 1).pos(Pos::new(HPos::Center, VPos::Bottom));
        chart.draw_series(bars.iter().enumerate().map(|(i, b)| {
            Text::new(b.caption.clone(), (i as f64, b.value.max(0)), above.clone())
        }))?;
        // Month labels under the axis, one per bar (the axis's own labels fall between bars).
        let under = text(label_px).pos(Pos::new(HPos::Center, VPos::Top));
        for (i, b) in bars.iter().enumerate() {
            let (x, y) = chart.backend_coord(&(i as f64, 0));
            root.draw(&Text::new(b.label.clone(), (x, y + 6), under.clone()))?;
        }
        root.present()?;
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use i18n::Lang;

    fn tr(lang: Lang) -> Tr {
        Tr::new(lang, i18n::chrono_tz::UTC)
    }

    fn bar(lang: Lang, label: &str, value: i64) -> Bar {
        Bar {
            label: month_label(&tr(lang), label),
            caption: tr(lang).amount(i128::from(value), 2),
            value,
        }
    }

    #[test]
    fn a_lone_month_is_a_narrow_named_bar() {
        let en = tr(Lang::En);
        let svg =
            bar_chart(&en, "Inflows in EUR", &[bar(Lang::En, "2026-11", 50)], 100).into_string();
        assert!(
            svg.contains("role=\"img\" aria-label=\"Inflows in EUR. Nov 2026: 0.50.\""),
            "{svg}"
        );
        let widths: Vec<f64> = svg
            .split("<rect ")
            .skip(1)
            .filter(|r| r.to_lowercase().contains("fill=\"#1f6f43\""))
            .filter_map(|r| r.split("width=\"").nth(1)?.split('"').next()?.parse().ok())
            .collect();
        assert_eq!(widths.len(), 1, "{svg}");
        assert!(widths[0] <= f64::from(MAX_BAR) + 1.0, "{widths:?}");
        assert!(
            svg.contains("\nNov 2026\n") && svg.contains("\n0.50\n"),
            "{svg}"
        );
    }

    #[test]
    fn month_and_axis_labels_read_as_each_language_writes_them() {
        let (en, fr) = (tr(Lang::En), tr(Lang::Fr));
        assert_eq!(month_label(&en, "2026-01"), "Jan 2026");
        assert_eq!(month_label(&en, "2026-13"), "2026-13");
        assert_eq!(axis_label(&en, 250, 100, 300), "2.50");
        assert_eq!(axis_label(&fr, 250, 100, 300), "2,50");
        assert_eq!(axis_label(&en, 250_000, 100, 300_000), "2,500");
        assert_eq!(axis_label(&en, 7, 1, 9), "7");
        let svg = bar_chart(&fr, "Entrées", &[bar(Lang::Fr, "2026-11", 150)], 100).into_string();
        assert!(svg.contains("nov. 2026") && svg.contains("1,50"), "{svg}");
        assert!(!svg.contains("Nov 2026"), "{svg}");
    }
}
