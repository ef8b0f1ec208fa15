//! The compact binary form of one slice of the trade table (one source and classification),
//! which the widget fetches instead of parsing CSV. `build-dataset` writes one file per slice;
//! the full `trade.csv` stays as the reader's download.
//!
//! Layout (version 2); integers are LEB128 varints unless said otherwise:
//! ```text
//! "CJKS" (4 bytes)  version (1 byte)  source code (1 byte)  classification code (1 byte)
//! country count, then each country as 3 ASCII bytes
//! series count, then per series:
//!   flow (1 byte: 0 export, 1 import)  reporter index  partner index  year
//!   presence bitmap: one bit per product of the classification, least significant bit first
//! then the present values, in series order and product order within a series, in three columns:
//!   every precision (1 byte each), then every decimal exponent (1 byte each, signed), then
//!   every mantissa (zigzag)
//! ```
//! The columns keep alike bytes together, which gzip compresses far better than the values
//! interleaved (version 1): the OEC sections' file is 10 % smaller over the wire, the Atlas
//! chapters' 20 %.
//! A value is `mantissa × 10^exponent` US dollars, the exact decimal of the canonical table, so
//! no digit is lost. Precision: 0 `usd_10k`, 1 `full`, 100 + n `n_sig_digits`.
//!
//! The codec is hand-written rather than a serde format crate: it is a few dozen lines, keeps
//! the wasm small, and its bytes are fixed by this comment rather than by a crate's version.

use std::collections::BTreeMap;

use super::dataset::{SeriesKey, Value};
use super::schema::{Classification, Flow, Iso3, Precision, Source, TradeRecord, Year};

const MAGIC: &[u8; 4] = b"CJKS";
const VERSION: u8 = 2;

/// Why a slice file cannot be read. `offset` is the byte where reading stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SliceError {
    pub offset: usize,
    pub reason: String,
}

impl std::fmt::Display for SliceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "byte {}: {}", self.offset, self.reason)
    }
}

/// One decoded slice: its source and classification and every series it holds.
#[derive(Debug, PartialEq)]
pub struct Slice {
    pub source: Source,
    pub classification: Classification,
    pub series: Vec<(SeriesKey, Vec<Option<Value>>)>,
}

impl Slice {
    pub fn value_count(&self) -> usize {
        self.series.iter().map(|(_, values)| values.iter().flatten().count()).sum()
    }
}

fn source_code(source: Source) -> u8 {
    match source {
        Source::Wits => 0,
        Source::Oec => 1,
        Source::Atlas => 2,
        Source::Wiod => 3,
    }
}

fn classification_code(classification: Classification) -> u8 {
    match classification {
        Classification::Wits16 => 0,
        Classification::HsSection => 1,
        Classification::Total => 2,
        Classification::Hs2 => 3,
        Classification::Wiod35 => 4,
    }
}

fn precision_code(precision: Precision) -> u8 {
    match precision {
        Precision::Usd10k => 0,
        Precision::Full => 1,
        Precision::SignificantDigits(n) => 100 + n,
    }
}

fn precision_of(code: u8) -> Option<Precision> {
    match code {
        0 => Some(Precision::Usd10k),
        1 => Some(Precision::Full),
        101..=115 => Some(Precision::SignificantDigits(code - 100)),
        _ => None,
    }
}

/// Splits an exact decimal such as `549482652.3` or `3032220000` into `(mantissa, exponent)`
/// with no trailing zeros in the mantissa: `(5494826523, -1)`, `(303222, 4)`.
pub fn split_decimal(text: &str) -> Option<(i64, i8)> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let fraction = fraction.trim_end_matches('0');
    let all_digits = format!("{whole}{fraction}");
    let mut exponent = -i32::try_from(fraction.len()).ok()?;
    let trimmed = all_digits.trim_end_matches('0');
    let mantissa_digits = if trimmed.is_empty() { "0" } else { trimmed };
    if !trimmed.is_empty() {
        exponent += i32::try_from(all_digits.len() - trimmed.len()).ok()?;
    } else {
        exponent = 0;
    }
    let mantissa: i64 = mantissa_digits.parse().ok()?;
    let exponent = i8::try_from(exponent).ok()?;
    Some((if negative { -mantissa } else { mantissa }, exponent))
}

/// `mantissa × 10^exponent` as the nearest `f64`, exactly what parsing the decimal text gives.
/// For mantissas below 2^53 and exponents within ±22 one IEEE operation on two exact operands
/// rounds once, which is that answer; longer mantissas (OEC writes some values with 17 digits)
/// go through the standard parser.
pub fn decimal_to_f64(mantissa: i64, exponent: i8) -> f64 {
    if mantissa.unsigned_abs() >= 1 << 53 || exponent.unsigned_abs() > 22 {
        return format!("{mantissa}e{exponent}").parse().unwrap_or(f64::NAN);
    }
    let scale = 10f64.powi(i32::from(exponent.unsigned_abs()));
    let m = mantissa as f64;
    if exponent >= 0 {
        m * scale
    } else {
        m / scale
    }
}

fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn zigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

fn unzigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

/// Encodes the records of one source and classification (others are ignored), in a fixed
/// order so that two builds give identical bytes. Fails on a value that is not an exact decimal
/// (the canonical parser has already refused those).
pub fn encode_slice(
    records: &[TradeRecord],
    source: Source,
    classification: Classification,
) -> Result<Vec<u8>, String> {
    type Key = (Flow, Iso3, Iso3, Year);
    let mut series: BTreeMap<Key, BTreeMap<usize, &TradeRecord>> = BTreeMap::new();
    for r in records.iter().filter(|r| r.source == source && r.classification == classification) {
        series.entry((r.flow, r.reporter, r.partner, r.year)).or_default().insert(r.product, r);
    }
    let mut countries: Vec<Iso3> = series.keys().flat_map(|(_, a, b, _)| [*a, *b]).collect();
    crate::order::sort(&mut countries);
    countries.dedup();
    let index_of = |c: &Iso3| countries.binary_search(c).unwrap_or(0) as u64;

    let mut out = Vec::with_capacity(records.len() * 6);
    out.extend_from_slice(MAGIC);
    out.extend([VERSION, source_code(source), classification_code(classification)]);
    put_varint(&mut out, countries.len() as u64);
    for country in &countries {
        out.extend_from_slice(country.as_str().as_bytes());
    }
    put_varint(&mut out, series.len() as u64);
    let product_count = classification.product_count();
    let (mut precisions, mut exponents, mut mantissas) = (Vec::new(), Vec::new(), Vec::new());
    for ((flow, reporter, partner, year), values) in &series {
        out.push(if *flow == Flow::Export { 0 } else { 1 });
        put_varint(&mut out, index_of(reporter));
        put_varint(&mut out, index_of(partner));
        put_varint(&mut out, u64::from(*year));
        let mut bitmap = vec![0u8; product_count.div_ceil(8)];
        for product in values.keys() {
            bitmap[product / 8] |= 1 << (product % 8);
        }
        out.extend_from_slice(&bitmap);
        for record in values.values() {
            let (mantissa, exponent) = split_decimal(&record.value_usd)
                .ok_or_else(|| format!("{}: not an exact decimal: {}", record.reporter, record.value_usd))?;
            precisions.push(precision_code(record.precision));
            exponents.push(exponent as u8);
            put_varint(&mut mantissas, zigzag(mantissa));
        }
    }
    out.extend(precisions);
    out.extend(exponents);
    out.extend(mantissas);
    Ok(out)
}

/// Reads bytes one field at a time, remembering where it stopped for error messages.
struct Reader<'a> {
    bytes: &'a [u8],
    offset: usize,
}

impl Reader<'_> {
    fn fail<T>(&self, reason: impl Into<String>) -> Result<T, SliceError> {
        Err(SliceError { offset: self.offset, reason: reason.into() })
    }

    fn byte(&mut self) -> Result<u8, SliceError> {
        match self.bytes.get(self.offset) {
            Some(b) => {
                self.offset += 1;
                Ok(*b)
            }
            None => self.fail("the file ends too early"),
        }
    }

    fn take(&mut self, n: usize) -> Result<&[u8], SliceError> {
        match self.bytes.get(self.offset..self.offset.saturating_add(n)) {
            Some(slice) => {
                self.offset += n;
                Ok(slice)
            }
            None => self.fail("the file ends too early"),
        }
    }

    fn varint(&mut self) -> Result<u64, SliceError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        self.fail("a number is too long")
    }

    /// A count that cannot exceed what the remaining bytes could hold (each item takes at
    /// least `min_bytes`), so a corrupt count never asks for a huge allocation.
    fn count(&mut self, min_bytes: usize) -> Result<usize, SliceError> {
        let n = self.varint()?;
        let remaining = (self.bytes.len() - self.offset) as u64;
        if n.saturating_mul(min_bytes as u64) > remaining {
            return self.fail(format!("a count of {n} does not fit in the file"));
        }
        Ok(n as usize)
    }
}

/// Decodes a slice file. Any corrupt, truncated or foreign file is an error, never a panic.
pub fn decode_slice(bytes: &[u8]) -> Result<Slice, SliceError> {
    let mut r = Reader { bytes, offset: 0 };
    let (source, classification) = read_header(&mut r)?;
    let countries = read_countries(&mut r)?;
    let product_count = classification.product_count();
    let bitmap_len = product_count.div_ceil(8);
    let series_count = r.count(4 + bitmap_len)?;
    let mut headers = Vec::with_capacity(series_count);
    for _ in 0..series_count {
        let flow = match r.byte()? {
            0 => Flow::Export,
            1 => Flow::Import,
            code => return r.fail(format!("unknown flow {code}")),
        };
        let country = |r: &mut Reader| -> Result<Iso3, SliceError> {
            let index = r.varint()?;
            match countries.get(index as usize) {
                Some(c) => Ok(*c),
                None => r.fail(format!("country index {index} is out of range")),
            }
        };
        let reporter = country(&mut r)?;
        let partner = country(&mut r)?;
        let year = match Year::try_from(r.varint()?) {
            Ok(year) if super::schema::YEARS.contains(&year) => year,
            _ => return r.fail("a year outside 1900-2100"),
        };
        let bitmap = r.take(bitmap_len)?.to_vec();
        headers.push((SeriesKey { source, classification, flow, reporter, partner, year }, bitmap));
    }
    let series = read_values(&mut r, headers, product_count)?;
    if r.offset != bytes.len() {
        return r.fail("unexpected bytes after the last value");
    }
    Ok(Slice { source, classification, series })
}

/// The magic bytes, the format version, the source and the classification.
fn read_header(r: &mut Reader) -> Result<(Source, Classification), SliceError> {
    if r.take(4)? != MAGIC {
        return r.fail("not a trade slice file");
    }
    let version = r.byte()?;
    if version != VERSION {
        return r.fail(format!("format version {version}; this widget reads version {VERSION}"));
    }
    let source = match r.byte()? {
        0 => Source::Wits,
        1 => Source::Oec,
        2 => Source::Atlas,
        3 => Source::Wiod,
        code => return r.fail(format!("unknown source {code}")),
    };
    let classification = match r.byte()? {
        0 => Classification::Wits16,
        1 => Classification::HsSection,
        2 => Classification::Total,
        3 => Classification::Hs2,
        4 => Classification::Wiod35,
        code => return r.fail(format!("unknown classification {code}")),
    };
    Ok((source, classification))
}

/// The table of countries the series refer to by index.
fn read_countries(r: &mut Reader) -> Result<Vec<Iso3>, SliceError> {
    let country_count = r.count(3)?;
    let mut countries = Vec::with_capacity(country_count);
    for _ in 0..country_count {
        let code = r.take(3)?;
        match std::str::from_utf8(code).ok().and_then(Iso3::parse) {
            Some(country) => countries.push(country),
            None => return r.fail("a country code is not three capital letters"),
        }
    }
    Ok(countries)
}

/// A series and its values, one per product of the classification.
type SeriesValues = (SeriesKey, Vec<Option<Value>>);

/// Every series' values, from the three columns: each product present in a series' bitmap
/// takes the next precision, exponent and mantissa.
fn read_values(
    r: &mut Reader,
    headers: Vec<(SeriesKey, Vec<u8>)>,
    product_count: usize,
) -> Result<Vec<SeriesValues>, SliceError> {
    let present = |bitmap: &[u8], product: usize| bitmap[product / 8] & (1 << (product % 8)) != 0;
    let value_count: usize =
        headers.iter().map(|(_, bitmap)| (0..product_count).filter(|&p| present(bitmap, p)).count()).sum();
    let precisions = r.take(value_count)?.to_vec();
    let exponents = r.take(value_count)?.to_vec();
    let mut columns = precisions.into_iter().zip(exponents);
    let mut series = Vec::with_capacity(headers.len());
    for (key, bitmap) in headers {
        let mut values = vec![None; product_count];
        for (_, slot) in values.iter_mut().enumerate().filter(|(product, _)| present(&bitmap, *product)) {
            let Some((precision, exponent)) = columns.next() else { return r.fail("fewer values than products") };
            let Some(precision) = precision_of(precision) else { return r.fail("unknown precision") };
            let exponent = exponent as i8;
            if !(-22..=22).contains(&exponent) {
                return r.fail(format!("decimal exponent {exponent} is out of range"));
            }
            let mantissa = unzigzag(r.varint()?);
            *slot = Some(Value { usd: decimal_to_f64(mantissa, exponent), precision });
        }
        series.push((key, values));
    }
    Ok(series)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_split_without_losing_digits() {
        assert_eq!(split_decimal("549482652.3"), Some((5_494_826_523, -1)));
        assert_eq!(split_decimal("3032220000"), Some((303_222, 4)));
        assert_eq!(split_decimal("0"), Some((0, 0)));
        assert_eq!(split_decimal("12.50"), Some((125, -1)));
        assert_eq!(split_decimal("-7.25"), Some((-725, -2)));
        assert_eq!(split_decimal("385672.18004400004"), Some((38_567_218_004_400_004, -11)));
        assert_eq!(decimal_to_f64(38_567_218_004_400_004, -11), "385672.18004400004".parse::<f64>().unwrap());
        for bad in ["", ".5", "1e5", "12a", "1.2.3", "-"] {
            assert_eq!(split_decimal(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn varints_and_zigzag_round_trip() {
        for value in [0i64, 1, -1, 63, -64, 300, i64::from(i32::MAX), -(1 << 52)] {
            let mut out = Vec::new();
            put_varint(&mut out, zigzag(value));
            let mut reader = Reader { bytes: &out, offset: 0 };
            assert_eq!(unzigzag(reader.varint().unwrap()), value);
            assert_eq!(reader.offset, out.len());
        }
    }

    #[test]
    fn corrupt_files_are_errors_not_panics() {
        assert!(decode_slice(b"").is_err());
        assert!(decode_slice(b"CJKS\x01\0\0").unwrap_err().reason.contains("version 1"));
        // A count that claims more countries than the file holds.
        assert!(decode_slice(b"CJKS\x02\0\0\xff\xff\x03").unwrap_err().reason.contains("does not fit"));
        let empty = decode_slice(b"CJKS\x02\0\x02\0\0").unwrap();
        assert_eq!(empty.series.len(), 0);
        assert!(decode_slice(b"CJKS\x02\0\x02\0\0\0").unwrap_err().reason.contains("after the last"));
        // One series of totals (one product) whose value columns are cut short.
        let one_series = b"CJKS\x02\0\x02\x01CHN\x01\0\0\0\xda\x0f\x01";
        assert!(decode_slice(one_series).unwrap_err().reason.contains("ends too early"));
        let whole = [&one_series[..], b"\x01\x00\x02"].concat();
        let decoded = decode_slice(&whole).unwrap();
        assert_eq!(decoded.series[0].1[0].map(|v| v.usd), Some(1.0));
    }
}
