//! Helpers shared by the integration tests: run a request through the public Rust API and
//! look at the response as JSON, exactly as every other door sees it.
#![allow(dead_code)]

use serde_json::{json, Value};

/// The response as JSON, or the error object.
pub fn calc(request: Value) -> Result<Value, Value> {
    match bpjstk_calc::calculate_json(&request.to_string()) {
        Ok(r) => Ok(serde_json::to_value(&r).expect("response serialises")),
        Err(e) => Err(serde_json::to_value(&e).expect("error serialises")),
    }
}

pub fn ok(request: Value) -> Value {
    match calc(request.clone()) {
        Ok(v) => v,
        Err(e) => panic!("request {request} failed: {e}"),
    }
}

pub fn err(request: Value) -> Value {
    match calc(request.clone()) {
        Ok(v) => panic!("request {request} should fail, got {v}"),
        Err(e) => e,
    }
}

/// The line of a program (the first one, for programs with several lines).
pub fn line<'a>(response: &'a Value, program: &str) -> &'a Value {
    response["contributions"]["lines"]
        .as_array()
        .and_then(|ls| ls.iter().find(|l| l["program"] == program))
        .unwrap_or_else(|| panic!("no {program} line in {response}"))
}

pub fn has_line(response: &Value, program: &str) -> bool {
    response["contributions"]["lines"]
        .as_array()
        .is_some_and(|ls| ls.iter().any(|l| l["program"] == program))
}

pub fn total(response: &Value) -> &Value {
    &response["contributions"]["total"]
}

pub fn wage_earner(as_of: &str, wage: &str, group: u8, size: &str) -> Value {
    json!({"asOf": as_of, "segment": "wageEarner", "monthlyWage": wage, "riskGroup": group, "enterpriseSize": size})
}

pub fn self_employed(as_of: &str, income: &str, occupation: &str) -> Value {
    json!({"asOf": as_of, "segment": "selfEmployed", "monthlyIncome": income, "occupation": occupation})
}
