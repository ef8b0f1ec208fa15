//! Colours. Countries use the Okabe-Ito palette (safe for the common colour-vision deficiencies)
//! and keep their colour in every view; value scales are perceptually ordered.

use crate::data::Iso3;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Black or white, whichever reads better on this colour. Pure black (not INK) so that
    /// every fill reaches 4.5:1 with one of the two.
    pub fn text_on(self) -> Rgb {
        if self.contrast(BLACK) >= self.contrast(WHITE) {
            BLACK
        } else {
            WHITE
        }
    }

    /// This colour darkened just enough for text on white to meet WCAG AA (4.5:1).
    pub fn readable_on_white(self) -> Rgb {
        let mut color = self;
        let mut step = 0;
        while color.contrast(WHITE) < 4.5 && step < 20 {
            color = self.mix(INK, f64::from(step + 1) * 0.05);
            step += 1;
        }
        color
    }

    /// This colour moved a share `t` (0 to 1) of the way to `other`.
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let t = t.clamp(0.0, 1.0);
        let lerp = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(lerp(self.0, other.0), lerp(self.1, other.1), lerp(self.2, other.2))
    }
}

pub const WHITE: Rgb = Rgb(255, 255, 255);
pub const BLACK: Rgb = Rgb(0, 0, 0);
/// Body text: 15.9:1 on white.
pub const INK: Rgb = Rgb(0x1d, 0x22, 0x2b);
/// Secondary text (axis labels, notes): 7.0:1 on white.
pub const MUTED: Rgb = Rgb(0x4a, 0x51, 0x5c);
pub const GRID: Rgb = Rgb(0xe3, 0xe6, 0xea);
/// The series a journalist did not highlight (`state::editorial`).
pub const DE_EMPHASIZED: Rgb = Rgb(0xb4, 0xb9, 0xc1);
pub const AXIS: Rgb = Rgb(0x9a, 0xa1, 0xab);
/// Cells without data.
pub const MISSING: Rgb = Rgb(0xf1, 0xf2, 0xf4);
pub const MISSING_HATCH: Rgb = Rgb(0xc4, 0xc8, 0xce);

/// The two colour themes. Charts are modelled in the light palette; the painter draws each
/// colour as the theme asks (`surface`, `graphic`, `text`), so models and views stay
/// theme-free.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// The dark theme's neutrals, in the order of `LIGHT_NEUTRALS`. Body text is 15.0:1 and
/// secondary text 7.9:1 on the dark background.
const DARK_NEUTRALS: [Rgb; 8] = [
    Rgb(0x16, 0x19, 0x1e), // background
    Rgb(0xe8, 0xea, 0xed), // ink
    Rgb(0xa9, 0xb0, 0xba), // muted
    Rgb(0x33, 0x38, 0x40), // grid
    Rgb(0x6f, 0x77, 0x82), // axis
    Rgb(0x25, 0x29, 0x30), // missing
    Rgb(0x4b, 0x51, 0x5a), // missing hatch
    Rgb(0x5f, 0x66, 0x71), // de-emphasized: 3:1 on the background, as the light one is quiet on white
];
const LIGHT_NEUTRALS: [Rgb; 8] = [WHITE, INK, MUTED, GRID, AXIS, MISSING, MISSING_HATCH, DE_EMPHASIZED];

impl Theme {
    pub fn parse(code: &str) -> Option<Theme> {
        match code {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The colour behind every chart and the map's frame.
    pub fn background(self) -> Rgb {
        self.surface(WHITE)
    }

    /// A fill as drawn in this theme: the light palette's neutrals become their dark
    /// counterparts; data colours (series, products, scales) stay as they are, so a colour means
    /// the same in both themes.
    pub fn surface(self, c: Rgb) -> Rgb {
        match self {
            Theme::Light => c,
            Theme::Dark => LIGHT_NEUTRALS.iter().position(|n| *n == c).map_or(c, |i| DARK_NEUTRALS[i]),
        }
    }

    /// A line or marker: as `surface`, and a data colour that would fall below the 3:1 that
    /// WCAG asks of graphics against the background is lightened until it reaches it.
    pub fn graphic(self, c: Rgb) -> Rgb {
        self.lift(c, 3.0)
    }

    /// Text: as `surface`, and lightened to 4.5:1 (WCAG AA) against the background.
    pub fn text(self, c: Rgb) -> Rgb {
        self.lift(c, 4.5)
    }

    fn lift(self, c: Rgb, min_contrast: f64) -> Rgb {
        let c = self.surface(c);
        if self == Theme::Light || LIGHT_NEUTRALS.contains(&c) || DARK_NEUTRALS.contains(&c) {
            return c;
        }
        let background = self.background();
        let mut lifted = c;
        let mut step = 0;
        while lifted.contrast(background) < min_contrast && step < 20 {
            step += 1;
            lifted = c.mix(WHITE, f64::from(step) * 0.05);
        }
        lifted
    }
}

pub const CHINA: Rgb = Rgb(0xd5, 0x5e, 0x00); // vermillion
pub const JAPAN: Rgb = Rgb(0x00, 0x72, 0xb2); // blue
pub const KOREA: Rgb = Rgb(0x00, 0x9e, 0x73); // bluish green

/// The reader's own country beside the three (Okabe–Ito's black, lifted by the dark theme).
pub const OWN_DATA: Rgb = Rgb(0x33, 0x33, 0x33);
/// The bars of a working's contributions: a neutral slate, so they name no country.
pub const WORKING_BARS: Rgb = Rgb(0x52, 0x66, 0x80);

/// Colours for other RCEP members added to a chart, in order of addition.
pub const OTHERS: [Rgb; 5] = [
    Rgb(0xcc, 0x79, 0xa7), // reddish purple
    Rgb(0xe6, 0x9f, 0x00), // orange
    Rgb(0x56, 0xb4, 0xe9), // sky blue
    Rgb(0x6b, 0x4c, 0x9a), // violet
    Rgb(0x7f, 0x7f, 0x7f), // grey
];

/// The fixed colour of China, Japan and Korea; `None` for other countries.
pub fn focus_country_color(country: Iso3) -> Option<Rgb> {
    match country {
        Iso3::CHN => Some(CHINA),
        Iso3::JPN => Some(JAPAN),
        Iso3::KOR => Some(KOREA),
        _ => None,
    }
}

/// A colour for any country: the fixed one for the three, else by position among the others.
pub fn country_color(country: Iso3, position_among_others: usize) -> Rgb {
    focus_country_color(country).unwrap_or(OTHERS[position_among_others % OTHERS.len()])
}

/// 16 categorical colours for product groups, arranged so neighbours in a stack differ in
/// lightness as well as hue.
pub const PRODUCT_COLORS: [Rgb; 16] = [
    Rgb(0x8c, 0x6d, 0x31), // animal
    Rgb(0x63, 0x79, 0x39), // vegetable
    Rgb(0xb5, 0xcf, 0x6b), // food
    Rgb(0x84, 0x3c, 0x39), // minerals
    Rgb(0x39, 0x3b, 0x79), // fuels
    Rgb(0xe7, 0xba, 0x52), // chemicals
    Rgb(0x6b, 0x6e, 0xcf), // plastic or rubber
    Rgb(0xad, 0x49, 0x4a), // hides
    Rgb(0xce, 0xdb, 0x9c), // wood
    Rgb(0xd6, 0x61, 0x6b), // textiles
    Rgb(0x7b, 0x41, 0x73), // footwear
    Rgb(0x9c, 0x9e, 0xde), // stone and glass
    Rgb(0x52, 0x54, 0xa3), // metals
    Rgb(0x1f, 0x77, 0xb4), // machinery and electrical
    Rgb(0xff, 0x7f, 0x0e), // transportation
    Rgb(0xa5, 0x51, 0x94), // miscellaneous
];

/// Sequential light-to-dark blue for values from 0 to 1.
pub fn sequential(t: f64) -> Rgb {
    const STOPS: [Rgb; 5] = [
        Rgb(0xf2, 0xf7, 0xfc),
        Rgb(0xc6, 0xdb, 0xef),
        Rgb(0x6b, 0xae, 0xd6),
        Rgb(0x21, 0x71, 0xb5),
        Rgb(0x08, 0x30, 0x6b),
    ];
    ramp(&STOPS, t)
}

/// Diverging orange-white-purple for values from -1 to 1 (0 is white).
pub fn diverging(t: f64) -> Rgb {
    const STOPS: [Rgb; 5] = [
        Rgb(0xb3, 0x58, 0x06),
        Rgb(0xf1, 0xa3, 0x40),
        Rgb(0xf7, 0xf7, 0xf7),
        Rgb(0x99, 0x8e, 0xc3),
        Rgb(0x54, 0x27, 0x88),
    ];
    ramp(&STOPS, (t + 1.0) / 2.0)
}

fn ramp(stops: &[Rgb], t: f64) -> Rgb {
    let t = if t.is_finite() { t.clamp(0.0, 1.0) } else { 0.0 };
    let position = t * (stops.len() - 1) as f64;
    let index = (position.floor() as usize).min(stops.len() - 2);
    stops[index].mix(stops[index + 1], position - index as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_colours_meet_wcag_aa_on_white() {
        assert!(INK.contrast(WHITE) >= 4.5);
        assert!(MUTED.contrast(WHITE) >= 4.5);
        // Country colours are used for lines and labels: at least 3:1 (graphics) on white.
        for c in [CHINA, JAPAN, KOREA] {
            assert!(c.contrast(WHITE) >= 3.0, "{c:?}");
        }
    }

    #[test]
    fn country_colours_are_darkened_for_text() {
        for c in [CHINA, JAPAN, KOREA, OTHERS[0], OTHERS[1], OTHERS[2]] {
            assert!(c.readable_on_white().contrast(WHITE) >= 4.5, "{c:?}");
        }
        assert_eq!(JAPAN.readable_on_white(), JAPAN);
    }

    #[test]
    fn cell_text_is_readable_on_every_scale_colour() {
        for i in 0..=20 {
            let t = f64::from(i) / 20.0;
            for fill in [sequential(t), diverging(t * 2.0 - 1.0)] {
                assert!(fill.contrast(fill.text_on()) >= 4.5, "{fill:?}");
            }
        }
    }

    #[test]
    fn dark_theme_keeps_the_contrast_of_the_light_one() {
        let dark = Theme::Dark;
        let background = dark.background();
        assert_ne!(background, WHITE);
        assert!(dark.surface(INK).contrast(background) >= 4.5);
        assert!(dark.surface(MUTED).contrast(background) >= 4.5);
        let data_colours = [CHINA, JAPAN, KOREA, OWN_DATA].into_iter().chain(OTHERS).chain(PRODUCT_COLORS);
        for c in data_colours {
            assert!(dark.graphic(c).contrast(background) >= 3.0, "{c:?}");
            assert!(dark.text(c).contrast(background) >= 4.5, "{c:?}");
            // Fills keep their colour, so the legend and the light theme agree.
            assert_eq!(dark.surface(c), c);
        }
        // Korea's green already reaches 3:1 on the dark background and is kept.
        assert_eq!(dark.graphic(KOREA), KOREA);
        assert_ne!(dark.text(JAPAN), JAPAN);
        // The light theme draws the model's colours unchanged.
        for c in [WHITE, INK, JAPAN, OTHERS[3]] {
            assert_eq!(Theme::Light.text(c), c);
            assert_eq!(Theme::Light.graphic(c), c);
        }
        assert_eq!(Theme::parse("dark"), Some(Theme::Dark));
        assert_eq!(Theme::parse(Theme::Light.code()), Some(Theme::Light));
        assert_eq!(Theme::parse("blue"), None);
    }

    #[test]
    fn ramps_hit_their_ends_and_centre() {
        assert_eq!(diverging(0.0), Rgb(0xf7, 0xf7, 0xf7));
        assert_eq!(sequential(0.0), Rgb(0xf2, 0xf7, 0xfc));
        assert_eq!(sequential(f64::NAN), Rgb(0xf2, 0xf7, 0xfc));
    }
}
