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
