//! Requests per second through the Rust API, one at a time, on one core: not a test, a
//! measurement (run with `cargo bench --bench throughput`; scripts/bench.sh adds the command
//! line's --jsonl mode on a million requests). Figures vary with the machine: compare ratios.

use std::hint::black_box;
use std::time::{Duration, Instant};

fn rate(name: &str, mut f: impl FnMut(u64)) {
    // Warm up, then run for about two seconds.
    for i in 0..2_000 {
        f(i);
    }
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < Duration::from_secs(2) {
        for _ in 0..1_000 {
            f(n);
            n += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{name:<58} {:>10.0} requests/s", n as f64 / secs);
}

fn main() {
    let wages: Vec<String> = (0..1000)
        .map(|i| format!("{}", 3_000_000 + i * 17_317))
        .collect();
    let requests: Vec<String> = wages
        .iter()
        .map(|w| format!(r#"{{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"{w}","riskGroup":3,"enterpriseSize":"large"}}"#))
        .collect();
    let raws: Vec<bpjstk_calc::Raw> = requests
        .iter()
        .map(|r| serde_json::from_str(r).unwrap())
        .collect();
    let amounts: Vec<String> = wages
        .iter()
        .map(|w| format!(r#"{{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"{w}","riskGroup":3,"enterpriseSize":"large","detail":"amounts"}}"#))
        .collect();
    let amount_raws: Vec<bpjstk_calc::Raw> = amounts.iter().map(|r| serde_json::from_str(r).unwrap()).collect();
    let informal: Vec<String> = wages
        .iter()
        .map(|w| format!(r#"{{"asOf":"2026-06-01","segment":"selfEmployed","monthlyIncome":"{w}","occupation":"driver","includeJht":true}}"#))
        .collect();

    println!("bpjstk-calc native throughput (one core, one request at a time)");
    rate("wage earner: calculate(Raw) -> Response", |i| {
        black_box(bpjstk_calc::calculate(&raws[(i % 1000) as usize]).unwrap());
    });
    rate("wage earner: JSON text -> Response", |i| {
        black_box(bpjstk_calc::calculate_json(&requests[(i % 1000) as usize]).unwrap());
    });
    rate(
        "wage earner: JSON text -> JSON text (the command line's work)",
        |i| {
            black_box(bpjstk_calc::calculate_to_string(
                &requests[(i % 1000) as usize],
                false,
            ));
        },
    );
    rate("wage earner, detail amounts: calculate(Raw) -> Response", |i| {
        black_box(bpjstk_calc::calculate(&amount_raws[(i % 1000) as usize]).unwrap());
    });
    rate("wage earner, detail amounts: JSON text -> JSON text", |i| {
        black_box(bpjstk_calc::calculate_to_string(&amounts[(i % 1000) as usize], false));
    });
    rate("informal worker: JSON text -> JSON text", |i| {
        black_box(bpjstk_calc::calculate_to_string(
            &informal[(i % 1000) as usize],
            false,
        ));
    });
}
