//! Bulk CSV: the documented template round-trips, each row's totals equal the single-request
//! answer, bad rows are flagged with their line and field without stopping the rest.

mod common;
use common::*;
use serde_json::{json, Map, Value};

const TEMPLATE: &str = include_str!("../docs/bulk-template.csv");

/// The output records after the header (a quoted cell may span lines).
fn rows(out: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut pending = String::new();
    for line in out.lines().skip(1) {
        pending.push_str(line);
        match bpjstk_calc::bulk::split_record(&pending) {
            Some(cells) => {
                records.push(cells);
                pending.clear();
            }
            None => pending.push('\n'),
        }
    }
    assert!(pending.is_empty(), "unterminated output record");
    records
}

#[test]
fn the_template_computes_every_row_like_a_single_request() {
    let out = bpjstk_calc::bulk::run(TEMPLATE);
    assert_eq!(out.lines().next(), Some(bpjstk_calc::bulk::OUTPUT_HEADER));
    let header: Vec<String> = bpjstk_calc::bulk::split_record(TEMPLATE.lines().next().unwrap()).unwrap();
    let inputs: Vec<&str> = TEMPLATE.lines().skip(1).collect();
    let outputs = rows(&out);
    assert_eq!(outputs.len(), inputs.len());
    for (input, output) in inputs.iter().zip(&outputs) {
        assert_eq!(output[1], "ok", "{input}: {output:?}");
        // The same row as a JSON request.
        let mut req = Map::new();
        for (k, v) in header.iter().zip(bpjstk_calc::bulk::split_record(input).unwrap()) {
            if v.is_empty() {
                continue;
            }
            let value = match k.as_str() {
                "riskGroup" | "contractMonths" | "extensionMonths" => json!(v.parse::<i64>().unwrap()),
                "includeJht" | "laborIntensive" | "publicBudget" => json!(v == "true"),
                _ => json!(v),
            };
            req.insert(k.clone(), value);
        }
        let r = ok(Value::Object(req));
        let t = total(&r);
        assert_eq!(output[5..9], [t["employer"].as_str().unwrap(), t["worker"].as_str().unwrap(), t["government"].as_str().unwrap(), t["total"].as_str().unwrap()], "{input}");
    }
}

#[test]
fn bad_rows_are_flagged_with_their_line_and_field_and_the_rest_goes_on() {
    let text = "asOf,segment,monthlyWage,riskGroup,enterpriseSize\r\n\
                2026-06-01,wageEarner,5000000,1,large\r\n\
                2026-06-01,wageEarner,-1,1,large\r\n\
                \r\n\
                2026-06-01,wageEarner,5000000,x,large\r\n\
                2014-06-01,wageEarner,5000000,1,large\r\n\
                2026-06-01,wageEarner,5000000,1,large,extra\r\n\
                \"2026-06-01\",\"wageEarner\",\"5000000\",\"1\",\"large\"\r\n";
    let out = rows(&bpjstk_calc::bulk::run(text));
    let summary: Vec<(&str, &str, &str, &str)> = out.iter().map(|r| (r[0].as_str(), r[1].as_str(), r[2].as_str(), r[3].as_str())).collect();
    assert_eq!(
        summary,
        [
            ("2", "ok", "", ""),
            ("3", "error", "invalidInput", "monthlyWage"),
            ("5", "error", "invalidInput", "riskGroup"),
            ("6", "error", "outOfCoverage", "asOf"),
            ("7", "error", "invalidInput", ""),
            ("8", "ok", "", ""),
        ]
    );
    assert_eq!(out[0][8], "473000");
    assert_eq!(out[5][8], "473000");
}

#[test]
fn a_quoted_cell_may_hold_a_comma_or_a_line_break() {
    let text = "segment,asOf,monthlyIncome,occupation\nselfEmployed,2026-06-01,\"1000000\",\"dri\nver\"\nselfEmployed,2026-06-01,1000000,driver\n";
    let out = rows(&bpjstk_calc::bulk::run(text));
    assert_eq!(out[0][0], "2");
    assert_eq!(out[0][3], "occupation");
    assert_eq!(out[1][0], "4");
    assert_eq!(out[1][8], "8400");
    let open = rows(&bpjstk_calc::bulk::run("asOf,segment\n\"2026-06-01,selfEmployed\n"));
    assert_eq!(open[0][1], "error");
}

#[test]
fn an_unknown_or_repeated_column_stops_at_the_header() {
    let out = rows(&bpjstk_calc::bulk::run("asOf,segmen\n2026-06-01,wageEarner\n"));
    assert_eq!(out.len(), 1);
    assert_eq!((out[0][0].as_str(), out[0][2].as_str(), out[0][3].as_str()), ("1", "unknownField", "segmen"));
    let out = rows(&bpjstk_calc::bulk::run("asOf,asOf\n2026-06-01,2026-06-01\n"));
    assert_eq!(out[0][2], "invalidInput");
    // A byte-order mark from a spreadsheet is not part of the first column's name.
    let out = rows(&bpjstk_calc::bulk::run("\u{feff}asOf,segment,monthlyIncome\n2026-06-01,selfEmployed,1000000\n"));
    assert_eq!(out[0][1], "ok");
}

#[test]
fn the_command_line_streams_a_large_generated_file() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let n = 50_000;
    let mut text = String::from("asOf,segment,monthlyWage,riskGroup,enterpriseSize\n");
    for i in 0..n {
        text.push_str(&format!("2026-0{}-01,wageEarner,{},{},large\n", 1 + i % 9, 2_000_000 + i * 317, 1 + i % 5));
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_bpjstk-calc"))
        .arg("--csv")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(out.status.success());
    let out = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.lines().count(), n + 1);
    assert!(out.lines().skip(1).all(|l| l.split(',').nth(1) == Some("ok")));
}

/// Issue 17: every CSV the command line writes neutralises cells a spreadsheet would run as
/// formulas. A column named like a formula is echoed in the error row's field cell: it comes
/// out as text, behind an apostrophe.
#[test]
fn a_column_named_like_a_formula_comes_back_as_text() {
    let out = bpjstk_calc::bulk::run("asOf,segment,=HYPERLINK(\"http://x\";\"y\")\n2026-06-01,wageEarner,1\n");
    let rows = rows(&out);
    assert!(!rows.is_empty());
    for r in &rows {
        for cell in r {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?} in {out}");
        }
    }
    assert!(rows.iter().flatten().any(|c| c.starts_with("'=HYPERLINK")), "{out}");
}

/// The quotes and line ends a hand-edited or exported file brings, read as RFC 4180 reads them
/// (and as the bulk page cuts a file into chunks, tests/e2e/bulk.test.mjs): a quote inside an
/// unquoted cell is a plain character, characters after a closing quote join the cell, a quoted
/// cell may hold a comma, a doubled quote or a line break, CRLF line ends read as LF ones (also
/// inside a quoted cell), and a quote never closed is one error at the line where its record
/// began, the rest of the file being inside it.
#[test]
fn stray_quotes_line_ends_and_line_breaks_inside_cells() {
    use bpjstk_calc::bulk::split_record;
    let cells = |s: &str| split_record(s).unwrap_or_else(|| panic!("{s:?} left a quote open"));
    assert_eq!(cells("a,Toko \"Maju\" Jaya,b"), ["a", "Toko \"Maju\" Jaya", "b"]);
    assert_eq!(cells("\"Toko\" Maju,b"), ["Toko Maju", "b"]);
    assert_eq!(cells("\"Toko\"\"s\"\" Maju\",\"b,c\""), ["Toko\"s\" Maju", "b,c"]);
    assert_eq!(cells(" \"a,b\""), [" \"a", "b\""]);
    assert_eq!(cells("\"a\r\nb\",c"), ["a\r\nb", "c"]);
    assert_eq!(split_record("a,\"b\r"), None);
    assert_eq!(split_record("a,\"b\"\""), None);

    let lf = [
        "segment,asOf,monthlyIncome,occupation",
        "selfEmployed,2026-06-01,1000000,Toko \"Maju\" Jaya",
        "selfEmployed,2026-06-01,\"1000000\"x,driver",
        "selfEmployed,2026-06-01,\"1000000\",\"dri\nver\"",
        "selfEmployed,2026-06-01,\"1000000\",\"\ndriver\n\"",
        "selfEmployed,2026-06-01,1000000,driver",
        "selfEmployed,2026-06-01,\"1000000,driver",
        "selfEmployed,2026-06-01,1000000,driver",
    ]
    .join("\n")
        + "\n";
    let out = bpjstk_calc::bulk::run(&lf);
    assert_eq!(bpjstk_calc::bulk::run(&lf.replace('\n', "\r\n")), out);
    let rows = rows(&out);
    let summary: Vec<(&str, &str, &str)> = rows.iter().map(|r| (r[0].as_str(), r[1].as_str(), r[3].as_str())).collect();
    assert_eq!(
        summary,
        [
            ("2", "error", "occupation"),
            ("3", "error", "monthlyIncome"),
            ("4", "error", "occupation"),
            // Line breaks around a cell are taken off as spaces are.
            ("6", "ok", ""),
            ("9", "ok", ""),
            ("10", "error", ""),
        ],
        "{out}"
    );
    // Each odd cell is read whole, as its error shows it.
    assert!(rows[0][4].contains("\"Toko \"Maju\" Jaya\""), "{:?}", rows[0][4]);
    assert!(rows[1][4].contains("\"1000000x\""), "{:?}", rows[1][4]);
    assert!(rows[2][4].contains("\"dri\nver\""), "{:?}", rows[2][4]);
    assert_eq!(rows[3][5..], rows[4][5..]);
    assert!(rows[5][4].contains("not closed"), "{:?}", rows[5][4]);
}

/// A quote left open in a cell swallows the lines after it into one record: after
/// `bulk::MAX_RECORD` bytes that record is an error of the line it began on, and the lines after
/// the cut are read again as rows. Without the cap (and while a line without a quote cannot close
/// the field), each following line re-read the whole record: a large file never finished.
#[test]
fn a_quote_left_open_is_cut_after_the_record_limit_and_the_rest_is_read() {
    let row = "2026-06-01,selfEmployed,1500000\n";
    let lines = bpjstk_calc::bulk::MAX_RECORD / row.len() + 2_000;
    let mut text = String::from("asOf,segment,monthlyIncome\n2026-06-01,selfEmployed,\"1500000\n");
    for _ in 0..lines {
        text.push_str(row);
    }
    let out = rows(&bpjstk_calc::bulk::run(&text));
    // The record that began on line 2 is refused as one, naming its line.
    assert_eq!(out[0][0], "2", "{:?}", out[0]);
    assert_eq!(out[0][1], "error");
    assert!(out[0][4].contains("1 MiB"), "{:?}", out[0]);
    // It took in the lines until it passed the limit; every line after the cut is a row again,
    // answered with its own line number.
    let swallowed = bpjstk_calc::bulk::MAX_RECORD / row.len();
    assert!(out.len() > 1_000 && out.len() < 2_100, "{} rows", out.len());
    assert!(out[1..].iter().all(|r| r[1] == "ok"), "{:?}", out.iter().find(|r| r[1] != "ok"));
    let first: usize = out[1][0].parse().unwrap();
    assert!(first > swallowed && first < swallowed + 10, "first row after the cut on line {first}");
    assert_eq!(out.last().unwrap()[0], (2 + lines).to_string());
}
