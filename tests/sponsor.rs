//! The sponsor budget (docs/contract-sponsor.md): groups of self-employed workers paid for by
//! a village, a regional government, a cooperative or an NGO, month by month, each month by
//! the law in force in it. Source ids refer to shared/reference/regulations.md.

mod common;
use common::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;

fn d(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().unwrap_or_else(|| panic!("money is a string: {v}"))).expect("money parses")
}

fn budget(as_of: &str, months: u32, groups: Value) -> Value {
    json!({"asOf": as_of, "segment": "selfEmployed", "sponsor": {"months": months, "groups": groups}})
}

fn periods(group: &Value) -> Vec<(String, String, u64, String, bool)> {
    group["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["from"].as_str().unwrap().to_owned(),
                p["until"].as_str().unwrap().to_owned(),
                p["months"].as_u64().unwrap(),
                p["monthly"].as_str().unwrap().to_owned(),
                p["relief"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn p(from: &str, until: &str, months: u64, monthly: &str, relief: bool) -> (String, String, u64, String, bool) {
    (from.into(), until.into(), months, monthly.into(), relief)
}

fn group_line<'a>(group: &'a Value, program: &str) -> &'a Value {
    group["lines"].as_array().unwrap().iter().find(|l| l["program"] == program).unwrap_or_else(|| panic!("no {program} in {group}"))
}

/// kilasriau (V21), ntvnews (V22): PP 50/2025 halves the cheapest package from Rp16,800 to
/// Rp8,400 (JKK 5,000 + JKM 3,400); the relief ends with December 2026 for informal workers
/// outside transport (V23) and with March 2027 for drivers (V22). A village budgeting 120
/// fishers and 30 ojek drivers on the lowest bracket from November 2026 for a year pays the
/// relief price for 2 and 5 months, the full Rp16,800 for the other 10 and 7.
#[test]
fn a_village_budget_for_120_fishers_and_30_drivers_over_a_year() {
    let r = ok(budget(
        "2026-11-01",
        12,
        json!([
            {"count": 120, "monthlyIncome": "1000000", "occupation": "fisher", "includeJht": false},
            {"count": 30, "bracket": 1, "occupation": "driver"}
        ]),
    ));
    let s = &r["sponsor"];
    assert_eq!(s["firstMonth"], "2026-11");
    assert_eq!(s["lastMonth"], "2027-10");
    assert_eq!(s["workers"], 150);
    let fishers = &s["groups"][0];
    assert_eq!(periods(fishers), vec![p("2026-11", "2026-12", 2, "8400", true), p("2027-01", "2027-10", 10, "16800", false)]);
    assert_eq!((fishers["reliefMonths"].as_u64(), fishers["fullPriceMonths"].as_u64()), (Some(2), Some(10)));
    // 120 × (8,400 × 2 + 16,800 × 10) = 120 × 184,800.
    assert_eq!(fishers["perWorker"], "184800");
    assert_eq!(fishers["subtotal"], "22176000");
    assert_eq!(
        fishers["explanation"],
        "120 × (Rp8.400 × 2 bulan + Rp16.800 × 10 bulan) = Rp22.176.000 (November 2026 – Desember 2026: Rp8.400 dengan keringanan; Januari 2027 – Oktober 2027: Rp16.800 harga penuh)"
    );
    assert_eq!(group_line(fishers, "JKK")["subtotal"], "13200000");
    assert_eq!(group_line(fishers, "JKM")["subtotal"], "8976000");
    assert_eq!(fishers["periods"][0]["lines"][0]["relief"], "pp50_2025_other");
    assert_eq!(fishers["periods"][0]["lines"][0]["fullAmount"], "10000");

    let drivers = &s["groups"][1];
    assert_eq!(drivers["base"], "1000000");
    assert_eq!(periods(drivers), vec![p("2026-11", "2027-03", 5, "8400", true), p("2027-04", "2027-10", 7, "16800", false)]);
    // 30 × (8,400 × 5 + 16,800 × 7) = 30 × 159,600.
    assert_eq!(drivers["subtotal"], "4788000");
    assert_eq!(s["total"], "26964000");
    let by_program: Vec<(&str, &str)> =
        s["programs"].as_array().unwrap().iter().map(|p| (p["program"].as_str().unwrap(), p["total"].as_str().unwrap())).collect();
    // JKK: 13,200,000 + 30 × (5,000 × 5 + 10,000 × 7); JKM: 8,976,000 + 30 × (3,400 × 5 + 6,800 × 7).
    assert_eq!(by_program, vec![("JKK", "16050000"), ("JKM", "10914000")]);
    // Every line cites its rule, and the relief months cite PP 50/2025.
    let jkk = group_line(drivers, "JKK");
    let instruments: Vec<&str> = jkk["sources"].as_array().unwrap().iter().map(|x| x["instrument"].as_str().unwrap()).collect();
    assert!(instruments.contains(&"PP 44/2015") && instruments.contains(&"PP 50/2025"), "{instruments:?}");
    assert!(r["warnings"].as_array().unwrap().iter().all(|w| w["code"] != "villageBudgetUnsettled"));
}

/// The last relief month and the first full-price month, on each side of both ends.
#[test]
fn the_relief_ends_with_december_2026_for_a_fisher_and_march_2027_for_a_driver() {
    let r = ok(budget("2026-12-31", 2, json!([{"count": 1, "monthlyIncome": "1000000", "occupation": "fisher"}])));
    assert_eq!(periods(&r["sponsor"]["groups"][0]), vec![p("2026-12", "2026-12", 1, "8400", true), p("2027-01", "2027-01", 1, "16800", false)]);
    assert_eq!(r["sponsor"]["total"], "25200");

    let r = ok(budget("2027-03-31", 2, json!([{"count": 1, "monthlyIncome": "1000000", "occupation": "driver"}])));
    assert_eq!(periods(&r["sponsor"]["groups"][0]), vec![p("2027-03", "2027-03", 1, "8400", true), p("2027-04", "2027-04", 1, "16800", false)]);

    // A fisher in the same months as the driver pays full price throughout.
    let r = ok(budget("2027-03-01", 2, json!([{"count": 1, "monthlyIncome": "1000000", "occupation": "fisher"}])));
    assert_eq!(periods(&r["sponsor"]["groups"][0]), vec![p("2027-03", "2027-04", 2, "16800", false)]);
    // Other informal workers' relief starts in April 2026 (V23): March is full price.
    let r = ok(budget("2026-03-01", 2, json!([{"count": 1, "monthlyIncome": "1000000", "occupation": "streetVendor"}])));
    assert_eq!(periods(&r["sponsor"]["groups"][0]), vec![p("2026-03", "2026-03", 1, "16800", false), p("2026-04", "2026-04", 1, "8400", true)]);
}

/// PP 50/2025 excludes contributions paid from APBN/APBD (§1.8); a village is asked to set
/// `publicBudget` and then budgets the full amount, with the warning.
#[test]
fn a_public_budget_pays_full_price_and_is_warned_about_village_budgets() {
    let mut req = budget("2026-11-01", 12, json!([{"count": 120, "monthlyIncome": "1000000", "occupation": "fisher"}]));
    req["publicBudget"] = json!(true);
    let r = ok(req);
    let g = &r["sponsor"]["groups"][0];
    assert_eq!(periods(g), vec![p("2026-11", "2027-10", 12, "16800", false)]);
    assert_eq!(g["reliefMonths"], 0);
    assert_eq!(r["sponsor"]["publicBudget"], true);
    assert_eq!(r["sponsor"]["total"], "24192000"); // 120 × 16,800 × 12
    let codes: Vec<&str> = r["warnings"].as_array().unwrap().iter().map(|w| w["code"].as_str().unwrap()).collect();
    assert_eq!(codes.iter().filter(|c| **c == "villageBudgetUnsettled").count(), 1, "{codes:?}");
}

#[test]
fn jht_is_not_cut_and_its_months_are_one_term() {
    let r = ok(json!({"asOf": "2026-11-01", "segment": "selfEmployed", "lang": "en",
        "sponsor": {"months": 12, "groups": [{"count": 30, "bracket": 5, "occupation": "driver", "includeJht": true}]}}));
    let g = &r["sponsor"]["groups"][0];
    assert_eq!(g["base"], "1800000");
    assert_eq!(group_line(g, "JHT")["explanation"], "JHT: 30 × Rp36,000 × 12 months = Rp12,960,000");
    assert_eq!(group_line(g, "JKK")["explanation"], "JKK: 30 × (Rp9,000 × 5 months + Rp18,000 × 7 months) = Rp5,130,000");
    assert_eq!(g["subtotal"], "20028000");
    assert!(r["sponsor"]["explanation"].as_str().unwrap().starts_with("30 workers for 12 months"));
}

#[test]
fn a_daily_income_is_converted_as_for_one_worker() {
    // Rp60,000 a day × 25 = Rp1,500,000: bracket 4, base Rp1,600,000 (JKK 16,000 + JKM 6,800).
    let r = ok(budget("2025-05-01", 3, json!([{"count": 10, "dailyIncome": "60000"}])));
    let g = &r["sponsor"]["groups"][0];
    assert_eq!((g["bracket"].as_u64(), g["monthlyIncome"].as_str()), (Some(4), Some("1500000")));
    assert_eq!(g["subtotal"], "684000");
    assert_eq!(g["occupation"], "other");
}

#[test]
fn detail_amounts_leaves_out_the_sentences_but_not_the_figures() {
    let mut req = budget("2026-11-01", 12, json!([{"count": 120, "monthlyIncome": "1000000", "occupation": "fisher"}]));
    req["detail"] = json!("amounts");
    let r = ok(req);
    assert_eq!(r["sponsor"]["total"], "22176000");
    assert!(r["sponsor"]["explanation"].is_null());
    assert!(r["sponsor"]["groups"][0]["explanation"].is_null());
    assert!(!r["sponsor"]["groups"][0]["lines"][0]["sources"].as_array().unwrap().is_empty());
}

/// The largest budget accepted: 100 groups of 1,000,000 workers for 60 months on the top
/// bracket with JHT (Rp207,000 + Rp6,800 + Rp414,000 = Rp627,800 a month, S38/S39), in months
/// without relief. The exact product, no overflow.
#[test]
fn the_largest_budget_is_exact() {
    let groups: Vec<Value> = (0..100).map(|_| json!({"count": 1_000_000, "bracket": 33, "includeJht": true})).collect();
    let r = ok(budget("2021-02-01", 60, json!(groups)));
    assert_eq!(r["sponsor"]["groups"][0]["periods"][0]["monthly"], "627800");
    assert_eq!(r["sponsor"]["total"], "3766800000000000");
    assert_eq!(r["sponsor"]["lastMonth"], "2026-01");
}

fn err_of(req: Value) -> (String, String, String) {
    let e = err(req);
    let e = &e;
    (
        e["code"].as_str().unwrap_or_default().to_owned(),
        e["field"].as_str().unwrap_or_default().to_owned(),
        e["message"].as_str().unwrap_or_default().to_owned(),
    )
}

#[test]
fn bad_input_names_the_field_by_its_path() {
    let g = || json!({"count": 10, "monthlyIncome": "1000000"});
    let cases: Vec<(Value, &str, &str)> = vec![
        (budget("2026-01-01", 12, json!([{"count": 0, "monthlyIncome": "1000000"}])), "invalidInput", "sponsor.groups[0].count"),
        (budget("2026-01-01", 12, json!([{"count": 1_000_001, "monthlyIncome": "1000000"}])), "invalidInput", "sponsor.groups[0].count"),
        (budget("2026-01-01", 12, json!([{"monthlyIncome": "1000000"}])), "invalidInput", "sponsor.groups[0].count"),
        (budget("2026-01-01", 61, json!([g()])), "invalidInput", "sponsor.months"),
        (budget("2026-01-01", 0, json!([g()])), "invalidInput", "sponsor.months"),
        (budget("2026-01-01", 12, json!([{"count": 1, "monthlyIncome": "1000000", "x": 1}])), "unknownField", "sponsor.groups[0].x"),
        (json!({"asOf": "2026-01-01", "segment": "selfEmployed", "sponsor": {"months": 1, "groups": [g()], "extra": 1}}), "unknownField", "sponsor.extra"),
        (budget("2026-01-01", 12, json!([g(), {"count": 1, "monthlyIncome": "1.000.000"}])), "invalidInput", "sponsor.groups[1].monthlyIncome"),
        (budget("2026-01-01", 12, json!([g(), {"count": 1, "bracket": 1, "occupation": "pilot"}])), "invalidInput", "sponsor.groups[1].occupation"),
        (budget("2026-01-01", 12, json!([{"count": 1, "bracket": 34}])), "invalidInput", "sponsor.groups[0].bracket"),
        (budget("2026-01-01", 12, json!([{"count": 1, "bracket": 2, "monthlyIncome": "1000000"}])), "invalidInput", "sponsor.groups[0].bracket"),
        (budget("2026-01-01", 12, json!([{"count": 1, "monthlyIncome": "1000000", "dailyIncome": "50000"}])), "invalidInput", "sponsor.groups[0].dailyIncome"),
        (budget("2026-01-01", 12, json!([{"count": 1}])), "invalidInput", "sponsor.groups[0].monthlyIncome"),
        (budget("2026-01-01", 12, json!([{"count": 1, "bracket": 1, "includeJht": "yes"}])), "invalidInput", "sponsor.groups[0].includeJht"),
        (budget("2026-01-01", 12, json!([])), "invalidInput", "sponsor.groups"),
        (budget("2026-01-01", 12, json!((0..101).map(|_| g()).collect::<Vec<_>>())), "invalidInput", "sponsor.groups"),
        (budget("2026-01-01", 12, json!([1])), "invalidInput", "sponsor.groups[0]"),
        (json!({"asOf": "2026-01-01", "segment": "selfEmployed", "sponsor": [1]}), "invalidInput", "sponsor"),
        (budget("2014-01-01", 12, json!([g()])), "outOfCoverage", "asOf"),
        (budget("2026-13-01", 12, json!([g()])), "invalidInput", "asOf"),
        (json!({"segment": "selfEmployed", "sponsor": {"months": 1, "groups": [g()]}}), "invalidInput", "asOf"),
        (json!({"asOf": "2026-01-01", "segment": "wageEarner", "sponsor": {"months": 1, "groups": [g()]}}), "notApplicable", "sponsor"),
        (json!({"asOf": "2026-01-01", "segment": "selfEmployed", "monthlyIncome": "1000000", "sponsor": {"months": 1, "groups": [g()]}}), "notApplicable", "monthlyIncome"),
        (json!({"asOf": "2026-01-01", "segment": "selfEmployed", "sponsr": 1, "sponsor": {"months": 1, "groups": [g()]}}), "unknownField", "sponsr"),
        (json!({"asOf": "2026-01-01", "segment": "selfEmployed", "publicBudget": "ya", "sponsor": {"months": 1, "groups": [g()]}}), "invalidInput", "publicBudget"),
    ];
    for (req, code, field) in cases {
        let (c, f, m) = err_of(req.clone());
        assert_eq!((c.as_str(), f.as_str()), (code, field), "{req}: {m}");
        assert!(!m.is_empty());
    }
}

#[test]
fn a_group_error_message_names_the_path_in_the_request_language() {
    let req = json!({"asOf": "2026-01-01", "segment": "selfEmployed", "lang": "en",
        "sponsor": {"months": 1, "groups": [{"count": 1, "monthlyIncome": "-5"}]}});
    let (_, _, m) = err_of(req);
    assert!(m.contains("`sponsor.groups[0].monthlyIncome` must be more than Rp0"), "{m}");
}

/// The computable range ends on 31 December of the year after the verified-until date
/// (conventions::EXTRAPOLATION_YEARS); a budget running past it names `sponsor.months` and the
/// last month that can be computed.
#[test]
fn months_past_the_computable_range_are_out_of_coverage() {
    let until = ok(self_employed("2024-01-01", "1000000", "other"))["rules"]["verifiedUntil"].as_str().unwrap().to_owned();
    let last_year: i32 = until[..4].parse::<i32>().unwrap() + 1;
    // From January of the verified year to December of the next: 24 months fit, 25 do not.
    let from = format!("{}-01-15", last_year - 1);
    ok(budget(&from, 24, json!([{"count": 1, "bracket": 1}])));
    let mut req = budget(&from, 25, json!([{"count": 1, "bracket": 1}]));
    req["lang"] = json!("en");
    let (code, field, message) = err_of(req);
    assert_eq!((code.as_str(), field.as_str()), ("outOfCoverage", "sponsor.months"));
    assert!(message.contains(&format!("the last month that can be computed is December {last_year}")), "{message}");
    assert!(message.contains("at most 24 months"), "{message}");
}

#[test]
fn a_null_sponsor_is_an_ordinary_request() {
    let mut req = self_employed("2026-02-01", "1000000", "driver");
    req["sponsor"] = Value::Null;
    let r = ok(req);
    assert_eq!(total(&r)["total"], "8400");
    assert!(r.get("sponsor").is_none());
}

#[test]
fn the_command_line_answers_a_sponsor_request() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let req = budget("2026-11-01", 12, json!([{"count": 120, "monthlyIncome": "1000000", "occupation": "fisher"}]));
    let mut child = Command::new(env!("CARGO_BIN_EXE_bpjstk-calc"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child.stdin.take().unwrap().write_all(req.to_string().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["sponsor"]["total"], "22176000");
}

fn run_cli(args: &[&str], input: &str) -> (i32, Value) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_bpjstk-calc"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), serde_json::from_slice(&out.stdout).expect("JSON out"))
}

/// The same budget from a CSV of groups, with the top level from the arguments.
#[test]
fn the_command_line_reads_groups_from_csv() {
    let csv = "\u{feff}count,monthlyIncome,bracket,occupation,includeJht\r\n120,1000000,,fisher,false\r\n\r\n30,,1,driver,\r\n";
    let (code, v) = run_cli(&["--sponsor-csv", "--as-of=2026-11-01", "--months=12"], csv);
    assert_eq!(code, 0, "{v}");
    let json = ok(budget(
        "2026-11-01",
        12,
        json!([{"count": 120, "monthlyIncome": "1000000", "occupation": "fisher", "includeJht": false}, {"count": 30, "bracket": 1, "occupation": "driver"}]),
    ));
    assert_eq!(v["sponsor"], json["sponsor"]);

    let (code, v) = run_cli(&["--sponsor-csv", "--as-of=2026-11-01", "--months=12", "--public-budget", "--lang=en"], csv);
    assert_eq!(code, 0);
    assert_eq!(v["sponsor"]["total"], "30240000"); // 150 × 16,800 × 12
    assert_eq!(v["lang"], "en");

    // Errors name the group by its index (data row 1 is groups[0]) and the exit status is 2.
    let (code, v) = run_cli(&["--sponsor-csv", "--as-of=2026-11-01", "--months=12"], "count,bracket\n5,1\n0,1\n");
    assert_eq!((code, v["error"]["field"].as_str()), (2, Some("sponsor.groups[1].count")));
    let (_, v) = run_cli(&["--sponsor-csv", "--as-of=2026-11-01", "--months=12"], "count,salary\n1,2\n");
    assert_eq!((v["error"]["code"].as_str(), v["error"]["field"].as_str()), (Some("unknownField"), Some("salary")));
    let (_, v) = run_cli(&["--sponsor-csv", "--as-of=2026-11-01", "--months=12"], "count,bracket\n1,1,9\n");
    assert_eq!(v["error"]["field"], "sponsor.groups[0]");
    let (_, v) = run_cli(&["--sponsor-csv", "--as-of=2026-11-01"], "count,bracket\n1,1\n");
    assert_eq!(v["error"]["field"], "sponsor.months");
}

fn occupation_strategy() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("fisher"), Just("driver"), Just("courier"), Just("farmer"), Just("other")]
}

fn group_strategy() -> impl Strategy<Value = Value> {
    (1u32..=500, prop_oneof![(1u64..=25_000_000).prop_map(Some), Just(None)], 1usize..=33, occupation_strategy(), any::<bool>()).prop_map(
        |(count, income, bracket, occupation, jht)| match income {
            Some(i) => json!({"count": count, "monthlyIncome": i.to_string(), "occupation": occupation, "includeJht": jht}),
            None => json!({"count": count, "bracket": bracket, "occupation": occupation, "includeJht": jht}),
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, .. ProptestConfig::default() })]

    /// The budget equals, for every group, the count times the sum of the single-worker,
    /// single-month answers (the first month on `asOf`, the others on their first day).
    #[test]
    fn the_total_is_the_sum_of_single_worker_single_month_answers(
        start in 0i32..36, day in 1u32..=28, months in 1u32..=14, public in any::<bool>(),
        groups in proptest::collection::vec(group_strategy(), 1..=3)
    ) {
        // Months from January 2025 (so that every budget ends by December 2027).
        let (y, m) = (2025 + start / 12, (start % 12) as u32 + 1);
        let months = months.min((36 - start) as u32);
        let as_of = format!("{y:04}-{m:02}-{day:02}");
        let mut req = budget(&as_of, months, json!(groups));
        req["publicBudget"] = json!(public);
        let r = ok(req);
        let mut expected_total = Decimal::ZERO;
        for (i, g) in groups.iter().enumerate() {
            let mut per_worker = Decimal::ZERO;
            for k in 0..months {
                let t = start + k as i32;
                let date = if k == 0 { as_of.clone() } else { format!("{:04}-{:02}-01", 2025 + t / 12, t % 12 + 1) };
                let mut single = json!({"asOf": date, "segment": "selfEmployed", "publicBudget": public,
                    "occupation": g["occupation"], "includeJht": g["includeJht"]});
                match g.get("monthlyIncome") {
                    Some(inc) => single["monthlyIncome"] = inc.clone(),
                    None => single["monthlyIncome"] = r["sponsor"]["groups"][i]["base"].clone(),
                }
                per_worker += d(&total(&ok(single))["total"]);
            }
            let count = Decimal::from(g["count"].as_u64().unwrap());
            let got = &r["sponsor"]["groups"][i];
            prop_assert_eq!(d(&got["perWorker"]), per_worker);
            prop_assert_eq!(d(&got["subtotal"]), per_worker * count);
            let months_counted = got["reliefMonths"].as_u64().unwrap() + got["fullPriceMonths"].as_u64().unwrap();
            prop_assert_eq!(months_counted, u64::from(months));
            let lines: Decimal = got["lines"].as_array().unwrap().iter().map(|l| d(&l["subtotal"])).sum();
            prop_assert_eq!(lines, per_worker * count);
            expected_total += per_worker * count;
        }
        prop_assert_eq!(d(&r["sponsor"]["total"]), expected_total);
        let programs: Decimal = r["sponsor"]["programs"].as_array().unwrap().iter().map(|p| d(&p["total"])).sum();
        prop_assert_eq!(programs, expected_total);
    }
}

/// Issue 17: a village budgeting for farmers also learns what each covered family would get:
/// each group carries the protection summary of one worker's own request in the first month,
/// the same as that worker asking alone.
#[test]
fn each_group_says_what_one_family_would_get() {
    let budget = ok(json!({"asOf": "2026-12-08", "segment": "selfEmployed", "publicBudget": true,
        "sponsor": {"months": 12, "groups": [{"count": 200, "dailyIncome": "60000", "occupation": "farmer"}, {"count": 5, "bracket": 1, "occupation": "fisher"}]}}));
    let alone = ok(json!({"asOf": "2026-12-08", "segment": "selfEmployed", "publicBudget": true, "dailyIncome": "60000", "occupation": "farmer"}));
    let groups = budget["sponsor"]["groups"].as_array().unwrap();
    assert_eq!(groups[0]["protection"], alone["protection"]);
    // PP 82/2019 Pasal 34 (S15): Rp42 juta on a death, whatever the income.
    for g in groups {
        let death = g["protection"]["risks"].as_array().unwrap().iter().find(|r| r["risk"] == "death").unwrap();
        assert_eq!(death["total"], "42000000");
    }
    let amounts = ok(json!({"asOf": "2026-12-08", "segment": "selfEmployed", "detail": "amounts",
        "sponsor": {"months": 1, "groups": [{"count": 1, "bracket": 1}]}}));
    assert!(amounts["sponsor"]["groups"][0].get("protection").is_none());
}
