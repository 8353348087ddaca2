//! The command line as a user runs it: stdin to stdout, exit status 2 on an error, and the
//! streaming JSON Lines mode with errors in place of the lines they concern.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], input: &[u8]) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bpjstk-calc"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().expect("binary ends");
    writer.join().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8 output"),
    )
}

const GOOD: &str = r#"{"asOf":"2024-06-01","segment":"wageEarner","monthlyWage":"5000000","riskGroup":1,"enterpriseSize":"large"}"#;

#[test]
fn one_request_in_one_response_out() {
    let (code, out) = run(&[], GOOD.as_bytes());
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["contributions"]["total"]["total"], "473000");
    assert_eq!(out.lines().count(), 1);
}

#[test]
fn pretty_output_is_the_same_response_indented() {
    let (_, plain) = run(&[], GOOD.as_bytes());
    let (code, pretty) = run(&["--pretty"], GOOD.as_bytes());
    assert_eq!(code, 0);
    assert!(pretty.lines().count() > 20);
    let a: serde_json::Value = serde_json::from_str(&plain).unwrap();
    let b: serde_json::Value = serde_json::from_str(&pretty).unwrap();
    assert_eq!(a, b);
}

#[test]
fn an_error_is_printed_as_the_contract_error_with_status_2() {
    let (code, out) = run(&[], br#"{"asOf":"2024-06-01","segment":"wageEarner","monthlyWage":"-5","riskGroup":1,"enterpriseSize":"large","lang":"en"}"#);
    assert_eq!(code, 2);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["error"]["code"], "invalidInput");
    assert_eq!(v["error"]["field"], "monthlyWage");
    let (code, out) = run(&[], b"\xff\xfe not utf-8");
    assert_eq!(code, 2, "{out}");
    let (code, _) = run(&[], b"");
    assert_eq!(code, 2);
}

#[test]
fn jsonl_streams_one_answer_per_line_with_errors_in_place() {
    let input = format!(
        "{GOOD}\n{{\"asOf\":\"2014-01-01\",\"segment\":\"migrant\"}}\n\n{GOOD}\nnot json\n"
    );
    let (code, out) = run(&["--jsonl"], input.as_bytes());
    assert_eq!(code, 2, "some lines were errors");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "blank lines are skipped");
    assert_eq!(lines[0]["contributions"]["total"]["total"], "473000");
    assert_eq!(lines[1]["error"]["code"], "outOfCoverage");
    assert_eq!(lines[2]["contributions"]["total"]["total"], "473000");
    assert_eq!(lines[3]["error"]["code"], "invalidInput");
    let (code, out) = run(&["--jsonl"], format!("{GOOD}\r\n{GOOD}").as_bytes());
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 2);
}

#[test]
fn jsonl_handles_many_lines_and_an_oversized_one() {
    let n = 20_000;
    let mut input = String::with_capacity(n * 130);
    for _ in 0..n {
        input.push_str(GOOD);
        input.push('\n');
    }
    input.push_str(&"x".repeat(3 << 20));
    input.push('\n');
    input.push_str(GOOD);
    let (code, out) = run(&["--jsonl"], input.as_bytes());
    assert_eq!(code, 2);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), n + 2);
    assert!(lines[n].contains("1 MiB"));
    assert!(lines[n + 1].contains("473000"));
}

#[test]
fn the_bad_input_catalogue_gives_the_same_errors_on_the_command_line() {
    let catalogue: Vec<serde_json::Value> = include_str!("bad-inputs.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let input: String = catalogue
        .iter()
        .map(|e| e["request"].to_string() + "\n")
        .collect();
    let (code, out) = run(&["--jsonl"], input.as_bytes());
    assert_eq!(code, 2);
    let answers: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), catalogue.len());
    for (e, a) in catalogue.iter().zip(&answers) {
        assert_eq!(a["error"]["code"], e["code"], "{}", e["name"]);
    }
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    // Like `bpjstk-calc --rules | head -1`: the pipe closes before the output is written.
    let mut child = Command::new(env!("CARGO_BIN_EXE_bpjstk-calc"))
        .arg("--rules")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.code().is_some(), "ended by a signal");
}

#[test]
fn unknown_flags_are_refused_and_rules_are_printed() {
    let (code, _) = run(&["--frobnicate"], b"");
    assert_eq!(code, 64);
    let (code, out) = run(&["--rules"], b"");
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["coverageFrom"], "2015-07-01");
}
