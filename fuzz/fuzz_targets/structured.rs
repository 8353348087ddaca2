//! Requests that are well-formed JSON objects of the contract's keys with fuzzed values, so the
//! fuzzer spends its time in the calculation rather than in the JSON parser. Checks the
//! response's own arithmetic: shares sum to line totals and lines to the total.
#![no_main]
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};

const SEGMENTS: [&str; 4] = ["wageEarner", "selfEmployed", "construction", "migrant"];
const KEYS: [&str; 18] = [
    "monthlyWage", "riskGroup", "enterpriseSize", "birthDate", "laborIntensive", "monthlyIncome",
    "weeklyIncome", "dailyIncome", "occupation", "publicBudget", "includeJht", "contractValue",
    "contractMonths", "extensionMonths", "jhtMonthlyAmount", "lang", "detail", "event",
];

fn value(b: &[u8]) -> Value {
    let n = u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
    match b[8] % 9 {
        0 => json!(n.to_string()),
        1 => json!(n % 7),
        2 => json!(format!("{}.{:02}", n % 100_000_000_000, b[9] % 100)),
        3 => json!(b[9] % 2 == 0),
        4 => json!(format!("20{:02}-{:02}-{:02}", b[9] % 40, b[10] % 13, b[11] % 32)),
        5 => json!(["large", "small", "micro", "medium", "fisher", "driver", "amounts", "en"][(n % 8) as usize]),
        6 => json!(n as i64),
        7 => json!({"kind": (["death", "jobLoss", "disability", "retirement"][(n % 4) as usize]), "date": "2026-01-01"}),
        _ => Value::Null,
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let mut req = json!({
        "asOf": format!("20{:02}-{:02}-{:02}", 15 + data[0] % 13, 1 + data[1] % 12, 1 + data[2] % 28),
        "segment": SEGMENTS[(data[0] % 4) as usize],
    });
    for chunk in data[3..].chunks_exact(13) {
        req[KEYS[(chunk[12] as usize) % KEYS.len()]] = value(chunk);
    }
    if let Ok(r) = bpjstk_calc::calculate_json(&req.to_string()) {
        let mut sum = rust_decimal::Decimal::ZERO;
        for l in &r.contributions.lines {
            assert_eq!(l.employer + l.worker + l.government, l.total);
            sum += l.total;
        }
        assert_eq!(sum, r.contributions.total.total);
    }
});
