//! Corrections to the shared `figures.csv`, found by reading the article against it (issue 8):
//! two periods the article never states, and figures it states that the file leaves out. The
//! build applies them and SOURCES.md lists them, so the widget's table is the article's own.

use super::article::ArticleFigure;

/// Periods `figures.csv` gives that the article does not: the figure is shown as undated.
pub const UNDATED_PERIODS: [(&str, &str); 2] = [
    // The article gives no year for the announcement.
    ("kr_samsung_skhynix_investment_plan", "not dated"),
    // The article says "over the next ten years" without a starting year.
    ("jp_engineer_shortage_next_10y", "next ten years (not dated)"),
];

/// A figure the article states that `figures.csv` lacks. The article section is left empty
/// where it was not recorded.
struct AddedFigure {
    id: &'static str,
    topic: &'static str,
    metric: &'static str,
    unit: &'static str,
    period: &'static str,
    value: &'static str,
    qualifier: &'static str,
    section: &'static str,
}

const ADDED: [AddedFigure; 6] = [
    AddedFigure {
        id: "jp_kr_exp_cn_mech_elec_share",
        topic: "bilateral trade composition",
        metric: "Share of machinery and electronic products in Japan's and in South Korea's exports to China (one figure for both)",
        unit: "percent",
        period: "not dated",
        value: "50",
        qualifier: "approximately",
        section: "2.4.2",
    },
    AddedFigure {
        id: "jp_electrified_new_car_sales_target_2035",
        topic: "new energy vehicles",
        metric: "Japan's target share of electrified vehicles in new-car sales",
        unit: "percent",
        period: "2035 target",
        value: "100",
        qualifier: "",
        section: "",
    },
    AddedFigure {
        id: "kr_samsung_skhynix_top5_positions",
        topic: "semiconductors",
        metric: "Positions among the top five held by Samsung Electronics and SK Hynix (\"two of the five top positions\")",
        unit: "positions",
        period: "not dated",
        value: "2",
        qualifier: "",
        section: "",
    },
    AddedFigure {
        id: "cn_carbon_neutrality_year",
        topic: "carbon neutrality",
        metric: "China's carbon-neutrality target year",
        unit: "year",
        period: "target",
        value: "2060",
        qualifier: "",
        section: "",
    },
    AddedFigure {
        id: "jp_carbon_neutrality_year",
        topic: "carbon neutrality",
        metric: "Japan's carbon-neutrality target year",
        unit: "year",
        period: "target",
        value: "2050",
        qualifier: "",
        section: "",
    },
    AddedFigure {
        id: "kr_carbon_neutrality_year",
        topic: "carbon neutrality",
        metric: "South Korea's carbon-neutrality target year",
        unit: "year",
        period: "target",
        value: "2050",
        qualifier: "",
        section: "",
    },
];

/// What the corrections changed, for SOURCES.md.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorrectionReport {
    pub undated: Vec<String>,
    pub added: Vec<String>,
}

/// Applies the corrections to the figures read from `figures.csv`. A correction whose figure is
/// missing, or an added figure already present, is an error: the shared file has changed and
/// the list must be reviewed.
pub fn apply(figures: &mut Vec<ArticleFigure>) -> Result<CorrectionReport, String> {
    let mut report = CorrectionReport::default();
    for (id, period) in UNDATED_PERIODS {
        let figure = figures
            .iter_mut()
            .find(|f| f.id == id)
            .ok_or_else(|| format!("figures.csv no longer has {id}; review the article corrections"))?;
        report.undated.push(format!("{id}: \"{}\" → \"{period}\"", figure.period));
        figure.period = period.to_string();
    }
    for added in &ADDED {
        if figures.iter().any(|f| f.id == added.id) {
            return Err(format!("figures.csv now has {}; remove it from the article corrections", added.id));
        }
        figures.push(ArticleFigure {
            id: added.id.into(),
            topic: added.topic.into(),
            metric: added.metric.into(),
            unit: added.unit.into(),
            period: added.period.into(),
            value: added.value.parse().map_err(|_| format!("{}: value {:?} is not a number", added.id, added.value))?,
            value_text: added.value.into(),
            qualifier: added.qualifier.into(),
            source_named_in_article: "not recorded".into(),
            article_section: added.section.into(),
        });
        report.added.push(added.id.to_string());
    }
    Ok(report)
}
