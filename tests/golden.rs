//! Golden cases from outside sources: worked examples and figures published by BPJS
//! Ketenagakerjaan, the regulations, or news quoting them. Each test is named as a sentence
//! and cites its source (the ids refer to shared/reference/regulations.md). These expected
//! figures are frozen: a failure is fixed in the code or the law data, never here, unless the
//! source itself was wrong (and then the commit says so).

mod common;
use common::*;
use serde_json::json;

/// Suara, 6 Jul 2023 (BPJS president director), GridStar, Tribun Solo (V24): the cheapest
/// informal-worker package is Rp16,800 a month, JKK Rp10,000 + JKM Rp6,800, on Rp1 juta.
#[test]
fn the_cheapest_informal_package_in_2023_is_16800_rupiah() {
    let r = ok(self_employed("2023-07-06", "1000000", "farmer"));
    assert_eq!(line(&r, "JKK")["worker"], "10000");
    assert_eq!(line(&r, "JKM")["worker"], "6800");
    assert_eq!(total(&r)["worker"], "16800");
}

/// Fame Grid (S38), Suara (V24): with the voluntary JHT the cheapest package is Rp36,800.
#[test]
fn with_jht_the_cheapest_informal_package_is_36800_rupiah() {
    let mut req = self_employed("2023-07-06", "1000000", "fisher");
    req["includeJht"] = json!(true);
    let r = ok(req);
    assert_eq!(line(&r, "JHT")["worker"], "20000");
    assert_eq!(total(&r)["total"], "36800");
}

/// radarmukomuko (S39), Fame Grid (S38): the highest BPU JKK is Rp207,000 and the highest
/// JHT Rp414,000 (top nominal income Rp20,700,000).
#[test]
fn the_top_informal_bracket_pays_207000_jkk_and_414000_jht() {
    let mut req = self_employed("2024-01-01", "50000000", "other");
    req["includeJht"] = json!(true);
    let r = ok(req);
    assert_eq!(line(&r, "JKK")["worker"], "207000");
    assert_eq!(line(&r, "JHT")["worker"], "414000");
    assert_eq!(r["contributions"]["bracket"]["base"], "20700000");
}

/// kilasriau (BPJS Pekanbaru branch head, V21), ntvnews (Kemnaker, V22): under PP 50/2025 an
/// ojek driver's cheapest package falls from Rp16,800 to Rp8,400 (JKK 5,000 + JKM 3,400).
#[test]
fn pp50_halves_a_drivers_cheapest_package_to_8400_rupiah() {
    let r = ok(self_employed("2026-02-01", "1000000", "driver"));
    assert_eq!(line(&r, "JKK")["worker"], "5000");
    assert_eq!(line(&r, "JKM")["worker"], "3400");
    assert_eq!(total(&r)["total"], "8400");
    assert_eq!(line(&r, "JKK")["relief"]["fullAmount"], "10000");
    assert_eq!(line(&r, "JKK")["relief"]["until"], "2027-03-31");
}

/// V21, V22: JHT is not cut, so the package with JHT goes from Rp36,800 to Rp28,400.
#[test]
fn pp50_leaves_jht_whole_so_the_package_with_jht_is_28400_rupiah() {
    let mut req = self_employed("2026-02-01", "1000000", "courier");
    req["includeJht"] = json!(true);
    let r = ok(req);
    assert_eq!(line(&r, "JHT")["worker"], "20000");
    assert!(line(&r, "JHT")["relief"].is_null());
    assert_eq!(total(&r)["total"], "28400");
}

/// Issue text for the bracket table (PP 44/2015 Lampiran II, reference §2.1): Rp1,550,000
/// falls in Rp1,500,000–Rp1,699,000 and is computed on Rp1,600,000.
#[test]
fn an_income_of_1550000_is_computed_on_1600000() {
    let r = ok(
        json!({"asOf":"2025-05-01","segment":"selfEmployed","monthlyIncome":"1550000","lang":"en"}),
    );
    let b = &r["contributions"]["bracket"];
    assert_eq!(b["from"], "1500000");
    assert_eq!(b["to"], "1699000");
    assert_eq!(b["base"], "1600000");
    assert_eq!(b["verified"], false);
    assert_eq!(
        b["explanation"],
        "Rp1,550,000 falls in bracket 4, Rp1,500,000–Rp1,699,000; contributions are computed on Rp1,600,000."
    );
    assert_eq!(line(&r, "JKK")["worker"], "16000");
}

/// BPJS TK letter B/1328/022020 (P12): from the March 2020 contribution month the JP wage cap
/// is Rp8,939,700 (8,939,722 rounded down). A wage above it pays 2% + 1% of the cap.
#[test]
fn from_march_2020_jp_is_computed_on_at_most_8939700() {
    let r = ok(wage_earner("2020-03-01", "10000000", 2, "large"));
    let jp = line(&r, "JP");
    assert_eq!(jp["base"], "8939700");
    assert_eq!(jp["employer"], "178794");
    assert_eq!(jp["worker"], "89397");
    // February 2020 still used the 2019 cap (P12: "mulai bulan tahun iuran Maret").
    let r = ok(wage_earner("2020-02-29", "10000000", 2, "large"));
    assert_eq!(line(&r, "JP")["base"], "8512400");
}

/// Letter B/0246/022021 (S7), rbtv.disway (S6): the 2021 JP cap went down, to Rp8,754,600.
#[test]
fn in_march_2021_the_jp_cap_fell_to_8754600() {
    let r = ok(wage_earner("2021-03-01", "9000000", 1, "medium"));
    assert_eq!(line(&r, "JP")["base"], "8754600");
    assert_eq!(line(&r, "JP")["total"], "262638");
}

/// A GitHub payroll test (G4, secondary) and Mondaq/InCorp for the 2026 cap (V30): a wage of
/// Rp11,086,300.01 in April 2026 pays JP Rp221,726 (employer) and Rp110,863 (worker).
#[test]
fn just_above_the_2026_cap_jp_is_221726_and_110863() {
    let r = ok(wage_earner("2026-04-01", "11086300.01", 1, "large"));
    assert_eq!(line(&r, "JP")["employer"], "221726");
    assert_eq!(line(&r, "JP")["worker"], "110863");
}

/// PP 44/2015 Lampiran I via GridStar (P18) and CNN (P16): JKK is 0.24/0.54/0.89/1.27/1.74%;
/// HReasily/postmarksocial/parapuan (S50): JKM 0.30%, JHT 3.7% + 2%, JP 2% + 1%.
#[test]
fn the_standard_wage_earner_rates_on_a_5_million_wage() {
    let expected_jkk = ["12000", "27000", "44500", "63500", "87000"];
    for (group, jkk) in (1..=5).zip(expected_jkk) {
        let r = ok(wage_earner("2024-06-01", "5000000", group, "large"));
        assert_eq!(line(&r, "JKK")["employer"], jkk, "group {group}");
        assert_eq!(line(&r, "JKM")["employer"], "15000");
        assert_eq!(line(&r, "JHT")["employer"], "185000");
        assert_eq!(line(&r, "JHT")["worker"], "100000");
        assert_eq!(line(&r, "JP")["employer"], "100000");
        assert_eq!(line(&r, "JP")["worker"], "50000");
    }
}

/// Kontan quoting PP 7/2025 Pasal 4 (P17): for qualifying labour-intensive industries JKK is
/// 0.12 / 0.27 / 0.445 / 0.635 / 0.87 %.
#[test]
fn pp7_2025_halves_jkk_for_labour_intensive_industry() {
    let expected = ["6000", "13500", "22250", "31750", "43500"];
    for (group, jkk) in (1..=5).zip(expected) {
        let mut req = wage_earner("2025-03-01", "5000000", group, "large");
        req["laborIntensive"] = json!(true);
        let r = ok(req);
        assert_eq!(line(&r, "JKK")["employer"], jkk, "group {group}");
        assert_eq!(line(&r, "JKM")["employer"], "15000", "JKM is not cut");
    }
}

/// CNN quoting PP 49/2020 (P16) and PP 49/2020 Pasal 9 (P3): JKK and JKM at 1% of normal for
/// August 2020 – January 2021: JKK 0.0024%, JKM 0.003% of the wage.
#[test]
fn pp49_2020_cuts_jkk_and_jkm_to_one_percent() {
    let r = ok(wage_earner("2020-08-01", "5000000", 1, "large"));
    assert_eq!(line(&r, "JKK")["employer"], "120");
    assert_eq!(line(&r, "JKM")["employer"], "150");
    assert_eq!(line(&r, "JHT")["total"], "285000", "JHT unchanged");
    assert_eq!(line(&r, "JP")["total"], "150000", "JP deferred, not cut");
}

/// PP 49/2020 restated in the Kemnaker e-kliping (P14): BPU JKM 1% × Rp6,800 = Rp68.
#[test]
fn pp49_2020_informal_jkm_is_68_rupiah() {
    let r = ok(self_employed("2020-10-15", "1000000", "farmer"));
    assert_eq!(line(&r, "JKM")["worker"], "68");
    assert_eq!(line(&r, "JKK")["worker"], "100");
}

/// Permenaker 4/2023 Pasal 18 (P8) and Radar Lampung et al. (S40): Rp37,500 before placement
/// and Rp332,500 for a 24-month contract, the "Rp370,000" headline.
#[test]
fn a_migrant_worker_with_a_24_month_contract_pays_370000() {
    let r = ok(json!({"asOf":"2023-06-01","segment":"migrant","contractMonths":24}));
    assert_eq!(total(&r)["worker"], "370000");
    let r = ok(
        json!({"asOf":"2023-06-01","segment":"migrant","contractMonths":12,"extensionMonths":2}),
    );
    assert_eq!(total(&r)["total"], (37500 + 189000 + 2 * 13500).to_string());
    let r = ok(json!({"asOf":"2023-06-01","segment":"migrant","contractMonths":6}));
    assert_eq!(total(&r)["total"], (37500 + 108000).to_string());
}

/// fame.grid.id (S31), Okezone on PP 6/2025 (S26): JKP was 0.46% = government 0.22% + JKK
/// 0.14% + JKM 0.10%, on the wage capped at Rp5 juta; from 7 Feb 2025 0.36% without JKM.
#[test]
fn jkp_funding_before_and_after_pp6_2025() {
    let r = ok(wage_earner("2022-01-01", "8000000", 3, "large"));
    let jkp = line(&r, "JKP");
    assert_eq!(jkp["base"], "5000000");
    assert_eq!(jkp["government"], "11000");
    assert_eq!(jkp["employer"], "0");
    assert_eq!(jkp["redirected"][0]["amount"], "7000");
    assert_eq!(jkp["redirected"][1]["amount"], "5000");
    // The employer's JKK and JKM lines are unchanged by the recomposition.
    assert_eq!(line(&r, "JKK")["employer"], "71200");
    assert_eq!(line(&r, "JKM")["employer"], "24000");

    let r = ok(wage_earner("2025-02-07", "8000000", 3, "large"));
    let jkp = line(&r, "JKP");
    assert_eq!(jkp["government"], "11000");
    assert_eq!(jkp["redirected"].as_array().map(Vec::len), Some(1));
    assert_eq!(jkp["redirected"][0]["from"], "JKK");
}

/// GridStar (S36, S37) and PP 49/2020 Pasal 12 (P2): construction JKK 0.21/0.17/0.13/0.11/0.09%
/// and JKM 0.03/0.02/0.02/0.01/0.01% on the slices of the contract value.
#[test]
fn a_two_billion_contract_pays_the_marginal_tiers() {
    let r = ok(json!({"asOf":"2024-01-01","segment":"construction","contractValue":"2000000000"}));
    // 0.21%×100M + 0.17%×400M + 0.13%×500M + 0.11%×1,000M
    assert_eq!(line(&r, "JKK")["employer"], "2640000");
    // 0.03%×100M + 0.02%×400M + 0.02%×500M + 0.01%×1,000M
    assert_eq!(line(&r, "JKM")["employer"], "310000");
    assert_eq!(line(&r, "JKK")["period"], "once");
}

/// PP 44/2015, Penjelasan Pasal 54 ayat (2) and Pasal 55 ayat (2) (read in the regulation's
/// text): a Rp180 juta contract pays JKK 0.21% × 100 jt + 0.17% × 80 jt = Rp346,000 and JKM
/// 0.03% × 100 jt + 0.02% × 80 jt = Rp46,000.
#[test]
fn the_regulations_own_example_a_180_million_contract_pays_346000_and_46000() {
    let r = ok(json!({"asOf":"2016-01-01","segment":"construction","contractValue":"180000000"}));
    assert_eq!(line(&r, "JKK")["employer"], "346000");
    assert_eq!(line(&r, "JKM")["employer"], "46000");
}

/// PP 7/2025 Pasal 9 ayat (1): during the labour-intensive relief the JKK part redirected into
/// JKP is 0.120% for risk group 1 and 0.140% for the other groups, on the JKP wage.
#[test]
fn during_the_pp7_relief_jkp_takes_0_12_percent_from_group_1_and_0_14_from_the_others() {
    for (group, redirected) in [(1, "6000"), (2, "7000"), (5, "7000")] {
        let mut req = wage_earner("2025-06-01", "8000000", group, "large");
        req["laborIntensive"] = json!(true);
        let r = ok(req);
        let jkp = line(&r, "JKP");
        assert_eq!(jkp["redirected"][0]["amount"], redirected, "group {group}");
        assert_eq!(
            jkp["redirected"][0]["sources"][0]["article"],
            "Pasal 9 ayat (1)"
        );
    }
}

/// detikFinance and Okezone on Permenaker 4/2023 (secondary, two sources): before it, the
/// during-and-after amount was one flat Rp332,500 for any contract up to 24 months; the 6- and
/// 12-month packages are new.
#[test]
fn before_permenaker_4_2023_every_contract_length_paid_332500() {
    for months in [6, 12, 24] {
        let r = ok(json!({"asOf":"2022-06-01","segment":"migrant","contractMonths":months}));
        assert_eq!(total(&r)["total"], "370000", "{months} months");
    }
}
