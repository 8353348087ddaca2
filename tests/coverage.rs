//! The shape of the law data over time: every parameter has exactly one value on every day
//! from the coverage date to the verified-until date (no gap, no overlap), every source is a
//! registered instrument, and every segment computes on every month of coverage.

mod common;
use bpjstk_calc::date::Date;
use bpjstk_calc::law::{self, Value};
use common::*;
use serde_json::json;

fn months() -> Vec<Date> {
    let mut d = law::coverage_from();
    let end = law::verified_until();
    let mut out = Vec::new();
    while d <= end {
        out.push(d);
        d = d.add_months(1);
    }
    out
}

#[test]
fn every_parameter_starts_at_coverage_and_its_dates_strictly_increase() {
    assert_eq!(law::coverage_from(), Date::new(2015, 7, 1).unwrap());
    assert!(!law::PARAMS.is_empty());
    for p in law::PARAMS {
        assert_eq!(p.versions[0].from, law::COVERAGE_FROM, "{}", p.name);
        for w in p.versions.windows(2) {
            assert!(
                w[0].from < w[1].from,
                "{}: overlapping or unsorted versions",
                p.name
            );
        }
    }
}

#[test]
fn every_parameter_has_exactly_one_value_on_every_day_of_coverage() {
    let mut day = law::coverage_from();
    let end = law::verified_until();
    while day <= end {
        for p in law::PARAMS {
            let key = day.key();
            let in_force = p.versions.iter().filter(|v| v.from <= key).count();
            assert!(in_force >= 1, "{} has no value on {day}", p.name);
            // Exactly one: the latest version that started on or before the day.
            let chosen = p.version(day).expect("a version");
            let next = p.versions.iter().find(|v| v.from > chosen.from);
            assert!(
                next.is_none_or(|n| n.from > key),
                "{} ambiguous on {day}",
                p.name
            );
        }
        day = day.add_days(1);
    }
    assert!(law::PARAMS
        .iter()
        .all(|p| p.version(Date::new(2015, 6, 30).unwrap()).is_none()));
}

#[test]
fn a_parameter_keeps_one_kind_of_value_apart_from_absence() {
    for p in law::PARAMS {
        let scalar = p
            .versions
            .iter()
            .any(|v| matches!(v.value, Value::Scalar(_)));
        let table = p
            .versions
            .iter()
            .any(|v| matches!(v.value, Value::Table(_)));
        assert!(!(scalar && table), "{} mixes scalars and tables", p.name);
    }
}

#[test]
fn every_source_names_a_registered_instrument_and_a_verification_date() {
    let known = |id: &str| law::INSTRUMENTS.iter().any(|i| i.id == id);
    for p in law::PARAMS {
        for v in p.versions {
            assert!(
                known(v.source.instrument),
                "{}: {}",
                p.name,
                v.source.instrument
            );
            assert!(!v.source.article.is_empty(), "{}", p.name);
            assert!(
                v.source.last_verified >= law::COVERAGE_FROM
                    && v.source.last_verified <= law::VERIFIED_UNTIL
            );
        }
    }
    for r in law::RELIEFS {
        assert!(known(r.source.instrument), "{}", r.id);
        assert!(r.from <= r.to);
    }
    for o in law::OCCUPATIONS {
        assert!(known(o.source.instrument), "{}", o.code);
    }
}

#[test]
fn the_occupation_list_has_the_codes_the_page_and_embed_rely_on() {
    let codes: Vec<_> = law::OCCUPATIONS.iter().map(|o| o.code).collect();
    for c in [
        "farmer",
        "fisher",
        "streetVendor",
        "religiousWorker",
        "driver",
        "courier",
        "other",
    ] {
        assert!(codes.contains(&c), "{c}");
    }
    let transport: Vec<_> = law::OCCUPATIONS
        .iter()
        .filter(|o| o.transport)
        .map(|o| o.code)
        .collect();
    assert_eq!(transport, ["driver", "courier"]);
    assert!(law::OCCUPATIONS
        .iter()
        .all(|o| !o.name_id.is_empty() && !o.name_en.is_empty()));
}

#[test]
fn every_segment_computes_on_every_month_of_coverage() {
    for d in months() {
        let date = d.to_string();
        for group in 1..=5 {
            assert!(
                calc(wage_earner(&date, "7500000", group, "medium")).is_ok(),
                "{date}"
            );
        }
        let mut bpu = self_employed(&date, "3000000", "driver");
        bpu["includeJht"] = json!(true);
        assert!(calc(bpu).is_ok(), "{date}");
        assert!(calc(
            json!({"asOf": date, "segment": "construction", "contractValue": "750000000"})
        )
        .is_ok());
        assert!(
            calc(json!({"asOf": date, "segment": "construction", "monthlyWage": "4000000"}))
                .is_ok()
        );
        let migrant = calc(
            json!({"asOf": date, "segment": "migrant", "contractMonths": 12, "extensionMonths": 1}),
        );
        if d >= Date::new(2017, 8, 1).unwrap() {
            assert!(migrant.is_ok(), "{date}");
        } else {
            assert_eq!(migrant.unwrap_err()["code"], "notApplicable");
        }
    }
}

#[test]
fn the_rules_summary_counts_unverified_values() {
    let r = bpjstk_calc::rules::rules();
    assert_eq!(r.coverage_from, "2015-07-01");
    assert!(r.values > 100);
    assert!(r.unverified_values > 0 && r.unverified_values < r.values);
    assert!(r.instruments.iter().any(|i| i.id == "PP 50/2025"));
    assert_eq!(r.data_hash.len(), 16);
}
