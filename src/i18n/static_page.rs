//! The lines a prerendered page (`bin/prerender.rs`) shows when the app cannot take over: kept
//! out of [`super::Texts`] like the crash message, since they are written into the page in its
//! own language before any script runs.

use super::Locale;

/// What a prerendered page says under its still picture.
pub struct StaticPageTexts {
    /// Shown (in `<noscript>`) when JavaScript is off.
    pub no_script: &'static str,
    /// Shown by the loader when the app cannot start (WebAssembly refused by the page's policy,
    /// an old browser, a failed download).
    pub no_app: &'static str,
    /// The link to the data after either line.
    pub data_link: &'static str,
}

impl Locale {
    pub fn static_page_texts(self) -> StaticPageTexts {
        let (no_script, no_app, data_link) = match self {
            Locale::En => (
                "JavaScript is off, so this is a still picture of the chart's default view.",
                "The interactive chart cannot run in this page or browser, so this is a still picture of its default view.",
                "Get the data (CSV)",
            ),
            Locale::Zh => (
                "JavaScript 已关闭，因此这里显示的是图表默认视图的静态图片。",
                "交互式图表无法在此页面或浏览器中运行，因此这里显示的是其默认视图的静态图片。",
                "获取数据（CSV）",
            ),
            Locale::Ja => (
                "JavaScript がオフのため、グラフの既定の表示を静止画で示しています。",
                "このページまたはブラウザーでは対話型のグラフを実行できないため、既定の表示を静止画で示しています。",
                "データを入手（CSV）",
            ),
            Locale::Ko => (
                "JavaScript가 꺼져 있어 차트의 기본 보기를 정지 그림으로 보여 줍니다.",
                "이 페이지나 브라우저에서는 대화형 차트를 실행할 수 없어 기본 보기를 정지 그림으로 보여 줍니다.",
                "데이터 받기(CSV)",
            ),
        };
        StaticPageTexts { no_script, no_app, data_link }
    }
}
