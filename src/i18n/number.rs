//! PURE. The one number formatter: every number a reader sees goes through [`NumberStyle`], with
//! its language's digit grouping, decimal mark, minus sign and percent sign.

/// How a language writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    /// Between groups of three integer digits.
    pub group_separator: &'static str,
    pub decimal_mark: &'static str,
    pub minus_sign: &'static str,
    /// After a percentage, with any space the language puts before it.
    pub percent_suffix: &'static str,
}

impl NumberStyle {
    /// CLDR's conventions for English, Chinese, Japanese and Korean agree: "1,234.5", "12.5%" (no
    /// space). The minus is the typographic U+2212, which lines up with the plus in tables and is
    /// not mistaken for a hyphen.
    pub const LATIN_DIGITS_COMMA_GROUPS: NumberStyle =
        NumberStyle { group_separator: ",", decimal_mark: ".", minus_sign: "\u{2212}", percent_suffix: "%" };

    /// `value` with `decimals` decimals and grouped thousands. A value that rounds to zero has no
    /// sign; one that is not finite is written as Rust writes it ("NaN", "inf"), for it is a bug
    /// to show one and the tests look for it.
    pub fn format(self, value: f64, decimals: usize) -> String {
        let text = format!("{:.*}", decimals, value.abs());
        let negative = value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b));
        let (integer, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::with_capacity(text.len() + 8);
        if negative {
            out.push_str(self.minus_sign);
        }
        let digits = integer.len();
        for (i, digit) in integer.chars().enumerate() {
            if i > 0 && (digits - i) % 3 == 0 && digit.is_ascii_digit() {
                out.push_str(self.group_separator);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push_str(self.decimal_mark);
            out.push_str(fraction);
        }
        out
    }

    /// A change, always signed: "+1.20", "−0.35"; one that rounds to zero reads "0.00".
    pub fn signed(self, value: f64, decimals: usize) -> String {
        let number = self.format(value, decimals);
        let is_zero = !number.bytes().any(|b| (b'1'..=b'9').contains(&b));
        if is_zero || number.starts_with(self.minus_sign) {
            number
        } else {
            format!("+{number}")
        }
    }

    /// A percentage: `value` is already in percent (12.5 for 12.5%).
    pub fn percent(self, value_pct: f64, decimals: usize) -> String {
        format!("{}{}", self.format(value_pct, decimals), self.percent_suffix)
    }
}

impl Default for NumberStyle {
    fn default() -> NumberStyle {
        NumberStyle::LATIN_DIGITS_COMMA_GROUPS
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn every_locale_writes_numbers_its_own_way() {
        // Examples from CLDR's number formats for each language.
        let expected = [
            (Locale::En, "1,234,567.89", "\u{2212}0.5", "12.5%", "0"),
            (Locale::Zh, "1,234,567.89", "\u{2212}0.5", "12.5%", "0"),
            (Locale::Ja, "1,234,567.89", "\u{2212}0.5", "12.5%", "0"),
            (Locale::Ko, "1,234,567.89", "\u{2212}0.5", "12.5%", "0"),
        ];
        for (locale, big, negative, percent, tiny) in expected {
            let style = locale.numbers();
            assert_eq!(style.format(1_234_567.891, 2), big, "{locale:?}");
            assert_eq!(style.format(-0.5, 1), negative, "{locale:?}");
            assert_eq!(style.percent(12.46, 1), percent, "{locale:?}");
            // A negative value that rounds to zero has no minus sign.
            assert_eq!(style.format(-0.0004, 0), tiny, "{locale:?}");
        }
    }

    #[test]
    fn grouping_handles_every_length_and_odd_styles() {
        let style = NumberStyle::default();
        let cases =
            [(0.0, "0"), (999.0, "999"), (1000.0, "1,000"), (-12_345.0, "\u{2212}12,345"), (100_000.0, "100,000")];
        for (value, text) in cases {
            assert_eq!(style.format(value, 0), text);
        }
        let spaced =
            NumberStyle { group_separator: "\u{202f}", decimal_mark: ",", minus_sign: "-", percent_suffix: "\u{a0}%" };
        assert_eq!(spaced.format(-1234.5, 1), "-1\u{202f}234,5");
        assert_eq!(spaced.percent(7.0, 0), "7\u{a0}%");
        assert_eq!(style.format(f64::NAN, 1), "NaN");
        assert_eq!(style.signed(1.2, 2), "+1.20");
        assert_eq!(style.signed(-0.354, 2), "\u{2212}0.35");
        assert_eq!(style.signed(-0.001, 2), "0.00");
    }

    #[test]
    fn the_rooms_that_write_reader_text_format_numbers_only_here() {
        // A `{:.1}`-style format in views or charts would bypass the language's style.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for room in ["views", "charts", "map"] {
            for entry in std::fs::read_dir(root.join(room)).unwrap() {
                let path = entry.unwrap().path();
                let source = std::fs::read_to_string(&path).unwrap();
                for (n, line) in source.lines().enumerate() {
                    let decimals_format = line.contains("format!(") && line.contains(":.");
                    assert!(
                        !decimals_format,
                        "{}:{}: use Locale::number or NumberStyle: {line}",
                        path.display(),
                        n + 1
                    );
                }
            }
        }
    }
}
