//! Golden benefit cases from outside sources, one per benefit and per regime change
//! (2 December 2019 for JKK/JKM, 7 February 2025 for JKP, 1 March of each year for the JP
//! minimum and maximum). Each test is named as a sentence and cites its source (ids of
//! shared/reference/regulations.md). Expected figures are frozen: a failure is fixed in the
//! code or the law data, never here, unless the source was wrong (and the commit says so).

use serde_json::{json, Value};

fn ok(request: Value) -> Value {
    match bpjstk_calc::calculate_json(&request.to_string()) {
        Ok(r) => serde_json::to_value(&r).unwrap(),
        Err(e) => panic!("request {request} failed: {e}"),
    }
}

fn benefit<'a>(r: &'a Value, program: &str, kind: &str) -> &'a Value {
    r["benefits"]
        .as_array()
        .and_then(|bs| bs.iter().find(|b| b["program"] == program && b["kind"] == kind))
        .unwrap_or_else(|| panic!("no {program} {kind} benefit in {r}"))
}

fn amount(r: &Value, program: &str, kind: &str) -> i64 {
    benefit(r, program, kind)["amount"].as_str().unwrap().parse().unwrap()
}

fn status<'a>(r: &'a Value, program: &str, topic: &str) -> &'a str {
    r["eligibility"]
        .as_array()
        .and_then(|es| es.iter().find(|e| e["program"] == program && e["topic"] == topic))
        .and_then(|e| e["status"].as_str())
        .unwrap_or_else(|| panic!("no {program} {topic} eligibility in {r}"))
}

fn wage_earner(as_of: &str, wage: &str, event: Value) -> Value {
    json!({"asOf": as_of, "segment": "wageEarner", "monthlyWage": wage, "riskGroup": 1,
           "enterpriseSize": "large", "event": event})
}

/// Okezone, 26 Apr 2023 (S15), with Harian Jogja and Kompas on PP 82/2019 (S16, S17): the JKM
/// death benefit totals Rp42 juta: Rp20 juta lump sum, Rp12 juta periodic, Rp10 juta funeral.
#[test]
fn a_death_in_2023_pays_42_million_rupiah_of_jkm_cash() {
    let r = ok(wage_earner("2023-04-26", "5000000", json!({"kind": "death", "date": "2023-04-20"})));
    assert_eq!(amount(&r, "JKM", "deathBenefit"), 20_000_000);
    assert_eq!(amount(&r, "JKM", "periodic"), 12_000_000);
    assert_eq!(amount(&r, "JKM", "funeral"), 10_000_000);
    let total: i64 = ["deathBenefit", "periodic", "funeral"].iter().map(|k| amount(&r, "JKM", k)).sum();
    assert_eq!(total, 42_000_000);
}

/// PP 44/2015 Pasal 34(1) (V1) and the before/after tables of S16, S17, S18: a death on
/// 1 December 2019 pays Rp24 juta (16.2 + 4.8 + 3); from 2 December 2019, Rp42 juta.
#[test]
fn jkm_cash_rises_from_24_to_42_million_on_2_december_2019() {
    let sum = |day: &str| {
        let r = ok(wage_earner("2019-12-10", "5000000", json!({"kind": "death", "date": day})));
        ["deathBenefit", "periodic", "funeral"].iter().map(|k| amount(&r, "JKM", k)).sum::<i64>()
    };
    assert_eq!(sum("2019-12-01"), 24_000_000);
    assert_eq!(sum("2019-12-02"), 42_000_000);
}

/// PP 44/2015 Pasal 34(1)(d) and 34(2) (V1): before PP 82/2019 the JKM scholarship was Rp12
/// juta once, after 5 years of contributions; PP 82/2019 needs 3 years (S15, S16).
#[test]
fn the_jkm_scholarship_needed_5_years_before_2_december_2019_and_3_years_after() {
    let req = |day: &str, months: u32| {
        let mut q = wage_earner("2019-12-10", "5000000", json!({"kind": "death", "date": day}));
        q["history"] = json!({"monthsContributed": months});
        ok(q)
    };
    let before = req("2019-12-01", 48);
    assert_eq!(status(&before, "JKM", "scholarship"), "notEligible");
    let before = req("2019-12-01", 60);
    assert_eq!(amount(&before, "JKM", "scholarship"), 12_000_000);
    let after = req("2019-12-02", 36);
    assert_eq!(status(&after, "JKM", "scholarship"), "eligible");
    let after = req("2019-12-02", 35);
    assert_eq!(status(&after, "JKM", "scholarship"), "notEligible");
}

/// detikFinance Oct 2021 quoting bpjsketenagakerjaan.go.id, IDX Channel, Okezone (S21, S22,
/// S15): scholarships up to Rp87 juta per child, Rp174 juta for two children.
#[test]
fn scholarships_reach_87_million_per_child_and_174_million_for_two() {
    let mut q = wage_earner("2024-05-01", "5000000", json!({"kind": "workAccidentDeath"}));
    assert_eq!(amount(&ok(q.clone()), "JKK", "scholarship"), 174_000_000);
    q["family"] = json!({"children": [{"level": "tk"}, {"level": "sd"}, {"level": "sma"}]});
    let r = ok(q);
    let per_child: Vec<i64> = r["benefits"].as_array().unwrap().iter()
        .filter(|b| b["program"] == "JKK" && b["kind"] == "scholarship")
        .map(|b| b["amount"].as_str().unwrap().parse().unwrap())
        .collect();
    // Two children at most: from TK all levels (87 juta), from SD 84 juta.
    assert_eq!(per_child, vec![87_000_000, 84_000_000]);
}

/// GridStar, detikFinance, radarmukomuko (S23, S21, S19): JKK death is 60% × 80 × wage =
/// 48 × wage, plus Rp10 juta funeral and Rp12 juta periodic benefit under PP 82/2019.
#[test]
fn a_fatal_work_accident_pays_48_months_of_wage_plus_funeral_and_periodic() {
    let r = ok(wage_earner("2024-01-10", "5000000", json!({"kind": "workAccidentDeath", "date": "2024-01-05"})));
    assert_eq!(amount(&r, "JKK", "deathBenefit"), 240_000_000);
    assert_eq!(amount(&r, "JKK", "funeral"), 10_000_000);
    assert_eq!(amount(&r, "JKK", "periodic"), 12_000_000);
    assert_eq!(status(&r, "JKM", "deathBenefit"), "notEligible");
}

/// S23, S19: the JKK death benefit is at least the JKM death benefit (Rp20 juta from 2 Dec 2019;
/// Rp16.2 juta before, with Rp3 juta funeral and Rp4.8 juta periodic, S25 and S16).
#[test]
fn the_jkk_death_benefit_never_falls_below_the_jkm_lump_sum_of_its_regime() {
    let low = "300000"; // 48 × 300,000 = 14.4 juta, under both floors
    let after = ok(wage_earner("2020-01-10", low, json!({"kind": "workAccidentDeath", "date": "2019-12-02"})));
    assert_eq!(amount(&after, "JKK", "deathBenefit"), 20_000_000);
    let before = ok(wage_earner("2020-01-10", low, json!({"kind": "workAccidentDeath", "date": "2019-12-01"})));
    assert_eq!(amount(&before, "JKK", "deathBenefit"), 16_200_000);
    assert_eq!(amount(&before, "JKK", "funeral"), 3_000_000);
    assert_eq!(amount(&before, "JKK", "periodic"), 4_800_000);
}

/// S19, S23, S18: total permanent disability pays 70% × 80 × wage (56 × wage) plus Rp12 juta.
#[test]
fn total_permanent_disability_pays_56_months_of_wage_plus_12_million() {
    let r = ok(wage_earner("2024-01-10", "4000000", json!({"kind": "disability", "disabilityKind": "totalPermanent"})));
    assert_eq!(amount(&r, "JKK", "totalDisability"), 224_000_000);
    assert_eq!(amount(&r, "JKK", "periodic"), 12_000_000);
    assert_eq!(status(&r, "JKK", "scholarship"), "eligible");
}

/// seputarpabrik (S24) for the row, S19/S23 for the formula: losing one eye is 35% × 80 × wage.
#[test]
fn losing_one_eye_pays_35_percent_of_80_months_of_wage() {
    let r = ok(wage_earner("2024-01-10", "5000000", json!({"kind": "disability", "disabilityKind": "partialAnatomical", "disabilityItem": "oneEye"})));
    let b = &r["benefits"].as_array().unwrap().iter().find(|b| b["kind"] == "partialDisability").unwrap().clone();
    assert_eq!(b["amount"], "140000000");
    assert_eq!(b["verified"], false, "the table rows rest on one source");
}

/// Antara via bipol (S18), radarmukomuko (S19), Kompasiana (S20): under PP 82/2019 STMB pays
/// 100% of wage for the first 12 months, then 50%.
#[test]
fn temporary_incapacity_pays_full_wage_for_12_months_then_half() {
    let r = ok(wage_earner("2024-06-01", "4000000", json!({"kind": "temporaryIncapacity", "date": "2024-01-01", "incapacityMonths": 14})));
    let b = benefit(&r, "JKK", "stmb");
    assert_eq!(b["amount"], "52000000"); // 12 × 4 juta + 2 × 2 juta
    assert_eq!(b["schedule"][11]["rate"], "1");
    assert_eq!(b["schedule"][12]["rate"], "0.5");
}

/// S18 (one source): before 2 December 2019 only the first 6 months at 100% are known; the
/// later months of PP 44/2015 Lampiran III were not retrieved and must not be invented.
#[test]
fn before_december_2019_only_the_sourced_six_stmb_months_are_computed() {
    let r = ok(wage_earner("2019-11-30", "4000000", json!({"kind": "temporaryIncapacity", "incapacityMonths": 8})));
    let b = benefit(&r, "JKK", "stmb");
    assert_eq!(b["amount"], "24000000");
    assert_eq!(b["months"], 6);
    assert_eq!(b["verified"], false);
    assert!(r["notComputed"].as_array().unwrap().iter().any(|n| n["code"] == "stmbScheduleNotRetrieved"));
}

/// radarmukomuko, Kompasiana (S19, S20): transport caps Rp5 juta land, Rp2 juta sea, Rp10 juta air.
#[test]
fn transport_is_reimbursed_up_to_5_2_and_10_million_by_land_sea_and_air() {
    let r = ok(wage_earner("2024-06-01", "4000000", json!({"kind": "temporaryIncapacity", "incapacityMonths": 1})));
    assert_eq!(amount(&r, "JKK", "transportLand"), 5_000_000);
    assert_eq!(amount(&r, "JKK", "transportSea"), 2_000_000);
    assert_eq!(amount(&r, "JKK", "transportAir"), 10_000_000);
}

fn all_paid() -> Value {
    json!({"last24": vec![true; 24]})
}

/// wahananews, liputankukar, palpos, kaltenglima (S28): under PP 6/2025 the JKP wage basis is
/// capped at Rp5 juta, so at most Rp3 juta a month; 60% for 6 months (S26, S27).
#[test]
fn after_7_february_2025_jkp_pays_at_most_3_million_a_month_for_6_months() {
    let mut q = wage_earner("2025-06-01", "10000000", json!({"kind": "jobLoss", "date": "2025-05-01", "jobLossCause": "layoff"}));
    q["history"] = all_paid();
    q["birthDate"] = json!("1990-01-01");
    let r = ok(q);
    let b = benefit(&r, "JKP", "cashBenefit");
    assert_eq!(b["amount"], "18000000");
    for s in b["schedule"].as_array().unwrap() {
        assert_eq!(s["amount"], "3000000");
    }
    assert_eq!(status(&r, "JKP", "cashBenefit"), "eligible");
}

/// Reference §5.6 (S26, S27, S28; total [D]): under PP 37/2021, 45% for months 1–3 and 25% for
/// months 4–6 of a wage capped at Rp5 juta, at most Rp10.5 juta.
#[test]
fn under_pp_37_2021_jkp_paid_45_then_25_percent_at_most_10_5_million() {
    let mut q = wage_earner("2023-06-01", "9000000", json!({"kind": "jobLoss", "date": "2023-05-01", "jobLossCause": "layoff"}));
    q["history"] = all_paid();
    q["birthDate"] = json!("1990-01-01");
    let b = benefit(&ok(q), "JKP", "cashBenefit").clone();
    assert_eq!(b["amount"], "10500000");
    assert_eq!(b["schedule"][0]["amount"], "2250000");
    assert_eq!(b["schedule"][3]["amount"], "1250000");
}

/// PP 6/2025 Penjelasan Umum and Pasal II(2) (V3), as the reference reads them (§5.6): from
/// 7 February 2025 every JKP payment is 60%, also on a running claim for an earlier PHK. (Issue
/// 3 chose the regime by the termination date; the reference is newer and is followed.)
#[test]
fn a_running_jkp_claim_switches_to_60_percent_for_payments_from_7_february_2025() {
    let mut q = wage_earner("2025-03-01", "5000000", json!({"kind": "jobLoss", "date": "2024-12-15", "jobLossCause": "layoff"}));
    q["history"] = all_paid();
    q["birthDate"] = json!("1990-01-01");
    let b = benefit(&ok(q), "JKP", "cashBenefit").clone();
    let rates: Vec<&str> = b["schedule"].as_array().unwrap().iter().map(|s| s["rate"].as_str().unwrap()).collect();
    assert_eq!(rates, ["0.45", "0.6", "0.6", "0.6", "0.6", "0.6"]);
    assert_eq!(b["amount"], "17250000");
}

/// PP 46/2015 Pasal 22(4)–(5) (P5): after 10 years of membership, up to 30% for housing or
/// 10% for other retirement preparation.
#[test]
fn after_10_years_a_member_may_take_30_percent_for_a_home_or_10_percent_otherwise() {
    let mut q = json!({"asOf": "2026-06-01", "segment": "wageEarner", "monthlyWage": "6000000", "riskGroup": 1,
                       "enterpriseSize": "large", "jhtBalance": "80000000",
                       "history": {"membershipStart": "2016-06-01"}});
    let r = ok(q.clone());
    assert_eq!(status(&r, "JHT", "partialWithdrawal"), "eligible");
    assert_eq!(amount(&r, "JHT", "partialHousing"), 24_000_000);
    assert_eq!(amount(&r, "JHT", "partialOther"), 8_000_000);
    q["history"] = json!({"membershipStart": "2016-06-02"});
    assert_eq!(status(&ok(q), "JHT", "partialWithdrawal"), "notEligible");
}

/// i-admin 2023 and Kontan (S8, S10): from 1 March 2023 the JP minimum is Rp383,400 and the
/// maximum Rp4,598,100; before, the 2022 minimum Rp363,300 (V27, one source).
#[test]
fn the_jp_minimum_and_maximum_change_on_1_march_2023() {
    let req = |day: &str, avg: &str| {
        let mut q = wage_earner("2023-03-10", "5000000", json!({"kind": "retirement", "date": day}));
        q["birthDate"] = json!("1964-01-01");
        q["history"] = json!({"monthsContributed": 180, "averageIndexedWage": avg});
        ok(q)
    };
    assert_eq!(amount(&req("2023-02-28", "1000000"), "JP", "oldAgePension"), 363_300);
    assert_eq!(amount(&req("2023-03-01", "1000000"), "JP", "oldAgePension"), 383_400);
    assert_eq!(amount(&req("2023-03-01", "100000000"), "JP", "oldAgePension"), 4_598_100);
}

/// PP 45/2015 Pasal 17(2) (P11): 1% × years × average indexed wage; 20 years on Rp8 juta pays
/// Rp1.6 juta a month (within the 2024 limits of S1, S11, S13).
#[test]
fn twenty_years_on_8_million_give_a_pension_of_1_6_million_a_month() {
    let mut q = wage_earner("2024-06-01", "9000000", json!({"kind": "retirement"}));
    q["birthDate"] = json!("1966-01-01");
    q["history"] = json!({"monthsContributed": 240, "averageIndexedWage": "8000000"});
    let r = ok(q);
    assert_eq!(amount(&r, "JP", "oldAgePension"), 1_600_000);
    assert_eq!(status(&r, "JP", "oldAgePension"), "eligible");
}

/// Kemnaker kliping of 4 Nov 2019, Timboel Siregar (S25; the same figures in SBSINews): a
/// security guard earning Rp4 juta killed on duty on 27 Oct 2019, under PP 44/2015, got
/// 48 × Rp4 juta = Rp192 juta, Rp4.8 juta periodic, Rp3 juta funeral and a Rp12 juta
/// scholarship.
#[test]
fn the_guard_killed_on_duty_in_october_2019_got_192_million_plus_4_8_3_and_12() {
    let r = ok(wage_earner("2019-11-04", "4000000", json!({"kind": "workAccidentDeath", "date": "2019-10-27"})));
    assert_eq!(amount(&r, "JKK", "deathBenefit"), 192_000_000);
    assert_eq!(amount(&r, "JKK", "periodic"), 4_800_000);
    assert_eq!(amount(&r, "JKK", "funeral"), 3_000_000);
    assert_eq!(amount(&r, "JKK", "scholarship"), 12_000_000);
}

/// BPJS JP simulation deck, "Kasus 3 SIMULASI JP" (V31): the indexed wage is each year's wage
/// × the product of (1 + inflation) from that year to the year before the pension; all 15 rows
/// of its table, to the rupiah.
#[test]
fn the_bpjs_simulation_s_fifteen_indexed_wages_are_reproduced_to_the_rupiah() {
    use rust_decimal::Decimal;
    use std::str::FromStr;
    let d = |s: &str| Decimal::from_str(s).unwrap();
    // (inflation %, wage counted, indexed wage) for 2015 … 2029.
    let table = [
        ("7.00", "3000000", "6694617"), ("6.75", "3400000", "7090872"), ("6.50", "3810000", "7443511"),
        ("6.25", "4230000", "7759676"), ("6.00", "4740000", "8183755"), ("5.75", "5270000", "8583789"),
        ("5.50", "5840000", "8994994"), ("5.25", "6510000", "9504222"), ("5.00", "7190000", "9973380"),
        ("4.75", "7930000", "10476046"), ("4.75", "8770000", "11060372"), ("4.75", "9660000", "11630363"),
        ("4.75", "10630000", "12217866"), ("4.75", "11750000", "12892761"), ("4.75", "12930000", "13544175"),
    ];
    let rows: Vec<(Decimal, Decimal)> = table.iter().map(|(i, w, _)| (d(w), d(i) / Decimal::ONE_HUNDRED)).collect();
    let got = bpjstk_calc::benefits::indexed_wages(&rows).unwrap();
    let want: Vec<Decimal> = table.iter().map(|(_, _, x)| d(x)).collect();
    assert_eq!(got, want);
}

/// The same method through the request (`history.jpWages`), on the first rows of V31 (wages
/// under the real JP caps of those years): 1% × 15 years × the average indexed wage.
#[test]
fn a_pension_from_a_wage_history_uses_the_average_indexed_wage() {
    let mut q = wage_earner("2017-12-31", "4000000", json!({"kind": "retirement"}));
    q["birthDate"] = json!("1958-01-01");
    q["history"] = json!({"monthsContributed": 180, "jpWages": [
        {"year": 2015, "wage": "3000000", "inflation": "0.07"},
        {"year": 2016, "wage": "3400000", "inflation": "0.0675"},
        {"year": 2017, "wage": "3810000", "inflation": "0.065"}
    ]});
    // Indexed: 3,000,000 × 1.07 × 1.0675 × 1.065 = 3,649,409; 3,400,000 × 1.0675 × 1.065
    // = 3,865,418; 3,810,000 × 1.065 = 4,057,650; average 3,857,492 → 15% = 578,624 (within
    // the 2017 limits of V25).
    assert_eq!(amount(&ok(q), "JP", "oldAgePension"), 578_624);
}
