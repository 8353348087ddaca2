//! Any text as a bulk CSV file: one output record per input record, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let out = bpjstk_calc::bulk::run(text);
        assert!(out.starts_with(bpjstk_calc::bulk::OUTPUT_HEADER));
    }
});
