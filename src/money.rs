//! Rupiah amounts: exact decimals, and the one rounding rule of the contract.

use rust_decimal::{Decimal, RoundingStrategy};

pub type Rupiah = Decimal;

/// Decimal text as the requests write it: an optional leading `-`, digits, at most one `.`,
/// at least one digit, at most 28 digits; the scale is the number of digits after the point.
/// The same values as `Decimal::from_str` on the texts the readers let through, without
/// linking its general parser (underscores, exponents, rounding of long inputs) into the wasm.
pub fn parse_decimal(s: &str) -> Option<Decimal> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let (int_part, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = int_part.len() + frac.len();
    if digits == 0 || digits > 28 {
        return None;
    }
    let mut n: i128 = 0;
    for b in int_part.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + i128::from(b - b'0');
    }
    Decimal::try_from_i128_with_scale(if neg { -n } else { n }, frac.len() as u32).ok()
}

/// The contract's rounding: each share is computed exactly and rounded once to whole rupiah,
/// **half away from zero** (Rp0.5 → Rp1). No regulation or BPJS letter seen states a rule for
/// monthly contributions (reference §7); this is the convention of `src/conventions.rs`.
/// This is the only place in the engine where money is rounded.
pub fn round_share(exact: Decimal) -> Rupiah {
    let scale = exact.scale();
    if scale == 0 {
        return exact;
    }
    // The same rule on the integer mantissa, which is several times faster than the general
    // rounding routine; the general one is kept for the (never reached) case of a huge scale.
    let m = exact.mantissa();
    // Money and rates fit in 64 bits, where division is several times faster than in 128.
    if let (Ok(m), Some(p)) = (i64::try_from(m), 10i64.checked_pow(scale)) {
        let (q, r) = (m / p, m % p);
        let q = if r.unsigned_abs() * 2 >= p.unsigned_abs() { q + m.signum() } else { q };
        return Decimal::from(q);
    }
    match 10i128.checked_pow(scale) {
        Some(p) => {
            let (q, r) = (m / p, m % p);
            let q = if r.unsigned_abs() * 2 >= p.unsigned_abs() { q + m.signum() } else { q };
            Decimal::try_from_i128_with_scale(q, 0)
                .unwrap_or_else(|_| exact.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero))
        }
        None => exact.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero),
    }
}

/// `a × b` exactly, as `a * b` gives it (the scales add up), computed directly on the 64-bit
/// mantissas when they and their product fit, which is every share of a contribution; the
/// general multiplication otherwise.
pub fn times(a: Decimal, b: Decimal) -> Decimal {
    let scale = a.scale() + b.scale();
    if scale <= 28 {
        if let (Ok(x), Ok(y)) = (i64::try_from(a.mantissa()), i64::try_from(b.mantissa())) {
            // (A zero product keeps rust_decimal's own scale, so it takes the general path.)
            if let Some(p) = x.checked_mul(y).filter(|p| *p != 0) {
                if let Ok(d) = Decimal::try_from_i128_with_scale(i128::from(p), scale) {
                    return d;
                }
            }
        }
    }
    a * b
}

/// `a + b` and `a × b`, or None when the result leaves the range of exact decimals. Each is a
/// large piece of code once inlined: kept out of line, the wasm holds one copy for every caller
/// (benefits, sponsor budgets).
#[inline(never)]
pub fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_add(b)
}

#[inline(never)]
pub fn mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_mul(b)
}

/// A decimal that is a whole number, as an integer.
pub(crate) fn whole(d: Decimal) -> Option<i64> {
    // Normalised, a whole number has no scale left. (Not `fract`: that is a subtraction, and
    // a second inlined copy of it in the wasm.)
    let t = d.normalize();
    i64::try_from(t.mantissa()).ok().filter(|_| t.scale() == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn the_fast_path_agrees_with_the_general_rounding() {
        let mut x: i64 = 7;
        for i in 0..20_000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let d = Decimal::new(x >> (i % 50), (i % 29) as u32);
            assert_eq!(round_share(d), d.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero), "{d}");
        }
        for s in ["0.5", "-0.5", "1.5", "2.5", "-2.5", "0.4999999999999999999999999999", "79228162514264337593543950335", "-7922816251426433759354395033.5"] {
            let d = Decimal::from_str(s).unwrap();
            assert_eq!(round_share(d), d.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero), "{s}");
        }
    }

    #[test]
    fn times_is_the_general_product_with_the_same_scale() {
        let mut x: i64 = 11;
        for i in 0..20_000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let a = Decimal::new(x >> (i % 40 + 20), (i % 13) as u32);
            let b = Decimal::new((x >> (i % 30 + 30)) ^ 0x5a5a, (i % 17) as u32);
            let (fast, general) = (times(a, b), a * b);
            assert_eq!((fast, fast.scale()), (general, general.scale()), "{a} × {b}");
        }
        let big = Decimal::MAX;
        assert_eq!(times(big, Decimal::ONE), big);
        assert_eq!(times(Decimal::new(5_000_000, 0), Decimal::new(24, 4)).to_string(), "12000.0000");
    }

    #[test]
    fn parse_decimal_reads_what_from_str_reads() {
        let texts = [
            "0", "-0", "-0.00", "5", "007", "0.05", "1.50", "-1.5", "-.5", "12345678901234567890",
            "1234567890123456789012.34", "0.0000000000000000001", "99999999999999999999.99",
        ];
        for s in texts {
            let (ours, theirs) = (parse_decimal(s).unwrap(), Decimal::from_str(s).unwrap());
            assert_eq!((ours, ours.scale(), ours.is_sign_negative()), (theirs, theirs.scale(), theirs.is_sign_negative()), "{s}");
        }
        for s in ["", "-", ".", "-.", "1.2.3", "1-2", "--1", "1e5", "1_000", "+1"] {
            assert!(parse_decimal(s).is_none(), "{s}");
        }
    }

    #[test]
    fn rounds_half_away_from_zero_not_to_even() {
        let r = |s: &str| round_share(Decimal::from_str(s).unwrap()).to_string();
        assert_eq!(r("22250.5"), "22251");
        assert_eq!(r("22251.5"), "22252");
        assert_eq!(r("0.5"), "1");
        assert_eq!(r("0.49"), "0");
        assert_eq!(r("-0.5"), "-1");
    }
}
