//! The fast JSON writer (src/json.rs) against serde_json, over responses of every segment,
//! date regime, language and level of detail, with events and sponsor budgets and errors:
//! the two must write the same bytes. And `detail: "amounts"` must leave out every sentence.

use serde_json::{json, Value};

const DATES: &[&str] = &[
    "2015-07-01", "2017-08-01", "2019-12-01", "2020-09-01", "2021-03-01", "2022-02-01", "2024-03-01",
    "2025-02-07", "2025-08-01", "2026-01-01", "2026-06-01", "2027-12-01",
];

fn requests() -> Vec<Value> {
    let mut out = Vec::new();
    for (i, date) in DATES.iter().enumerate() {
        let size = ["micro", "small", "medium", "large"][i % 4];
        let occupation = ["fisher", "driver", "other"][i % 3];
        let last24 = vec![true; 24];
        for lang in ["id", "en"] {
            out.push(json!({"asOf": date, "segment": "wageEarner", "monthlyWage": format!("{}", 3_000_000 + i * 1_234_567),
                "riskGroup": 1 + i % 5, "enterpriseSize": size, "lang": lang,
                "birthDate": "1970-05-05", "laborIntensive": i % 2 == 0}));
            out.push(json!({"asOf": date, "segment": "selfEmployed", "dailyIncome": "87500", "occupation": occupation,
                "includeJht": true, "publicBudget": i % 3 == 0, "lang": lang}));
            out.push(json!({"asOf": date, "segment": "construction", "contractValue": "2786000000", "lang": lang}));
            out.push(json!({"asOf": date, "segment": "construction", "monthlyWage": "4500000", "lang": lang}));
            out.push(json!({"asOf": date, "segment": "migrant", "contractMonths": 24, "extensionMonths": 3, "lang": lang}));
            for kind in ["death", "workAccidentDeath", "jobLoss", "retirement", "temporaryIncapacity"] {
                out.push(json!({"asOf": date, "segment": "wageEarner", "monthlyWage": "6000000", "riskGroup": 2,
                    "enterpriseSize": "large", "lang": lang, "birthDate": "1975-02-02", "jhtBalance": "25000000",
                    "event": {"kind": kind, "jobLossCause": if kind == "jobLoss" { json!("layoff") } else { Value::Null }},
                    "history": {"monthsContributed": 12, "last24": last24},
                    "family": {"spouse": true, "children": [{"level": "sd", "age": 9}]}}));
            }
            out.push(json!({"asOf": date, "segment": "selfEmployed", "lang": lang, "publicBudget": i % 2 == 0,
                "sponsor": {"months": 12, "groups": [{"count": 120, "monthlyIncome": "1500000", "occupation": "fisher"},
                                                      {"count": 30, "bracket": 3, "includeJht": true}]}}));
        }
    }
    // Drop the nulls used above to leave a key out.
    for r in &mut out {
        if let Some(e) = r.get_mut("event").and_then(Value::as_object_mut) {
            e.retain(|_, v| !v.is_null());
        }
    }
    let mut amounts: Vec<Value> = out.clone();
    for r in &mut amounts {
        r["detail"] = json!("amounts");
    }
    out.extend(amounts);
    out
}

fn has_sentence(v: &Value) -> Option<String> {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "explanation" || k == "notes" && x.as_array().is_some_and(|a| !a.is_empty()) && !m.contains_key("coverageFrom") {
                    return Some(k.clone());
                }
                if let Some(found) = has_sentence(x) {
                    return Some(format!("{k}.{found}"));
                }
            }
            None
        }
        Value::Array(a) => a.iter().find_map(has_sentence),
        _ => None,
    }
}

#[test]
fn writes_what_serde_json_writes() {
    let mut ok = 0;
    let mut errors = 0;
    for request in requests() {
        let text = request.to_string();
        match bpjstk_calc::calculate_json(&text) {
            Ok(r) => {
                ok += 1;
                assert_eq!(bpjstk_calc::json::to_string(&r).unwrap(), serde_json::to_string(&r).unwrap(), "{text}");
                if request["detail"] == "amounts" {
                    let v = serde_json::to_value(&r).unwrap();
                    assert_eq!(has_sentence(&v["contributions"]), None, "a sentence with detail amounts: {text}");
                    assert_eq!(has_sentence(&v["sponsor"]), None, "a sentence with detail amounts: {text}");
                }
            }
            Err(e) => {
                errors += 1;
                let env = bpjstk_calc::error::ErrorEnvelope { error: &e };
                assert_eq!(bpjstk_calc::json::to_string(&env).unwrap(), serde_json::to_string(&env).unwrap(), "{text}");
            }
        }
    }
    // The grid must mostly compute, or it compares little.
    assert!(ok > 10 * errors && ok > 400, "{ok} responses, {errors} errors");
    let rules = bpjstk_calc::rules::rules();
    assert_eq!(bpjstk_calc::json::to_string(&rules).unwrap(), serde_json::to_string(&rules).unwrap());
}
