//! Any bytes as a request: the engine answers or refuses, and never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let (ok, out) = bpjstk_calc::calculate_to_string(text, false);
        // Whatever happened, the output is JSON of the contract's shape.
        let v: serde_json::Value = serde_json::from_str(&out).expect("output is JSON");
        assert_eq!(ok, v.get("error").is_none());
    }
});
