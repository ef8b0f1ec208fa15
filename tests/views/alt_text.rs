//! The generated alt text of three charts, in three languages, against sentences written by hand
//! with their numbers from `indices` (the command-line tool): TCI 2018 South Korea → China
//! 69.140041, China → South Korea 59.883853, 2010 South Korea → China 75.172206; RCA of machinery
//! and electrical goods, 2019, China 1.650448, Japan 1.227622, 1992 China 0.512785; GL with the
//! world on HS sections, South Korea 2010 0.625763, 2018 0.628188, China 2018 0.534447.

use cjk_trade_widget::data::embedded;
use cjk_trade_widget::i18n::Locale;
use cjk_trade_widget::state::editorial::{Editorial, Note};
use cjk_trade_widget::state::{Action, AppState, View};
use cjk_trade_widget::views::{self, describe::accessible_description, editorial};

fn alt_text(state: &AppState, key: &str) -> String {
    let mut model = views::build(embedded().unwrap(), state);
    editorial::apply(&mut model, state);
    let panel = model.panels.iter().find(|p| p.key == key).expect("the panel");
    accessible_description(state.locale, panel)
}

fn state(view: View, locale: Locale) -> AppState {
    AppState::default().apply(Action::ShowView(view)).apply(Action::SetLocale(locale))
}

#[test]
fn the_tci_lines_in_english() {
    assert_eq!(
        alt_text(&state(View::Complementarity, Locale::En), "tci-lines"),
        "Line chart of the trade complementarity index for the six exporter–importer pairs of China, Japan and \
         South Korea, one line per pair, by year. Data for 2010–2018. In 2018: highest South Korea → China (69.14), \
         lowest China → South Korea (59.88). South Korea → China went from 75.17 in 2010 to 69.14 in 2018. Lowest \
         value 52.12 (China → Japan, 2012); highest 75.17 (South Korea → China, 2010)."
    );
}

#[test]
fn the_rca_lines_in_chinese() {
    assert_eq!(
        alt_text(&state(View::Advantage, Locale::Zh), "rca-lines"),
        "折线图：所选国家机械和电气设备的RCA按年份变化，1处有参考线。 数据年份：1988–2019。 \
         2019年：最高为中国（1.650），最低为日本（1.228）。 中国从1992年的0.513变为2019年的1.650。 \
         最低值 0.513（中国, 1992）；最高值 1.835（中国, 2013）。"
    );
}

#[test]
fn the_gl_lines_in_japanese() {
    assert_eq!(
        alt_text(&state(View::Division, Locale::Ja), "gl-lines"),
        "折れ線グラフ：中国・日本・韓国の世界との産業内貿易（グルーベル＝ロイド総合指数）の年ごとの推移。 \
         データの期間：2010–2018。 2018年：最高は韓国（0.628）、最低は中国（0.534）。 \
         韓国は2010年の0.626から2018年には0.628になった。 最小値 0.475（日本, 2012）、最大値 0.676（韓国, 2016）。"
    );
}

#[test]
fn a_journalist_s_description_comes_first_and_the_highlight_leads_the_trend() {
    let mut embedded = state(View::Complementarity, Locale::En);
    embedded.embed = true;
    embedded.panel = Some("tci-lines");
    embedded.editorial = Editorial {
        description: Some("Our words.".into()),
        highlight: ["tci-lines:CHN>KOR".to_string()].into(),
        note: Some(Note { year: Some(2015), text: "FTA".into() }),
        ..Editorial::default()
    };
    let said = alt_text(&embedded, "tci-lines");
    assert!(said.starts_with("Our words. Line chart of the trade complementarity index"), "{said}");
    assert!(said.contains(" Annotated at 2015: FTA. "), "{said}");
    assert!(said.contains(" China → South Korea went from "), "{said}");
    assert!(said.contains(" to 59.88 in 2018."), "{said}");
}
