//! View 6, from the article: the article's own figures as small bar charts and stat cards, each
//! with the article's qualifier and both citations (the article and the source it names).
//! Nothing here is computed; a figure missing from the data is simply not shown.

pub mod checks;

pub mod texts;

/// This view's own texts, by the name the list of views uses to write and check translation files.
pub use self::texts::ArticleTexts as OwnTexts;

pub use super::no_controls as controls;

use self::texts::ArticleTexts;
use super::{texts, DataTable, Method, Panel, StatCard, ViewModel};
use crate::charts::bars::{BarChart, SimpleBar};
use crate::charts::palette::{self, Rgb};
use crate::charts::ChartSpec;
use crate::data::article::{ArticleFigure, ARTICLE_CITATION};
use crate::data::parts::DataPart;
use crate::data::Dataset;
use crate::i18n::TextGroup;
use crate::i18n::{fill, Locale};
use crate::state::{AppState, View, WhyIndex, WhyKey, WhySubject};
use crate::views::working::{self, Working};

pub const SEMICONDUCTORS: &str = "article-semiconductors";
pub const INVESTMENT: &str = "article-investment";
pub const SECTORS: &str = "article-sectors";
pub const DIGITAL: &str = "article-digital";
pub const KOREA: &str = "article-korea";
pub const ALL_FIGURES: &str = "article-all";
pub use checks::CHECKS;

/// The number as the article states it, with its qualifier ("about 70", "over 50").
pub fn qualified(own: &ArticleTexts, figure: &ArticleFigure, number: &str) -> String {
    let first_word = figure.qualifier.split(';').next().unwrap_or("").trim();
    let template = match first_word {
        "approximately" => own.qualifier_approximately,
        "over" => own.qualifier_over,
        "nearly" => own.qualifier_nearly,
        "around" => own.qualifier_around,
        _ => "{v}",
    };
    fill(template, &[("v", number)])
}

/// The unit of a figure in the reader's language, where the widget knows it.
fn unit(own: &ArticleTexts, unit: &str) -> String {
    match unit {
        "percent" => "%".to_string(),
        "billion US dollars" => own.unit_billion_usd.to_string(),
        "trillion yen" => own.unit_trillion_yen.to_string(),
        "trillion yuan" => own.unit_trillion_yuan.to_string(),
        "trillion won" => own.unit_trillion_won.to_string(),
        "billion yen" => own.unit_billion_yen.to_string(),
        other => other.to_string(),
    }
}

/// The trend or comparison the article adds to a figure's qualifier ("slight downward trend"),
/// in the reader's language where the widget knows the words.
pub fn trend_note(own: &ArticleTexts, figure: &ArticleFigure) -> Option<String> {
    let (_, trend) = figure.qualifier.split_once(';')?;
    let trend = trend.trim();
    let known = match trend {
        "slight downward trend" => own.trend_slight_downward,
        "slight decline" => own.trend_slight_decline,
        "upward trend" => own.trend_upward,
        "about 4 percentage points below pre-COVID-19 levels" => own.trend_below_precovid,
        _ => trend,
    };
    (!known.is_empty()).then(|| known.to_string())
}

/// The value with its unit and qualifier, and the article's trend note when it gives one:
/// "about 50% (slight downward trend)".
pub fn value_with_qualifiers(own: &ArticleTexts, figure: &ArticleFigure) -> String {
    let value = qualified_value(own, figure);
    match trend_note(own, figure) {
        Some(trend) => format!("{value} ({trend})"),
        None => value,
    }
}

/// "32%", "about 70%", "185.7 billion US dollars".
pub fn qualified_value(own: &ArticleTexts, figure: &ArticleFigure) -> String {
    let number = figure.value_text.clone();
    let with_unit = match figure.unit.as_str() {
        "percent" => format!("{number}%"),
        // A target year reads as the year alone.
        "year" => number,
        other => format!("{number} {}", unit(own, other)),
    };
    qualified(own, figure, &with_unit)
}

/// The citation line of a panel: the article, then each distinct source it names.
fn citation(own: &ArticleTexts, figures: &[&ArticleFigure]) -> String {
    // Each source once, in the order the figures name them.
    let mut named: Vec<&str> = Vec::new();
    for figure in figures {
        if !named.contains(&figure.source_named_in_article.as_str()) {
            named.push(&figure.source_named_in_article);
        }
    }
    format!("{}: {ARTICLE_CITATION}. {}: {}.", own.article_citation_label, own.article_source_named, named.join("; "))
}

struct Figures<'a>(&'a [ArticleFigure]);

impl<'a> Figures<'a> {
    fn get(&self, id: &str) -> Option<&'a ArticleFigure> {
        self.0.iter().find(|f| f.id == id)
    }

    /// One bar per id that exists; the label comes from the caller.
    fn bars(&self, own: &ArticleTexts, wanted: &[(&str, &str, Rgb)]) -> (Vec<SimpleBar>, Vec<&'a ArticleFigure>) {
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
                    value_text: qualified(own, figure, &number),
                    note: Some(
                        [
                            trend_note(own, figure),
                            Some(figure.period.clone()),
                            Some(figure.source_named_in_article.clone()),
                        ]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · "),
                    ),
                    why: None,
            id: String::new(),
                });
                used.push(figure);
            }
        }
        (bars, used)
    }

    fn card(
        &self,
        own: &ArticleTexts,
        id: &str,
        label: &str,
        note: Option<&str>,
    ) -> Option<(StatCard, &'a ArticleFigure)> {
        let figure = self.get(id)?;
        Some((
            StatCard {
                value: qualified_value(own, figure),
                label: label.to_string(),
                note: note.map(str::to_string).or_else(|| trend_note(own, figure)),
                source: format!("{}: {}", own.article_source_named, figure.source_named_in_article),
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
    own: &ArticleTexts,
    extra_notes: Vec<String>,
) -> Panel {
    let table = DataTable {
        caption: title.clone(),
        columns: vec![
            own.article_column_metric.to_string(),
            own.article_column_value.to_string(),
            own.article_column_period.to_string(),
            own.article_column_source.to_string(),
        ],
        rows: used
            .iter()
            .map(|f| {
                vec![
                    f.metric.clone(),
                    value_with_qualifiers(own, f),
                    f.period.clone(),
                    f.source_named_in_article.clone(),
                ]
            })
            .collect(),
        cell_why: Vec::new(),
    };
    let description =
        used.iter().map(|f| format!("{}: {}", f.metric, value_with_qualifiers(own, f))).collect::<Vec<_>>().join("; ");
    let mut notes = extra_notes;
    notes.push(citation(own, used));
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
    let own = ArticleTexts::of(state.locale);
    let t = texts(state);
    let figures = Figures(ds.article_figures());
    let load_error =
        (!ds.has(DataPart::ArticleFigures)).then(|| fill(t.dataset_error, &[("error", t.data_not_loaded)]));
    let panels = vec![
        checks::checks_panel(ds, state, figures.0),
        semiconductors_panel(&figures, state),
        investment_panel(&figures, state.locale),
        sectors_panel(&figures, state.locale),
        digital_panel(&figures, state.locale),
        korea_panel(&figures, state.locale),
        all_figures_panel(&figures, state.locale),
    ];
    ViewModel {
        view: View::Article,
        title: own.article_title.to_string(),
        takeaway: load_error.unwrap_or_else(|| own.article_takeaway.to_string()),
        years: Vec::new(),
        year: None,
        panels,
        method: Method {
            in_words: own.article_words.to_string(),
            formulas: Vec::new(),
            symbols: Vec::new(),
            classification: String::new(),
            years: String::new(),
            caveats: vec![own.korea_chip_share_note.to_string()],
        },
        source: format!("{}: {ARTICLE_CITATION}", own.article_citation_label),
    }
}

impl<'a> Figures<'a> {
    /// The stat cards of the figures `wanted` (id, label) that the data have, each added to `used`.
    fn cards(&self, own: &ArticleTexts, wanted: &[(&str, &str)], used: &mut Vec<&'a ArticleFigure>) -> Vec<StatCard> {
        let mut cards = Vec::new();
        for (id, label) in wanted {
            if let Some((card, figure)) = self.card(own, id, label, None) {
                cards.push(card);
                used.push(figure);
            }
        }
        cards
    }
}

fn bar_chart(locale: Locale, bars: Vec<SimpleBar>, unit_label: String) -> Option<BarChart> {
    let t = locale.texts();
    Some(BarChart { bars, unit_label, no_data_message: t.no_data.to_string(), pin: None })
}

/// Semiconductor sales by region, 2022; the regions' shares overlap, which a note says.
fn semiconductors_panel(figures: &Figures, state: &AppState) -> Panel {
    let locale = state.locale;
    let own = ArticleTexts::of(state.locale);
    let grey = palette::MUTED;
    let (bars, mut used) = figures.bars(
        own,
        &[
            ("cn_semiconductor_sales_share_2022", own.region_china, palette::CHINA),
            ("americas_semiconductor_sales_share_2022", own.region_americas, grey),
            ("europe_semiconductor_sales_share_2022", own.region_europe, grey),
            ("japan_semiconductor_sales_share_2022", own.region_japan, palette::JAPAN),
            ("apac_semiconductor_sales_share_2022", own.region_apac, grey),
        ],
    );
    let sum: f64 = bars.iter().map(|b| b.value).sum();
    let overlap = (sum > 100.0).then(|| fill(own.article_semis_overlap, &[("sum", &state.locale.number(sum, 0))]));
    let cards = figures.cards(own, &[("cn_semiconductor_sales_2022", own.china_sales_label)], &mut used);
    let chart = bar_chart(locale, bars, own.unit_percent_share.to_string());
    panel(SEMICONDUCTORS, own.article_semis_title.to_string(), chart, cards, &used, own, overlap.into_iter().collect())
}

/// Japan's cumulative investment: ASEAN against China.
fn investment_panel(figures: &Figures, locale: Locale) -> Panel {
    let own = ArticleTexts::of(locale);
    let (bars, used) = figures.bars(
        own,
        &[
            ("jp_cum_fdi_asean_2020", own.asean, palette::MUTED),
            ("jp_cum_fdi_china_2020", own.region_china, palette::CHINA),
        ],
    );
    let chart = bar_chart(locale, bars, own.unit_trillion_yen.to_string());
    panel(INVESTMENT, own.article_investment_title.to_string(), chart, Vec::new(), &used, own, Vec::new())
}

/// Japanese investment in China by sector, 2020.
fn sectors_panel(figures: &Figures, locale: Locale) -> Panel {
    let own = ArticleTexts::of(locale);
    let (bars, mut used) = figures.bars(
        own,
        &[
            ("jp_fdi_cn_mfg_yoy_2020", own.sector_manufacturing, palette::JAPAN),
            ("jp_fdi_cn_transport_machinery_yoy_2020", own.sector_transport_machinery, palette::JAPAN),
            ("jp_fdi_cn_general_machinery_yoy_2020", own.sector_general_machinery, palette::JAPAN),
            ("jp_fdi_cn_electrical_machinery_yoy_2020", own.sector_electrical_machinery, palette::JAPAN),
            ("jp_fdi_cn_non_mfg_yoy_2020", own.sector_non_manufacturing, palette::JAPAN),
            ("jp_fdi_cn_wholesale_retail_yoy_2020", own.sector_wholesale_retail, palette::JAPAN),
            ("jp_fdi_cn_finance_insurance_yoy_2020", own.sector_finance_insurance, palette::JAPAN),
        ],
    );
    let cards = figures.cards(
        own,
        &[
            ("jp_fdi_cn_mfg_share_2020", own.jp_mfg_share_label),
            ("jp_fdi_cn_wholesale_retail_value_2020", own.jp_wholesale_value_label),
        ],
        &mut used,
    );
    let chart = bar_chart(locale, bars, own.unit_yoy_percent.to_string());
    panel(SECTORS, own.article_sectors_title.to_string(), chart, cards, &used, own, Vec::new())
}

/// China's digital economy, 2012 and 2022.
fn digital_panel(figures: &Figures, locale: Locale) -> Panel {
    let own = ArticleTexts::of(locale);
    let (bars, used) = figures.bars(
        own,
        &[("cn_digital_economy_2012", "2012", palette::CHINA), ("cn_digital_economy_2022", "2022", palette::CHINA)],
    );
    let chart = bar_chart(locale, bars, own.unit_trillion_yuan.to_string());
    panel(DIGITAL, own.article_digital_title.to_string(), chart, Vec::new(), &used, own, Vec::new())
}

/// Korea and semiconductors: the share of its chip exports that go to China, and three cards.
fn korea_panel(figures: &Figures, locale: Locale) -> Panel {
    let own = ArticleTexts::of(locale);
    let (bars, mut used) = figures.bars(
        own,
        &[
            ("kr_semiconductor_export_share_china_2000", "2000", palette::KOREA),
            ("kr_semiconductor_export_share_china_2021", "2021", palette::KOREA),
        ],
    );
    let cards = figures.cards(
        own,
        &[
            ("kr_semiconductor_global_share_2019", own.korea_global_share_label),
            ("kr_samsung_skhynix_investment_plan", own.korea_investment_label),
            ("kr_chip_act_2022", own.korea_chip_act_label),
        ],
        &mut used,
    );
    let chart = bar_chart(locale, bars, format!("{} (%)", own.korea_chip_share_label));
    panel(
        KOREA,
        own.article_korea_title.to_string(),
        chart,
        cards,
        &used,
        own,
        vec![own.korea_chip_share_note.to_string()],
    )
}

/// Every figure, as a table.
fn all_figures_panel(figures: &Figures, locale: Locale) -> Panel {
    let own = ArticleTexts::of(locale);
    let all: Vec<&ArticleFigure> = figures.0.iter().collect();
    let mut everything = panel(ALL_FIGURES, own.article_all_title.to_string(), None, Vec::new(), &all, own, Vec::new());
    everything.notes = vec![own.article_table_english.to_string(), citation(own, &all)];
    everything
}

/// Which panel a value's working opens under.
pub fn working_panel(key: WhyKey, _state: &AppState) -> Option<&'static str> {
    matches!((key.index, key.subject), (WhyIndex::Machinery, WhySubject::Pair(..))).then_some(CHECKS)
}

/// The working of a checked share of chapters 84 and 85, under the table of checks (the
/// article's own figures are quoted, not computed, so they have none).
pub fn working(ds: &Dataset, state: &AppState) -> Option<Working> {
    let t = texts(state);
    let source = format!("{} · {}", t.atlas_source, t.computed_in_browser);
    let ctx = working::context(ds, state, working_panel, source)?;
    Some(working::machinery(&ctx))
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
        assert_eq!(qualified_value(ArticleTexts::of(Locale::En), &figure), "over 50%");
        assert_eq!(qualified_value(ArticleTexts::of(Locale::Ja), &figure), "50%超");
        assert_eq!(qualified_value(ArticleTexts::of(Locale::Zh), &figure), "超过50%");
        assert_eq!(value_with_qualifiers(ArticleTexts::of(Locale::En), &figure), "over 50% (slight decline)");
        assert_eq!(value_with_qualifiers(ArticleTexts::of(Locale::Ko), &figure), "50% 이상 (약간 하락)");
    }
}
