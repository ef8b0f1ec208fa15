//! View 6, from the article: the article's own figures as small bar charts and stat cards, each
//! with the article's qualifier and both citations (the article and the source it names).
//! Nothing here is computed; a figure missing from the data is simply not shown.

pub mod checks;

use super::{texts, DataTable, Method, Panel, StatCard, ViewModel};
use crate::charts::bars::{BarChart, SimpleBar};
use crate::charts::palette::{self, Rgb};
use crate::charts::ChartSpec;
use crate::data::article::{ArticleFigure, ARTICLE_CITATION};
use crate::data::parts::DataPart;
use crate::data::Dataset;
use crate::i18n::{fill, Texts};
use crate::state::{AppState, View};

pub const SEMICONDUCTORS: &str = "article-semiconductors";
pub const INVESTMENT: &str = "article-investment";
pub const SECTORS: &str = "article-sectors";
pub const DIGITAL: &str = "article-digital";
pub const KOREA: &str = "article-korea";
pub const ALL_FIGURES: &str = "article-all";
pub use checks::CHECKS;

/// The number as the article states it, with its qualifier ("about 70", "over 50").
pub fn qualified(texts: &Texts, figure: &ArticleFigure, number: &str) -> String {
    let first_word = figure.qualifier.split(';').next().unwrap_or("").trim();
    let template = match first_word {
        "approximately" => texts.qualifier_approximately,
        "over" => texts.qualifier_over,
        "nearly" => texts.qualifier_nearly,
        "around" => texts.qualifier_around,
        _ => "{v}",
    };
    fill(template, &[("v", number)])
}

/// The unit of a figure in the reader's language, where the widget knows it.
fn unit(texts: &Texts, unit: &str) -> String {
    match unit {
        "percent" => "%".to_string(),
        "billion US dollars" => texts.unit_billion_usd.to_string(),
        "trillion yen" => texts.unit_trillion_yen.to_string(),
        "trillion yuan" => texts.unit_trillion_yuan.to_string(),
        "trillion won" => texts.unit_trillion_won.to_string(),
        "billion yen" => texts.unit_billion_yen.to_string(),
        other => other.to_string(),
    }
}

/// The trend or comparison the article adds to a figure's qualifier ("slight downward trend"),
/// in the reader's language where the widget knows the words.
pub fn trend_note(texts: &Texts, figure: &ArticleFigure) -> Option<String> {
    let (_, trend) = figure.qualifier.split_once(';')?;
    let trend = trend.trim();
    let known = match trend {
        "slight downward trend" => texts.trend_slight_downward,
        "slight decline" => texts.trend_slight_decline,
        "upward trend" => texts.trend_upward,
        "about 4 percentage points below pre-COVID-19 levels" => texts.trend_below_precovid,
        _ => trend,
    };
    (!known.is_empty()).then(|| known.to_string())
}

/// The value with its unit and qualifier, and the article's trend note when it gives one:
/// "about 50% (slight downward trend)".
pub fn value_with_qualifiers(texts: &Texts, figure: &ArticleFigure) -> String {
    let value = qualified_value(texts, figure);
    match trend_note(texts, figure) {
        Some(trend) => format!("{value} ({trend})"),
        None => value,
    }
}

/// "32%", "about 70%", "185.7 billion US dollars".
pub fn qualified_value(texts: &Texts, figure: &ArticleFigure) -> String {
    let number = figure.value_text.clone();
    let with_unit = match figure.unit.as_str() {
        "percent" => format!("{number}%"),
        // A target year reads as the year alone.
        "year" => number,
        other => format!("{number} {}", unit(texts, other)),
    };
    qualified(texts, figure, &with_unit)
}

/// The citation line of a panel: the article, then each distinct source it names.
fn citation(texts: &Texts, figures: &[&ArticleFigure]) -> String {
    // Each source once, in the order the figures name them.
    let mut named: Vec<&str> = Vec::new();
    for figure in figures {
        if !named.contains(&figure.source_named_in_article.as_str()) {
            named.push(&figure.source_named_in_article);
        }
    }
    format!(
        "{}: {ARTICLE_CITATION}. {}: {}.",
        texts.article_citation_label,
        texts.article_source_named,
        named.join("; ")
    )
}

struct Figures<'a>(&'a [ArticleFigure]);

impl<'a> Figures<'a> {
    fn get(&self, id: &str) -> Option<&'a ArticleFigure> {
        self.0.iter().find(|f| f.id == id)
    }

    /// One bar per id that exists; the label comes from the caller.
    fn bars(&self, texts: &Texts, wanted: &[(&str, &str, Rgb)]) -> (Vec<SimpleBar>, Vec<&'a ArticleFigure>) {
        let mut bars = Vec::new();
        let mut used = Vec::new();
        for &(id, label, color) in wanted {
            if let Some(figure) = self.get(id) {
                let number = match figure.unit.as_str() {
                    "percent" => format!("{}%", format_signed(figure)),
                    _ => format_signed(figure),
                };
                bars.push(SimpleBar {
                    label: label.to_string(),
                    value: figure.value,
                    color,
                    value_text: qualified(texts, figure, &number),
                    note: Some(
                        [
                            trend_note(texts, figure),
                            Some(figure.period.clone()),
                            Some(figure.source_named_in_article.clone()),
                        ]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · "),
                    ),
                });
                used.push(figure);
            }
        }
        (bars, used)
    }

    fn card(&self, texts: &Texts, id: &str, label: &str, note: Option<&str>) -> Option<(StatCard, &'a ArticleFigure)> {
        let figure = self.get(id)?;
        Some((
            StatCard {
                value: qualified_value(texts, figure),
                label: label.to_string(),
                note: note.map(str::to_string).or_else(|| trend_note(texts, figure)),
                source: figure.source_named_in_article.clone(),
            },
            figure,
        ))
    }
}

/// A signed number as the article writes it ("+63.8" for growth, "−31").
fn format_signed(figure: &ArticleFigure) -> String {
    if figure.value < 0.0 {
        format!("−{}", figure.value_text.trim_start_matches('-'))
    } else if figure.is_year_on_year_change() {
        format!("+{}", figure.value_text)
    } else {
        figure.value_text.clone()
    }
}

fn panel(
    key: &'static str,
    title: String,
    chart: Option<BarChart>,
    cards: Vec<StatCard>,
    used: &[&ArticleFigure],
    texts: &Texts,
    extra_notes: Vec<String>,
) -> Panel {
    let table = DataTable {
        caption: title.clone(),
        columns: vec![
            texts.article_column_metric.to_string(),
            texts.article_column_value.to_string(),
            texts.article_column_period.to_string(),
            texts.article_column_source.to_string(),
        ],
        rows: used
            .iter()
            .map(|f| {
                vec![
                    f.metric.clone(),
                    value_with_qualifiers(texts, f),
                    f.period.clone(),
                    f.source_named_in_article.clone(),
                ]
            })
            .collect(),
    };
    let description = used
        .iter()
        .map(|f| format!("{}: {}", f.metric, value_with_qualifiers(texts, f)))
        .collect::<Vec<_>>()
        .join("; ");
    let mut notes = extra_notes;
    notes.push(citation(texts, used));
    Panel {
        key,
        title,
        chart: chart.filter(|c| !c.bars.is_empty()).map(ChartSpec::Bars),
        description,
        legend: Vec::new(),
        cards,
        table,
        notes,
        hint: None,
    }
}

/// This view in the registry (`views::REGISTRY`).
pub const UNIT: super::ViewUnit = super::ViewUnit {
    view: crate::state::View::Article,
    data_parts: |_| vec![DataPart::ArticleFigures, DataPart::AtlasChapters],
    on_select: super::selects_nothing,
};

pub fn build(ds: &Dataset, state: &AppState) -> ViewModel {
    let t = texts(state);
    let figures = Figures(ds.article_figures());
    let load_error =
        (!ds.has(DataPart::ArticleFigures)).then(|| fill(t.dataset_error, &[("error", t.data_not_loaded)]));
    let panels = vec![
        checks::checks_panel(ds, state, figures.0),
        semiconductors_panel(&figures, state),
        investment_panel(&figures, t),
        sectors_panel(&figures, t),
        digital_panel(&figures, t),
        korea_panel(&figures, t),
        all_figures_panel(&figures, t),
    ];
    ViewModel {
        view: View::Article,
        title: t.article_title.to_string(),
        takeaway: load_error.unwrap_or_else(|| t.article_takeaway.to_string()),
        years: Vec::new(),
        year: None,
        panels,
        method: Method {
            in_words: t.article_words.to_string(),
            formulas: Vec::new(),
            symbols: Vec::new(),
            classification: String::new(),
            years: String::new(),
            caveats: vec![t.korea_chip_share_note.to_string()],
        },
        source: format!("{}: {ARTICLE_CITATION}", t.article_citation_label),
    }
}

impl<'a> Figures<'a> {
    /// The stat cards of the figures `wanted` (id, label) that the data have, each added to `used`.
    fn cards(&self, texts: &Texts, wanted: &[(&str, &str)], used: &mut Vec<&'a ArticleFigure>) -> Vec<StatCard> {
        let mut cards = Vec::new();
        for (id, label) in wanted {
            if let Some((card, figure)) = self.card(texts, id, label, None) {
                cards.push(card);
                used.push(figure);
            }
        }
        cards
    }
}

fn bar_chart(texts: &Texts, bars: Vec<SimpleBar>, unit_label: String) -> Option<BarChart> {
    Some(BarChart { bars, unit_label, no_data_message: texts.no_data.to_string() })
}

/// Semiconductor sales by region, 2022; the regions' shares overlap, which a note says.
fn semiconductors_panel(figures: &Figures, state: &AppState) -> Panel {
    let t = texts(state);
    let grey = palette::MUTED;
    let (bars, mut used) = figures.bars(
        t,
        &[
            ("cn_semiconductor_sales_share_2022", t.region_china, palette::CHINA),
            ("americas_semiconductor_sales_share_2022", t.region_americas, grey),
            ("europe_semiconductor_sales_share_2022", t.region_europe, grey),
            ("japan_semiconductor_sales_share_2022", t.region_japan, palette::JAPAN),
            ("apac_semiconductor_sales_share_2022", t.region_apac, grey),
        ],
    );
    let sum: f64 = bars.iter().map(|b| b.value).sum();
    let overlap = (sum > 100.0).then(|| fill(t.article_semis_overlap, &[("sum", &state.locale.number(sum, 0))]));
    let cards = figures.cards(t, &[("cn_semiconductor_sales_2022", t.china_sales_label)], &mut used);
    let chart = bar_chart(t, bars, t.unit_percent_share.to_string());
    panel(SEMICONDUCTORS, t.article_semis_title.to_string(), chart, cards, &used, t, overlap.into_iter().collect())
}

/// Japan's cumulative investment: ASEAN against China.
fn investment_panel(figures: &Figures, t: &Texts) -> Panel {
    let (bars, used) = figures.bars(
        t,
        &[
            ("jp_cum_fdi_asean_2020", t.asean, palette::MUTED),
            ("jp_cum_fdi_china_2020", t.region_china, palette::CHINA),
        ],
    );
    let chart = bar_chart(t, bars, t.unit_trillion_yen.to_string());
    panel(INVESTMENT, t.article_investment_title.to_string(), chart, Vec::new(), &used, t, Vec::new())
}

/// Japanese investment in China by sector, 2020.
fn sectors_panel(figures: &Figures, t: &Texts) -> Panel {
    let (bars, mut used) = figures.bars(
        t,
        &[
            ("jp_fdi_cn_mfg_yoy_2020", t.sector_manufacturing, palette::JAPAN),
            ("jp_fdi_cn_transport_machinery_yoy_2020", t.sector_transport_machinery, palette::JAPAN),
            ("jp_fdi_cn_general_machinery_yoy_2020", t.sector_general_machinery, palette::JAPAN),
            ("jp_fdi_cn_electrical_machinery_yoy_2020", t.sector_electrical_machinery, palette::JAPAN),
            ("jp_fdi_cn_non_mfg_yoy_2020", t.sector_non_manufacturing, palette::JAPAN),
            ("jp_fdi_cn_wholesale_retail_yoy_2020", t.sector_wholesale_retail, palette::JAPAN),
            ("jp_fdi_cn_finance_insurance_yoy_2020", t.sector_finance_insurance, palette::JAPAN),
        ],
    );
    let cards = figures.cards(
        t,
        &[
            ("jp_fdi_cn_mfg_share_2020", t.jp_mfg_share_label),
            ("jp_fdi_cn_wholesale_retail_value_2020", t.jp_wholesale_value_label),
        ],
        &mut used,
    );
    let chart = bar_chart(t, bars, t.unit_yoy_percent.to_string());
    panel(SECTORS, t.article_sectors_title.to_string(), chart, cards, &used, t, Vec::new())
}

/// China's digital economy, 2012 and 2022.
fn digital_panel(figures: &Figures, t: &Texts) -> Panel {
    let (bars, used) = figures.bars(
        t,
        &[("cn_digital_economy_2012", "2012", palette::CHINA), ("cn_digital_economy_2022", "2022", palette::CHINA)],
    );
    let chart = bar_chart(t, bars, t.unit_trillion_yuan.to_string());
    panel(DIGITAL, t.article_digital_title.to_string(), chart, Vec::new(), &used, t, Vec::new())
}

/// Korea and semiconductors: the share of its chip exports that go to China, and three cards.
fn korea_panel(figures: &Figures, t: &Texts) -> Panel {
    let (bars, mut used) = figures.bars(
        t,
        &[
            ("kr_semiconductor_export_share_china_2000", "2000", palette::KOREA),
            ("kr_semiconductor_export_share_china_2021", "2021", palette::KOREA),
        ],
    );
    let cards = figures.cards(
        t,
        &[
            ("kr_semiconductor_global_share_2019", t.korea_global_share_label),
            ("kr_samsung_skhynix_investment_plan", t.korea_investment_label),
            ("kr_chip_act_2022", t.korea_chip_act_label),
        ],
        &mut used,
    );
    let chart = bar_chart(t, bars, format!("{} (%)", t.korea_chip_share_label));
    panel(KOREA, t.article_korea_title.to_string(), chart, cards, &used, t, vec![t.korea_chip_share_note.to_string()])
}

/// Every figure, as a table.
fn all_figures_panel(figures: &Figures, t: &Texts) -> Panel {
    let all: Vec<&ArticleFigure> = figures.0.iter().collect();
    let mut everything = panel(ALL_FIGURES, t.article_all_title.to_string(), None, Vec::new(), &all, t, Vec::new());
    everything.notes = vec![t.article_table_english.to_string(), citation(t, &all)];
    everything
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn qualifiers_follow_each_language_word_order() {
        let figure = ArticleFigure {
            id: "x".into(),
            topic: String::new(),
            metric: "Share".into(),
            unit: "percent".into(),
            period: "2021".into(),
            value: 50.0,
            value_text: "50".into(),
            qualifier: "over; slight decline".into(),
            source_named_in_article: "Wind".into(),
            article_section: "1.1".into(),
        };
        assert_eq!(qualified_value(Locale::En.texts(), &figure), "over 50%");
        assert_eq!(qualified_value(Locale::Ja.texts(), &figure), "50%超");
        assert_eq!(qualified_value(Locale::Zh.texts(), &figure), "超过50%");
        assert_eq!(value_with_qualifiers(Locale::En.texts(), &figure), "over 50% (slight decline)");
        assert_eq!(value_with_qualifiers(Locale::Ko.texts(), &figure), "50% 이상 (약간 하락)");
    }
}
