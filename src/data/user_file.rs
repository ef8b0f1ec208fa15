//! PURE. A reader's own trade data, read in the browser and never uploaded: the World Bank WITS
//! "Trade Summary" CSV of any country, or the widget's tidy `trade.csv` table.
//!
//! A file is read in chunks ([`chunks`], then [`UserFileReader::feed`] for each), so that the
//! browser can draw a progress bar and stay responsive between them. A bad file is refused
//! whole, with its name, the line and the reason; nothing it held is kept.

use std::collections::HashMap;

use super::canonical::{parse_row, record_key, RecordKey, HEADER as TIDY_HEADER, VALUE_COLUMN};
use super::csv::parse_csv;
use super::decimal::ExactDecimal;
use super::schema::{Classification, Flow, Iso3, Precision, Source, TradeRecord, Year, WITS_GROUPS};

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;
/// The text read between two pauses of the browser.
pub const CHUNK_BYTES: usize = 128 * 1024;

/// The five leading columns of a WITS Trade Summary file; year columns follow.
const WITS_HEADER: [&str; 5] = ["Reporter", "Partner", "Product categories", "Indicator Type", "Indicator"];
/// Every indicator WITS writes in a Trade Summary file (the same 30 for every country). Any other
/// is refused as unknown, so that a file of another kind is not half read.
const WITS_INDICATORS: [&str; 30] = [
    "GDP (current US$ Mil)",
    "GNI per capita, Atlas method (current US$)",
    "Trade (% of GDP)",
    "Trade Balance (% of GDP)",
    "Trade Balance (current US$ Mil)",
    "Trade in services (% of GDP)",
    "Export Product share(%)",
    "Export(US$ Mil)",
    "Exports (in US$ Mil)",
    "No. Of Export partners",
    "No. Of Export products",
    "Partner share(%)-Top 5 Export Partner",
    "Trade (US$ Mil)-Top 5 Export Partner",
    "Import Product share(%)",
    "Import(US$ Mil)",
    "Imports (in US$ Mil)",
    "No. Of Import partners",
    "No. Of Import products",
    "Partner share(%)-Top 5 Import Partner",
    "Trade (US$ Mil)-Top 5 Import Partner",
    "Duty Free Imports (US$ Thousand)",
    "Duty Free Tariff Lines Share (%)",
    "Maximum Rate (%)",
    "No. Of Tariff Agreement",
    "Simple Average (%)",
    "Weighted Average (%)",
    "Country Growth (%)",
    "HH Market concentration index",
    "Index of export market penetration",
    "World Growth (%)",
];

/// Why a file was refused. The app words each in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    TooLarge {
        bytes: usize,
    },
    NotText,
    Empty,
    /// Neither a WITS Trade Summary file nor the widget's trade table.
    WrongFormat,
    /// A chart's CSV from "Download CSV": index values, not trade values.
    ChartCsv,
    UnknownIndicator(String),
    BadNumber(String),
    NotAYear(String),
    DuplicateRow {
        first_line: usize,
    },
    FieldCount {
        found: usize,
        expected: usize,
    },
    /// A file with two reporters, or a reporter that is not a country.
    Reporter(String),
    /// A row of the trade table that cannot be read; the detail names the field.
    BadRow(String),
    /// CSV syntax: an unclosed quote or text after one.
    Syntax(String),
    NoTradeValues,
    /// More countries than the user-assigned codes left (676 in all).
    TooManyCountries,
    /// The code that reads files (a chunk of the wasm) could not be fetched.
    ReaderNotLoaded,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UserFileError {
    pub file: String,
    /// 1-based; 0 when the problem is the whole file.
    pub line: usize,
    pub problem: Problem,
}

/// One country of a reader's file, with its trade values. `records` name the reporter by
/// `known_code` when the file gives one; the dataset gives the country its own code on loading.
#[derive(Clone, Debug, PartialEq)]
pub struct UserCountryData {
    pub name: String,
    pub known_code: Option<Iso3>,
    pub file: String,
    pub records: Vec<TradeRecord>,
}

impl UserCountryData {
    /// Whether the file gives imports by product (for TCI, TSC and Grubel–Lloyd).
    pub fn has_imports_by_product(&self) -> bool {
        self.records.iter().any(|r| r.flow == Flow::Import && r.classification == Classification::Wits16)
    }

    pub fn years(&self) -> Option<(Year, Year)> {
        let years = self.records.iter().map(|r| r.year);
        Some((years.clone().min()?, years.max()?))
    }
}

/// Cuts a file that arrives a slice of bytes at a time into pieces of text that end at a line
/// break outside quotes, each with the 1-based number of its first line. The browser hands the
/// file over in slices, so that no single task decodes or scans the whole of a large file; a
/// line break is ASCII, so a piece never ends inside a character.
pub struct PieceCutter {
    file: String,
    pending: Vec<u8>,
    /// How far `pending` has been scanned, and the state there.
    scanned: usize,
    in_quotes: bool,
    line_breaks_scanned: usize,
    next_line: usize,
}

impl PieceCutter {
    pub fn new(file: &str) -> PieceCutter {
        PieceCutter {
            file: file.to_string(),
            pending: Vec::new(),
            scanned: 0,
            in_quotes: false,
            line_breaks_scanned: 0,
            next_line: 1,
        }
    }

    /// Takes the next slice of the file; gives back its complete rows so far, if any.
    pub fn push(&mut self, bytes: &[u8]) -> Result<Option<(usize, String)>, UserFileError> {
        self.pending.extend_from_slice(bytes);
        // The end of the last complete row in `pending`, and the line breaks before it.
        let (mut row_end, mut line_breaks_before_row_end) = (0, 0);
        for (i, byte) in self.pending.iter().enumerate().skip(self.scanned) {
            match byte {
                b'"' => self.in_quotes = !self.in_quotes,
                b'\n' => {
                    self.line_breaks_scanned += 1;
                    if !self.in_quotes {
                        (row_end, line_breaks_before_row_end) = (i + 1, self.line_breaks_scanned);
                    }
                }
                _ => {}
            }
        }
        self.scanned = self.pending.len();
        if row_end == 0 {
            return Ok(None);
        }
        let rest = self.pending.split_off(row_end);
        let piece = std::mem::replace(&mut self.pending, rest);
        let first_line = self.next_line;
        self.next_line += line_breaks_before_row_end;
        self.scanned -= row_end;
        self.line_breaks_scanned -= line_breaks_before_row_end;
        self.decode(piece, first_line).map(|text| Some((first_line, text)))
    }

    /// The file has ended: gives back its last row, if it has no line break of its own.
    pub fn finish(mut self) -> Result<Option<(usize, String)>, UserFileError> {
        if self.pending.is_empty() {
            return Ok(None);
        }
        let piece = std::mem::take(&mut self.pending);
        self.decode(piece, self.next_line).map(|text| Some((self.next_line, text)))
    }

    /// The text of a piece; the file's byte-order mark, if any, is left out of its first piece
    /// (the only one that starts on line 1: every piece before the last ends at a line break).
    fn decode(&self, piece: Vec<u8>, first_line: usize) -> Result<String, UserFileError> {
        let mut text = String::from_utf8(piece).map_err(|_| self.refuse(Problem::NotText))?;
        if first_line == 1 && text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        Ok(text)
    }

    fn refuse(&self, problem: Problem) -> UserFileError {
        UserFileError { file: self.file.clone(), line: 0, problem }
    }
}

/// A reader's file read a slice of bytes at a time: each slice's complete rows are cut, decoded
/// and parsed as it arrives ([`PieceCutter`], [`UserFileReader`]). The browser reads a file this
/// way between pauses, and the tests and tools the same way at once ([`read_user_file`]).
pub struct SlicedFileReader {
    cutter: PieceCutter,
    reader: UserFileReader,
}

impl SlicedFileReader {
    /// A reader for a file of `size_bytes`; a file over [`MAX_FILE_BYTES`] is refused before
    /// any of it is read.
    pub fn new(file: &str, size_bytes: usize) -> Result<SlicedFileReader, UserFileError> {
        let cutter = PieceCutter::new(file);
        if size_bytes > MAX_FILE_BYTES {
            return Err(cutter.refuse(Problem::TooLarge { bytes: size_bytes }));
        }
        Ok(SlicedFileReader { cutter, reader: UserFileReader::new(file) })
    }

    /// Reads the next slice of the file.
    pub fn push(&mut self, bytes: &[u8]) -> Result<(), UserFileError> {
        match self.cutter.push(bytes)? {
            Some((first_line, piece)) => self.reader.feed(first_line, &piece),
            None => Ok(()),
        }
    }

    /// The file has ended: its countries, or why it is refused.
    pub fn finish(mut self) -> Result<Vec<UserCountryData>, UserFileError> {
        if let Some((first_line, piece)) = self.cutter.finish()? {
            self.reader.feed(first_line, &piece)?;
        }
        self.reader.finish()
    }
}

enum Format {
    Wits { years: Vec<Year>, reporter: Option<String> },
    Tidy { skipped_rows: usize },
}

/// Reads one file chunk by chunk.
pub struct UserFileReader {
    file: String,
    format: Option<Format>,
    field_count: usize,
    first_line_of: HashMap<RecordKey, usize>,
    records: Vec<TradeRecord>,
}

impl UserFileReader {
    pub fn new(file: &str) -> UserFileReader {
        UserFileReader {
            file: file.to_string(),
            format: None,
            field_count: 0,
            first_line_of: HashMap::new(),
            records: Vec::new(),
        }
    }

    fn error(&self, line: usize, problem: Problem) -> UserFileError {
        UserFileError { file: self.file.clone(), line, problem }
    }

    /// Reads the next piece of the file; `first_line` is the number of its first line.
    pub fn feed(&mut self, first_line: usize, piece: &str) -> Result<(), UserFileError> {
        let rows = parse_csv(piece).map_err(|e| self.error(first_line + e.line - 1, Problem::Syntax(e.reason)))?;
        for row in rows {
            let line = first_line + row.line - 1;
            if row.fields.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            if self.format.is_none() {
                self.read_header(line, &row.fields)?;
                continue;
            }
            if row.fields.len() != self.field_count {
                let problem = Problem::FieldCount { found: row.fields.len(), expected: self.field_count };
                return Err(self.error(line, problem));
            }
            match self.format {
                Some(Format::Wits { .. }) => self.read_wits_row(line, &row.fields)?,
                _ => self.read_tidy_row(line, &row.fields)?,
            }
        }
        Ok(())
    }

    fn read_header(&mut self, line: usize, fields: &[String]) -> Result<(), UserFileError> {
        let trimmed: Vec<&str> = fields.iter().map(|f| f.trim()).collect();
        if trimmed.first().is_some_and(|f| f.starts_with('#')) {
            return Err(self.error(line, Problem::ChartCsv));
        }
        if trimmed.len() > WITS_HEADER.len() && trimmed[..WITS_HEADER.len()] == WITS_HEADER {
            let mut years = Vec::new();
            for cell in &trimmed[WITS_HEADER.len()..] {
                let year = cell.parse().ok().filter(|y| super::schema::YEARS.contains(y));
                years.push(year.ok_or_else(|| self.error(line, Problem::NotAYear(cell.to_string())))?);
            }
            self.format = Some(Format::Wits { years, reporter: None });
        } else if trimmed == TIDY_HEADER {
            self.format = Some(Format::Tidy { skipped_rows: 0 });
        } else {
            return Err(self.error(line, Problem::WrongFormat));
        }
        self.field_count = fields.len();
        Ok(())
    }

    fn keep(&mut self, line: usize, record: TradeRecord) -> Result<(), UserFileError> {
        if let Some(first_line) = self.first_line_of.insert(record_key(&record), line) {
            return Err(self.error(line, Problem::DuplicateRow { first_line }));
        }
        self.records.push(record);
        Ok(())
    }

    fn read_wits_row(&mut self, line: usize, fields: &[String]) -> Result<(), UserFileError> {
        let Some(Format::Wits { years, reporter }) = &mut self.format else { return Ok(()) };
        let name = fields[0].trim();
        match reporter {
            None => *reporter = Some(name.to_string()),
            Some(first) if first != name => return Err(self.error(line, Problem::Reporter(name.to_string()))),
            Some(_) => {}
        }
        let (product, indicator) = (fields[2].trim(), fields[4].trim());
        if !WITS_INDICATORS.contains(&indicator) {
            return Err(self.error(line, Problem::UnknownIndicator(indicator.to_string())));
        }
        // Kept: exports and imports by the 16 groups, and total exports and imports, with the world.
        let kept = match indicator {
            "Export(US$ Mil)" | "Import(US$ Mil)" => WITS_GROUPS.iter().position(|g| g.name == product).map(|i| {
                (Classification::Wits16, i, if indicator.starts_with("Export") { Flow::Export } else { Flow::Import })
            }),
            "Exports (in US$ Mil)" if product == "All Products" => Some((Classification::Total, 0, Flow::Export)),
            "Imports (in US$ Mil)" if product == "All Products" => Some((Classification::Total, 0, Flow::Import)),
            _ => None,
        };
        let Some((classification, product, flow)) = kept else { return Ok(()) };
        if fields[1].trim() != "World" {
            return Ok(());
        }
        let years = years.clone();
        for (cell, year) in fields[WITS_HEADER.len()..].iter().zip(years) {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            let value = ExactDecimal::parse(cell)
                .ok()
                .filter(|v| !v.is_negative())
                .ok_or_else(|| self.error(line, Problem::BadNumber(cell.to_string())))?;
            let record = TradeRecord {
                source: Source::Wits,
                year,
                reporter: Iso3::WORLD,
                partner: Iso3::WORLD,
                classification,
                product,
                flow,
                value_usd: value.times_power_of_ten(6).to_plain_string(),
                precision: Precision::Usd10k,
            };
            self.keep(line, record)?;
        }
        Ok(())
    }

    fn read_tidy_row(&mut self, line: usize, fields: &[String]) -> Result<(), UserFileError> {
        let record = parse_row(fields).map_err(|e| match e.column {
            Some(VALUE_COLUMN) => {
                let value = TIDY_HEADER.iter().position(|c| *c == VALUE_COLUMN).and_then(|i| fields.get(i));
                self.error(line, Problem::BadNumber(value.map(|v| v.trim().to_string()).unwrap_or_default()))
            }
            _ => self.error(line, Problem::BadRow(e.reason)),
        })?;
        // The indices a reader's table can feed: WITS values with the world, of a country.
        let usable = record.source == Source::Wits
            && record.partner == Iso3::WORLD
            && record.reporter != Iso3::WORLD
            && matches!(record.classification, Classification::Wits16 | Classification::Total);
        if usable {
            self.keep(line, record)?;
        } else if let Some(Format::Tidy { skipped_rows }) = &mut self.format {
            *skipped_rows += 1;
        }
        Ok(())
    }

    /// The countries the file holds, once every piece has been read.
    pub fn finish(self) -> Result<Vec<UserCountryData>, UserFileError> {
        let no_values = |file: &str| UserFileError { file: file.to_string(), line: 0, problem: Problem::NoTradeValues };
        match self.format {
            None => Err(UserFileError { file: self.file, line: 0, problem: Problem::Empty }),
            Some(Format::Wits { reporter, .. }) => {
                let name = reporter.unwrap_or_default();
                if self.records.is_empty() {
                    return Err(no_values(&self.file));
                }
                let known_code = super::countries::iso3_of_wits_name(&name).filter(|c| *c != Iso3::WORLD);
                if name == "World" || name.is_empty() {
                    return Err(UserFileError { file: self.file, line: 2, problem: Problem::Reporter(name) });
                }
                Ok(vec![UserCountryData { name, known_code, file: self.file, records: self.records }])
            }
            Some(Format::Tidy { .. }) => {
                let mut by_reporter: Vec<UserCountryData> = Vec::new();
                for record in self.records {
                    match by_reporter.iter_mut().find(|c| c.known_code == Some(record.reporter)) {
                        Some(country) => country.records.push(record),
                        None => by_reporter.push(UserCountryData {
                            name: record.reporter.as_str().to_string(),
                            known_code: Some(record.reporter),
                            file: self.file.clone(),
                            records: vec![record],
                        }),
                    }
                }
                if by_reporter.is_empty() {
                    return Err(no_values(&self.file));
                }
                Ok(by_reporter)
            }
        }
    }
}

/// Reads a whole file at once, in the slices the browser reads it in (tests and tools).
pub fn read_user_file(file: &str, bytes: &[u8]) -> Result<Vec<UserCountryData>, UserFileError> {
    let mut reader = SlicedFileReader::new(file, bytes.len())?;
    for slice in bytes.chunks(CHUNK_BYTES) {
        reader.push(slice)?;
    }
    reader.finish()
}
