//! Every threshold of the contribution rules, just below, at and just above: the JP cap and its
//! March switch, the BPU brackets, the construction tiers, and the edges of every relief window.

mod common;
use common::*;
use serde_json::{json, Value};

fn jp_base(as_of: &str, wage: &str) -> Value {
    line(&ok(wage_earner(as_of, wage, 1, "large")), "JP")["base"].clone()
}

#[test]
fn jp_is_on_the_wage_below_the_cap_and_on_the_cap_at_and_above_it() {
    assert_eq!(jp_base("2025-06-01", "10547399"), "10547399");
    assert_eq!(jp_base("2025-06-01", "10547400"), "10547400");
    assert_eq!(jp_base("2025-06-01", "10547401"), "10547400");
    assert_eq!(jp_base("2025-06-01", "10547400.01"), "10547400");
}

#[test]
fn the_jp_cap_switches_on_the_first_of_march_every_year() {
    let caps = [
        (2016, "7000000", "7335300"),
        (2017, "7335300", "7703500"),
        (2018, "7703500", "8094000"),
        (2019, "8094000", "8512400"),
        (2020, "8512400", "8939700"),
        (2021, "8939700", "8754600"),
        (2022, "8754600", "9077600"),
        (2023, "9077600", "9559600"),
        (2024, "9559600", "10042300"),
        (2025, "10042300", "10547400"),
        (2026, "10547400", "11086300"),
    ];
    for (year, before, after) in caps {
        let feb_end = if year % 4 == 0 { 29 } else { 28 };
        assert_eq!(
            jp_base(&format!("{year}-02-{feb_end}"), "20000000"),
            before,
            "{year}"
        );
        assert_eq!(
            jp_base(&format!("{year}-03-01"), "20000000"),
            after,
            "{year}"
        );
    }
}

fn bpu_base(income: &str) -> Value {
    ok(self_employed("2024-06-01", income, "other"))["contributions"]["bracket"]["base"].clone()
}

#[test]
fn every_bpu_bracket_edge_lands_in_the_right_bracket() {
    // Lower bounds per reference §2.1: 0, then 200k steps from 1.1M, 500k steps from 2.7M,
    // 1M steps from 8.2M, and the top bracket from 20.2M.
    let mut lowers = vec![0i64];
    lowers.extend((0..8).map(|i| 1_100_000 + 200_000 * i));
    lowers.extend((0..11).map(|i| 2_700_000 + 500_000 * i));
    lowers.extend((0..12).map(|i| 8_200_000 + 1_000_000 * i));
    lowers.push(20_200_000);
    assert_eq!(lowers.len(), 33);
    for (i, lower) in lowers.iter().enumerate().skip(1) {
        let below = bpu_base(&(lower - 1).to_string());
        let at = bpu_base(&lower.to_string());
        let above = bpu_base(&(lower + 1).to_string());
        assert_ne!(below, at, "edge {lower}");
        assert_eq!(at, above, "edge {lower}");
        let r = ok(self_employed("2024-06-01", &lower.to_string(), "other"));
        assert_eq!(r["contributions"]["bracket"]["number"], i + 1);
    }
    assert_eq!(bpu_base("1"), "1000000");
    assert_eq!(bpu_base("1099999.99"), "1000000");
    assert_eq!(bpu_base("1100000"), "1200000");
    assert_eq!(bpu_base("20199999"), "19700000");
    assert_eq!(bpu_base("20200000"), "20700000");
}

fn contract_jkk(value: &str) -> Value {
    let r = ok(json!({"asOf":"2024-01-01","segment":"construction","contractValue":value}));
    line(&r, "JKK")["employer"].clone()
}

#[test]
fn construction_tiers_are_marginal_at_every_edge() {
    // Just at 100M: all at 0.21%; 1 more rupiah adds 0.17% of it.
    assert_eq!(contract_jkk("100000000"), "210000");
    assert_eq!(contract_jkk("100000100"), "210000"); // +Rp0.17 rounds away
    assert_eq!(contract_jkk("100001000"), "210002"); // +Rp1.70
    assert_eq!(contract_jkk("99999000"), "209998"); // −Rp2.10
                                                    // 500M: 210,000 + 0.17% × 400M = 890,000
    assert_eq!(contract_jkk("500000000"), "890000");
    assert_eq!(contract_jkk("500001000"), "890001"); // +Rp1.30
                                                     // 1B: 890,000 + 0.13% × 500M = 1,540,000
    assert_eq!(contract_jkk("1000000000"), "1540000");
    // 5B: 1,540,000 + 0.11% × 4B = 5,940,000; above it 0.09%.
    assert_eq!(contract_jkk("5000000000"), "5940000");
    assert_eq!(contract_jkk("6000000000"), "6840000");
}

fn relief_id(r: &Value, program: &str) -> Value {
    line(r, program)["relief"]["id"].clone()
}

#[test]
fn pp49_2020_applies_to_contribution_months_august_2020_to_january_2021() {
    for (date, applies) in [
        ("2020-07-31", false),
        ("2020-08-01", true),
        ("2021-01-31", true),
        ("2021-02-01", false),
    ] {
        let r = ok(wage_earner(date, "5000000", 1, "large"));
        assert_eq!(relief_id(&r, "JKK") == "pp49_2020", applies, "{date}");
        assert_eq!(relief_id(&r, "JKM") == "pp49_2020", applies, "{date}");
    }
}

#[test]
fn the_labour_intensive_jkk_relief_runs_february_2025_to_january_2026() {
    for (date, applies) in [
        ("2025-01-31", false),
        ("2025-02-01", true),
        ("2025-07-31", true),
        ("2025-08-01", true),
        ("2026-01-31", true),
        ("2026-02-01", false),
    ] {
        let mut req = wage_earner(date, "5000000", 3, "large");
        req["laborIntensive"] = json!(true);
        let r = ok(req);
        assert_eq!(!relief_id(&r, "JKK").is_null(), applies, "{date}");
        assert!(
            relief_id(&r, "JKM").is_null(),
            "JKM is never cut by PP 7/2025 ({date})"
        );
        // An employer that does not qualify pays the full rate.
        let r = ok(wage_earner(date, "5000000", 3, "large"));
        assert_eq!(line(&r, "JKK")["employer"], "44500", "{date}");
    }
}

#[test]
fn pp50_windows_for_transport_and_other_informal_workers() {
    let cases = [
        ("2025-12-31", false, false),
        ("2026-01-01", true, false),
        ("2026-03-31", true, false),
        ("2026-04-01", true, true),
        ("2026-12-31", true, true),
        ("2027-01-01", true, false),
        ("2027-03-31", true, false),
        ("2027-04-01", false, false),
    ];
    for (date, transport, other) in cases {
        for (occupation, expect) in [
            ("driver", transport),
            ("courier", transport),
            ("farmer", other),
            ("fisher", other),
            ("streetVendor", other),
            ("religiousWorker", other),
            ("other", other),
        ] {
            let r = ok(self_employed(date, "1000000", occupation));
            let expected_total = if expect { "8400" } else { "16800" };
            assert_eq!(total(&r)["total"], expected_total, "{occupation} on {date}");
        }
    }
}

/// The window for informal workers outside transport was first known from one news report; it
/// is verified against PP 50/2025 Pasal 7 huruf b, so both windows cite their article.
#[test]
fn both_pp50_windows_cite_their_article_of_pp50() {
    let r = ok(self_employed("2026-05-01", "1000000", "fisher"));
    assert_eq!(line(&r, "JKK")["relief"]["verified"], true);
    assert!(line(&r, "JKK")["sources"]
        .to_string()
        .contains("Pasal 7 huruf b"));
    let r = ok(self_employed("2026-05-01", "1000000", "driver"));
    assert!(line(&r, "JKK")["sources"]
        .to_string()
        .contains("Pasal 7 huruf a"));
}

#[test]
fn a_public_budget_pays_the_full_amount_and_says_why() {
    let mut req = self_employed("2026-05-01", "1000000", "driver");
    req["publicBudget"] = json!(true);
    let r = ok(req);
    assert_eq!(total(&r)["total"], "16800");
    assert!(line(&r, "JKK")["relief"].is_null());
    assert!(line(&r, "JKK")["notes"][0]
        .as_str()
        .unwrap()
        .contains("APBN/APBD"));
    assert_eq!(r["warnings"][0]["code"], "villageBudgetUnsettled");
}

#[test]
fn an_unknown_occupation_lists_the_accepted_codes() {
    let e = err(self_employed("2026-05-01", "1000000", "astronaut"));
    assert_eq!(e["code"], "invalidInput");
    assert_eq!(e["field"], "occupation");
    let msg = e["message"].as_str().unwrap();
    for code in [
        "farmer",
        "fisher",
        "streetVendor",
        "religiousWorker",
        "driver",
        "courier",
        "other",
    ] {
        assert!(
            msg.contains(&format!("\"{code}\"")),
            "{code} missing from {msg}"
        );
    }
}

#[test]
fn jp_stops_at_the_retirement_age_of_the_year() {
    // 2026: retirement age 59 (PP 45/2015 Pasal 15). Born 1967-06-15: 58 on 2026-06-14, 59 on 2026-06-15.
    let mut req = wage_earner("2026-06-14", "5000000", 1, "large");
    req["birthDate"] = json!("1967-06-15");
    assert!(has_line(&ok(req.clone()), "JP"));
    req["asOf"] = json!("2026-06-15");
    let r = ok(req);
    assert!(!has_line(&r, "JP"));
    assert_eq!(
        r["contributions"]["notIncluded"][0]["code"],
        "reachedRetirementAge"
    );
    // In 2024 the age was 58 (so a 58-year-old stops), in 2018 it was 56.
    let mut req = wage_earner("2024-06-01", "5000000", 1, "large");
    req["birthDate"] = json!("1966-01-01");
    assert!(!has_line(&ok(req), "JP"));
    let mut req = wage_earner("2018-06-01", "5000000", 1, "large");
    req["birthDate"] = json!("1962-07-01");
    assert!(has_line(&ok(req.clone()), "JP"));
    req["birthDate"] = json!("1962-05-31");
    assert!(!has_line(&ok(req), "JP"));
}

#[test]
fn jp_is_not_counted_for_small_and_micro_enterprises() {
    for size in ["micro", "small"] {
        let r = ok(wage_earner("2025-06-01", "5000000", 2, size));
        assert!(!has_line(&r, "JP"), "{size}");
        assert_eq!(
            r["contributions"]["notIncluded"][0]["code"],
            "notMandatoryForEnterpriseSize"
        );
        assert!(
            has_line(&r, "JKP"),
            "JKP needs JKK, JKM, JHT only for {size}"
        );
    }
}

#[test]
fn jkp_starts_with_pp37_2021() {
    let r = ok(wage_earner("2021-02-01", "5000000", 1, "large"));
    assert!(!has_line(&r, "JKP"));
    assert_eq!(
        r["contributions"]["notIncluded"][0]["code"],
        "notYetInForce"
    );
    let r = ok(wage_earner("2021-02-02", "5000000", 1, "large"));
    assert_eq!(line(&r, "JKP")["government"], "11000");
}

#[test]
fn jkp_uses_the_wage_up_to_five_million() {
    for (wage, base) in [
        ("4999999", "4999999"),
        ("5000000", "5000000"),
        ("5000001", "5000000"),
    ] {
        let r = ok(wage_earner("2025-06-01", wage, 1, "large"));
        assert_eq!(line(&r, "JKP")["base"], base);
    }
}

#[test]
fn migrant_workers_are_covered_from_august_2017() {
    let e = err(json!({"asOf":"2017-07-31","segment":"migrant","contractMonths":24}));
    assert_eq!(e["code"], "notApplicable");
    let r = ok(json!({"asOf":"2017-08-01","segment":"migrant","contractMonths":24}));
    assert_eq!(total(&r)["total"], "370000");
}

#[test]
fn migrant_jht_is_one_of_the_listed_amounts() {
    let base =
        json!({"asOf":"2024-01-01","segment":"migrant","contractMonths":12,"includeJht":true});
    for (amount, good) in [
        ("49999", false),
        ("50000", true),
        ("75000", false),
        ("100000", true),
        ("600000", true),
        ("600001", false),
    ] {
        let mut req = base.clone();
        req["jhtMonthlyAmount"] = json!(amount);
        match calc(req) {
            Ok(r) => {
                assert!(good, "{amount}");
                assert_eq!(line(&r, "JHT")["worker"], amount);
            }
            Err(e) => {
                assert!(!good, "{amount}");
                assert_eq!(e["field"], "jhtMonthlyAmount");
            }
        }
    }
}

#[test]
fn dates_outside_coverage_are_refused_not_extrapolated() {
    let e = err(wage_earner("2015-06-30", "5000000", 1, "large"));
    assert_eq!(e["code"], "outOfCoverage");
    assert_eq!(e["field"], "asOf");
    assert!(calc(wage_earner("2015-07-01", "5000000", 1, "large")).is_ok());
    let r = ok(wage_earner("2027-12-31", "5000000", 1, "large"));
    assert_eq!(r["warnings"][0]["code"], "afterVerifiedUntil");
    assert_eq!(
        err(wage_earner("2028-01-01", "5000000", 1, "large"))["code"],
        "outOfCoverage"
    );
    let r = ok(wage_earner("2026-11-25", "5000000", 1, "large"));
    assert!(r["warnings"].as_array().unwrap().is_empty());
}

#[test]
fn daily_and_weekly_incomes_become_monthly_with_the_assumption_shown() {
    let r = ok(json!({"asOf":"2024-06-01","segment":"selfEmployed","dailyIncome":"60000"}));
    // 60,000 × 25 = 1,500,000: bracket 1,500,000–1,699,000.
    assert_eq!(r["contributions"]["income"]["monthly"], "1500000");
    assert_eq!(r["contributions"]["bracket"]["base"], "1600000");
    let r = ok(
        json!({"asOf":"2024-06-01","segment":"selfEmployed","weeklyIncome":"300000","lang":"en"}),
    );
    // 300,000 × 52 / 12 = 1,300,000.
    assert_eq!(r["contributions"]["income"]["monthly"], "1300000");
    assert!(r["contributions"]["income"]["explanation"]
        .as_str()
        .unwrap()
        .contains("assumption"));
    let e = err(
        json!({"asOf":"2024-06-01","segment":"selfEmployed","weeklyIncome":"300000","dailyIncome":"1"}),
    );
    assert_eq!(e["code"], "invalidInput");
}
