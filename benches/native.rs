//! The native engine's throughput, for comparison with the WebAssembly build in the same run
//! (scripts/bench-wasm.mjs runs this and prints both). `cargo bench --bench native`.
//!
//! Prints one JSON line: requests a second for `calculate` on an already-read request, and for
//! the whole JSON door (text in, JSON text out), the work the wasm's `calculate` does.

use std::hint::black_box;
use std::time::{Duration, Instant};

const REQUEST: &str =
    r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"5000000","riskGroup":1,"enterpriseSize":"large"}"#;
/// The same with `detail: "amounts"`, the bulk form (figures and sources, no sentences).
const AMOUNTS: &str = r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"5000000","riskGroup":1,"enterpriseSize":"large","detail":"amounts"}"#;

/// Calls `f` in rounds until `budget` has passed; returns the best rate of the rounds, in calls
/// a second (the best round is the one least disturbed by other work on the machine).
fn rate(budget: Duration, mut f: impl FnMut()) -> u64 {
    let start = Instant::now();
    let mut best = 0f64;
    while start.elapsed() < budget {
        let t = Instant::now();
        let mut n = 0u64;
        while t.elapsed() < Duration::from_millis(200) {
            for _ in 0..100 {
                f();
            }
            n += 100;
        }
        best = best.max(n as f64 / t.elapsed().as_secs_f64());
    }
    best as u64
}

fn main() {
    let seconds = std::env::args()
        .skip_while(|a| a != "--seconds")
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(2u64);
    let budget = Duration::from_secs(seconds);
    let raw: bpjstk_calc::Raw = serde_json::from_str(REQUEST).expect("the request parses");
    let engine = rate(budget, || {
        black_box(bpjstk_calc::calculate(black_box(&raw)).is_ok());
    });
    let json = rate(budget, || {
        black_box(bpjstk_calc::calculate_to_string(black_box(REQUEST), false));
    });
    let amounts = rate(budget, || {
        black_box(bpjstk_calc::calculate_to_string(black_box(AMOUNTS), false));
    });
    println!(
        r#"{{"native":{{"calculatePerSecond":{engine},"jsonDoorPerSecond":{json},"jsonDoorAmountsPerSecond":{amounts}}}}}"#
    );
}
