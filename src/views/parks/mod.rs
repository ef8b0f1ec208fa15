//! View 7, cooperation parks: the map's markers, the list beside it (the same parks, in the same
//! order, under the same filters), and the details card of the selected park with its sources
//! and the trade figures of the goods its focus industries point to.

pub mod texts;

/// This view's own texts, by the name the list of views uses to write and check translation files.
pub use self::texts::ParksTexts as OwnTexts;

pub use super::no_controls as controls;
/// Its values have no working ("Why this number?") yet.
pub use super::{no_working as working, no_working_panel as working_panel};

use self::texts::ParksTexts;
use super::{Method, ViewModel};
use crate::charts::{Tooltip, TooltipRow};
use crate::data::parks::{Park, ParkKind};
use crate::data::parts::DataPart;
use crate::data::{Classification, Dataset, Iso3, Source, WitsGroup, Year};
use crate::i18n::TextGroup;
use crate::i18n::{fill, fill_count, Locale};
use crate::indices::{rca::rca, tsc::tsc};
use crate::map::draw::Marker;
use crate::map::parks::{approval_years, display_name, economies, linked_products, passes, short_label};
use crate::state::{Action, AppState, View, WhyIndex, WhyKey, WhySubject};

#[derive(Clone, Debug, PartialEq)]
pub struct ListItem {
    pub id: String,
    pub name: String,
    pub place: String,
    pub kind: ParkKind,
    pub approval_year: Year,
    pub selected: bool,
}

/// One source entry: a link when it is an http(s) address, else plain text.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceRef {
    pub text: String,
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TradeRow {
    pub product: String,
    pub wits_group: WitsGroup,
    /// RCA of the host and the partner (WITS groups).
    pub rca: [Option<f64>; 2],
    /// TSC of the host and the partner (OEC HS section).
    pub tsc: [Option<f64>; 2],
    /// The working key of each value, in the order RCA host, RCA partner, TSC host, TSC partner
    /// (`None` where there is no value).
    pub why: [Option<WhyKey>; 4],
    pub link_text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ParkCard {
    pub id: String,
    pub title: String,
    pub fields: Vec<(String, String)>,
    pub sources: Vec<(String, Vec<SourceRef>)>,
    pub trade_columns: Vec<String>,
    pub trade_rows: Vec<TradeRow>,
    pub trade_note: String,
    /// In Chinese, Japanese and Korean: a note that the details are the sources' English.
    pub language_note: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ParksModel {
    pub common: ViewModel,
    pub markers: Vec<Marker>,
    /// The park id of each marker (the hit map's row).
    pub marker_ids: Vec<String>,
    pub list: Vec<ListItem>,
    pub card: Option<ParkCard>,
    pub approval_years: Vec<Year>,
    pub description: String,
    pub notice: String,
    pub error: Option<String>,
}

fn kind_label(own: &ParksTexts, kind: ParkKind) -> &'static str {
    match kind {
        ParkKind::ChinaJapan => own.legend_cn_jp,
        ParkKind::ChinaKorea => own.legend_cn_kr,
        ParkKind::KoreaHostedChina => own.legend_kr_cn,
        ParkKind::ChinaKoreaCityPilot => own.legend_cn_kr_pilot,
    }
}

fn place(park: &Park, locale: Locale) -> String {
    format!("{}, {}", short_label(locale, park), park.text.province)
}

fn tooltip(park: &Park, locale: Locale) -> Tooltip {
    let own = ParksTexts::of(locale);
    let (_, partner) = economies(park);
    Tooltip {
        title: display_name(locale, park),
        rows: vec![
            TooltipRow { swatch: None, label: own.field_location.into(), value: place(park, locale), why: None },
            TooltipRow { swatch: None, label: own.field_partner.into(), value: locale.country(partner), why: None },
            TooltipRow { swatch: None, label: own.field_approval.into(), value: park.approval_year.to_string(), why: None },
        ],
        note: None,
    }
}

/// Splits a `src_*` column into entries; only http(s) addresses become links.
pub fn source_refs(text: &str) -> Vec<SourceRef> {
    text.split(" | ")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| SourceRef {
            text: s.to_string(),
            url: (s.starts_with("https://") || s.starts_with("http://")).then(|| s.to_string()),
        })
        .collect()
}

fn card(ds: &Dataset, park: &Park, locale: Locale) -> ParkCard {
    let own = ParksTexts::of(locale);
    let t = locale.texts();
    let (host, partner) = economies(park);
    let (trade_rows, trade_note) = trade_links(ds, park, locale);
    ParkCard {
        language_note: (locale != Locale::En).then(|| own.park_values_english.to_string()),
        id: park.id().to_string(),
        title: display_name(locale, park),
        fields: card_fields(park, locale),
        sources: card_sources(park, own),
        trade_columns: vec![
            t.product_column.to_string(),
            format!("RCA {}", locale.country(host)),
            format!("RCA {}", locale.country(partner)),
            format!("TSC {}", locale.country(host)),
            format!("TSC {}", locale.country(partner)),
        ],
        trade_rows,
        trade_note,
    }
}

/// The card's fields, each (label, value), as the source words them.
fn card_fields(park: &Park, locale: Locale) -> Vec<(String, String)> {
    let own = ParksTexts::of(locale);
    let (host, partner) = economies(park);
    let with_basis = |value: &str, basis: &str| {
        if value.is_empty() {
            "—".to_string()
        } else if basis.is_empty() {
            value.to_string()
        } else {
            format!("{value} ({}: {basis})", own.basis_label)
        }
    };
    let area = match park.area_km2 {
        Some(area) => format!("{area} km² ({})", park.text.area_note),
        None => format!("{} ({})", own.area_none, park.text.area_note),
    };
    let approval = format!("{} — {}", park.approval_year, park.text.approval_detail);
    let location = [park.text.district_or_site.as_str(), park.text.city.as_str(), park.text.province.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let point = format!(
        "{:.3}°N, {:.3}°E — {}: {}; {}",
        park.lat_deg,
        park.lon_deg,
        own.precision_label,
        park.text.coord_precision.as_str(),
        park.text.coord_method.as_str()
    );
    let mut fields = vec![
        (own.field_name_en.to_string(), with_basis(park.text.name_en.as_str(), park.text.name_en_basis.as_str())),
        (own.field_name_zh.to_string(), with_basis(park.text.name_zh.as_str(), park.text.name_zh_basis.as_str())),
        (own.field_partner.to_string(), format!("{} ({})", locale.country(partner), kind_label(own, park.kind))),
        (own.field_host.to_string(), locale.country(host)),
        (own.field_location.to_string(), location),
        (own.field_approval.to_string(), approval),
    ];
    if !park.text.launched.is_empty() {
        fields.push((own.field_launched.to_string(), park.text.launched.clone()));
    }
    fields.push((own.field_industries.to_string(), park.text.focus_industries.clone()));
    fields.push((own.field_area.to_string(), area));
    fields.push((own.field_coordinates.to_string(), point));
    if !park.text.notes.is_empty() {
        fields.push((own.field_notes.to_string(), park.text.notes.clone()));
    }
    fields
}

/// The sources the card's facts come from, by what they support.
fn card_sources(park: &Park, own: &ParksTexts) -> Vec<(String, Vec<SourceRef>)> {
    [
        (&park.text.src_name, own.src_name),
        (&park.text.src_approval, own.src_approval),
        (&park.text.src_location, own.src_location),
        (&park.text.src_industries, own.src_industries),
        (&park.text.src_area, own.src_area),
    ]
    .into_iter()
    .map(|(column, label)| (label.to_string(), source_refs(column)))
    .filter(|(_, refs)| !refs.is_empty())
    .collect()
}

/// Trade figures of the goods the focus industries point to, in the latest year of each source,
/// with the note that names those years (or says the park's industries are services).
fn trade_links(ds: &Dataset, park: &Park, locale: Locale) -> (Vec<TradeRow>, String) {
    let own = ParksTexts::of(locale);
    let (host, partner) = economies(park);
    let rca_year = ds.years(Source::Wits, Classification::Wits16).last().copied();
    let tsc_year = ds.years(Source::Oec, Classification::HsSection).last().copied();
    let rca_of = |country: Iso3, k: usize| {
        rca_year.and_then(|y| rca(ds, Classification::Wits16, country, y)?.get(k).copied().flatten())
    };
    let tsc_of = |country: Iso3, k: usize| {
        tsc_year.and_then(|y| tsc(ds, Classification::HsSection, country, y)?.get(k).copied().flatten())
    };
    let key = |index, country: Iso3, product: usize, year: Option<Year>, value: Option<f64>| {
        value.and(year).map(|year| WhyKey { index, subject: WhySubject::CountryProduct(country, product), year })
    };
    let trade_rows: Vec<TradeRow> = linked_products(park)
        .into_iter()
        .map(|link| TradeRow {
            why: [
                key(WhyIndex::Rca, host, link.wits_group.index(), rca_year, rca_of(host, link.wits_group.index())),
                key(WhyIndex::Rca, partner, link.wits_group.index(), rca_year, rca_of(partner, link.wits_group.index())),
                key(WhyIndex::Tsc, host, link.hs_section.index(), tsc_year, tsc_of(host, link.hs_section.index())),
                key(WhyIndex::Tsc, partner, link.hs_section.index(), tsc_year, tsc_of(partner, link.hs_section.index())),
            ],
            product: format!(
                "{} (HS {})",
                locale.wits_group(link.wits_group.index()),
                link.wits_group.group().hs_chapters
            ),
            wits_group: link.wits_group,
            rca: [rca_of(host, link.wits_group.index()), rca_of(partner, link.wits_group.index())],
            tsc: [tsc_of(host, link.hs_section.index()), tsc_of(partner, link.hs_section.index())],
            link_text: fill(own.see_rca, &[("product", locale.wits_group(link.wits_group.index()))]),
        })
        .collect();
    let year_text = |y: Option<Year>| y.map(|y| y.to_string()).unwrap_or_default();
    let trade_note = if trade_rows.is_empty() {
        own.trade_links_services.to_string()
    } else {
        fill(own.trade_links_note, &[("rca_year", &year_text(rca_year)), ("tsc_year", &year_text(tsc_year))])
    };
    (trade_rows, trade_note)
}

/// This view in the registry (`views::REGISTRY`).
pub const UNIT: super::ViewUnit = super::ViewUnit {
    view: crate::state::View::Parks,
    data_parts: |_| vec![DataPart::Parks, DataPart::Basemap, DataPart::WitsGroups, DataPart::OecSections],
    on_select: super::selects_nothing,
};

/// The view's shared part (title, takeaway, panels), for the registry.
pub fn build(ds: &Dataset, state: &AppState) -> ViewModel {
    model(ds, state).common
}

/// The whole parks page: the map, the list and the selected park's card besides the shared part.
pub fn model(ds: &Dataset, state: &AppState) -> ParksModel {
    let locale = state.locale;
    let own = ParksTexts::of(locale);
    let t = locale.texts();
    let parks = ds.parks();
    let error = (!ds.has(DataPart::Parks)).then(|| fill(t.dataset_error, &[("error", t.data_not_loaded)]));
    let shown: Vec<&Park> = parks.iter().filter(|p| passes(p, &state.parks.filter())).collect();
    let selected = state.parks.selected.as_deref();
    let markers = shown
        .iter()
        .map(|p| Marker {
            lon_deg: p.lon_deg,
            lat_deg: p.lat_deg,
            kind: p.kind,
            label: short_label(locale, p),
            selected: selected == Some(p.id()),
            tooltip: tooltip(p, locale),
        })
        .collect();
    let list = shown
        .iter()
        .map(|p| ListItem {
            id: p.id().to_string(),
            name: display_name(locale, p),
            place: place(p, locale),
            kind: p.kind,
            approval_year: p.approval_year,
            selected: selected == Some(p.id()),
        })
        .collect();
    let count = |kinds: &[ParkKind]| shown.iter().filter(|p| kinds.contains(&p.kind)).count().to_string();
    let takeaway = fill(
        own.parks_takeaway,
        &[
            ("shown", &shown.len().to_string()),
            ("total", &parks.len().to_string()),
            ("japan", &count(&[ParkKind::ChinaJapan])),
            ("korea", &count(&[ParkKind::ChinaKorea, ParkKind::KoreaHostedChina])),
            ("pilots", &count(&[ParkKind::ChinaKoreaCityPilot])),
        ],
    );
    let card = selected.and_then(|id| parks.iter().find(|p| p.id() == id)).map(|p| card(ds, p, locale));
    ParksModel {
        common: ViewModel {
            view: View::Parks,
            title: own.parks_title.to_string(),
            takeaway,
            years: Vec::new(),
            year: None,
            panels: Vec::new(),
            method: Method {
                in_words: own.parks_method_words.to_string(),
                formulas: Vec::new(),
                symbols: Vec::new(),
                classification: own.map_projection.to_string(),
                years: String::new(),
                caveats: vec![own.parks_approx.to_string(), own.parks_added_note.to_string()],
            },
            source: own.parks_source.to_string(),
        },
        marker_ids: shown.iter().map(|p| p.id().to_string()).collect(),
        markers,
        list,
        card,
        approval_years: approval_years(parks),
        description: fill_count(own.map_description_one, own.map_description, shown.len(), &[]),
        notice: own.parks_approx.to_string(),
        error,
    }
}

/// The action of a "see in comparative advantage" link: that view with that product.
pub fn see_product_actions(wits_group: WitsGroup) -> [Action; 2] {
    [Action::SelectProduct(wits_group), Action::ShowView(View::Advantage)]
}

/// "Why this number?" on a card's RCA or TSC: its view, with its working open.
pub fn why_actions(key: WhyKey) -> [Action; 2] {
    [Action::ShowView(key.index.view()), Action::OpenWorking(key)]
}

// The tests read the embedded data, which only native builds carry.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data::embedded;
    use crate::state::PartnerFilter;

    #[test]
    fn all_parks_shown_by_default_and_the_list_matches_the_markers() {
        let model = model(embedded().unwrap(), &AppState::default());
        assert_eq!(model.markers.len(), 13);
        assert_eq!(model.list.len(), 13);
        assert_eq!(model.marker_ids, model.list.iter().map(|i| i.id.clone()).collect::<Vec<_>>());
        assert!(model.card.is_none());
    }

    #[test]
    fn suzhou_card_has_every_field_sources_and_trade_figures() {
        let state = AppState::default().apply(Action::SelectPark(Some("cn-jp-suzhou".into())));
        let model = model(embedded().unwrap(), &state);
        let card = model.card.unwrap();
        assert!(card.title.contains("Suzhou"));
        let fields: Vec<&str> = card.fields.iter().map(|(k, _)| k.as_str()).collect();
        for field in ["Name", "Chinese name", "Partner", "Approval", "Focus industries", "Area", "Map point"] {
            assert!(fields.contains(&field), "{field}");
        }
        assert!(card.fields.iter().any(|(_, v)| v.contains("中日(苏州)")));
        let links: Vec<&SourceRef> = card.sources.iter().flat_map(|(_, r)| r).collect();
        assert!(links
            .iter()
            .any(|r| r.url.as_deref() == Some("http://www.ourjiangsu.com/a/20200706/1594004755310.shtml")));
        assert!(card
            .trade_rows
            .iter()
            .any(|r| r.product == "Machinery and electrical (HS 84-85)" && r.rca[0].is_some() && r.tsc[1].is_some()));
        assert!(model.markers.iter().any(|m| m.selected && m.label == "Suzhou"));
    }

    #[test]
    fn only_web_addresses_become_links() {
        let refs = source_refs("https://a.example/x | GeoNames cities1000 via PyPI | javascript:alert(1)");
        assert_eq!(refs.iter().filter(|r| r.url.is_some()).count(), 1);
        assert_eq!(refs[2].url, None);
    }

    #[test]
    fn filtering_to_korea_leaves_only_korean_parks_in_map_and_list() {
        let state = AppState::default().apply(Action::SetPartnerFilter(PartnerFilter::Korea));
        let model = model(embedded().unwrap(), &state);
        assert_eq!(model.list.len(), 6);
        assert!(model.markers.iter().all(|m| m.kind != ParkKind::ChinaJapan));
        assert!(model.common.takeaway.starts_with("6 of 13"));
    }

    #[test]
    fn an_unknown_park_id_opens_no_card() {
        let state = AppState::default().apply(Action::SelectPark(Some("nowhere".into())));
        assert!(model(embedded().unwrap(), &state).card.is_none());
    }
}
