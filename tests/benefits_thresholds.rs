//! Every threshold of the benefit rules, just below, at and just above: 179/180/181 JP
//! months, age 53/54 at JKP registration, 11/12 contribution months in 24, the 6 consecutive
//! months before PP 6/2025, the JKP claim windows, the JHT waiting month and age 56, and
//! the input bounds (errors naming the field, never a panic).

use serde_json::{json, Value};

fn calc(request: &Value) -> Result<Value, Value> {
    match bpjstk_calc::calculate_json(&request.to_string()) {
        Ok(r) => Ok(serde_json::to_value(&r).unwrap()),
        Err(e) => Err(serde_json::to_value(&e).unwrap()),
    }
}

fn ok(request: Value) -> Value {
    calc(&request).unwrap_or_else(|e| panic!("{request} failed: {e}"))
}

fn err(request: Value) -> Value {
    match calc(&request) {
        Ok(v) => panic!("{request} should fail, got {v}"),
        Err(e) => e,
    }
}

fn eligibility<'a>(r: &'a Value, program: &str, topic: &str) -> &'a Value {
    r["eligibility"]
        .as_array()
        .and_then(|es| es.iter().find(|e| e["program"] == program && e["topic"] == topic))
        .unwrap_or_else(|| panic!("no {program} {topic} in {r}"))
}

fn status(r: &Value, program: &str, topic: &str) -> String {
    eligibility(r, program, topic)["status"].as_str().unwrap().to_owned()
}

fn has_benefit(r: &Value, program: &str, kind: &str) -> bool {
    r["benefits"].as_array().is_some_and(|bs| bs.iter().any(|b| b["program"] == program && b["kind"] == kind))
}

fn base(as_of: &str) -> Value {
    json!({"asOf": as_of, "segment": "wageEarner", "monthlyWage": "5000000", "riskGroup": 2, "enterpriseSize": "medium", "lang": "en"})
}

fn retirement(months: u32) -> Value {
    let mut q = base("2026-06-01");
    q["birthDate"] = json!("1966-01-01");
    q["event"] = json!({"kind": "retirement", "date": "2026-05-01"});
    q["history"] = json!({"monthsContributed": months});
    ok(q)
}

#[test]
fn with_179_months_the_pension_is_a_lump_sum_and_from_180_a_monthly_pension() {
    let r = retirement(179);
    assert_eq!(status(&r, "JP", "oldAgePension"), "notEligible");
    assert!(!has_benefit(&r, "JP", "oldAgePension"));
    assert!(r["notComputed"].as_array().unwrap().iter().any(|n| n["code"] == "lumpSumReturnsRuleNotFound"));
    for m in [180, 181] {
        let r = retirement(m);
        assert_eq!(status(&r, "JP", "oldAgePension"), "eligible", "{m}");
        assert!(has_benefit(&r, "JP", "oldAgePension"));
    }
}

#[test]
fn the_old_age_pension_waits_for_the_retirement_age_of_the_year() {
    // 2026: retirement age 59. Born 1967-05-02: 58 on 2026-05-01, 59 on 2026-05-02.
    let req = |day: &str| {
        let mut q = base("2026-06-01");
        q["birthDate"] = json!("1967-05-02");
        q["event"] = json!({"kind": "retirement", "date": day});
        q["history"] = json!({"monthsContributed": 200});
        ok(q)
    };
    assert_eq!(status(&req("2026-05-01"), "JP", "oldAgePension"), "notEligible");
    assert_eq!(status(&req("2026-05-02"), "JP", "oldAgePension"), "eligible");
}

#[test]
fn small_enterprises_are_not_in_jp_and_the_self_employed_never() {
    let mut q = base("2026-06-01");
    q["enterpriseSize"] = json!("small");
    assert_eq!(status(&ok(q), "JP", "participation"), "notAvailable");
    let r = ok(json!({"asOf": "2026-06-01", "segment": "selfEmployed", "monthlyIncome": "2000000"}));
    assert_eq!(status(&r, "JP", "participation"), "notAvailable");
    assert_eq!(status(&r, "JKP", "participation"), "notAvailable");
}

fn job_loss(phk: &str, as_of: &str, history: Value, birth: &str) -> Value {
    let mut q = base(as_of);
    q["birthDate"] = json!(birth);
    q["event"] = json!({"kind": "jobLoss", "date": phk, "jobLossCause": "layoff"});
    q["history"] = history;
    ok(q)
}

fn months_in_24(n: usize) -> Value {
    // The n most recent months paid, the earlier ones not.
    let mut v = vec![false; 24];
    for x in v.iter_mut().rev().take(n) {
        *x = true;
    }
    json!({"last24": v})
}

#[test]
fn jkp_needs_12_contribution_months_within_24() {
    let r = job_loss("2025-05-01", "2025-05-10", months_in_24(11), "1990-01-01");
    assert_eq!(status(&r, "JKP", "cashBenefit"), "notEligible");
    assert!(!has_benefit(&r, "JKP", "cashBenefit"));
    let r = job_loss("2025-05-01", "2025-05-10", months_in_24(12), "1990-01-01");
    assert_eq!(status(&r, "JKP", "cashBenefit"), "eligible");
    assert!(has_benefit(&r, "JKP", "cashBenefit"));
}

#[test]
fn before_pp_6_2025_the_last_6_months_had_to_be_paid_in_a_row_and_after_it_not() {
    let mut gap = vec![true; 24];
    gap[20] = false; // the fourth month before the PHK unpaid
    let h = json!({"last24": gap});
    let r = job_loss("2024-05-01", "2024-05-10", h.clone(), "1990-01-01");
    assert_eq!(status(&r, "JKP", "cashBenefit"), "notEligible");
    let r = job_loss("2025-03-01", "2025-03-10", h, "1990-01-01");
    assert_eq!(status(&r, "JKP", "cashBenefit"), "eligible");
}

#[test]
fn jkp_needs_registration_before_54() {
    // Born 1969-06-15: 53 on 2023-06-14, 54 on 2023-06-15.
    let at = |start: &str| {
        let mut h = months_in_24(24);
        h["membershipStart"] = json!(start);
        job_loss("2025-05-01", "2025-05-10", h, "1969-06-15")
    };
    assert_eq!(status(&at("2023-06-14"), "JKP", "cashBenefit"), "eligible");
    assert_eq!(status(&at("2023-06-15"), "JKP", "cashBenefit"), "notEligible");
}

#[test]
fn without_a_registration_date_an_older_worker_is_undecided_and_told_what_decides() {
    let r = job_loss("2025-05-01", "2025-05-10", months_in_24(24), "1970-01-01");
    let e = eligibility(&r, "JKP", "cashBenefit");
    assert_eq!(e["status"], "undecided");
    assert!(e["decidedBy"].as_array().unwrap().iter().any(|f| f == "history.membershipStart"));
}

#[test]
fn resignation_and_a_contract_at_its_term_give_no_jkp_but_an_early_end_does() {
    for (cause, want) in [("resignation", "notEligible"), ("contractExpired", "notEligible"), ("retirement", "notEligible"), ("contractEndedEarly", "eligible"), ("layoff", "eligible")] {
        let mut q = base("2025-05-10");
        q["birthDate"] = json!("1990-01-01");
        q["event"] = json!({"kind": "jobLoss", "date": "2025-05-01", "jobLossCause": cause});
        q["history"] = months_in_24(24);
        assert_eq!(status(&ok(q), "JKP", "cashBenefit"), want, "{cause}");
    }
}

#[test]
fn the_jkp_claim_window_is_3_months_under_pp_37_2021_and_6_under_pp_6_2025() {
    let claim = |phk: &str, on: &str| {
        let mut q = base("2026-06-01");
        q["birthDate"] = json!("1990-01-01");
        q["event"] = json!({"kind": "jobLoss", "date": phk, "jobLossCause": "layoff", "claimDate": on});
        q["history"] = months_in_24(24);
        status(&ok(q), "JKP", "cashBenefit")
    };
    assert_eq!(claim("2023-05-01", "2023-08-01"), "eligible");
    assert_eq!(claim("2023-05-01", "2023-08-02"), "notEligible");
    assert_eq!(claim("2025-05-01", "2025-11-01"), "eligible");
    assert_eq!(claim("2025-05-01", "2025-11-02"), "notEligible");
    // Still open on 7 Feb 2025 under the 3-month window: the 6-month window applies.
    assert_eq!(claim("2024-12-01", "2025-05-20"), "eligible");
    // Lapsed before 7 Feb 2025: whether it revives is unknown.
    assert_eq!(claim("2024-10-01", "2025-03-01"), "undecided");
}

#[test]
fn a_foreign_worker_is_not_in_jkp() {
    let mut q = base("2025-05-10");
    q["citizenship"] = json!("WNA");
    q["birthDate"] = json!("1990-01-01");
    q["event"] = json!({"kind": "jobLoss", "date": "2025-05-01", "jobLossCause": "layoff"});
    q["history"] = months_in_24(24);
    let r = ok(q);
    assert_eq!(status(&r, "JKP", "participation"), "notAvailable");
    assert_eq!(status(&r, "JKP", "cashBenefit"), "notEligible");
}

#[test]
fn jht_is_paid_one_month_after_resignation_and_at_56() {
    let resign = |as_of: &str| {
        let mut q = base(as_of);
        q["event"] = json!({"kind": "resignation", "date": "2025-01-15"});
        q["birthDate"] = json!("1990-01-01");
        status(&ok(q), "JHT", "withdrawal")
    };
    assert_eq!(resign("2025-02-14"), "notEligible");
    assert_eq!(resign("2025-02-15"), "eligible");
    let age = |birth: &str| {
        let mut q = base("2026-06-01");
        q["birthDate"] = json!(birth);
        status(&ok(q), "JHT", "withdrawal")
    };
    assert_eq!(age("1970-06-02"), "notEligible");
    assert_eq!(age("1970-06-01"), "eligible");
}

#[test]
fn the_jkk_claim_lapses_after_2_years_before_pp_82_2019_and_5_years_after() {
    let r = |day: &str, as_of: &str| {
        let mut q = base(as_of);
        q["event"] = json!({"kind": "workAccidentDeath", "date": day});
        status(&ok(q), "JKK", "deathBenefit")
    };
    assert_eq!(r("2019-01-10", "2021-01-10"), "eligible");
    assert_eq!(r("2019-01-10", "2021-01-11"), "notEligible");
    assert_eq!(r("2020-01-10", "2025-01-10"), "eligible");
    assert_eq!(r("2020-01-10", "2025-01-11"), "notEligible");
}

#[test]
fn the_jp_widow_pension_counts_15_years_only_with_a_year_of_membership_and_80_percent_density() {
    let death = |start: &str, months: u32| {
        let mut q = base("2026-06-01");
        q["event"] = json!({"kind": "death", "date": "2026-05-01"});
        q["history"] = json!({"monthsContributed": months, "membershipStart": start});
        ok(q)
    };
    let r = death("2025-05-01", 12);
    assert_eq!(status(&r, "JP", "survivorPension"), "eligible");
    assert!(has_benefit(&r, "JP", "widowPension"));
    let r = death("2025-06-01", 11);
    assert_eq!(status(&r, "JP", "survivorPension"), "notEligible");
    let r = death("2024-05-01", 19); // 24 months of membership, 79% density
    assert_eq!(status(&r, "JP", "survivorPension"), "notEligible");
    let r = death("2024-05-01", 20);
    assert_eq!(status(&r, "JP", "survivorPension"), "eligible");
}

#[test]
fn unknown_keys_inside_a_group_name_their_path() {
    let mut q = base("2026-06-01");
    q["event"] = json!({"kind": "death", "typo": 1});
    let e = err(q);
    assert_eq!(e["code"], "unknownField");
    assert_eq!(e["field"], "event.typo");
    let mut q = base("2026-06-01");
    q["assumptions"] = json!({"jhtReturn": "0.05", "inflation": "0.03"});
    assert_eq!(err(q)["field"], "assumptions.inflation");
}

#[test]
fn out_of_range_inputs_are_refused_with_the_accepted_range() {
    let cases = [
        (json!({"history": {"monthsContributed": 1201}}), "history.monthsContributed"),
        (json!({"history": {"last24": [true, false]}}), "history.last24"),
        (json!({"event": {"kind": "temporaryIncapacity", "incapacityMonths": 0}}), "event.incapacityMonths"),
        (json!({"event": {"kind": "disability", "disabilityKind": "partialAnatomical", "disabilityPercentage": "101"}}), "event.disabilityPercentage"),
        (json!({"event": {"kind": "disability", "disabilityKind": "partialAnatomical", "disabilityPercentage": "0"}}), "event.disabilityPercentage"),
        (json!({"event": {"kind": "flood"}}), "event.kind"),
        (json!({"event": {"kind": "death", "date": "2026-07-01"}}), "event.date"),
        (json!({"assumptions": {"jhtReturn": "0.51"}}), "assumptions.jhtReturn"),
        (json!({"assumptions": {"wageGrowth": 0.05}}), "assumptions.wageGrowth"),
        (json!({"assumptions": {"targetAge": 14}}), "assumptions.targetAge"),
        (json!({"jhtBalance": "-1"}), "jhtBalance"),
        (json!({"citizenship": "wni"}), "citizenship"),
        (json!({"family": {"children": [{"level": "phd"}]}}), "family.children[].level"),
    ];
    for (extra, field) in cases {
        let mut q = base("2026-06-01");
        for (k, v) in extra.as_object().unwrap() {
            q[k] = v.clone();
        }
        let e = err(q);
        assert_eq!(e["field"], field, "{e}");
        assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
}

#[test]
fn every_request_gets_eligibility_for_all_five_programs() {
    for q in [
        base("2026-06-01"),
        json!({"asOf": "2026-06-01", "segment": "selfEmployed", "monthlyIncome": "2000000"}),
        json!({"asOf": "2026-06-01", "segment": "construction", "contractValue": "500000000"}),
        json!({"asOf": "2026-06-01", "segment": "migrant", "contractMonths": 24}),
    ] {
        let r = ok(q);
        for p in ["JKK", "JKM", "JHT", "JP", "JKP"] {
            eligibility(&r, p, "participation");
        }
    }
}

/// PP 45/2015 Pasal 21-23: 50% of the formula to the widow or widower, else 50% to the
/// children, else 20% to a parent; Pasal 21(3) deems 15 years only before the retirement age.
#[test]
fn survivors_get_50_50_or_20_percent_in_the_order_of_the_regulation() {
    let death = |family: Value, birth: &str, months: u32| {
        let mut q = base("2026-06-01");
        q["birthDate"] = json!(birth);
        q["event"] = json!({"kind": "death", "date": "2026-05-01"});
        q["history"] = json!({"monthsContributed": months, "membershipStart": "2016-01-01", "averageIndexedWage": "6000000"});
        q["family"] = family;
        ok(q)
    };
    let amount = |r: &Value, kind: &str| -> i64 {
        r["benefits"].as_array().unwrap().iter().find(|b| b["kind"] == kind).map(|b| b["amount"].as_str().unwrap().parse().unwrap()).unwrap_or(-1)
    };
    // 120 months in 124 of membership (over 80%), before the retirement age: 15 years are
    // deemed, 1% × 180/12 × 6,000,000 = 900,000 a month before the share.
    let r = death(json!({"spouse": true, "children": [{"age": 5}]}), "1980-01-01", 120);
    assert_eq!(amount(&r, "widowPension"), 450_000);
    let r = death(json!({"spouse": false, "children": [{"age": 5}]}), "1980-01-01", 120);
    assert_eq!(amount(&r, "childPension"), 450_000);
    let r = death(json!({"spouse": false, "parents": true}), "1980-01-01", 120);
    assert_eq!(amount(&r, "parentPension"), 180_000);
    let parent = r["benefits"].as_array().unwrap().iter().find(|b| b["kind"] == "parentPension").unwrap();
    assert!(parent["sources"].as_array().unwrap().iter().any(|s| s["article"] == "Pasal 23 ayat (2)" && s["verified"] == true));
    // Died at 60, past the retirement age of 59, with 120 months: no deemed 15 years.
    let r = death(json!({"spouse": true}), "1966-01-01", 120);
    assert_eq!(status(&r, "JP", "survivorPension"), "notEligible");
    let r = death(json!({"spouse": true}), "1980-01-01", 120);
    assert_eq!(status(&r, "JP", "survivorPension"), "eligible");
}

fn not_computed(r: &Value, code: &str) -> bool {
    r["notComputed"].as_array().is_some_and(|ns| ns.iter().any(|n| n["code"] == code))
}

#[test]
fn each_segment_gets_the_benefits_it_can_and_says_what_it_cannot() {
    // Self-employed: JKK on the bracket's nominal income (Rp2,000,000 for Rp2,000,000), not JP.
    let r = ok(json!({"asOf": "2026-06-01", "segment": "selfEmployed", "monthlyIncome": "2000000",
                      "event": {"kind": "workAccidentDeath"}}));
    let death = r["benefits"].as_array().unwrap().iter().find(|b| b["program"] == "JKK" && b["kind"] == "deathBenefit").unwrap();
    assert_eq!(death["amount"], "96000000");
    assert!(not_computed(&r, "wageEarnersOnly"));
    assert!(not_computed(&r, "jhtNotChosen"));
    // Construction by contract value: no wage, so the wage-based JKK parts are not computed,
    // but the fixed ones are.
    let r = ok(json!({"asOf": "2026-06-01", "segment": "construction", "contractValue": "900000000",
                      "event": {"kind": "workAccidentDeath"}}));
    assert!(not_computed(&r, "wageUnknown"));
    assert!(has_benefit(&r, "JKK", "funeral"));
    assert!(!has_benefit(&r, "JKK", "deathBenefit"));
    // Construction with a known wage: JKK on it.
    let r = ok(json!({"asOf": "2026-06-01", "segment": "construction", "monthlyWage": "3000000",
                      "event": {"kind": "workAccidentDeath"}}));
    assert!(has_benefit(&r, "JKK", "deathBenefit"));
    // Migrant workers: the Permenaker 4/2023 amounts were not retrieved; nothing is invented.
    let r = ok(json!({"asOf": "2026-06-01", "segment": "migrant", "contractMonths": 24, "event": {"kind": "death"}}));
    assert!(not_computed(&r, "migrantBenefitsNotRetrieved"));
    assert!(r["benefits"].as_array().is_none_or(|b| b.iter().all(|b| b["program"] != "JKM")));
}

#[test]
fn the_pp_44_2015_disability_rows_swap_for_the_left_handed() {
    let arm = |left_handed: bool| {
        let mut q = base("2026-06-01");
        q["event"] = json!({"kind": "disability", "disabilityKind": "partialAnatomical", "disabilityItem": "rightArmShoulder", "leftHanded": left_handed});
        let r = ok(q);
        r["benefits"].as_array().unwrap().iter().find(|b| b["kind"] == "partialDisability").unwrap()["amount"].clone()
    };
    assert_eq!(arm(false), "160000000"); // 40% × 80 × 5,000,000
    assert_eq!(arm(true), "140000000"); // 35% × 80 × 5,000,000
}

#[test]
fn a_percentage_the_user_gives_is_used_but_marked_unverified() {
    let mut q = base("2026-06-01");
    q["event"] = json!({"kind": "disability", "disabilityKind": "partialAnatomical", "disabilityPercentage": "12.5"});
    let r = ok(q);
    let b = r["benefits"].as_array().unwrap().iter().find(|b| b["kind"] == "partialDisability").unwrap();
    assert_eq!(b["amount"], "50000000"); // 12.5% × 80 × 5,000,000
    assert_eq!(b["verified"], false);
    assert_eq!(b["estimate"], true);
    let mut q = base("2026-06-01");
    q["event"] = json!({"kind": "disability", "disabilityKind": "partialAnatomical"});
    assert!(not_computed(&ok(q), "disabilityPercentageNeeded"));
}

/// V10, V11: JKP claims were paid from 1 February 2022; a termination the day before is
/// undecided, with no request field that could decide it.
#[test]
fn a_termination_before_jkp_claims_were_paid_is_undecided() {
    let r = job_loss("2022-01-31", "2022-02-10", months_in_24(24), "1990-01-01");
    let e = eligibility(&r, "JKP", "cashBenefit");
    assert_eq!(e["status"], "undecided");
    assert!(e.get("decidedBy").is_none_or(|d| d.as_array().is_some_and(|a| a.is_empty())));
    let r = job_loss("2022-02-01", "2022-02-10", months_in_24(24), "1990-01-01");
    assert_eq!(status(&r, "JKP", "cashBenefit"), "eligible");
}
