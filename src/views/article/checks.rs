//! The article against the data: each trade share the article quotes beside the same flow's
//! share of HS chapters 84-85 in the Atlas, for the data's latest year, with a plain note of the
//! classification and year differences. Figures the data cannot check say why.

use super::texts::ArticleTexts;
use super::{qualified_value, trend_note, value_with_qualifiers};
use crate::charts::bars::{BarChart, SimpleBar};
use crate::charts::palette;
use crate::charts::ChartSpec;
use crate::data::article::ArticleFigure;
use crate::data::{Classification, Dataset, Iso3, Source, Year};
use crate::i18n::TextGroup;
use crate::i18n::{fill, Locale, Texts};
use crate::indices::bilateral::machinery_share_percent;
use crate::state::{AppState, WhyIndex, WhyKey};
use crate::views::{pair_label, texts, DataTable, LegendEntry, Panel};

pub const CHECKS: &str = "article-checks";

/// How the data can check a figure.
enum Check {
    /// The share of chapters 84-85 in these flows (exporter, importer).
    Machinery { flows: &'static [(Iso3, Iso3)], wider_category: bool, pre_covid: bool },
    /// Semiconductor shares: the data stop at chapters.
    Semiconductors,
    /// Chinese customs commodity groups with no exact HS equivalent.
    Categories,
}

/// The article's trade figures and how each is checked. China's imports from Japan are Japan's
/// exports to China: the Atlas reconciles each flow to one value.
const CHECKS_BY_FIGURE: [(&str, Check); 11] = [
    (
        "jp_kr_exp_cn_mech_elec_share",
        Check::Machinery {
            flows: &[(Iso3::JPN, Iso3::CHN), (Iso3::KOR, Iso3::CHN)],
            wider_category: false,
            pre_covid: false,
        },
    ),
    (
        "cn_imp_jp_hs84_85_share",
        Check::Machinery { flows: &[(Iso3::JPN, Iso3::CHN)], wider_category: false, pre_covid: false },
    ),
    (
        "cn_exp_jp_mech_elec_share",
        Check::Machinery { flows: &[(Iso3::CHN, Iso3::JPN)], wider_category: true, pre_covid: false },
    ),
    (
        "cn_imp_kr_mech_elec_share",
        Check::Machinery { flows: &[(Iso3::KOR, Iso3::CHN)], wider_category: true, pre_covid: false },
    ),
    (
        "cn_exp_kr_mech_elec_share",
        Check::Machinery { flows: &[(Iso3::CHN, Iso3::KOR)], wider_category: true, pre_covid: true },
    ),
    ("kr_semiconductor_export_share_china_2000", Check::Semiconductors),
    ("kr_semiconductor_export_share_china_2021", Check::Semiconductors),
    ("cn_imp_jp_top4_share", Check::Categories),
    ("cn_exp_jp_top3_share", Check::Categories),
    ("cn_imp_kr_top4_share", Check::Categories),
    ("cn_exp_kr_top3_share", Check::Categories),
];

/// One flow's bars: the article's figures for it, then the data's value.
struct FlowBars {
    flow: (Iso3, Iso3),
    article: Vec<SimpleBar>,
    data: SimpleBar,
}

/// The colour of the data's bars; the article's are grey.
const DATA_COLOR: palette::Rgb = palette::JAPAN;

/// The last year before COVID-19, for the article's "below pre-COVID-19 levels".
const PRE_COVID_YEAR: Year = 2019;

pub fn checks_panel(ds: &Dataset, state: &AppState, figures: &[ArticleFigure]) -> Panel {
    let years = ds.years(Source::Atlas, Classification::Hs2);
    let checks = Checks {
        ds,
        t: texts(state),
        own: ArticleTexts::of(state.locale),
        locale: state.locale,
        first_year: years.first().copied(),
        last_year: years.last().copied(),
        by_flow: Vec::new(),
        rows: Vec::new(),
        row_why: Vec::new(),
    };
    checks.run(figures)
}

/// The checks of the article's figures against the data, as they are collected: bars grouped by
/// flow (the article's figures for it in grey, then the data's value) and the table's rows.
struct Checks<'a> {
    ds: &'a Dataset,
    t: &'static Texts,
    own: &'static ArticleTexts,
    locale: Locale,
    first_year: Option<Year>,
    last_year: Option<Year>,
    by_flow: Vec<FlowBars>,
    rows: Vec<Vec<String>>,
    /// The rows whose data value has a working ("Why this number?"), with its key.
    row_why: Vec<(usize, String)>,
}

impl Checks<'_> {
    fn run(mut self, figures: &[ArticleFigure]) -> Panel {
        let own = self.own;
        for (id, check) in &CHECKS_BY_FIGURE {
            let Some(figure) = figures.iter().find(|f| f.id == *id) else { continue };
            match check {
                Check::Machinery { flows, wider_category, pre_covid } => {
                    for &flow in *flows {
                        self.machinery(figure, flow, *wider_category, *pre_covid);
                    }
                }
                Check::Semiconductors => self.not_in_the_data(figure, own.check_not_semis),
                Check::Categories => self.not_in_the_data(figure, own.check_not_categories),
            }
        }
        self.into_panel()
    }

    fn percent(&self, value: f64) -> String {
        self.locale.number(value, 1)
    }

    /// A figure the data cannot check, with the reason.
    fn not_in_the_data(&mut self, figure: &ArticleFigure, reason: &str) {
        let article_text = value_with_qualifiers(self.own, figure);
        self.rows.push(vec![figure.metric.clone(), article_text, self.t.no_data.to_string(), reason.to_string()]);
    }

    /// The machinery share of one flow: the article's figure against the data's latest year.
    fn machinery(&mut self, figure: &ArticleFigure, (exporter, importer): (Iso3, Iso3), wider: bool, pre_covid: bool) {
        let own = self.own;
        let (t, ds) = (self.t, self.ds);
        let flow = pair_label(self.locale, exporter, importer);
        let article_text = value_with_qualifiers(self.own, figure);
        let share = |year: Option<Year>| machinery_share_percent(ds, exporter, importer, year?);
        let (Some(year), Some(latest), Some(first)) = (self.last_year, share(self.last_year), share(self.first_year))
        else {
            self.rows.push(vec![flow, article_text, t.no_data.to_string(), String::new()]);
            return;
        };
        let before = share(Some(PRE_COVID_YEAR)).filter(|_| pre_covid);
        let note = self.machinery_note(figure, (first, latest, year), pre_covid, before, wider);
        let section = if figure.article_section.is_empty() { "?" } else { &figure.article_section };
        let article_bar = SimpleBar {
            label: fill(own.check_article_bar, &[("flow", &flow), ("section", section)]),
            value: figure.value,
            color: palette::AXIS,
            value_text: qualified_value(self.own, figure),
            note: Some(figure.metric.clone()),
            why: None,
            id: String::new(),
        };
        let data_bar = SimpleBar {
            label: fill(own.check_data_bar, &[("flow", &flow), ("year", &year.to_string())]),
            value: latest,
            color: DATA_COLOR,
            value_text: format!("{}%", self.percent(latest)),
            note: Some(note.clone()),
            why: Some(WhyKey::pair(WhyIndex::Machinery, exporter, importer, year).to_string()),
            id: String::new(),
        };
        match self.by_flow.iter_mut().find(|bars| bars.flow == (exporter, importer)) {
            Some(bars) => bars.article.push(article_bar),
            None => {
                self.by_flow.push(FlowBars { flow: (exporter, importer), article: vec![article_bar], data: data_bar })
            }
        }
        let key = WhyKey::pair(WhyIndex::Machinery, exporter, importer, year);
        self.row_why.push((self.rows.len(), key.to_string()));
        self.rows.push(vec![flow, article_text, format!("{}% ({year})", self.percent(latest)), note]);
    }

    /// What the data say beside a machinery figure: the first year's share, the trend the article
    /// names (or the change since before COVID-19), and whether its category is wider.
    fn machinery_note(
        &self,
        figure: &ArticleFigure,
        (first, latest, year): (f64, f64, Year),
        pre_covid: bool,
        before_covid: Option<f64>,
        wider: bool,
    ) -> String {
        let own = self.own;
        let first_year = self.first_year.unwrap_or_default().to_string();
        let mut notes = vec![fill(
            own.check_note_machinery,
            &[("year", &year.to_string()), ("first_year", &first_year), ("first", &self.percent(first))],
        )];
        if let Some(trend) = trend_note(own, figure).filter(|_| !pre_covid) {
            notes.push(fill(
                own.check_note_trend,
                &[
                    ("trend", &trend),
                    ("first", &self.percent(first)),
                    ("first_year", &first_year),
                    ("last", &self.percent(latest)),
                    ("year", &year.to_string()),
                ],
            ));
        }
        if let Some(before) = before_covid {
            notes.push(fill(
                own.check_note_precovid,
                &[
                    ("before", &self.percent(before)),
                    ("before_year", &PRE_COVID_YEAR.to_string()),
                    ("after", &self.percent(latest)),
                    ("year", &year.to_string()),
                    ("change", &self.locale.signed(latest - before, 1)),
                ],
            ));
        }
        if wider {
            notes.push(own.check_note_wider.to_string());
        }
        notes.join(" ")
    }

    fn into_panel(self) -> Panel {
        let own = self.own;
        let t = self.t;
        let bars: Vec<SimpleBar> = self
            .by_flow
            .into_iter()
            .flat_map(|bars| bars.article.into_iter().chain(std::iter::once(bars.data)))
            .collect();
        let title = own.article_checks_title.to_string();
        // The data column (the third) of a machinery row opens its working.
        let mut cell_why = vec![Vec::new(); self.rows.len()];
        for (row, key) in self.row_why {
            cell_why[row] = vec![None, None, Some(key), None];
        }
        Panel {
            key: CHECKS,
            title: title.clone(),
            chart: Some(ChartSpec::Bars(BarChart {
                bars,
                unit_label: "%".to_string(),
                no_data_message: t.no_data.to_string(),
                pin: None,
            })),
            description: own.article_checks_description.to_string(),
            legend: [(own.check_column_article, palette::AXIS), (own.check_legend_data, DATA_COLOR)]
                .into_iter()
                .map(|(label, color)| LegendEntry::fixed(label.to_string(), color))
                .collect(),
            cards: Vec::new(),
            table: DataTable {
                caption: title,
                columns: vec![
                    own.article_column_metric.to_string(),
                    own.check_column_article.to_string(),
                    own.check_column_data.to_string(),
                    own.check_column_note.to_string(),
                ],
                rows: self.rows,
                cell_why,
            },
            notes: vec![
                t.atlas_caveat_reconciled.to_string(),
                format!("{} · {}", t.atlas_source, t.computed_in_browser),
            ],
            hint: None,
        }
    }
}
