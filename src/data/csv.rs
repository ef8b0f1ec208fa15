//! A small RFC 4180 CSV reader and writer that remembers line numbers.
//!
//! Quoted fields may hold commas, doubled quotes and line breaks. Each record carries the line
//! on which it starts, so a validation error can name it.

use std::fmt;

/// One parsed record and the 1-based line where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRecord {
    pub line: usize,
    pub fields: Vec<String>,
}

/// A syntax error: an opening quote that is never closed, or text after a closing quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvSyntaxError {
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for CsvSyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// Splits `text` into records. Blank lines are kept as records with one empty field so that
/// callers can decide what a blank line means; a trailing line break adds no record.
pub fn parse_csv(text: &str) -> Result<Vec<CsvRecord>, CsvSyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut in_quotes = false;
    let mut after_closing_quote = false;
    let mut chars = text.chars().peekable();
    let mut at_record_start = true;

    while let Some(c) = chars.next() {
        at_record_start = false;
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    in_quotes = false;
                    after_closing_quote = true;
                }
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            ',' => {
                fields.push(std::mem::take(&mut field));
                after_closing_quote = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                records.push(CsvRecord { line: record_line, fields: std::mem::take(&mut fields) });
                line += 1;
                record_line = line;
                after_closing_quote = false;
                at_record_start = true;
            }
            '"' if field.is_empty() && !after_closing_quote => in_quotes = true,
            _ if after_closing_quote => {
                return Err(CsvSyntaxError { line, reason: format!("unexpected {c:?} after a closing quote") });
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(CsvSyntaxError { line: record_line, reason: "a quoted field is never closed".to_string() });
    }
    if !at_record_start {
        fields.push(field);
        records.push(CsvRecord { line: record_line, fields });
    }
    Ok(records)
}

/// Quotes a field when it holds a comma, a quote or a line break.
pub fn quote_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// Writes one record followed by `\n`.
pub fn write_record(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote_field(field));
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_with_commas_quotes_and_newlines() {
        let text = "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\n";
        let records = parse_csv(text).unwrap();
        assert_eq!(records.len(), 3);
        assert_eq!(records[1].fields, vec!["x, y", "say \"hi\""]);
        assert_eq!(records[2].fields, vec!["multi\nline", "z"]);
        assert_eq!(records[2].line, 3);
    }

    #[test]
    fn oec_triple_quotes_keep_literal_quotes() {
        let records = parse_csv("\"\"\"Machines\"\"\",16,8.49E+11,2010,\n").unwrap();
        assert_eq!(records[0].fields, vec!["\"Machines\"", "16", "8.49E+11", "2010", ""]);
    }

    #[test]
    fn crlf_and_missing_final_newline() {
        let records = parse_csv("a,b\r\nc,d").unwrap();
        assert_eq!(records[1].fields, vec!["c", "d"]);
        assert_eq!(records[1].line, 2);
    }

    #[test]
    fn unclosed_quote_names_its_line() {
        let error = parse_csv("a\n\"open,b\nc\n").unwrap_err();
        assert_eq!(error.line, 2);
        assert!(parse_csv("\"a\"b,c\n").is_err());
    }

    #[test]
    fn writer_round_trips() {
        let mut out = String::new();
        write_record(&mut out, &["plain", "with, comma", "with \"quote\"", "two\nlines"]);
        let back = parse_csv(&out).unwrap();
        assert_eq!(back[0].fields, vec!["plain", "with, comma", "with \"quote\"", "two\nlines"]);
    }
}
