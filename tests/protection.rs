//! The protection summary (`protection`, docs/contract-benefits.md): golden cases from the
//! same outside sources as the benefit golden cases (ids of shared/reference/regulations.md and
//! join-pay-claim.md), and the rule that each risk is exactly the answer of its own event on
//! `asOf` for the same facts.

mod common;
use common::{ok, total};
use serde_json::{json, Value};

fn risk<'a>(r: &'a Value, risk: &str, program: &str) -> &'a Value {
    r["protection"]["risks"]
        .as_array()
        .and_then(|rs| rs.iter().find(|x| x["risk"] == risk && x["program"] == program))
        .unwrap_or_else(|| panic!("no {risk} {program} risk in {r}"))
}

fn money(v: &Value) -> i64 {
    v.as_str().unwrap_or_else(|| panic!("not money: {v}")).parse().unwrap()
}

fn item<'a>(r: &'a Value, kind: &str) -> &'a Value {
    r["items"].as_array().and_then(|is| is.iter().find(|i| i["kind"] == kind)).unwrap_or_else(|| panic!("no {kind} item in {r}"))
}

/// A fisher earning Rp900.000 a month: the lowest BPU bracket, whose nominal income of
/// Rp1.000.000 is the base of contributions (V24: JKK Rp10.000 + JKM Rp6.800) and of the JKK
/// cash benefits (V20, V21).
fn fisher(extra: Value) -> Value {
    let mut r = json!({"asOf": "2026-06-10", "segment": "selfEmployed", "monthlyIncome": "900000", "occupation": "fisher"});
    for (k, v) in extra.as_object().unwrap() {
        r[k] = v.clone();
    }
    r
}

/// S15, S16, S17 (PP 82/2019 Pasal 34): a death not caused by work pays the family Rp42 juta
/// (Rp20 juta + Rp12 juta periodic paid at once + Rp10 juta funeral), whoever the member is.
#[test]
fn the_family_of_any_member_is_told_rp42_million_on_death() {
    for r in [fisher(json!({})), ok(json!({"asOf": "2026-06-10", "segment": "wageEarner", "monthlyWage": "4500000", "riskGroup": 2, "enterpriseSize": "small"}))] {
        let r = if r.get("protection").is_some() { r } else { ok(r) };
        let d = risk(&r, "death", "JKM");
        assert_eq!(money(&d["total"]), 42_000_000);
        assert_eq!(money(&item(d, "deathBenefit")["amount"]), 20_000_000);
        assert_eq!(money(&item(d, "periodic")["amount"]), 12_000_000);
        assert_eq!(money(&item(d, "funeral")["amount"]), 10_000_000);
    }
}

/// §5.1 (S19, S21, S23): a death from a work accident pays 60% × 80 × the monthly wage (for the
/// self-employed, the bracket's nominal income), Rp10 juta funeral and Rp12 juta periodic:
/// 48 × Rp1.000.000 + 10 + 12 = Rp70 juta. A work accident survived: care as needed, the wage
/// replaced at 100% for 12 months then 50% (S18, S19, S20), transport at cost up to Rp5 juta by
/// land, Rp2 juta by sea, Rp10 juta by air.
#[test]
fn the_lowest_bracket_fisher_is_told_rp70_million_for_a_work_accident_death_and_the_wage_replaced() {
    let r = ok(fisher(json!({})));
    let d = risk(&r, "workAccidentDeath", "JKK");
    assert_eq!(money(&d["total"]), 70_000_000);
    assert_eq!(money(&item(d, "deathBenefit")["amount"]), 48_000_000);
    let a = risk(&r, "workAccident", "JKK");
    let items = a["items"].as_array().unwrap();
    assert_eq!(items[0]["kind"], "medicalCare");
    assert!(items[0].get("amount").is_none(), "care has no amount");
    let stmb: Vec<(i64, &Value, &Value)> =
        items.iter().filter(|i| i["kind"] == "stmb").map(|i| (money(&i["amount"]), &i["fromMonth"], &i["toMonth"])).collect();
    assert_eq!(stmb, vec![(1_000_000, &json!(1), &json!(12)), (500_000, &json!(13), &Value::Null)]);
    // Payouts come before the caps.
    let first_cap = items.iter().position(|i| i["period"] == "max").unwrap();
    assert!(items[first_cap..].iter().all(|i| i["period"] == "max"));
    let caps: Vec<i64> = items[first_cap..].iter().map(|i| money(&i["amount"])).collect();
    assert_eq!(caps, vec![5_000_000, 2_000_000, 10_000_000]);
}

/// PP 82/2019 Pasal 34(1)(d) (join-pay-claim.md §5, [P]): the JKM scholarship needs 3 years of
/// contributions. Someone about to join is shown no amount, only the day it could begin; the
/// JKK scholarship needs no minimum period (Pasal 25).
#[test]
fn someone_about_to_join_sees_when_the_jkm_scholarship_begins_and_no_amount() {
    let r = ok(fisher(json!({"member": false})));
    assert_eq!(r["protection"]["member"], "no");
    let s = risk(&r, "scholarship", "JKM");
    assert_eq!(s["availableFrom"], "2029-06-10");
    assert!(s["items"].as_array().unwrap().iter().all(|i| i.get("amount").is_none()), "{s}");
    assert!(s.get("total").is_none());
    let k = risk(&r, "scholarship", "JKK");
    assert_eq!(money(&item(k, "scholarship")["amount"]), 174_000_000);
    // Protection begins with the membership number (PP 44/2015 Pasal 11(4)-(5)).
    assert!(risk(&r, "death", "JKM")["conditions"].as_array().unwrap().iter().any(|c| c["code"] == "startsWhenNumberIssued"));

    // A member with 20 months: 16 to go.
    let r = ok(fisher(json!({"history": {"monthsContributed": 20}})));
    assert_eq!(r["protection"]["member"], "yes");
    assert_eq!(risk(&r, "scholarship", "JKM")["availableFrom"], "2027-10-10");
    assert!(!risk(&r, "death", "JKM")["conditions"].as_array().unwrap().iter().any(|c| c["code"] == "startsWhenNumberIssued"));
    // With three years, the amount (S15, S22: at most Rp174 juta for two children).
    let r = ok(fisher(json!({"member": true, "history": {"monthsContributed": 36}})));
    let s = risk(&r, "scholarship", "JKM");
    assert!(s.get("availableFrom").is_none());
    assert_eq!(money(&item(s, "scholarship")["amount"]), 174_000_000);
}

/// PP 44/2015 Pasal 24(3), 39(2), 42(2) ([P], join-pay-claim.md §2–3): the self-employed pay JKK
/// and JKM by the 15th of the same month; more than 3 consecutive unpaid months leave no JKK or
/// JKM right. The summary carries both, for the page's reminder and warning.
#[test]
fn the_self_employed_are_told_the_due_day_and_what_three_unpaid_months_cost() {
    let r = ok(fisher(json!({})));
    let u = &r["protection"]["upkeep"];
    assert_eq!(u["dueDay"], 15);
    assert_eq!(u["dueMonth"], "same");
    assert_eq!(u["lapseMonths"], 3);
    assert_eq!(u["registrationDays"], 1);
    let paid = risk(&r, "death", "JKM")["conditions"].as_array().unwrap().iter().find(|c| c["code"] == "paidUp").cloned().unwrap();
    assert!(paid["message"].as_str().unwrap().contains("15") && paid["message"].as_str().unwrap().contains('3'), "{paid}");
    // Wage earners' contributions are the employer's to pay: no upkeep block.
    let w = ok(json!({"asOf": "2026-06-10", "segment": "wageEarner", "monthlyWage": "4500000", "riskGroup": 2, "enterpriseSize": "small"}));
    assert!(w["protection"].get("upkeep").is_none());
}

/// Each risk of the summary is the answer of its own event on `asOf` for the same facts: the
/// same amounts, kinds and periods, for every segment, both regimes of JKK/JKM, members and not.
#[test]
fn every_risk_equals_the_answer_of_its_event_on_as_of() {
    let requests = [
        fisher(json!({})),
        fisher(json!({"member": false, "lang": "en"})),
        fisher(json!({"asOf": "2019-06-01", "history": {"monthsContributed": 70}})),
        json!({"asOf": "2026-12-08", "segment": "selfEmployed", "dailyIncome": "60000", "occupation": "fisher", "includeJht": true}),
        json!({"asOf": "2026-06-10", "segment": "wageEarner", "monthlyWage": "12000000", "riskGroup": 3, "enterpriseSize": "large", "birthDate": "1990-01-01", "family": {"children": [{"level": "sd"}]}}),
        json!({"asOf": "2018-03-01", "segment": "wageEarner", "monthlyWage": "3000000", "riskGroup": 1, "enterpriseSize": "medium"}),
        json!({"asOf": "2026-06-10", "segment": "construction", "monthlyWage": "3500000"}),
        json!({"asOf": "2026-06-10", "segment": "construction", "contractValue": "800000000"}),
        json!({"asOf": "2026-06-10", "segment": "migrant", "contractMonths": 24}),
    ];
    for req in requests {
        let r = ok(req.clone());
        let as_of = r["asOf"].as_str().unwrap().to_owned();
        for (risk_name, program, kind, scholarship) in [
            ("death", "JKM", "death", false),
            ("workAccidentDeath", "JKK", "workAccidentDeath", false),
            ("workAccident", "JKK", "workAccident", false),
            ("scholarship", "JKK", "workAccidentDeath", true),
        ] {
            let mut e = req.clone();
            e["event"] = json!({"kind": kind, "date": as_of});
            let answer = ok(e);
            let mut want: Vec<(String, String, String)> = answer["benefits"]
                .as_array()
                .map(|bs| bs.iter().filter(|b| b["program"] == program && (b["kind"] == "scholarship") == scholarship).collect::<Vec<_>>())
                .unwrap_or_default()
                .into_iter()
                .filter(|b| risk_name != "workAccidentDeath" || b["period"] != "max")
                .map(|b| (b["kind"].as_str().unwrap().to_owned(), b["amount"].as_str().unwrap().to_owned(), b["period"].as_str().unwrap().to_owned()))
                .collect();
            let got_risk = risk(&r, risk_name, program);
            let mut got: Vec<(String, String, String)> = got_risk["items"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|i| i.get("amount").is_some())
                .map(|i| (i["kind"].as_str().unwrap().to_owned(), i["amount"].as_str().unwrap().to_owned(), i["period"].as_str().unwrap().to_owned()))
                .collect();
            want.sort();
            got.sort();
            assert_eq!(got, want, "{risk_name} of {req}");
            let payouts: i64 = want.iter().filter(|(_, _, p)| p == "once" || p == "total").map(|(_, a, _)| a.parse::<i64>().unwrap()).sum();
            match got_risk.get("total") {
                Some(t) => assert_eq!(money(t), payouts, "{risk_name} total of {req}"),
                None => assert_eq!(payouts, 0, "{risk_name} of {req} has payouts but no total"),
            }
        }
    }
}

/// The work accident survived, asked as an event: with the months unable to work, the wage
/// replacement is their total (S18, S19: 12 months at 100%, then 50%): 14 months of a
/// Rp1.000.000 nominal income = 12 × 1.000.000 + 2 × 500.000 = Rp13.000.000.
#[test]
fn a_work_accident_event_pays_wage_replacement_for_the_months_given() {
    let r = ok(fisher(json!({"event": {"kind": "workAccident", "incapacityMonths": 14}})));
    let b = r["benefits"].as_array().unwrap().iter().find(|b| b["program"] == "JKK" && b["kind"] == "stmb").unwrap();
    assert_eq!(money(&b["amount"]), 13_000_000);
    assert_eq!(b["period"], "total");
    assert!(r["notComputed"].as_array().unwrap().iter().any(|n| n["code"] == "medicalCareUnlimited"));
    // Without the months: the monthly amounts, span by span.
    let r = ok(fisher(json!({"event": {"kind": "workAccident"}})));
    let months: Vec<i64> = r["benefits"].as_array().unwrap().iter().filter(|b| b["kind"] == "stmb").map(|b| money(&b["amount"])).collect();
    assert_eq!(months, vec![1_000_000, 500_000]);
}

/// PP 50/2025 Pasal 3(4) and Pasal 4(1) (§1.8, [P]): the 50% relief is for workers outside an
/// employment relationship or on their own account: Rp5.000 + Rp3.400 on the lowest base. A
/// self-employed worker who employs others pays the full Rp16.800 (V24), and a worker who does
/// not say is told the discount was assumed.
#[test]
fn the_pp50_discount_is_for_own_account_workers_and_assumed_only_aloud() {
    let own = ok(fisher(json!({"employsOthers": false})));
    assert_eq!(total(&own)["worker"], "8400");
    assert!(!own["warnings"].as_array().unwrap().iter().any(|w| w["code"] == "ownAccountAssumed"));
    let employer = ok(fisher(json!({"employsOthers": true})));
    assert_eq!(total(&employer)["worker"], "16800");
    assert!(employer["contributions"]["lines"][0].get("relief").is_none());
    let silent = ok(fisher(json!({})));
    assert_eq!(total(&silent)["worker"], "8400");
    assert!(silent["warnings"].as_array().unwrap().iter().any(|w| w["code"] == "ownAccountAssumed"));
    // Outside the relief windows the question does not matter and nothing is said.
    let before = ok(fisher(json!({"asOf": "2025-06-10"})));
    assert_eq!(total(&before)["worker"], "16800");
    assert!(!before["warnings"].as_array().unwrap().iter().any(|w| w["code"] == "ownAccountAssumed"));
}
