//! Exact decimal text handling, so that no raw value loses a digit on its way to the canonical table.
//!
//! Raw sources write numbers as `16105.72` (US$ million), `396400840.3`, `12345678901.` or
//! `2.10E+11`. [`ExactDecimal`] keeps the digits as text and only moves the decimal point, so a
//! conversion such as "US$ million to US$" is exact.

/// A non-negative or negative decimal number held as its digits and a power of ten.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExactDecimal {
    negative: bool,
    /// The significant digits as written, without leading zeros (may be "0").
    digits: String,
    /// The value is `digits * 10^exponent`.
    exponent: i32,
    /// True when the source used scientific notation (a spreadsheet's rounded display).
    scientific: bool,
    /// How many significant digits the source text shows.
    significant_digits: usize,
}

/// Why a piece of text is not a decimal number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecimalError(pub String);

impl ExactDecimal {
    /// Parses `[-]digits[.digits][E[+-]digits]`, with surrounding spaces allowed.
    pub fn parse(text: &str) -> Result<ExactDecimal, DecimalError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(DecimalError("empty number".into()));
        }
        let (negative, unsigned) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, trimmed),
        };
        let (mantissa, exponent_text) = match unsigned.find(['E', 'e']) {
            Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
            None => (unsigned, None),
        };
        let exponent_part: i32 = match exponent_text {
            Some(exp) => {
                let exp = exp.strip_prefix('+').unwrap_or(exp);
                exp.parse().map_err(|_| DecimalError(format!("bad exponent in {trimmed:?}")))?
            }
            None => 0,
        };
        let (integer, fraction) = match mantissa.split_once('.') {
            Some((i, f)) => (i, f),
            None => (mantissa, ""),
        };
        if integer.is_empty() && fraction.is_empty() {
            return Err(DecimalError(format!("no digits in {trimmed:?}")));
        }
        if !integer.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
            return Err(DecimalError(format!("not a number: {trimmed:?}")));
        }
        let all_digits = format!("{integer}{fraction}");
        let stripped = all_digits.trim_start_matches('0');
        let digits = if stripped.is_empty() { "0".to_string() } else { stripped.to_string() };
        // Trailing zeros of a plain integer are not evidence of precision; in a fraction or in
        // scientific notation they are (2.10E+11 shows three digits).
        let significant_digits = if exponent_text.is_none() && fraction.is_empty() {
            digits.trim_end_matches('0').len().max(1)
        } else {
            digits.len()
        };
        Ok(ExactDecimal {
            negative: negative && digits != "0",
            digits,
            exponent: exponent_part - fraction.len() as i32,
            scientific: exponent_text.is_some(),
            significant_digits,
        })
    }

    /// The same number multiplied by `10^power`, exactly.
    pub fn times_power_of_ten(mut self, power: i32) -> ExactDecimal {
        self.exponent += power;
        self
    }

    pub fn is_negative(&self) -> bool {
        self.negative
    }

    pub fn is_scientific(&self) -> bool {
        self.scientific
    }

    pub fn significant_digits(&self) -> usize {
        self.significant_digits
    }

    /// Plain decimal text with no exponent, no leading zeros and no trailing fractional zeros.
    pub fn to_plain_string(&self) -> String {
        let mut text = if self.exponent >= 0 {
            if self.digits == "0" {
                "0".to_string()
            } else {
                format!("{}{}", self.digits, "0".repeat(self.exponent as usize))
            }
        } else {
            let fraction_len = (-self.exponent) as usize;
            let padded = if self.digits.len() <= fraction_len {
                format!("{}{}", "0".repeat(fraction_len - self.digits.len() + 1), self.digits)
            } else {
                self.digits.clone()
            };
            let split = padded.len() - fraction_len;
            let fraction = padded[split..].trim_end_matches('0');
            if fraction.is_empty() {
                padded[..split].to_string()
            } else {
                format!("{}.{}", &padded[..split], fraction)
            }
        };
        if self.negative {
            text.insert(0, '-');
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        ExactDecimal::parse(text).unwrap().to_plain_string()
    }

    #[test]
    fn plain_numbers_keep_every_digit() {
        assert_eq!(plain("11690028623"), "11690028623");
        assert_eq!(plain("396400840.3"), "396400840.3");
        assert_eq!(plain("12345678901."), "12345678901");
        assert_eq!(plain("  0.50 "), "0.5");
        assert_eq!(plain("007"), "7");
        assert_eq!(plain("0.000"), "0");
    }

    #[test]
    fn scientific_notation_is_expanded_exactly() {
        assert_eq!(plain("2.10E+11"), "210000000000");
        assert_eq!(plain("1.23456E+11"), "123456000000");
        assert_eq!(plain("5E-3"), "0.005");
        let rounded = ExactDecimal::parse("2.10E+11").unwrap();
        assert!(rounded.is_scientific());
        assert_eq!(rounded.significant_digits(), 3);
    }

    #[test]
    fn millions_become_dollars_without_float_error() {
        let value = ExactDecimal::parse("   16105.72").unwrap().times_power_of_ten(6);
        assert_eq!(value.to_plain_string(), "16105720000");
        let small = ExactDecimal::parse("0.01").unwrap().times_power_of_ten(6);
        assert_eq!(small.to_plain_string(), "10000");
    }

    #[test]
    fn bad_text_is_an_error_not_a_panic() {
        for bad in ["", "  ", "abc", "1.2.3", "1E", "E5", "-", ".", "1,000", "1e+x"] {
            assert!(ExactDecimal::parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert_eq!(plain("-3.50"), "-3.5");
    }
}
