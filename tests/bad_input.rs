//! The catalogue of bad inputs (tests/bad-inputs.jsonl, shared with the command-line and wasm
//! tests): each gives its documented error code and field, never a panic, and the engine keeps
//! answering correctly afterwards. Plus inputs JSON files cannot hold: deep nesting, huge
//! documents, invalid UTF-8 handled by the command line.

mod common;
use common::*;
use serde_json::{json, Value};

pub fn catalogue() -> Vec<Value> {
    include_str!("bad-inputs.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("catalogue line is JSON"))
        .collect()
}

#[test]
fn the_catalogue_covers_at_least_fifty_kinds_across_all_segments() {
    let c = catalogue();
    assert!(c.len() >= 50, "{}", c.len());
    for seg in ["wageEarner", "selfEmployed", "construction", "migrant"] {
        assert!(
            c.iter().filter(|e| e["request"]["segment"] == seg).count() >= 5,
            "{seg}"
        );
    }
}

#[test]
fn every_bad_input_gives_its_documented_error_in_both_languages() {
    for entry in catalogue() {
        let name = entry["name"].as_str().unwrap();
        for lang in ["id", "en"] {
            let mut req = entry["request"].clone();
            if let Some(o) = req.as_object_mut() {
                if !o.contains_key("lang") {
                    o.insert("lang".into(), json!(lang));
                }
            }
            let e = calc(req)
                .err()
                .unwrap_or_else(|| panic!("{name}: accepted"));
            assert_eq!(e["code"], entry["code"], "{name}: {e}");
            assert_eq!(
                e.get("field").cloned().unwrap_or(Value::Null),
                entry["field"],
                "{name}: {e}"
            );
            let msg = e["message"].as_str().unwrap();
            assert!(msg.len() > 10 && msg.len() < 600, "{name}: message {msg:?}");
        }
        // The engine holds no state: the next good request is still right.
        let r = ok(wage_earner("2024-06-01", "5000000", 1, "large"));
        assert_eq!(total(&r)["total"], "473000");
    }
}

#[test]
fn english_and_indonesian_messages_differ_and_name_the_range() {
    let id = err(
        json!({"asOf":"2024-06-01","segment":"wageEarner","monthlyWage":"-1","riskGroup":1,"enterpriseSize":"large"}),
    );
    let en = err(
        json!({"asOf":"2024-06-01","segment":"wageEarner","monthlyWage":"-1","riskGroup":1,"enterpriseSize":"large","lang":"en"}),
    );
    assert_ne!(id["message"], en["message"]);
    assert!(id["message"]
        .as_str()
        .unwrap()
        .contains("Rp1.000.000.000.000"));
    assert!(en["message"]
        .as_str()
        .unwrap()
        .contains("Rp1,000,000,000,000"));
}

#[test]
fn deep_nesting_is_refused_without_exhausting_the_stack() {
    for depth in [20, 100, 127, 5000, 100_000] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(bpjstk_calc::calculate_json(&text).is_err());
        let text = format!("{{\"asOf\":{}1{}}}", "[".repeat(depth), "]".repeat(depth));
        assert!(bpjstk_calc::calculate_json(&text).is_err());
    }
}

#[test]
fn huge_and_broken_documents_are_errors_not_panics() {
    let big = format!("{{\"asOf\":\"{}\"}}", "9".repeat(5_000_000));
    assert_eq!(
        bpjstk_calc::calculate_json(&big).unwrap_err().code.as_str(),
        "invalidInput"
    );
    let many_keys: String = (0..10_000)
        .map(|i| format!("\"k{i}\":1"))
        .collect::<Vec<_>>()
        .join(",");
    assert!(bpjstk_calc::calculate_json(&format!("{{{many_keys}}}")).is_err());
    for text in [
        "",
        "{",
        "}",
        "{\"asOf\":}",
        "nul",
        "{\"a\":1,}",
        "\u{0}",
        "{\"asOf\":\"2024-01-01\"",
        "[]]",
    ] {
        let e = bpjstk_calc::calculate_json(text).unwrap_err();
        assert_eq!(e.code.as_str(), "invalidInput", "{text:?}");
    }
}

#[test]
fn null_means_not_given() {
    let r = ok(
        json!({"asOf":"2024-06-01","segment":"wageEarner","monthlyWage":"5000000","riskGroup":1,"enterpriseSize":"large","birthDate":null,"laborIntensive":null}),
    );
    assert_eq!(total(&r)["total"], "473000");
}

/// Issue 18: a key given twice in one object is refused, naming its path, at every level and
/// through every text door, instead of one value silently winning (another reader of the same
/// text may take the other).
#[test]
fn a_key_given_twice_is_refused_naming_its_path() {
    for (text, field) in [
        (r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"5000000","riskGroup":1,"enterpriseSize":"large","riskGroup":5}"#, "riskGroup"),
        (r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"5000000","riskGroup":1,"enterpriseSize":"large","event":{"kind":"death","kind":"retirement"}}"#, "event.kind"),
        (r#"{"asOf":"2026-06-01","segment":"selfEmployed","monthlyIncome":"1","family":{"children":[{"age":3},{"age":4,"age":5}]}}"#, "family.children[].age"),
        (r#"{"asOf":"2026-06-01","segment":"selfEmployed","sponsor":{"months":2,"groups":[{"count":1,"bracket":1,"count":3}]}}"#, "sponsor.groups[].count"),
    ] {
        let e = bpjstk_calc::calculate_json(text).unwrap_err();
        assert_eq!(e.code.as_str(), "invalidInput", "{text}");
        assert_eq!(e.field.as_deref(), Some(field), "{text}");
        assert!(e.message.contains("dua kali"), "{}", e.message);
    }
    // The command line's --jsonl door says the same.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_bpjstk-calc"))
        .arg("--jsonl")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(b"{\"asOf\":\"2026-06-01\",\"lang\":\"en\",\"segment\":\"migrant\",\"contractMonths\":6,\"contractMonths\":24}\n")?;
            c.wait_with_output()
        })
        .unwrap();
    let line: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["error"]["field"], json!("contractMonths"));
    assert_eq!(line["error"]["message"], json!("The field `contractMonths` is given twice; give it once."));
}

/// The whole request is read before anything is computed: a request that the pricing would
/// refuse (no migrant cover on its date; a JHT amount that is not one of the choices) and that
/// also carries an invalid benefit question is refused on the question, the first thing wrong
/// in the reading; with the question fixed, on the pricing. With `"detail": "amounts"` the
/// benefit questions are not read.
#[test]
fn the_request_is_read_before_anything_is_computed() {
    for (base, pricing_field) in [
        (json!({"asOf":"2015-07-01","segment":"migrant","contractMonths":6}), "segment"),
        (json!({"asOf":"2026-06-01","segment":"migrant","contractMonths":12,"includeJht":true,"jhtMonthlyAmount":"123456"}), "jhtMonthlyAmount"),
    ] {
        let mut bad = base.clone();
        bad["event"] = json!({"kind": "flood"});
        assert_eq!(err(bad.clone())["field"], "event.kind", "{bad}");
        bad["detail"] = json!("amounts");
        assert_eq!(err(bad.clone())["field"], pricing_field, "{bad}");
        let mut fixed = base.clone();
        fixed["event"] = json!({"kind": "death"});
        assert_eq!(err(fixed.clone())["field"], pricing_field, "{fixed}");
    }
}
