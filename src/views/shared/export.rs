//! What a reader downloads from one chart: its numbers as CSV (exactly its data table, with the
//! sources, the link to the view and the unit in comment lines above the header) and its
//! picture as a figure (title, takeaway, legend, chart, source, credit) for PNG and SVG.

use super::Panel;
use crate::charts::figure::{Figure, FigureLegend};
use crate::charts::ChartSpec;
use crate::data::csv::write_record;
use crate::i18n::{fill, Texts};

/// The file name of a panel's download: `cjk-trade-tci-lines.csv`.
pub fn file_name(panel_key: &str, extension: &str) -> String {
    format!("cjk-trade-{panel_key}.{extension}")
}

/// The unit the chart's values are in, as its axis or value label says.
pub fn chart_unit(spec: &ChartSpec) -> Option<String> {
    let unit = match spec {
        ChartSpec::Line(chart) => chart.y_label.clone(),
        ChartSpec::Bars(chart) => chart.unit_label.clone(),
        ChartSpec::StackedShares(chart) => format!("{}; {}", chart.share_label, chart.value_label),
        ChartSpec::DivergingBars(chart) => format!("{} … {}", chart.negative_label, chart.positive_label),
        ChartSpec::Heatmap(chart) => chart.value_label.clone(),
    };
    (!unit.trim().is_empty()).then_some(unit)
}

/// The panel's data table as CSV. Comment lines (`#`) first: the sources and where their
/// licences are, the link to the view, the chart's title and its unit; then the table's header
/// and rows exactly as the page shows them.
pub fn panel_csv(texts: &Texts, panel: &Panel, source: &str, view_link: &str, sources_link: &str) -> String {
    let comment = |text: &str| format!("# {}\n", text.replace(['\n', '\r'], " "));
    // The template ends the sentence itself.
    let source = source.trim_end_matches(['.', '。']);
    let mut out = comment(&fill(texts.download_sources_line, &[("source", source), ("sources_link", sources_link)]));
    out.push_str(&comment(view_link));
    out.push_str(&comment(&panel.title));
    if let Some(unit) = panel.chart.as_ref().and_then(chart_unit) {
        out.push_str(&comment(&fill(texts.download_unit_line, &[("unit", &unit)])));
    }
    let header: Vec<&str> = panel.table.columns.iter().map(String::as_str).collect();
    write_record(&mut out, &header);
    for row in &panel.table.rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        write_record(&mut out, &cells);
    }
    out
}

/// The working of one value as CSV: the same comment lines as a panel's (sources, link, title,
/// formula), then every term at full precision.
pub fn working_csv(texts: &Texts, working: &super::Working, view_link: &str, sources_link: &str) -> String {
    let comment = |text: &str| format!("# {}\n", text.replace(['\n', '\r'], " "));
    let source = working.source.trim_end_matches(['.', '。']);
    let mut out = comment(&fill(texts.download_sources_line, &[("source", source), ("sources_link", sources_link)]));
    out.push_str(&comment(view_link));
    out.push_str(&comment(&working.title));
    out.push_str(&comment(&working.formula));
    for row in &working.csv_rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        write_record(&mut out, &cells);
    }
    out
}

/// The panel as a figure to download, or `None` when it has no chart.
pub fn figure(panel: &Panel, takeaway: &str, source: &str, credit: &str) -> Option<Figure> {
    Some(Figure {
        title: panel.title.clone(),
        subtitle: takeaway.to_string(),
        legend: panel
            .legend
            .iter()
            .filter(|entry| !entry.hidden)
            .map(|entry| FigureLegend { label: entry.label.clone(), color: entry.color, dashed: entry.dashed })
            .collect(),
        chart: panel.chart.clone()?,
        source: source.to_string(),
        credit: credit.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::csv::parse_csv;
    use crate::i18n::Locale;
    use crate::views::DataTable;

    fn panel() -> Panel {
        Panel {
            key: "tci-lines",
            title: "TCI, 2010–2018".into(),
            chart: None,
            description: String::new(),
            legend: Vec::new(),
            cards: Vec::new(),
            table: DataTable {
                cell_why: Vec::new(),
                caption: "TCI".into(),
                columns: vec!["Year".into(), "China → Japan".into(), "A, quoted \"name\"".into()],
                rows: vec![vec!["2010".into(), "61.20".into(), "no data".into()]],
            },
            notes: Vec::new(),
            hint: None,
        }
    }

    #[test]
    fn the_csv_is_the_table_under_comment_lines() {
        let t = Locale::En.texts();
        let csv = panel_csv(t, &panel(), "OEC\nvia BACI", "https://host/?view=tci", "data/SOURCES.md");
        let (comments, data): (Vec<&str>, Vec<&str>) = csv.lines().partition(|l| l.starts_with('#'));
        assert_eq!(comments.len(), 3, "{csv}");
        assert!(comments[0].contains("OEC via BACI") && comments[0].contains("data/SOURCES.md"), "{}", comments[0]);
        assert_eq!(comments[1], "# https://host/?view=tci");
        let records = parse_csv(&data.join("\n")).unwrap();
        assert_eq!(records[0].fields, panel().table.columns);
        assert_eq!(records[1].fields, panel().table.rows[0]);
    }

    #[test]
    fn the_working_csv_has_every_term_at_full_precision() {
        let working = crate::views::Working {
            key: crate::state::WhyKey::parse("tci:KOR>CHN:2018").unwrap(),
            panel: "tci-lines",
            title: "Why 69.1?".into(),
            formula: "TCI = 100 × Σ min(x, m)".into(),
            summary: String::new(),
            table: DataTable::default(),
            chart: None,
            csv_rows: vec![
                vec!["Product".into(), "x".into()],
                vec!["Machines, \"electrical\"".into(), "0.45052631578947366".into()],
            ],
            source: "OEC.".into(),
        };
        let csv = working_csv(Locale::En.texts(), &working, "https://host/?why=x", "data/SOURCES.md");
        let (comments, data): (Vec<&str>, Vec<&str>) = csv.lines().partition(|l| l.starts_with('#'));
        assert_eq!(comments[1..], ["# https://host/?why=x", "# Why 69.1?", "# TCI = 100 × Σ min(x, m)"]);
        let records = parse_csv(&data.join("\n")).unwrap();
        assert_eq!(records[1].fields, working.csv_rows[1]);
    }
}
