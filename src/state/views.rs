//! PURE. The list of the widget's views, the one place a view is registered. For each view, in
//! tab order: its folder under `src/views/`, its [`View`] variant, its code in links and embed
//! snippets, the shared text that labels its tab, the wasm chunk its code loads in (`first`:
//! the first download; views that read the same data share a chunk, as fewer, larger files
//! compress better), how it is shown if it is not the usual page of title, controls and panels,
//! and the keys of its chart panels, each embeddable alone (`?embed=1&panel=…`; the views build
//! exactly these, a test checks it).
//!
//! `each_view!(then)` calls the macro `then` with the list. From it are written: here, the
//! [`View`] enum, its codes and panel keys; in `views`, the view modules, the registry and
//! `views::build`; in the components, the tab labels and the page table and split points of
//! `components::chunks`. Adding a view is its folder and one line here (and its tab's text).

macro_rules! each_view {
    ($then:ident) => {
        $then! {
            complementarity: Complementarity = "tci", tab tab_complementarity, in first,
                panels ["tci-lines", "tci-heatmap"];
            advantage: Advantage = "rca", tab tab_advantage, in views_world,
                panels ["rca-heatmap", "rca-lines"];
            competition: Competition = "esi", tab tab_competition, in views_world,
                panels ["esi-lines", "esi-stacked"];
            division: Division = "tsc", tab tab_division, in views_world,
                panels ["tsc-bars", "gl-lines"];
            ties: Ties = "ties", tab tab_ties, in views_world,
                panels ["ties-totals", "ties-tii"];
            between: Between = "between", tab tab_between, in views_between,
                panels ["between-monthly", "between-gap", "between-top", "between-machinery", "between-tci", "between-gl", "between-gl-chapters", "between-tsc"];
            chains: ValueChains = "chains", tab tab_chains, in views_between,
                panels ["chains-lines", "chains-industries"];
            article: Article = "article", tab tab_article, in views_between,
                panels ["article-checks", "article-semiconductors", "article-investment", "article-sectors", "article-digital", "article-korea", "article-all"];
            parks: Parks = "parks", tab tab_parks, in view_parks as map_page,
                panels [];
        }
    };
}
pub(crate) use each_view;

macro_rules! view_enum {
    ($($name:ident: $view:ident = $code:literal, tab $tab:ident, in $chunk:ident $(as $page:ident)?,
        panels [$($panel:literal),*];)*) => {
        /// The views of the widget, in tab order.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
        pub enum View {
            #[default]
            $($view,)*
        }

        impl View {
            pub const ALL: [View; [$(stringify!($view)),*].len()] = [$(View::$view,)*];

            /// The code used in links and embed snippets.
            pub fn code(self) -> &'static str {
                match self {
                    $(View::$view => $code,)*
                }
            }

            /// The keys of the view's chart panels, each embeddable alone.
            pub fn panel_keys(self) -> &'static [&'static str] {
                match self {
                    $(View::$view => &[$($panel),*],)*
                }
            }
        }
    };
}
each_view!(view_enum);

impl View {
    pub fn parse(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::View;

    #[test]
    fn every_view_has_its_own_code_and_panel_keys() {
        let mut codes: Vec<&str> = View::ALL.iter().map(|v| v.code()).collect();
        let mut panels: Vec<&str> = View::ALL.iter().flat_map(|v| v.panel_keys().iter().copied()).collect();
        let (code_count, panel_count) = (codes.len(), panels.len());
        codes.sort_unstable();
        codes.dedup();
        panels.sort_unstable();
        panels.dedup();
        assert_eq!((codes.len(), panels.len()), (code_count, panel_count));
        assert!(View::ALL.iter().all(|v| View::parse(v.code()) == Some(*v)));
        assert_eq!(View::ALL[0], View::default(), "the first tab opens");
    }
}
