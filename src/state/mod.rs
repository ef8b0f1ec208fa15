//! PURE. The application state and its reducer. Every change a reader makes is an [`Action`];
//! [`AppState::apply`] returns the next state. Invalid actions leave the state as it was.

pub mod editorial;
pub mod snippet;
pub mod url;
pub mod views;
pub mod why;

pub use self::editorial::Editorial;
pub(crate) use self::views::each_view;
pub use self::views::View;
pub use self::why::{WhyIndex, WhyKey, WhySubject};

use std::collections::BTreeSet;

use crate::charts::palette::Theme;
use crate::data::{Classification, Iso3, WitsGroup, Year, FOCUS_COUNTRIES, RCEP_MEMBERS};
use crate::i18n::Locale;
pub use crate::map::parks::PartnerFilter;
pub use crate::map::view::MapView;

#[derive(Clone, PartialEq, Debug)]
pub struct ParksState {
    pub partner: PartnerFilter,
    /// Approval years to show, inclusive; `None` means no bound.
    pub approved_from: Option<Year>,
    pub approved_to: Option<Year>,
    /// A focus-industry keyword (case-insensitive substring); empty shows all.
    pub keyword: String,
    /// The id of the park whose details card is open.
    pub selected: Option<String>,
    pub map_view: MapView,
}

impl ParksState {
    /// The reader's filters, as the map and the list apply them.
    pub fn filter(&self) -> crate::map::parks::ParkFilter<'_> {
        crate::map::parks::ParkFilter {
            partner: self.partner,
            approved_from: self.approved_from,
            approved_to: self.approved_to,
            keyword: &self.keyword,
        }
    }
}

impl Default for ParksState {
    fn default() -> Self {
        ParksState {
            partner: PartnerFilter::All,
            approved_from: None,
            approved_to: None,
            keyword: String::new(),
            selected: None,
            map_view: MapView::HOME,
        }
    }
}

/// The largest number of RCEP members a reader can add to the comparative-advantage view.
pub const MAX_EXTRA_COUNTRIES: usize = 5;
/// The product group the comparative-advantage line chart starts with: machinery and electrical.
pub const DEFAULT_RCA_PRODUCT: WitsGroup = WitsGroup::MACHINERY_AND_ELECTRICAL;
/// "Between the three" starts with Japan's exports to China, which the article discusses.
pub const DEFAULT_BILATERAL_FLOW: (Iso3, Iso3) = (Iso3::JPN, Iso3::CHN);

#[derive(Clone, PartialEq, Debug)]
pub struct AppState {
    pub view: View,
    pub locale: Locale,
    /// The year the reader picked; `None` shows each view's latest year. Views clamp it to
    /// the years they have.
    pub year: Option<Year>,
    /// The exporter-importer pair picked in the complementarity heatmap.
    pub tci_pair: Option<(Iso3, Iso3)>,
    /// RCEP members added to the comparative-advantage view, besides China, Japan and Korea.
    pub rca_extra_countries: Vec<Iso3>,
    /// The WITS group followed over time.
    pub rca_product: WitsGroup,
    pub esi_classification: Classification,
    /// A country of the reader's own data compared with the three in the competition view.
    pub esi_own_country: Option<Iso3>,
    /// The direction (exporter, importer) among the three that "Between the three" and "Value
    /// chains" look at.
    pub bilateral_flow: (Iso3, Iso3),
    /// Series hidden with the legend, as `panel:series` keys.
    pub hidden_series: BTreeSet<String>,
    /// Embedded in a host page: one view, no tab bar.
    pub embed: bool,
    /// In an embed, the one chart panel shown (a key of `view.panel_keys()`); `None` shows the
    /// whole view.
    pub panel: Option<&'static str>,
    /// The colour theme the link asks for; `None` follows the reader's device
    /// (`prefers-color-scheme`).
    pub theme: Option<Theme>,
    pub parks: ParksState,
    /// An embed whose snippet lets readers load their own data (`allow-upload=1`); the full
    /// widget always does.
    pub allow_upload: bool,
    /// The link was made with the reader's own data, which links never carry (`own-data=1`).
    pub link_had_own_data: bool,
    /// The index value whose working ("Why this number?") is open under its chart.
    pub why: Option<WhyKey>,
    /// A journalist's headline, description, highlight, note and lock for an embed.
    pub editorial: Editorial,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            view: View::default(),
            locale: Locale::default(),
            year: None,
            tci_pair: None,
            rca_extra_countries: Vec::new(),
            rca_product: DEFAULT_RCA_PRODUCT,
            esi_classification: Classification::Wits16,
            esi_own_country: None,
            bilateral_flow: DEFAULT_BILATERAL_FLOW,
            hidden_series: BTreeSet::new(),
            embed: false,
            panel: None,
            theme: None,
            parks: ParksState::default(),
            allow_upload: false,
            link_had_own_data: false,
            why: None,
            editorial: Editorial::default(),
        }
    }
}

#[derive(Clone, PartialEq, Debug)]
pub enum Action {
    ShowView(View),
    SetLocale(Locale),
    SetTheme(Option<Theme>),
    SetYear(Year),
    SelectPair(Iso3, Iso3),
    ClearPair,
    ToggleSeries(String),
    AddCountry(Iso3),
    /// Compares the reader's own country (a user-assigned code) with the three, or stops.
    CompareOwnCountry(Option<Iso3>),
    RemoveCountry(Iso3),
    SelectProduct(WitsGroup),
    SetEsiClassification(Classification),
    SelectFlow(Iso3, Iso3),
    SetPartnerFilter(PartnerFilter),
    SetApprovalPeriod(Option<Year>, Option<Year>),
    SetKeyword(String),
    SelectPark(Option<String>),
    SetMapView(MapView),
    /// Opens the working behind one index value under its chart.
    OpenWorking(WhyKey),
    CloseWorking,
    Replace(Box<AppState>),
}

impl AppState {
    /// The state after `action`. An action that does not make sense here changes nothing.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::ShowView(view) => {
                next.view = view;
                next.panel = None;
                // A working belongs to its view's charts.
                if view != self.view {
                    next.why = None;
                }
            }
            Action::SetLocale(locale) => next.locale = locale,
            Action::SetTheme(theme) => next.theme = theme,
            Action::SetYear(year) if crate::data::YEARS.contains(&year) => next.year = Some(year),
            Action::SetYear(_) => {}
            Action::SelectPair(exporter, importer)
                if exporter != importer && is_rcep(exporter) && is_rcep(importer) =>
            {
                next.tci_pair = Some((exporter, importer));
            }
            Action::SelectPair(..) => {}
            Action::ClearPair => next.tci_pair = None,
            Action::ToggleSeries(key) => {
                if !next.hidden_series.remove(&key) {
                    next.hidden_series.insert(key);
                }
            }
            Action::AddCountry(country) => {
                let addable = (is_rcep(country) || country.is_user_assigned())
                    && !FOCUS_COUNTRIES.contains(&country)
                    && !next.rca_extra_countries.contains(&country)
                    && next.rca_extra_countries.len() < MAX_EXTRA_COUNTRIES;
                if addable {
                    next.rca_extra_countries.push(country);
                }
            }
            Action::RemoveCountry(country) => {
                next.rca_extra_countries.retain(|c| *c != country);
                if next.esi_own_country == Some(country) {
                    next.esi_own_country = None;
                }
            }
            Action::CompareOwnCountry(country) if country.is_none_or(|c| c.is_user_assigned()) => {
                next.esi_own_country = country;
            }
            Action::CompareOwnCountry(_) => {}
            Action::SelectProduct(group) => next.rca_product = group,
            Action::SetEsiClassification(c) if c != Classification::Total => next.esi_classification = c,
            Action::SetEsiClassification(_) => {}
            Action::SelectFlow(exporter, importer)
                if exporter != importer
                    && FOCUS_COUNTRIES.contains(&exporter)
                    && FOCUS_COUNTRIES.contains(&importer) =>
            {
                next.bilateral_flow = (exporter, importer);
            }
            Action::SelectFlow(..) => {}
            Action::SetPartnerFilter(partner) => next.parks.partner = partner,
            Action::SetApprovalPeriod(from, to) => {
                let (from, to) = match (from, to) {
                    (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                    other => other,
                };
                next.parks.approved_from = from;
                next.parks.approved_to = to;
            }
            Action::SetKeyword(keyword) => next.parks.keyword = keyword.chars().take(60).collect(),
            Action::SelectPark(id) => next.parks.selected = id,
            Action::SetMapView(view) => next.parks.map_view = view.clamped(),
            Action::OpenWorking(key) => next.why = Some(key),
            Action::CloseWorking => next.why = None,
            Action::Replace(state) => next = *state,
        }
        next
    }

    /// The countries of the comparative-advantage view: the three, then those added.
    pub fn rca_countries(&self) -> Vec<Iso3> {
        FOCUS_COUNTRIES.iter().chain(&self.rca_extra_countries).copied().collect()
    }

    pub fn is_hidden(&self, panel: &str, series: &str) -> bool {
        self.hidden_series.contains(&series_key(panel, series))
    }
}

/// The key under which a legend toggle remembers a hidden series.
pub fn series_key(panel: &str, series: &str) -> String {
    format!("{panel}:{series}")
}

fn is_rcep(country: Iso3) -> bool {
    RCEP_MEMBERS.contains(&country)
}
