//! Bad input never panics. Every reader of outside input (the link, the data parts, the basemap,
//! and the files a reader loads) gets 100,000 generated and mutated
//! inputs with a fixed seed (so a failure repeats), built from the real files: windows of them,
//! with bytes flipped, inserted, deleted and repeated, and with the troublemakers of text files
//! (quotes, commas, BOMs, CRLF, NaN, huge and negative numbers, non-UTF-8 bytes) spliced in.
//! Each test prints how many inputs it tried and how many parsed, for the closing note.
//! Named regression cases follow at the end.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::panic::{catch_unwind, AssertUnwindSafe};

use cjk_trade_widget::data::article::parse_article_figures;
use cjk_trade_widget::data::dots::parse_monthly_totals;
use cjk_trade_widget::data::parks::parse_parks;
use cjk_trade_widget::data::parts::Manifest;
use cjk_trade_widget::data::slice::decode_slice;
use cjk_trade_widget::data::user_file::read_user_file;
use cjk_trade_widget::data::wiod::parse_value_chains;
use cjk_trade_widget::data::Dataset;
use cjk_trade_widget::map::basemap::Basemap;
use cjk_trade_widget::map::projection::Lambert;
use cjk_trade_widget::state::url;
use support::Rng;

/// Inputs per reader.
const INPUTS: usize = 100_000;
/// The largest window of a real file an input starts from, in bytes.
const WINDOW_BYTES: usize = 1_500;
/// The share of inputs that start from the whole file instead of a window, for the compact
/// binary parts (a window of one is refused at once; the text files' windows are whole rows).
const WHOLE_PART_SHARE: f64 = 0.05;

const TOKENS: [&[u8]; 16] = [
    b",",
    b"\"",
    b"\"\"",
    b"\r\n",
    b"\n",
    "\u{feff}".as_bytes(),
    b"NaN",
    b"-1e309",
    b"1e309",
    b"-0",
    b"99999999999999999999999",
    b"\xff\xfe",
    b"%",
    b"=",
    b"&",
    b"\t",
];

fn file(relative: &str) -> Vec<u8> {
    std::fs::read(format!("{}/www/data/{relative}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn part(prefix: &str) -> Vec<u8> {
    let dir = format!("{}/www/data/parts", env!("CARGO_MANIFEST_DIR"));
    let name = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .find(|n| n.starts_with(prefix))
        .unwrap();
    std::fs::read(format!("{dir}/{name}")).unwrap()
}

/// One input: the file's first line (its header) kept when `keep_header`, then a window of the
/// rest, then one to four mutations.
fn mutate(rng: &mut Rng, base: &[u8], keep_header: bool, whole_share: f64) -> Vec<u8> {
    let header_end = if keep_header { base.iter().position(|b| *b == b'\n').map_or(0, |i| i + 1) } else { 0 };
    let body = &base[header_end..];
    let start = if body.is_empty() { 0 } else { (rng.next_u64() as usize) % body.len() };
    let start = if rng.unit() < 0.3 { 0 } else { start };
    // Now and then the whole file, so that mutations also land deep inside a valid one.
    let whole = rng.unit() < whole_share;
    let start = if whole { 0 } else { start };
    let length = if whole { body.len() } else { (rng.next_u64() as usize) % WINDOW_BYTES.min(body.len() - start + 1) };
    let mut input: Vec<u8> = base[..header_end].iter().chain(&body[start..start + length]).copied().collect();
    for _ in 0..1 + rng.next_u64() % 4 {
        let at = if input.is_empty() { 0 } else { (rng.next_u64() as usize) % (input.len() + 1) };
        match rng.next_u64() % 6 {
            0 if at < input.len() => input[at] ^= 1 << (rng.next_u64() % 8),
            1 => input.insert(at, rng.next_u64() as u8),
            2 if at < input.len() => {
                let end = (at + 1 + (rng.next_u64() as usize) % 40).min(input.len());
                input.drain(at..end);
            }
            3 if at < input.len() => {
                let end = (at + 1 + (rng.next_u64() as usize) % 80).min(input.len());
                let copy = input[at..end].to_vec();
                input.splice(at..at, copy);
            }
            4 => {
                let token = TOKENS[(rng.next_u64() as usize) % TOKENS.len()];
                input.splice(at..at, token.iter().copied());
            }
            _ => input.truncate(at),
        }
    }
    input
}

/// Runs `read` on `INPUTS` inputs made from `base`; a panic fails with the input that caused it.
/// Returns how many inputs the reader accepted.
fn never_panics(name: &str, seed: u64, base: &[u8], keep_header: bool, read: impl Fn(&[u8]) -> bool) -> usize {
    never_panics_with(name, seed, base, (keep_header, 0.0), read)
}

/// `never_panics` with a share of inputs made from the whole file.
fn never_panics_with(
    name: &str,
    seed: u64,
    base: &[u8],
    (keep_header, whole_share): (bool, f64),
    read: impl Fn(&[u8]) -> bool,
) -> usize {
    let mut rng = Rng::new(seed);
    let mut accepted = 0;
    for _ in 0..INPUTS {
        let input = mutate(&mut rng, base, keep_header, whole_share);
        match catch_unwind(AssertUnwindSafe(|| read(&input))) {
            Ok(true) => accepted += 1,
            Ok(false) => {}
            Err(_) => panic!("{name} panicked on {:?}", String::from_utf8_lossy(&input)),
        }
    }
    eprintln!("{name}: {INPUTS} inputs, 0 panics ({accepted} accepted)");
    accepted
}

/// Bytes as the widget reads a text file: invalid UTF-8 is refused before any parser runs, so
/// the parsers see the lossy decoding here to meet the odd characters anyway.
fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_link_decoder_never_panics_and_reencodes_what_it_reads() {
    let base = b"view=between&lang=ko&year=2015&pair=VNM-CHN&add=THA,AUS&product=Mach%20and%20Elec&esi=hs_section\
&flow=KOR-JPN&hide=tci:CHN%3EJPN,between-gap:JPN%3EKOR&embed=1&panel=between-gl&partner=korea&from=2015&to=2020\
&q=robots%20%26%20AI&park=cn-jp-suzhou&map=2.5,120.5,31.3&theme=dark&debug=x";
    never_panics("URL decoder", 1, base, false, |input| {
        let (state, problems) = url::decode(&text(input));
        // What it read, written again, reads back the same.
        assert_eq!(url::decode(&url::encode(&state)).0, state);
        problems.is_empty()
    });
}

#[test]
fn the_compact_trade_parts_never_panic() {
    for (i, prefix) in ["oec-sections", "wits-groups", "wits-totals", "atlas-chapters"].into_iter().enumerate() {
        let base = part(prefix);
        let name = format!("trade part {prefix}");
        never_panics_with(&name, 10 + i as u64, &base, (false, WHOLE_PART_SHARE), |input| decode_slice(input).is_ok());
    }
}

#[test]
fn the_text_files_a_view_loads_never_panic() {
    let manifest = file("parts/manifest.txt");
    never_panics("parts manifest", 20, &manifest, false, |input| Manifest::parse(&text(input)).is_ok());
    let figures = file("article_figures.csv");
    never_panics("article figures", 21, &figures, true, |input| parse_article_figures(&text(input)).is_ok());
    let parks = file("parks.csv");
    never_panics("parks", 22, &parks, true, |input| parse_parks(&text(input)).is_ok());
    let chains = file("value_chains.csv");
    never_panics("value chains", 23, &chains, true, |input| parse_value_chains(&text(input)).is_ok());
    let months = file("monthly_totals.csv");
    never_panics("monthly totals", 24, &months, true, |input| parse_monthly_totals(&text(input)).is_ok());
}

#[test]
fn the_full_dataset_reader_never_panics() {
    let trade = file("trade.csv");
    never_panics("trade.csv", 30, &trade[..200_000], true, |input| Dataset::from_canonical_csv(&text(input)).is_ok());
}

#[test]
fn the_basemap_reader_never_panics() {
    let basemap = file("basemap.txt");
    let projection = Lambert::default();
    never_panics("basemap", 40, &basemap, true, |input| Basemap::parse(&text(input), &projection).is_ok());
}

#[test]
fn a_readers_own_files_never_panic() {
    // The bytes go in as the browser hands them over: not decoded first, for the reader checks
    // the encoding itself.
    let wits = std::fs::read(format!(
        "{}/tests/fixtures/wits/en_VNM_AllYears_WITS_Trade_Summary.CSV",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    never_panics("own WITS file", 50, &wits, true, |input| read_user_file("own.csv", input).is_ok());
    let trade = file("trade.csv");
    never_panics("own trade table", 51, &trade[..200_000], true, |input| read_user_file("own.csv", input).is_ok());
}

/// The named cases: each reader refuses them with an error or reads them correctly.
#[test]
fn named_bad_files_are_refused_with_a_reason() {
    let header = "year,month,reporter,partner,flow,value_usd";
    let row = "2018,1,CHN,JPN,export,12345";
    let cases: [(&str, String); 10] = [
        ("empty file", String::new()),
        ("header only", format!("{header}\n")),
        ("missing column", format!("{header}\n2018,1,CHN,JPN,export\n")),
        ("NaN text", format!("{header}\n2018,1,CHN,JPN,export,NaN\n")),
        ("negative number", format!("{header}\n2018,1,CHN,JPN,export,-5\n")),
        ("huge number", format!("{header}\n2018,1,CHN,JPN,export,99999999999999999999999999\n")),
        ("duplicate rows", format!("{header}\n{row}\n{row}\n")),
        ("truncated row", format!("{header}\n2018,1,CH")),
        ("quoted comma in a number", format!("{header}\n2018,1,CHN,JPN,export,\"12,345\"\n")),
        ("wrong header", format!("{}\n{row}\n", header.replace("value_usd", "value"))),
    ];
    for (name, input) in &cases {
        let result = parse_monthly_totals(input);
        if *name == "empty file" || *name == "header only" {
            assert!(result.as_ref().map_or(true, |rows| rows.is_empty()), "{name}: {result:?}");
        } else {
            assert!(result.is_err(), "{name} was accepted: {result:?}");
        }
    }
    // A BOM and CRLF line ends are read like plain text.
    let with_bom_crlf = format!("\u{feff}{header}\r\n{row}\r\n");
    assert_eq!(parse_monthly_totals(&with_bom_crlf).map(|rows| rows.len()), Ok(1));
    // Non-UTF-8 bytes never reach a parser: the widget refuses them first.
    let non_utf8: Vec<u8> = [b"year,".as_slice(), &[0xff, 0xfe]].concat();
    assert!(std::str::from_utf8(&non_utf8).is_err());
    // Truncated binary parts and manifests are errors, not panics.
    let oec = part("oec-sections");
    for cut in [0, 1, 7, oec.len() / 2, oec.len() - 1] {
        assert!(decode_slice(&oec[..cut]).is_err(), "a part cut at {cut} bytes");
    }
    assert!(Manifest::parse("file oec-sections\n").is_err());
    assert!(Basemap::parse("", &Lambert::default()).is_err());
    assert!(Basemap::parse("cjk-basemap 1 NaN\n", &Lambert::default()).is_err());
}
