//! The figures the article itself quotes (`figures.csv`): shown as "the article reports", with
//! the article's qualifier and both citations, never as computed values.

use super::csv::{parse_csv, write_record};

pub const HEADER: [&str; 9] =
    ["id", "topic", "metric", "unit", "period", "value", "qualifier", "source_named_in_article", "article_section"];

/// The article every figure comes from.
pub const ARTICLE_CITATION: &str = "Lu Xinhong, \"The Train of Thought, Principles, and Paths for Industrial Cooperation Among China, Japan, and South Korea under the New Situation\", China Center for International Economic Exchanges (CCIEE), 2023-11-08";

#[derive(Clone, Debug, PartialEq)]
pub struct ArticleFigure {
    pub id: String,
    pub topic: String,
    pub metric: String,
    pub unit: String,
    pub period: String,
    pub value: f64,
    /// The value exactly as the article's table writes it.
    pub value_text: String,
    /// "approximately", "over", trend words; empty when the article states the figure plainly.
    pub qualifier: String,
    pub source_named_in_article: String,
    pub article_section: String,
}

impl ArticleFigure {
    /// Whether the figure is a change on the previous year (written with its sign, "+63.8"):
    /// `figures.csv` marks those ids with `_yoy_`.
    pub fn is_year_on_year_change(&self) -> bool {
        self.id.contains("_yoy_")
    }
}

/// Parses and checks the figures; an error names the line.
pub fn parse_article_figures(text: &str) -> Result<Vec<ArticleFigure>, String> {
    let rows = parse_csv(text).map_err(|e| e.to_string())?;
    let Some((header, rows)) = rows.split_first() else {
        return Err("line 1: the file is empty".into());
    };
    if header.fields != HEADER {
        return Err(format!("line 1: the header must be {}", HEADER.join(",")));
    }
    let mut figures: Vec<ArticleFigure> = Vec::new();
    for row in rows {
        let at = |reason: String| format!("line {}: {reason}", row.line);
        let [id, topic, metric, unit, period, value, qualifier, source, section] = row.fields.as_slice() else {
            return Err(at(format!("{} fields, expected {}", row.fields.len(), HEADER.len())));
        };
        if id.is_empty() || metric.is_empty() || unit.is_empty() {
            return Err(at("id, metric and unit must not be empty".into()));
        }
        if figures.iter().any(|f| &f.id == id) {
            return Err(at(format!("duplicate id {id:?}")));
        }
        let number: f64 = value
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite())
            .ok_or_else(|| at(format!("value {value:?} is not a number")))?;
        figures.push(ArticleFigure {
            id: id.clone(),
            topic: topic.clone(),
            metric: metric.clone(),
            unit: unit.clone(),
            period: period.clone(),
            value: number,
            value_text: value.clone(),
            qualifier: qualifier.clone(),
            source_named_in_article: source.clone(),
            article_section: section.clone(),
        });
    }
    Ok(figures)
}

/// Writes the figures back with canonical quoting, in the order given.
pub fn write_article_figures(figures: &[ArticleFigure]) -> String {
    let mut out = String::new();
    write_record(&mut out, &HEADER);
    for f in figures {
        write_record(
            &mut out,
            &[
                &f.id,
                &f.topic,
                &f.metric,
                &f.unit,
                &f.period,
                &f.value_text,
                &f.qualifier,
                &f.source_named_in_article,
                &f.article_section,
            ],
        );
    }
    out
}

/// The article figures, compiled into the native tools and tests (the browser fetches them).
#[cfg(not(target_arch = "wasm32"))]
pub const EMBEDDED_ARTICLE_FIGURES_CSV: &str = include_str!("../../www/data/article_figures.csv");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_qualified_figures_and_round_trips() {
        let text = "id,topic,metric,unit,period,value,qualifier,source_named_in_article,article_section\n\
a,t,\"Share, of X\",percent,2022,-1.4,over; slight decline,not named,3.3\n";
        let figures = parse_article_figures(text).unwrap();
        assert_eq!(figures[0].value, -1.4);
        assert_eq!(figures[0].qualifier, "over; slight decline");
        assert_eq!(write_article_figures(&figures), text);
    }

    #[test]
    fn bad_values_and_duplicates_name_the_line() {
        let header = HEADER.join(",");
        let bad = format!("{header}\na,t,m,u,p,about 5,,s,1\n");
        assert!(parse_article_figures(&bad).unwrap_err().starts_with("line 2:"));
        let duplicate = format!("{header}\na,t,m,u,p,5,,s,1\na,t,m,u,p,6,,s,1\n");
        assert!(parse_article_figures(&duplicate).unwrap_err().starts_with("line 3:"));
    }
}
