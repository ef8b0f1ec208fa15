//! "Embed this view": the journalist picks the whole view or one of its charts and gets two
//! snippets, the self-sizing `embed.js` one and a plain `<iframe>` (see `state::snippet`).

use std::rc::Rc;

use yew::prelude::*;

use super::app::translation_message;
use super::chunks;
use super::embed_editor::{
    words_height_delta_px, EditorImages, EmbedEditor, EmbedPreview, EmbedShape, Words, PREVIEW_WIDTHS_CSS,
};
use super::footer::{copy_status_text, copy_to_clipboard, page_folder};
use super::hooks::use_app_state;
use super::hooks::use_theme;
use super::select_value;
use crate::charts::{ChartSpec, Theme};
use crate::i18n::{Locale, TextGroup};
use crate::state::snippet::{
    iframe_height_css, iframe_snippet, iframe_src, script_snippet, working_embed, EmbedRequest,
};
use crate::state::{AppState, Editorial};
use crate::views::editor_texts::EditorTexts;
use crate::views::{describe, Panel, ViewModel};

/// The choice of "Embed this view" that embeds the open working with its chart.
const WORKING_CHOICE: &str = "working";

/// The open working's name among the choices: "Why this number? South Korea → China, 2018".
fn working_label(state: &AppState) -> String {
    let Some(key) = state.why else { return String::new() };
    let locale = state.locale;
    let subject = crate::views::working::subject_text(locale, key, &|code| locale.country(code));
    format!("{} {subject}, {}", locale.texts().why_button, key.year)
}

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The view's title and each embeddable chart.
    pub view_title: AttrValue,
    pub panels: Vec<Rc<Panel>>,
    /// Builds the view for a state: the editor's alt text and pictures are of the chart the
    /// journalist set.
    #[prop_or_default]
    pub build: Option<Callback<AppState, ViewModel>>,
}

/// The disclosure and its summary; its content is a chunk of its own in the split build
/// (`chunks.rs`), fetched when the reader points at the summary or opens it.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let t = use_app_state().locale.texts();
    let body = use_state(chunks::embed_dialog_if_loaded);
    let failed = use_state(|| false);
    let fetch = {
        let (body, failed) = (body.clone(), failed.clone());
        Callback::from(move |_: ()| {
            if body.is_some() {
                return;
            }
            let (body, failed) = (body.clone(), failed.clone());
            yew::platform::spawn_local(async move {
                match chunks::embed_dialog().await {
                    Ok(render) => body.set(Some(render)),
                    Err(_) => failed.set(true),
                }
            });
        })
    };
    let on_toggle = {
        let (fetch, failed) = (fetch.clone(), failed.clone());
        Callback::from(move |_: Event| {
            failed.set(false);
            fetch.emit(());
        })
    };
    html! {
        <details class="embed" data-testid="embed-dialog" ontoggle={on_toggle}>
            <summary onpointerenter={fetch.reform(|_: PointerEvent| ())} onfocus={fetch.reform(|_: FocusEvent| ())}>{ t.embed_view }</summary>
            if let Some(render) = *body {
                { render(props) }
            } else if *failed {
                <p class="error" role="alert">{ t.code_failed }</p>
            }
        </details>
    }
}

/// Renders the dialog's content (the entry of its chunk).
pub type RenderEmbedBody = fn(&EmbedDialogProps) -> Html;

pub fn render_embed_body(props: &EmbedDialogProps) -> Html {
    html! { <EmbedBody view_title={props.view_title.clone()} panels={props.panels.clone()} build={props.build.clone()} /> }
}

/// What a choice embeds: the state it opens with, the chart and the iframe's title.
struct EmbedTarget {
    state: AppState,
    panel: Option<&'static str>,
    title: AttrValue,
    working_chosen: bool,
}

/// A chart or the whole view is embedded without the working; the working with its chart. A
/// chart of another view (after a tab switch) falls back to the whole view, and so does the
/// working once it is closed.
fn embed_target(
    state: &AppState,
    chosen: Option<&'static str>,
    working_title: &str,
    props: &EmbedDialogProps,
    editorial: &Editorial,
) -> EmbedTarget {
    let mut target = match (chosen, working_embed(state)) {
        (Some(WORKING_CHOICE), Some((working_state, working_panel))) => EmbedTarget {
            state: working_state,
            panel: Some(working_panel),
            title: AttrValue::from(working_title.to_string()),
            working_chosen: true,
        },
        _ => {
            let panel = chosen.filter(|key| props.panels.iter().any(|p| p.key == *key));
            let title = panel
                .and_then(|key| props.panels.iter().find(|p| p.key == key))
                .map_or(props.view_title.clone(), |p| AttrValue::from(p.title.clone()));
            EmbedTarget { state: AppState { why: None, ..state.clone() }, panel, title, working_chosen: false }
        }
    };
    // The journalist's headline is the iframe's accessible name too.
    target.state.editorial = editorial.clone();
    if let Some(headline) = &editorial.headline {
        target.title = AttrValue::from(headline.clone());
    }
    target
}

/// The choice of what to embed: the whole view, one of its charts, or the open working (when
/// `working_title` is given).
fn chart_choice(
    props: &EmbedDialogProps,
    target: &EmbedTarget,
    working_title: Option<String>,
    on_choose: Callback<Event>,
) -> Html {
    if props.panels.is_empty() {
        return html! {};
    }
    let t = target.state.locale.texts();
    let (panel, working_chosen) = (target.panel, target.working_chosen);
    html! {
        <label class="control">
            <span>{ t.embed_choice }</span>
            <select onchange={on_choose} data-testid="embed-choice">
                <option value="" selected={panel.is_none()}>{ t.embed_whole_view }</option>
                { for props.panels.iter().map(|p| html! {
                    <option value={p.key} selected={panel == Some(p.key) && !working_chosen}>{ p.title.clone() }</option>
                }) }
                if let Some(working_title) = working_title {
                    <option value={WORKING_CHOICE} selected={working_chosen}>{ working_title }</option>
                }
            </select>
        </label>
    }
}

/// The chosen chart as the embed will show it (the journalist's words, highlight and note in it),
/// with the view's takeaway (or the journalist's description) and source line, and the widget's
/// own title and takeaway, which the journalist's words replace.
#[derive(Clone)]
struct EmbeddedChart {
    panel: Rc<Panel>,
    takeaway: AttrValue,
    source: AttrValue,
    own_words: (String, String),
}

/// `None` for a whole view, or where the view cannot be built here.
fn embedded_chart(
    build: Option<&Callback<AppState, ViewModel>>,
    panel: Option<&'static str>,
    state: &AppState,
) -> Option<EmbeddedChart> {
    let (key, build) = (panel?, build?);
    let state = AppState { embed: true, panel: Some(key), ..state.clone() };
    let mut model = build.emit(state.clone());
    let own_title = model.panels.iter().find(|p| p.key == key)?.title.clone();
    let own_words = (own_title, model.takeaway.clone());
    crate::views::editorial::apply(&mut model, &state);
    let panel = model.panels.into_iter().find(|p| p.key == key && p.chart.is_some())?;
    Some(EmbeddedChart {
        panel: Rc::new(panel),
        takeaway: AttrValue::from(model.takeaway),
        source: AttrValue::from(model.source),
        own_words,
    })
}

/// How much the journalist's words and lock change the embed's height at each column width,
/// measured with the widget's own styles once they change (see
/// `embed_editor::words_height_delta_px`).
#[hook]
fn use_words_height_delta(editorial: &Editorial, own: Option<OwnWords>, locale: Locale) -> Rc<Vec<i32>> {
    let deltas = use_state(|| Rc::new(Vec::new()));
    let words = Words {
        headline: editorial.headline.clone(),
        description: editorial.description.clone(),
        locked: editorial.locked,
    };
    {
        let deltas = deltas.clone();
        use_effect_with((words, own, locale), move |(words, own, locale)| {
            let measured = own.as_ref().map_or_else(Vec::new, |((title, takeaway), shape)| {
                words_height_delta_px(*locale, (title, takeaway), words, *shape)
            });
            deltas.set(Rc::new(measured));
        });
    }
    (*deltas).clone()
}

/// The widget's own title and takeaway in the embed, and its shape: what the journalist's words
/// replace.
type OwnWords = ((String, String), EmbedShape);

/// The embed's own words: the chart's, or the whole view's (built for them once per choice).
#[hook]
fn use_own_words(props: &EmbedDialogProps, target: &EmbedTarget, embedded: Option<&EmbeddedChart>) -> Option<OwnWords> {
    let view_words = use_memo((props.build.clone(), target.panel, target.state.clone()), |(build, panel, state)| {
        let state = AppState { embed: true, panel: None, ..state.clone() };
        let model = build.as_ref().filter(|_| panel.is_none())?.emit(state);
        Some((model.title, model.takeaway))
    });
    match embedded {
        Some(e) => {
            let shape = if matches!(e.panel.chart, Some(ChartSpec::Line(_))) {
                EmbedShape::LineChart
            } else {
                EmbedShape::OtherChart
            };
            Some((e.own_words.clone(), shape))
        }
        None => (*view_words).clone().map(|words| (words, EmbedShape::WholeView)),
    }
}

/// The chart's alt text (in the embed's language), and the iframe's title: a chart embedded in
/// another language than the page's is named in its own.
fn alt_and_title(
    embedded: Option<&EmbeddedChart>,
    language: Locale,
    page_language: Locale,
    editorial: &Editorial,
    title: AttrValue,
) -> (String, AttrValue) {
    let Some(embedded) = embedded else { return (String::new(), title) };
    let alt = describe::accessible_description(language, &embedded.panel);
    if editorial.headline.is_none() && language != page_language {
        return (alt, AttrValue::from(embedded.own_words.0.clone()));
    }
    (alt, title)
}

/// The choices and the two snippets.
#[component]
fn EmbedBody(props: &EmbedDialogProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let page_theme = use_theme();
    // A chart (its key), the open working (`WORKING_CHOICE`), or the whole view (`None`).
    let chosen = use_state(|| None::<&'static str>);
    // The embed's colours: the reader's link theme until the journalist picks one.
    let theme = use_state(|| state.theme);
    let working_title = working_label(&state);
    // The journalist's own words and emphasis, kept while they switch between charts.
    let editorial = use_state(Editorial::default);
    // The embed's language: the page's (as it is now) until the journalist picks one.
    let language_choice = use_state(|| None::<Locale>);
    let language = language_choice.unwrap_or(state.locale);
    let mut target = embed_target(&state, *chosen, &working_title, props, &editorial);
    target.state.locale = language;
    let panel = target.panel;
    let title = target.title.clone();
    let folder = page_folder();
    // Loading one's own data is off in embeds unless the journalist allows it.
    let allow_upload = use_state(|| false);
    // Built once per choice, not at every render (the editor renders at each key pressed, and
    // again when the words' height has been measured).
    let embedded = use_memo((props.build.clone(), panel, target.state.clone()), |(build, panel, state)| {
        embedded_chart(build.as_ref(), *panel, state)
    });
    let own_words = use_own_words(props, &target, embedded.as_ref().as_ref());
    let words_height_delta = use_words_height_delta(&editorial, own_words, language);
    let (alt, title) = alt_and_title(embedded.as_ref().as_ref(), language, state.locale, &editorial, title);
    let request = EmbedRequest {
        widget_folder: &folder,
        state: &target.state,
        panel,
        title: &title,
        theme: *theme,
        allow_upload: *allow_upload,
        words_height_delta_px: &words_height_delta,
        description: &alt,
    };
    let (script, iframe) = (script_snippet(&request), iframe_snippet(&request));
    let (preview_src, preview_height) = (iframe_src(&request), iframe_height_css(&request));
    let chosen_panel = panel.and_then(|key| props.panels.iter().find(|p| p.key == key)).cloned();
    let preview_width = use_state(|| PREVIEW_WIDTHS_CSS[0]);

    let on_choose = {
        let chosen = chosen.clone();
        let keys: Vec<&'static str> = props.panels.iter().map(|p| p.key).chain([WORKING_CHOICE]).collect();
        Callback::from(move |event: Event| {
            let value = select_value(&event).unwrap_or_default();
            chosen.set(keys.iter().copied().find(|k| *k == value));
        })
    };
    let on_allow_upload = {
        let allow_upload = allow_upload.clone();
        Callback::from(move |_: Event| allow_upload.set(!*allow_upload))
    };
    html! {
        <>
            <p>{ t.embed_help }</p>
            { chart_choice(props, &target, state.why.is_some().then_some(working_title), on_choose) }
            <ThemeChoice theme={*theme} on_change={setter(&theme)} />
            <LanguageChoice locale={language} on_change={setter(&language_choice).reform(Some)} />
            <label class="control">
                <input type="checkbox" checked={*allow_upload} onchange={on_allow_upload} data-testid="embed-allow-upload" />
                <span>{ t.embed_allow_upload }</span>
            </label>
            <EmbedEditor panel={chosen_panel} editorial={(*editorial).clone()} on_change={setter(&editorial)} />
            <EmbedPreview src={AttrValue::from(preview_src)} height_css={preview_height} title={title.clone()}
                width_css={*preview_width} on_width={setter(&preview_width)} />
            if let Some(EmbeddedChart { panel, takeaway, source, .. }) = (*embedded).clone() {
                <SnippetBox label={EditorTexts::of(state.locale).alt_text} test_id="editor-alt" snippet={AttrValue::from(alt.clone())} />
                <EditorImages panel={panel} takeaway={takeaway} source={source} width_css={*preview_width}
                    theme={(*theme).unwrap_or(page_theme)} locale={language} />
            }
            <SnippetBox label={t.embed_script_label} snippet={AttrValue::from(script)} test_id="embed-snippet" />
            <SnippetBox label={t.embed_iframe_label} snippet={AttrValue::from(iframe)} test_id="embed-iframe" />
        </>
    }
}

/// A callback that sets a state to the value it is given.
fn setter<T: 'static>(state: &UseStateHandle<T>) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value: T| state.set(value))
}

#[derive(Properties, PartialEq)]
struct ThemeChoiceProps {
    theme: Option<Theme>,
    on_change: Callback<Option<Theme>>,
}

/// The embed's colours: light, dark, or the reader's device's.
#[component]
fn ThemeChoice(props: &ThemeChoiceProps) -> Html {
    let t = use_app_state().locale.texts();
    let choices = [(None, t.theme_auto), (Some(Theme::Light), t.theme_light), (Some(Theme::Dark), t.theme_dark)];
    let on_change = props.on_change.reform(|event: Event| select_value(&event).as_deref().and_then(Theme::parse));
    html! {
        <label class="control">
            <span>{ t.embed_theme }</span>
            <select onchange={on_change} data-testid="embed-theme">
                { for choices.iter().map(|(choice, label)| html! {
                    <option value={choice.map_or("auto", Theme::code)} selected={props.theme == *choice}>{ *label }</option>
                }) }
            </select>
        </label>
    }
}

#[derive(Properties, PartialEq)]
struct LanguageChoiceProps {
    locale: Locale,
    on_change: Callback<Locale>,
}

/// The embed's language, each named in itself. Its texts are fetched first (the page holds only
/// its own language's); where they cannot be, the choice stays as it was, with the reason. Only
/// the journalist's latest pick is applied: a slow fetch that ends after a later pick is dropped.
#[component]
fn LanguageChoice(props: &LanguageChoiceProps) -> Html {
    let shown = use_app_state().locale;
    let texts = EditorTexts::of(shown);
    let error = use_state(|| None::<String>);
    let select = use_node_ref();
    let latest_pick = use_mut_ref(|| props.locale);
    let on_change = {
        let (on_change, error, select, latest_pick) =
            (props.on_change.clone(), error.clone(), select.clone(), latest_pick.clone());
        let applied = props.locale;
        Callback::from(move |event: Event| {
            let Some(locale) = select_value(&event).as_deref().and_then(Locale::parse) else { return };
            *latest_pick.borrow_mut() = locale;
            let (on_change, error, select, latest_pick) =
                (on_change.clone(), error.clone(), select.clone(), latest_pick.clone());
            yew::platform::spawn_local(async move {
                let outcome = super::translations::ensure(locale).await;
                if *latest_pick.borrow() != locale {
                    return;
                }
                match outcome {
                    Ok(()) => {
                        error.set(None);
                        on_change.emit(locale);
                    }
                    Err(reason) => {
                        *latest_pick.borrow_mut() = applied;
                        if let Some(select) = select.cast::<web_sys::HtmlSelectElement>() {
                            select.set_value(applied.code());
                        }
                        error.set(Some(translation_message(shown, &(locale, reason))));
                    }
                }
            });
        })
    };
    html! {
        <label class="control">
            <span>{ texts.language }</span>
            <select onchange={on_change} ref={select} data-testid="embed-language">
                { for Locale::ALL.iter().map(|locale| html! {
                    <option value={locale.code()} lang={locale.html_lang()} selected={props.locale == *locale}>{ locale.native_name() }</option>
                }) }
            </select>
            if let Some(message) = &*error { <span class="error" role="alert">{ message }</span> }
        </label>
    }
}

#[derive(Properties, PartialEq)]
struct SnippetBoxProps {
    label: &'static str,
    snippet: AttrValue,
    test_id: &'static str,
}

/// One snippet to copy, with its Copy button and whether the copy worked.
#[component]
fn SnippetBox(props: &SnippetBoxProps) -> Html {
    let t = use_app_state().locale.texts();
    let status = use_state(|| None::<bool>);
    let copy = {
        let (status, text) = (status.clone(), props.snippet.clone());
        Callback::from(move |_| {
            let status = status.clone();
            copy_to_clipboard(&text, Callback::from(move |ok| status.set(Some(ok))));
        })
    };
    html! {
        <div class="snippet">
            <label>
                <span>{ props.label }</span>
                <textarea readonly=true rows="3" value={props.snippet.clone()} data-testid={props.test_id} />
            </label>
            <button class="button" onclick={copy}>{ t.copy }</button>
            <span class="status" role="status">{ copy_status_text(t, *status) }</span>
        </div>
    }
}
