//! A reader's own files: the WITS Trade Summary of any country and the widget's trade table,
//! read whole or broken, and joined to the dataset without touching the article's data.

use crate::support;

use cjk_trade_widget::data::user_file::{read_user_file, PieceCutter, Problem, UserFileError, MAX_FILE_BYTES};
use cjk_trade_widget::data::{embedded, Classification, Flow, Iso3, Source};
use cjk_trade_widget::indices::rca::rca;

const VIETNAM: &[u8] = include_bytes!("../fixtures/wits/en_VNM_AllYears_WITS_Trade_Summary.CSV");
fn vnm() -> Iso3 {
    Iso3::parse("VNM").unwrap()
}

fn problem(result: Result<impl std::fmt::Debug, UserFileError>) -> (usize, Problem) {
    let error = result.expect_err("the file is refused");
    (error.line, error.problem)
}

fn vietnam_text() -> String {
    String::from_utf8(VIETNAM.to_vec()).unwrap()
}

#[test]
fn a_wits_file_under_any_name_gives_the_same_rca_as_the_bundled_data() {
    let countries = read_user_file("my-download.csv", VIETNAM).unwrap();
    assert_eq!(countries.len(), 1);
    assert_eq!((countries[0].name.as_str(), countries[0].known_code), ("Vietnam", Some(vnm())));
    // WITS gives imports by processing stage only, not by the 16 groups: TCI, TSC and
    // Grubel–Lloyd cannot be computed from this file, and the views say so.
    assert!(!countries[0].has_imports_by_product());
    let mut ds = embedded().unwrap().clone();
    let records_before = ds.record_count();
    let codes = ds.add_user_countries(countries).unwrap();
    assert_eq!(codes, [Iso3::parse("XAA").unwrap()]);
    for year in [2000, 2010, 2019] {
        let mine = rca(&ds, Classification::Wits16, codes[0], year).unwrap();
        let bundled = rca(&ds, Classification::Wits16, vnm(), year).unwrap();
        assert_eq!(mine, bundled, "{year}");
    }
    assert!(ds.user_country_has_group_exports(codes[0]));
    assert_eq!(ds.user_country(codes[0]).unwrap().years, (2000, 2019));
    // Removing it leaves the article's data exactly as they were.
    ds.remove_user_country(codes[0]);
    assert_eq!(ds.record_count(), records_before);
    assert!(ds.user_countries().is_empty());
    assert_eq!(ds.world_values_usd(Source::Wits, Classification::Wits16, Flow::Export, codes[0], 2019), None);
}

#[test]
#[ignore = "needs ../shared/data: `make test` runs it with --ignored (and CI fails without it)"]
fn every_wits_file_of_the_shared_data_reads() {
    let Some(shared) = support::require("../shared/data", support::shared_data_dir()) else { return };
    let mut read = 0;
    for entry in std::fs::read_dir(shared.join("raw/wits-trade-summary")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "CSV") && !path.to_string_lossy().contains("_Wld_") {
            let countries = read_user_file("file.csv", &std::fs::read(&path).unwrap()).unwrap();
            assert!(countries[0].records.len() > 100, "{}", path.display());
            read += 1;
        }
    }
    assert!(read >= 14, "{read} files");
}

#[test]
fn the_widgets_own_trade_table_loads_every_country_it_holds() {
    let table = include_bytes!("../../www/data/trade.csv");
    let countries = read_user_file("trade.csv", table).unwrap();
    assert!(countries.len() >= 14, "{} countries", countries.len());
    assert!(countries.iter().all(|c| c.known_code != Some(Iso3::WORLD)));
    let mut ds = embedded().unwrap().clone();
    let codes = ds.add_user_countries(countries).unwrap();
    let japan = ds.user_countries().iter().find(|c| c.known_code == Some(Iso3::JPN)).unwrap().code;
    assert!(codes.contains(&japan));
    assert_eq!(rca(&ds, Classification::Wits16, japan, 2019), rca(&ds, Classification::Wits16, Iso3::JPN, 2019));
}

#[test]
fn broken_files_are_refused_with_the_line_and_the_reason() {
    let text = vietnam_text();
    let lines: Vec<&str> = text.lines().collect();
    // Truncated in the middle of a row.
    let cut = &text[..text.len() / 2];
    let (line, reason) = problem(read_user_file("cut.csv", cut.as_bytes()));
    assert_eq!(line, cut.lines().count());
    assert!(matches!(reason, Problem::FieldCount { .. } | Problem::Syntax(_)), "{reason:?}");
    // A renamed column.
    let renamed = text.replacen("Product categories", "Products", 1);
    assert_eq!(problem(read_user_file("renamed.csv", renamed.as_bytes())), (1, Problem::WrongFormat));
    // Text in a number cell, on the first export row by group.
    let export_line = lines.iter().position(|l| l.contains("Export(US$ Mil)")).unwrap();
    let mut broken: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let cells: Vec<&str> = broken[export_line].rsplitn(2, ',').collect();
    broken[export_line] = format!("{},twelve", cells[1]);
    let (line, reason) = problem(read_user_file("text.csv", broken.join("\n").as_bytes()));
    assert_eq!((line, reason), (export_line + 1, Problem::BadNumber("twelve".into())));
    // A year twice in the header, and a row twice.
    let twice = text.replacen(",2018,", ",2019,", 1);
    assert!(matches!(problem(read_user_file("years.csv", twice.as_bytes())).1, Problem::DuplicateRow { .. }));
    let mut doubled: Vec<&str> = lines.clone();
    doubled.push(lines[export_line]);
    let (line, reason) = problem(read_user_file("rows.csv", doubled.join("\n").as_bytes()));
    assert_eq!((line, reason), (lines.len() + 1, Problem::DuplicateRow { first_line: export_line + 1 }));
    // An indicator WITS does not write.
    let unknown = text.replacen("Export(US$ Mil)", "Exports (bananas)", 1);
    assert_eq!(
        problem(read_user_file("unknown.csv", unknown.as_bytes())),
        (export_line + 1, Problem::UnknownIndicator("Exports (bananas)".into()))
    );
}

#[test]
fn odd_files_get_a_clear_answer() {
    let text = vietnam_text();
    assert_eq!(problem(read_user_file("empty.csv", b"")).1, Problem::Empty);
    assert_eq!(problem(read_user_file("blank.csv", b"\n\n  \n")).1, Problem::Empty);
    assert_eq!(problem(read_user_file("binary.csv", &[0xff, 0xfe, 0x00, 0x41])).1, Problem::NotText);
    let chart = "# Sources: WITS\nYear,China,Japan\n2019,1.2,0.8\n";
    assert_eq!(problem(read_user_file("chart.csv", chart.as_bytes())).1, Problem::ChartCsv);
    let huge = vec![b' '; MAX_FILE_BYTES + 1];
    assert!(matches!(problem(read_user_file("huge.csv", &huge)).1, Problem::TooLarge { .. }));
    // A BOM and Windows line ends read as the plain file does.
    let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let plain = read_user_file("a.csv", text.as_bytes()).unwrap();
    assert_eq!(read_user_file("b.csv", windows.as_bytes()).unwrap()[0].records, plain[0].records);
    // Two reporters in one WITS file.
    let lines: Vec<&str> = text.lines().collect();
    let other = lines[5].replacen("Vietnam", "Thailand", 1);
    let mixed = [&lines[..6], &[other.as_str()]].concat().join("\n");
    assert_eq!(problem(read_user_file("mixed.csv", mixed.as_bytes())), (7, Problem::Reporter("Thailand".into())));
    // A tidy row with a negative value or a missing column.
    let header = "source,year,reporter,partner,classification,product,flow,value_usd,precision\n";
    let negative = format!("{header}wits,2019,VNM,WLD,wits16,Animal,export,-5,usd_10k\n");
    assert_eq!(problem(read_user_file("negative.csv", negative.as_bytes())), (2, Problem::BadNumber("-5".into())));
    let short = format!("{header}wits,2019,VNM,WLD,wits16,Animal,export\n");
    assert!(matches!(problem(read_user_file("short.csv", short.as_bytes())), (2, Problem::FieldCount { .. })));
}

/// The pieces a file gives when it arrives in slices of `slice_bytes`.
fn pieces_of(bytes: &[u8], slice_bytes: usize) -> Result<Vec<(usize, String)>, UserFileError> {
    let mut cutter = PieceCutter::new("file.csv");
    let mut pieces = Vec::new();
    for slice in bytes.chunks(slice_bytes) {
        pieces.extend(cutter.push(slice)?);
    }
    pieces.extend(cutter.finish()?);
    Ok(pieces)
}

#[test]
fn pieces_end_at_line_breaks_outside_quotes_and_keep_every_character() {
    // A quoted line break, characters of two and three bytes that a slice may cut, and a last
    // row without a line break.
    let text = "a,b\n\"x\ny\",1\nÉlan,3\n日本,5";
    for slice_bytes in 1..text.len() + 2 {
        let pieces = pieces_of(text.as_bytes(), slice_bytes).unwrap();
        assert_eq!(pieces.iter().map(|(_, p)| p.as_str()).collect::<String>(), text, "slices of {slice_bytes}");
        for (line, piece) in &pieces {
            assert_eq!(*line, text[..text.find(piece.as_str()).unwrap()].matches('\n').count() + 1);
            assert!(!piece.starts_with("y\""), "a quoted line break is not a row's end");
        }
    }
    let vietnam = vietnam_text();
    let pieces = pieces_of(vietnam.as_bytes(), 4096).unwrap();
    assert!(pieces.len() > 5);
    assert_eq!(pieces.iter().map(|(_, p)| p.as_str()).collect::<String>(), vietnam);
}

#[test]
fn a_byte_order_mark_is_left_out_and_bytes_that_are_not_utf8_refuse_the_file() {
    let marked = [b"\xEF\xBB\xBF".as_slice(), b"a,b\n1,2\n"].concat();
    for slice_bytes in 1..marked.len() + 1 {
        let pieces = pieces_of(&marked, slice_bytes).unwrap();
        assert_eq!(pieces.iter().map(|(_, p)| p.as_str()).collect::<String>(), "a,b\n1,2\n");
    }
    let latin1 = b"a,b\nSa\xE3o Tom\xE9,2\n";
    let error = pieces_of(latin1, 5).expect_err("Latin-1 is refused");
    assert_eq!(error.problem, Problem::NotText);
    assert_eq!(problem(read_user_file("latin1.csv", latin1)).1, Problem::NotText);
}
