//! Every input that ever made the fuzzer fail (scripts/fuzz.sh keeps them in
//! tests/fuzz-regressions/<target>/) is replayed here: it must now be answered without a panic.
//! The folder also keeps hand-made hostile inputs of the same kinds.

use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions").join(target);
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            out.push((e.path().display().to_string(), std::fs::read(e.path()).unwrap()));
        }
    }
    out
}

#[test]
fn kept_request_inputs_are_answered_without_panic() {
    let kept = inputs("calculate_json");
    assert!(!kept.is_empty(), "the folder holds at least the hand-made inputs");
    for (name, bytes) in kept {
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let (_, out) = bpjstk_calc::calculate_to_string(text, false);
            assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok(), "{name}");
        }
    }
}

#[test]
fn kept_csv_inputs_are_answered_without_panic() {
    for (name, bytes) in inputs("bulk_csv") {
        if let Ok(text) = std::str::from_utf8(&bytes) {
            assert!(bpjstk_calc::bulk::run(text).starts_with(bpjstk_calc::bulk::OUTPUT_HEADER), "{name}");
        }
    }
}
