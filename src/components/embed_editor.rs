//! "Embed this view"'s editor: a journalist's headline, description, highlight, annotation and
//! lock (`state::editorial`), the preview of the embed as their reader will see it, at a phone's,
//! a column's or a wide page's width, and the chart's alt text to copy into their CMS.
//! Part of the embed dialog's chunk.

use std::rc::Rc;

use yew::prelude::*;

use super::chunks::FigureFormat;
use super::downloads::{save_picture, Picture};
use super::hooks::use_app_state;
use super::select_value;
use crate::charts::heatmap::HeatmapFocus;
use crate::charts::{ChartSpec, Theme};
use crate::data::{Year, YEARS};
use crate::i18n::{fill, TextGroup};
use crate::state::editorial::{self, clean_text, Editorial, Note};
use crate::views::editor_texts::EditorTexts;
use crate::views::Panel;

/// The preview's widths, in CSS pixels: a phone, an article's column, a wide page.
pub const PREVIEW_WIDTHS_CSS: [u32; 3] = [375, 620, 1000];

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The chart chosen, or `None` for the whole view (which has no highlight or annotation).
    pub panel: Option<Rc<Panel>>,
    pub editorial: Editorial,
    pub on_change: Callback<Editorial>,
}

/// The value of the input or text area an event came from.
fn input_value(event: &InputEvent) -> String {
    use wasm_bindgen::JsCast;
    let target = event.target();
    if let Some(input) = target.clone().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        return input.value();
    }
    target.and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()).map(|t| t.value()).unwrap_or_default()
}

/// A change of the editorial, from an event, applied to the current one.
fn change<E: 'static>(props: &EditorProps, edit: impl Fn(&mut Editorial, E) + 'static) -> Callback<E> {
    let (current, on_change) = (props.editorial.clone(), props.on_change.clone());
    Callback::from(move |event: E| {
        let mut next = current.clone();
        edit(&mut next, event);
        on_change.emit(next);
    })
}

/// A text as the link will carry it (cut to its limit; a control character leaves it unchanged).
fn cleaned(previous: &Option<String>, value: &str, max_chars: usize) -> Option<String> {
    match clean_text(value, max_chars) {
        (_, Some(editorial::TextRefusal::ControlCharacter)) => previous.clone(),
        (text, _) => Some(text).filter(|t| !t.is_empty()),
    }
}

#[component]
pub fn EmbedEditor(props: &EditorProps) -> Html {
    let locale = use_app_state().locale;
    let texts = EditorTexts::of(locale);
    let editorial = &props.editorial;
    let left = |text: &Option<String>, max: usize| {
        let count = max.saturating_sub(text.as_deref().map_or(0, |t| t.chars().count()));
        fill(texts.characters_left, &[("count", &count.to_string())])
    };
    let on_headline = change(props, |e: &mut Editorial, event: InputEvent| {
        e.headline = cleaned(&e.headline, &input_value(&event), editorial::HEADLINE_MAX_CHARS);
    });
    let on_description = change(props, |e: &mut Editorial, event: InputEvent| {
        e.description = cleaned(&e.description, &input_value(&event), editorial::DESCRIPTION_MAX_CHARS);
    });
    let on_locked = change(props, |e: &mut Editorial, _: Event| e.locked = !e.locked);
    html! {
        <fieldset class="embed-editor" data-testid="embed-editor">
            <legend>{ texts.heading }</legend>
            <label class="field">
                <span>{ texts.headline }</span>
                <input type="text" maxlength={editorial::HEADLINE_MAX_CHARS.to_string()} data-testid="editor-headline"
                    value={editorial.headline.clone().unwrap_or_default()} oninput={on_headline} />
                <small>{ left(&editorial.headline, editorial::HEADLINE_MAX_CHARS) }</small>
            </label>
            <label class="field">
                <span>{ texts.description }</span>
                <textarea rows="2" maxlength={editorial::DESCRIPTION_MAX_CHARS.to_string()} data-testid="editor-description"
                    value={editorial.description.clone().unwrap_or_default()} oninput={on_description} />
                <small>{ left(&editorial.description, editorial::DESCRIPTION_MAX_CHARS) }</small>
            </label>
            if let Some(panel) = &props.panel {
                <SeriesChoice panel={panel.clone()} editorial={editorial.clone()} on_change={props.on_change.clone()} />
                <HeatmapChoice panel={panel.clone()} editorial={editorial.clone()} on_change={props.on_change.clone()} />
                if is_yearly_line(panel) {
                    <NoteChoice editorial={editorial.clone()} on_change={props.on_change.clone()} />
                } else if let Some(label) = pinned_note_label(panel, texts) {
                    <PinnedNoteChoice {label} editorial={editorial.clone()} on_change={props.on_change.clone()} />
                }
            }
            <label class="control">
                <input type="checkbox" checked={editorial.locked} onchange={on_locked} data-testid="editor-locked" />
                <span>{ texts.locked }</span>
            </label>
        </fieldset>
    }
}

/// Whether a note can be pinned to the panel's chart: a line over years.
fn is_yearly_line(panel: &Panel) -> bool {
    matches!(&panel.chart, Some(ChartSpec::Line(line)) if line.periods_per_year == 1)
}

/// Where a note without a year goes in the panel's chart, or `None` where it cannot go.
fn pinned_note_label(panel: &Panel, texts: &EditorTexts) -> Option<&'static str> {
    match &panel.chart {
        Some(ChartSpec::Bars(_) | ChartSpec::DivergingBars(_)) => Some(texts.note_on_bar),
        Some(ChartSpec::Heatmap(_)) => Some(texts.note_on_cell),
        _ => None,
    }
}

#[derive(Properties, PartialEq)]
struct ChoiceProps {
    #[prop_or_default]
    panel: Option<Rc<Panel>>,
    editorial: Editorial,
    on_change: Callback<Editorial>,
}

/// What a journalist can highlight in a chart, as (key, label): the lines the legend can toggle,
/// the bars, diverging bars' categories or stacked bars' segments that have an id.
fn highlightable(panel: &Panel) -> Vec<(String, String)> {
    let keyed = |items: &mut dyn Iterator<Item = (&String, &String)>| -> Vec<(String, String)> {
        let named = items.filter(|(id, _)| !id.is_empty());
        named.map(|(id, label)| (format!("{}:{id}", panel.key), label.clone())).collect()
    };
    match &panel.chart {
        Some(ChartSpec::Bars(chart)) => keyed(&mut chart.bars.iter().map(|bar| (&bar.id, &bar.label))),
        Some(ChartSpec::DivergingBars(chart)) => keyed(&mut chart.category_ids.iter().zip(&chart.categories)),
        Some(ChartSpec::StackedShares(chart)) => keyed(&mut chart.segment_ids.iter().zip(&chart.segment_labels)),
        _ => panel
            .legend
            .iter()
            .filter(|entry| entry.toggleable)
            .map(|entry| (entry.key.clone(), entry.label.clone()))
            .collect(),
    }
}

/// One checkbox per line or bar that can be highlighted; at most `MAX_HIGHLIGHTS` can be ticked.
#[component]
fn SeriesChoice(props: &ChoiceProps) -> Html {
    let texts = EditorTexts::of(use_app_state().locale);
    let Some(panel) = &props.panel else { return html! {} };
    let series = highlightable(panel);
    if series.is_empty() {
        return html! {};
    }
    let full = props.editorial.highlight.len() >= editorial::MAX_HIGHLIGHTS;
    html! {
        <fieldset class="editor-highlight" data-testid="editor-highlight">
            <legend>{ texts.highlight }</legend>
            { for series.into_iter().map(|(key, label)| {
                let value = key.clone();
                let checked = props.editorial.highlight.contains(&key);
                let (current, on_change) = (props.editorial.clone(), props.on_change.clone());
                let onchange = Callback::from(move |_: Event| {
                    let mut next = current.clone();
                    if !next.highlight.remove(&key) {
                        next.highlight.insert(key.clone());
                    }
                    on_change.emit(next);
                });
                html! {
                    <label class="control">
                        <input type="checkbox" checked={checked} disabled={full && !checked} value={value} {onchange} />
                        <span>{ label }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}

/// A heatmap's highlight: a row, a column, or both (their cell). The other cells fade.
#[component]
fn HeatmapChoice(props: &ChoiceProps) -> Html {
    let texts = EditorTexts::of(use_app_state().locale);
    let Some(panel) = &props.panel else { return html! {} };
    let Some(ChartSpec::Heatmap(map)) = &panel.chart else { return html! {} };
    let key = panel.key;
    let focus =
        crate::views::editorial::heatmap_focus(&props.editorial, key, &map.highlight.row_ids, &map.highlight.col_ids);
    let (row, col) = match focus {
        Some(HeatmapFocus::Row(r)) => (Some(r), None),
        Some(HeatmapFocus::Col(c)) => (None, Some(c)),
        Some(HeatmapFocus::Cell(r, c)) => (Some(r), Some(c)),
        None => (None, None),
    };
    let choose = |is_row: bool| {
        let (current, on_change) = (props.editorial.clone(), props.on_change.clone());
        let (row_ids, col_ids) = (map.highlight.row_ids.clone(), map.highlight.col_ids.clone());
        let (row, col) = (row.map(|r| row_ids[r].clone()), col.map(|c| col_ids[c].clone()));
        Callback::from(move |event: Event| {
            let chosen = select_value(&event).filter(|v| !v.is_empty());
            let (row, col) = if is_row { (chosen, col.clone()) } else { (row.clone(), chosen) };
            let mut next = current.clone();
            next.highlight.retain(|k| !k.starts_with(&format!("{key}:")));
            next.highlight.extend(crate::views::editorial::heatmap_focus_key(key, row.as_deref(), col.as_deref()));
            on_change.emit(next);
        })
    };
    let options = |ids: &[String], labels: &[String], chosen: Option<usize>| {
        html! {
            <>
                <option value="" selected={chosen.is_none()}>{ texts.any }</option>
                { for ids.iter().zip(labels).enumerate().map(|(i, (id, label))| html! {
                    <option value={id.clone()} selected={chosen == Some(i)}>{ label.clone() }</option>
                }) }
            </>
        }
    };
    html! {
        <fieldset class="editor-highlight" data-testid="editor-highlight-heatmap">
            <legend>{ texts.highlight }</legend>
            <label class="control">
                <span>{ map.row_axis_title.clone() }</span>
                <select onchange={choose(true)} data-testid="editor-highlight-row">{ options(&map.highlight.row_ids, &map.row_labels, row) }</select>
            </label>
            <label class="control">
                <span>{ map.col_axis_title.clone() }</span>
                <select onchange={choose(false)} data-testid="editor-highlight-col">{ options(&map.highlight.col_ids, &map.col_labels, col) }</select>
            </label>
        </fieldset>
    }
}

/// The annotation: a year of the data and a short text.
#[component]
fn NoteChoice(props: &ChoiceProps) -> Html {
    let texts = EditorTexts::of(use_app_state().locale);
    let note = props.editorial.note.clone();
    let on_year = {
        let (current, on_change) = (props.editorial.clone(), props.on_change.clone());
        Callback::from(move |event: Event| {
            let mut next = current.clone();
            let year = select_value(&event).and_then(|v| v.parse::<Year>().ok()).filter(|y| YEARS.contains(y));
            let text = next.note.take().map(|n| n.text).unwrap_or_default();
            next.note = year.map(|year| Note { year: Some(year), text });
            on_change.emit(next);
        })
    };
    let on_text = {
        let (current, on_change) = (props.editorial.clone(), props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            let mut next = current.clone();
            if let Some(note) = &mut next.note {
                let (text, refusal) = clean_text(&input_value(&event), editorial::NOTE_MAX_CHARS);
                if refusal != Some(editorial::TextRefusal::ControlCharacter) {
                    note.text = text;
                }
            }
            on_change.emit(next);
        })
    };
    let year = note.as_ref().and_then(|n| n.year);
    let (has_note, text) = (note.is_some(), note.map(|n| n.text).unwrap_or_default());
    html! {
        <div class="editor-note">
            <label class="control">
                <span>{ texts.note_year }</span>
                <select onchange={on_year} data-testid="editor-note-year">
                    <option value="" selected={year.is_none()}>{ texts.no_note }</option>
                    { for YEARS.map(|y| html! {
                        <option value={y.to_string()} selected={year == Some(y)}>{ y.to_string() }</option>
                    }) }
                </select>
            </label>
            <label class="field">
                <span>{ texts.note_text }</span>
                <input type="text" maxlength={editorial::NOTE_MAX_CHARS.to_string()} disabled={!has_note}
                    value={text} oninput={on_text} data-testid="editor-note-text" />
            </label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PinnedNoteProps {
    label: &'static str,
    editorial: Editorial,
    on_change: Callback<Editorial>,
}

/// The annotation of a bar chart or a heatmap: a short text, pinned where `label` says.
#[component]
fn PinnedNoteChoice(props: &PinnedNoteProps) -> Html {
    let text = props.editorial.note.as_ref().filter(|n| n.year.is_none()).map(|n| n.text.clone()).unwrap_or_default();
    let on_text = {
        let (current, on_change) = (props.editorial.clone(), props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            let mut next = current.clone();
            match clean_text(&input_value(&event), editorial::NOTE_MAX_CHARS) {
                (_, Some(editorial::TextRefusal::ControlCharacter)) => {}
                (text, _) => next.note = Some(text).filter(|t| !t.is_empty()).map(|text| Note { year: None, text }),
            }
            on_change.emit(next);
        })
    };
    html! {
        <label class="field editor-note">
            <span>{ props.label }</span>
            <input type="text" maxlength={editorial::NOTE_MAX_CHARS.to_string()} value={text} oninput={on_text}
                data-testid="editor-note-pinned" />
        </label>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImagesProps {
    /// The chart as the embed shows it (the journalist's words, highlight and note in it).
    pub panel: Rc<Panel>,
    pub takeaway: AttrValue,
    pub source: AttrValue,
    pub theme: Theme,
    pub width_css: u32,
    /// The embed's language: the pictures' source and credit lines are in it.
    pub locale: crate::i18n::Locale,
}

/// The pictures for places that take no iframe: the PNG at the preview's width, a social post's
/// and a portrait one, and the SVG for print (white, as paper is).
#[component]
pub fn EditorImages(props: &ImagesProps) -> Html {
    let (t, texts) = (props.locale.texts(), EditorTexts::of(use_app_state().locale));
    let error = use_state(|| None::<String>);
    let save = |format: FigureFormat, theme: Theme| {
        let picture = (props.panel.clone(), props.takeaway.clone(), props.source.clone(), f64::from(props.width_css));
        let error = error.clone();
        Callback::from(move |_: MouseEvent| {
            let (panel, takeaway, source, width_css) = picture.clone();
            let error = error.clone();
            yew::platform::spawn_local(async move {
                let result = save_picture(Picture { panel, takeaway, source, format, theme, width_css }, t).await;
                error.set(result.err().map(|e| fill(t.download_failed, &[("error", &e)])));
            });
        })
    };
    html! {
        <div class="editor-images" role="group" aria-label={texts.images}>
            <p>{ texts.images }</p>
            <button type="button" class="button" data-action="download-png" onclick={save(FigureFormat::Png, props.theme)}>{ texts.image_column }</button>
            <button type="button" class="button" data-action="download-png-social" onclick={save(FigureFormat::PngSocial, props.theme)}>{ texts.image_social }</button>
            <button type="button" class="button" data-action="download-png-portrait" onclick={save(FigureFormat::PngPortrait, props.theme)}>{ texts.image_portrait }</button>
            <button type="button" class="button" data-action="download-svg" onclick={save(FigureFormat::Svg, Theme::Light)}>{ texts.image_svg }</button>
            if let Some(message) = &*error { <p class="error" role="alert">{ message }</p> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The embed's address (the plain iframe's).
    pub src: AttrValue,
    pub height_css: u32,
    pub title: AttrValue,
    /// One of `PREVIEW_WIDTHS_CSS`, and its change.
    pub width_css: u32,
    pub on_width: Callback<u32>,
}

/// The embed as the reader will see it, at the width the journalist picks.
#[component]
pub fn EmbedPreview(props: &PreviewProps) -> Html {
    let texts = EditorTexts::of(use_app_state().locale);
    let width = props.width_css;
    let on_width = {
        let on_width = props.on_width.clone();
        Callback::from(move |event: Event| {
            if let Some(w) =
                select_value(&event).and_then(|v| v.parse().ok()).filter(|w| PREVIEW_WIDTHS_CSS.contains(w))
            {
                on_width.emit(w);
            }
        })
    };
    let names = [texts.width_phone, texts.width_column, texts.width_wide];
    html! {
        <div class="embed-preview-box">
            <label class="control">
                <span>{ texts.preview_width }</span>
                <select onchange={on_width} data-testid="editor-preview-width">
                    { for PREVIEW_WIDTHS_CSS.iter().zip(names).map(|(w, name)| html! {
                        <option value={w.to_string()} selected={width == *w}>{ name }</option>
                    }) }
                </select>
            </label>
            // The box scrolls sideways at a wide preview width, so a keyboard can reach and scroll it.
            <div class="embed-preview" role="group" aria-label={texts.preview} tabindex="0">
                <iframe src={props.src.clone()} title={props.title.clone()} width={width.to_string()}
                    height={props.height_css.to_string()} loading="lazy" data-testid="editor-preview" />
            </div>
        </div>
    }
}

/// A journalist's words and lock, as the embed will show them.
#[derive(Clone, PartialEq)]
pub struct Words {
    pub headline: Option<String>,
    pub description: Option<String>,
    pub locked: bool,
}

/// What is embedded, as far as its heading, takeaway and toolbar go.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum EmbedShape {
    /// A single line chart: its embed shows no year slider.
    LineChart,
    /// Another single chart.
    OtherChart,
    /// The whole view, with the view's title.
    WholeView,
}

/// How much taller the journalist's headline and description (and shorter their lock, which
/// leaves the controls out) make an embed than the widget's own title, takeaway and controls, in
/// CSS px, at each of `COLUMN_WIDTHS_PX`. Measured on a hidden copy of the embed's heading,
/// takeaway and toolbar (the page's own, without the year slider for a line chart, which an embed
/// does not show), with the widget's stylesheet and fonts, in the embed's language. Empty when
/// the journalist changed none of them, or the page cannot measure (then the snippets fall back
/// to their estimate).
pub fn words_height_delta_px(
    locale: crate::i18n::Locale,
    own_words: (&str, &str),
    words: &Words,
    shape: EmbedShape,
) -> Vec<i32> {
    if words.headline.is_none() && words.description.is_none() && !words.locked {
        return Vec::new();
    }
    measure_words(locale, own_words, words, shape).unwrap_or_default()
}

/// The page's toolbar as the embed shows it.
fn embed_toolbar(document: &web_sys::Document, shape: EmbedShape) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let toolbar = document.query_selector(".view .toolbar").ok()??.clone_node_with_deep(true).ok()?;
    let toolbar: web_sys::Element = toolbar.dyn_into().ok()?;
    if shape == EmbedShape::LineChart {
        if let Ok(Some(slider)) = toolbar.query_selector(".year-slider") {
            slider.remove();
        }
    }
    Some(toolbar)
}

fn measure_words(
    locale: crate::i18n::Locale,
    (own_title, own_takeaway): (&str, &str),
    words: &Words,
    shape: EmbedShape,
) -> Option<Vec<i32>> {
    use wasm_bindgen::JsCast;
    let document = super::window()?.document()?;
    let element = |tag: &str, class: &str| {
        let e = document.create_element(tag).ok()?;
        e.set_class_name(class);
        Some(e)
    };
    // The frame's structure: the embed's wrapper, its view, heading, takeaway and toolbar; the
    // view holds its children's margins (`flow-root`), so its height is theirs.
    let (frame_class, view_class) = match shape {
        EmbedShape::WholeView => ("widget is-embed", "view"),
        _ => ("widget is-embed is-single-embed", "view is-single"),
    };
    let frame = element("div", frame_class)?.dyn_into::<web_sys::HtmlElement>().ok()?;
    let view = element("article", view_class)?.dyn_into::<web_sys::HtmlElement>().ok()?;
    let (heading, takeaway) = (element("h2", "")?, element("p", "takeaway")?);
    let toolbar = embed_toolbar(&document, shape)?.dyn_into::<web_sys::HtmlElement>().ok()?;
    frame.set_attribute("lang", locale.code()).ok()?;
    // The column: a container of its width, so that the sizes the stylesheet gives in `cqi` (the
    // embed frame's width, there) follow it, as they would in the frame.
    let column = element("div", "")?.dyn_into::<web_sys::HtmlElement>().ok()?;
    column.set_attribute("aria-hidden", "true").ok()?;
    let style = column.style();
    let hidden = [("position", "absolute"), ("left", "-100000px"), ("top", "0"), ("visibility", "hidden")];
    for (name, value) in hidden.into_iter().chain([("container-type", "inline-size")]) {
        style.set_property(name, value).ok()?;
    }
    view.style().set_property("display", "flow-root").ok()?;
    for child in [&heading, &takeaway, &toolbar] {
        view.append_child(child).ok()?;
    }
    frame.append_child(&view).ok()?;
    column.append_child(&frame).ok()?;
    document.body()?.append_child(&column).ok()?;
    let height = |title: &str, words: &str, with_toolbar: bool| {
        heading.set_text_content(Some(title));
        takeaway.set_text_content(Some(words));
        let _ = toolbar.style().set_property("display", if with_toolbar { "" } else { "none" });
        view.get_bounding_client_rect().height()
    };
    let theirs = (words.headline.as_deref().unwrap_or(own_title), words.description.as_deref().unwrap_or(own_takeaway));
    let deltas = crate::state::snippet::COLUMN_WIDTHS_PX
        .iter()
        .map(|width| {
            let _ = style.set_property("width", &format!("{width}px"));
            let own = height(own_title, own_takeaway, true);
            (height(theirs.0, theirs.1, !words.locked) - own).round() as i32
        })
        .collect();
    column.remove();
    Some(deltas)
}
