//! Rupiah amounts: exact decimals, and the one rounding rule of the contract.

use rust_decimal::{Decimal, RoundingStrategy};

pub type Rupiah = Decimal;

/// The contract's rounding: each share is computed exactly and rounded once to whole rupiah,
/// **half away from zero** (Rp0.5 → Rp1). No regulation or BPJS letter seen states a rule for
/// monthly contributions (reference §7); this is the convention of `src/conventions.rs`.
/// This is the only place in the engine where money is rounded.
pub fn round_share(exact: Decimal) -> Rupiah {
    exact.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// `a × b`, or None when the product leaves the range of exact decimals.
pub fn mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_mul(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

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
