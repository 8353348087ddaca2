//! Properties of the benefit rules: a longer history never lowers a benefit; the JHT
//! projection with zero return is the opening balance plus the contributions; no input
//! within or beyond the documented ranges makes the engine panic.

use proptest::prelude::*;
use serde_json::{json, Value};

fn calc(request: &Value) -> Result<Value, Value> {
    match bpjstk_calc::calculate_json(&request.to_string()) {
        Ok(r) => Ok(serde_json::to_value(&r).unwrap()),
        Err(e) => Err(serde_json::to_value(&e).unwrap()),
    }
}

fn amount(r: &Value, program: &str, kind: &str) -> i128 {
    r["benefits"]
        .as_array()
        .and_then(|bs| bs.iter().find(|b| b["program"] == program && b["kind"] == kind))
        .map_or(0, |b| b["amount"].as_str().unwrap().parse::<i128>().unwrap())
}

fn status(r: &Value, program: &str, topic: &str) -> String {
    r["eligibility"]
        .as_array()
        .and_then(|es| es.iter().find(|e| e["program"] == program && e["topic"] == topic))
        .map_or(String::new(), |e| e["status"].as_str().unwrap().to_owned())
}

fn rank(s: &str) -> u8 {
    match s {
        "notEligible" => 0,
        "undecided" => 1,
        _ => 2,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// More JP contribution months never lower the old-age pension (a lump sum counts as 0,
    /// since it is not computed).
    #[test]
    fn more_jp_months_never_lower_the_pension(m in 0u32..600, extra in 0u32..600, wage in 1_000_000u64..50_000_000) {
        let req = |months: u32| json!({
            "asOf": "2026-06-01", "segment": "wageEarner", "monthlyWage": wage.to_string(), "riskGroup": 1,
            "enterpriseSize": "large", "birthDate": "1960-01-01",
            "event": {"kind": "retirement", "date": "2026-05-01"},
            "history": {"monthsContributed": months}
        });
        let a = calc(&req(m)).unwrap();
        let b = calc(&req(m + extra)).unwrap();
        prop_assert!(amount(&b, "JP", "oldAgePension") >= amount(&a, "JP", "oldAgePension"));
        prop_assert!(rank(&status(&b, "JP", "oldAgePension")) >= rank(&status(&a, "JP", "oldAgePension")));
    }

    /// Paying a month that was unpaid never turns a JKP claim from eligible to not eligible,
    /// and never lowers the cash benefit.
    #[test]
    fn paying_one_more_month_never_loses_jkp(bits in proptest::collection::vec(any::<bool>(), 24), flip in 0usize..24, phk in prop::sample::select(vec!["2024-06-01", "2025-06-01"])) {
        let req = |h: &Vec<bool>| json!({
            "asOf": phk, "segment": "wageEarner", "monthlyWage": "6000000", "riskGroup": 1,
            "enterpriseSize": "large", "birthDate": "1990-01-01",
            "event": {"kind": "jobLoss", "date": phk, "jobLossCause": "layoff"},
            "history": {"last24": h}
        });
        let mut more = bits.clone();
        more[flip] = true;
        let a = calc(&req(&bits)).unwrap();
        let b = calc(&req(&more)).unwrap();
        prop_assert!(rank(&status(&b, "JKP", "cashBenefit")) >= rank(&status(&a, "JKP", "cashBenefit")));
        prop_assert!(amount(&b, "JKP", "cashBenefit") >= amount(&a, "JKP", "cashBenefit"));
    }

    /// More contribution months never lose the JKM scholarship.
    #[test]
    fn more_months_never_lose_the_jkm_scholarship(m in 0u32..120, extra in 0u32..120, day in prop::sample::select(vec!["2019-06-01", "2021-06-01"])) {
        let req = |months: u32| json!({
            "asOf": "2022-01-01", "segment": "wageEarner", "monthlyWage": "4000000", "riskGroup": 1,
            "enterpriseSize": "small", "event": {"kind": "death", "date": day},
            "history": {"monthsContributed": months}
        });
        let a = calc(&req(m)).unwrap();
        let b = calc(&req(m + extra)).unwrap();
        prop_assert!(rank(&status(&b, "JKM", "scholarship")) >= rank(&status(&a, "JKM", "scholarship")));
    }

    /// With a zero return, the projected JHT balance is the opening balance plus the
    /// contributions, and with constant wages the contributions are months × the JHT line.
    #[test]
    fn a_zero_return_projection_is_the_sum_of_contributions(
        wage in 1_000_000u64..100_000_000, balance in 0u64..500_000_000, age in 18i32..55,
        growth in prop::sample::select(vec!["0", "0.03", "0.1"]),
    ) {
        let birth = format!("{}-03-15", 2026 - age);
        let q = json!({
            "asOf": "2026-06-01", "segment": "wageEarner", "monthlyWage": wage.to_string(), "riskGroup": 1,
            "enterpriseSize": "large", "birthDate": birth, "jhtBalance": balance.to_string(),
            "assumptions": {"jhtReturn": "0", "wageGrowth": growth}
        });
        let r = calc(&q).unwrap();
        let b = r["benefits"].as_array().unwrap().iter().find(|b| b["kind"] == "projectedBalance").unwrap();
        let pts = b["projection"].as_array().unwrap();
        let last = pts.last().unwrap();
        let contributed: i128 = last["contributed"].as_str().unwrap().parse().unwrap();
        let final_balance: i128 = b["amount"].as_str().unwrap().parse().unwrap();
        prop_assert_eq!(final_balance, i128::from(balance) + contributed);
        prop_assert_eq!(last["age"].as_i64().unwrap(), 56);
        for w in pts.windows(2) {
            let a: i128 = w[0]["balance"].as_str().unwrap().parse().unwrap();
            let c: i128 = w[1]["balance"].as_str().unwrap().parse().unwrap();
            prop_assert!(c >= a);
        }
        if growth == "0" {
            let jht = r["contributions"]["lines"].as_array().unwrap().iter().find(|l| l["program"] == "JHT").unwrap();
            let monthly: i128 = jht["total"].as_str().unwrap().parse().unwrap();
            prop_assert_eq!(contributed % monthly, 0);
        }
    }

    /// Nothing within or beyond the accepted ranges panics: every request gives a response
    /// or a contract error naming a field.
    #[test]
    fn no_benefit_request_panics(
        wage in prop::sample::select(vec!["1", "5000000", "999999999999", "1000000000000"]),
        balance in prop::sample::select(vec!["0", "10000000000000", "10000000000001", "1.5", "abc"]),
        growth in prop::sample::select(vec!["-0.5", "0.5", "0.49999", "1e3", "", "-"]),
        ret in prop::sample::select(vec!["-0.5", "0.5", "0", "0.0000000000000000001"]),
        kind in prop::sample::select(vec!["death", "workAccidentDeath", "disability", "temporaryIncapacity", "jobLoss", "retirement", "resignation", "leavingIndonesia"]),
        months in prop::sample::select(vec![json!(0), json!(1200), json!(1201), json!(-1), json!("12"), json!(null)]),
        target in 15i64..=80,
        segment in 0usize..4,
        event in any::<bool>(),
    ) {
        let mut q = match segment {
            0 => json!({"segment": "wageEarner", "monthlyWage": wage, "riskGroup": 5, "enterpriseSize": "large", "birthDate": "1960-02-29"}),
            1 => json!({"segment": "selfEmployed", "monthlyIncome": wage, "includeJht": true, "birthDate": "2000-01-01"}),
            2 => json!({"segment": "construction", "monthlyWage": wage}),
            _ => json!({"segment": "migrant", "contractMonths": 24, "includeJht": true, "jhtMonthlyAmount": "600000", "birthDate": "1999-12-31"}),
        };
        q["asOf"] = json!("2026-06-01");
        if segment != 2 {
            q["jhtBalance"] = json!(balance);
        }
        q["assumptions"] = json!({"wageGrowth": growth, "jhtReturn": ret, "targetAge": target});
        q["history"] = json!({"monthsContributed": months, "membershipStart": "1926-06-01"});
        if event {
            q["event"] = json!({"kind": kind, "date": "2015-07-01", "incapacityMonths": if kind == "temporaryIncapacity" { json!(120) } else { json!(null) },
                                "disabilityKind": if kind == "disability" { json!("partialFunctional") } else { json!(null) },
                                "disabilityPercentage": if kind == "disability" { json!("100") } else { json!(null) },
                                "functionLostPercentage": if kind == "disability" { json!("0.01") } else { json!(null) }});
        }
        match calc(&q) {
            Ok(r) => prop_assert!(r["eligibility"].as_array().is_some_and(|e| !e.is_empty())),
            Err(e) => prop_assert!(e["code"].is_string() && e["message"].is_string()),
        }
    }
}

/// A benefit paid in instalments is the sum of its rounded payments, and its sentence adds up to
/// exactly that figure (issue 18): 12 × Rp10.000.001 + 12 × Rp5.000.001 (50% of Rp10.000.001,
/// rounded half away from zero) = Rp180.000.024, not the unrounded product's Rp180.000.018.
#[test]
fn an_instalment_sentence_adds_up_to_its_figure() {
    let r = bpjstk_calc::calculate_json(r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"10000001","riskGroup":1,"enterpriseSize":"large","lang":"en","event":{"kind":"temporaryIncapacity","incapacityMonths":24}}"#).unwrap();
    let b = r.outcome.benefits.iter().find(|b| b.kind == "stmb").unwrap();
    assert_eq!(b.amount.to_string(), "180000024");
    let paid: rust_decimal::Decimal = b.schedule.iter().map(|s| s.amount).sum();
    assert_eq!(paid, b.amount);
    assert!(b.explanation.starts_with("12 × 100% × Rp10,000,001 + 12 × Rp5,000,001 (50% × Rp10,000,001, rounded)"), "{}", b.explanation);
    assert!(b.explanation.contains("= Rp180,000,024"), "{}", b.explanation);
}
