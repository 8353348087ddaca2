//! Properties of the contribution rules over many generated cases (proptest): shares add up,
//! contributions never fall as the wage rises, JP is flat above its cap, and each share is
//! within half a rupiah of the exact product.

mod common;
use common::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;
use std::str::FromStr;

fn d(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().expect("money is a string")).expect("money parses")
}

fn date_strategy() -> impl Strategy<Value = String> {
    (2015i32..=2027, 1u32..=12, 1u32..=28)
        .prop_filter("after coverage start", |(y, m, _)| (*y, *m) >= (2015, 7))
        .prop_map(|(y, m, day)| format!("{y:04}-{m:02}-{day:02}"))
}

fn size_strategy() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("micro"), Just("small"), Just("medium"), Just("large")]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn shares_sum_to_line_totals_and_lines_to_the_total(
        date in date_strategy(), wage in 1u64..100_000_000, group in 1u8..=5, size in size_strategy(), sen in 0u32..100
    ) {
        let wage = format!("{wage}.{sen:02}");
        let r = ok(wage_earner(&date, &wage, group, size));
        let mut sum = [Decimal::ZERO; 4];
        for l in r["contributions"]["lines"].as_array().unwrap() {
            let parts = [d(&l["employer"]), d(&l["worker"]), d(&l["government"])];
            prop_assert_eq!(parts.iter().copied().sum::<Decimal>(), d(&l["total"]));
            for (i, p) in parts.iter().enumerate() { sum[i] += *p; }
            sum[3] += d(&l["total"]);
            prop_assert!(parts.iter().all(|p| p.fract().is_zero() && !p.is_sign_negative()));
        }
        let t = total(&r);
        prop_assert_eq!(sum, [d(&t["employer"]), d(&t["worker"]), d(&t["government"]), d(&t["total"])]);
    }

    #[test]
    fn contributions_never_fall_as_the_wage_rises(
        date in date_strategy(), a in 1u64..60_000_000, b in 1u64..60_000_000, group in 1u8..=5, size in size_strategy()
    ) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let r1 = ok(wage_earner(&date, &lo.to_string(), group, size));
        let r2 = ok(wage_earner(&date, &hi.to_string(), group, size));
        for key in ["employer", "worker", "government", "total"] {
            prop_assert!(d(&total(&r1)[key]) <= d(&total(&r2)[key]), "{} {} {}", key, lo, hi);
        }
    }

    #[test]
    fn informal_contributions_never_fall_as_income_rises(
        date in date_strategy(), a in 1u64..30_000_000, b in 1u64..30_000_000, jht in any::<bool>(),
        occ in prop_oneof![Just("driver"), Just("farmer"), Just("other")]
    ) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let mk = |x: u64| { let mut q = self_employed(&date, &x.to_string(), occ); q["includeJht"] = jht.into(); q };
        let (r1, r2) = (ok(mk(lo)), ok(mk(hi)));
        prop_assert!(d(&total(&r1)["total"]) <= d(&total(&r2)["total"]));
    }

    #[test]
    fn jp_is_flat_above_the_cap(date in date_strategy(), extra in 1u64..1_000_000_000, group in 1u8..=5) {
        let r = ok(wage_earner(&date, "1000000000", group, "large"));
        let cap = d(&line(&r, "JP")["base"]);
        let above = (cap + Decimal::from(extra)).to_string();
        let r2 = ok(wage_earner(&date, &above, group, "large"));
        prop_assert_eq!(&line(&r, "JP")["total"], &line(&r2, "JP")["total"]);
        prop_assert_eq!(d(&line(&r2, "JP")["base"]), cap);
    }

    #[test]
    fn each_share_is_within_half_a_rupiah_of_the_exact_product(
        date in date_strategy(), wage in 1u64..50_000_000, sen in 0u32..100, group in 1u8..=5, intensive in any::<bool>()
    ) {
        let mut req = wage_earner(&date, &format!("{wage}.{sen:02}"), group, "large");
        req["laborIntensive"] = intensive.into();
        let r = ok(req);
        let half = Decimal::from_str("0.5").unwrap();
        for l in r["contributions"]["lines"].as_array().unwrap() {
            if l["rate"].is_null() { continue; }
            let exact = d(&l["base"]) * d(&l["rate"]);
            // Each share is rounded once; the line is their sum, so it is within half a rupiah
            // per share of the exact amount.
            let shares = ["employer", "worker", "government"].iter().filter(|k| !d(&l[**k]).is_zero()).count().max(1);
            prop_assert!((d(&l["total"]) - exact).abs() <= half * Decimal::from(shares as u64), "{}", l);
        }
    }

    #[test]
    fn construction_contributions_never_fall_as_the_contract_grows(date in date_strategy(), a in 1u64..20_000_000_000u64, b in 1u64..20_000_000_000u64) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let mk = |x: u64| serde_json::json!({"asOf": date, "segment": "construction", "contractValue": x.to_string()});
        prop_assert!(d(&total(&ok(mk(lo)))["total"]) <= d(&total(&ok(mk(hi)))["total"]));
    }
}
