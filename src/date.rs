//! Calendar dates, just enough for the law: parse `YYYY-MM-DD`, compare, count whole years of
//! age and months between dates. Nothing here reads the clock.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

impl Date {
    /// A valid date in years 1900..=2200, or None.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1900..=2200).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Strict `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &b[r];
            if !part.iter().all(u8::is_ascii_digit) {
                return None;
            }
            Some(part.iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0')))
        };
        Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
    }

    /// The date as the number YYYYMMDD, the key the law tables are sorted by.
    pub fn key(self) -> u32 {
        self.year as u32 * 10000 + self.month * 100 + self.day
    }

    pub fn from_key(k: u32) -> Date {
        Date { year: (k / 10000) as i32, month: k / 100 % 100, day: k % 100 }
    }

    /// Whole years from `birth` to `self` (a birthday on 29 February counts on 1 March in
    /// other years). Negative if `self` is before `birth`.
    pub fn age_at(birth: Date, on: Date) -> i32 {
        let mut age = on.year - birth.year;
        if (on.month, on.day) < (birth.month, birth.day) {
            age -= 1;
        }
        age
    }

    /// The first day of this date's month.
    pub fn month_start(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The last day of this date's month.
    pub fn month_end(self) -> Date {
        Date { day: days_in_month(self.year, self.month), ..self }
    }

    /// Add (or subtract) whole months, clamping the day to the month's length.
    pub fn add_months(self, n: i32) -> Date {
        let total = self.year * 12 + self.month as i32 - 1 + n;
        let year = total.div_euclid(12);
        let month = total.rem_euclid(12) as u32 + 1;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Add (or subtract) days.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date { year: y as i32, month: m, day: d }
    }

    /// Whole calendar months from `a`'s month to `b`'s month (b − a).
    pub fn months_between(a: Date, b: Date) -> i32 {
        (b.year - a.year) * 12 + b.month as i32 - a.month as i32
    }
}

impl Date {
    /// `YYYY-MM-DD` without the formatting machinery (dates are in every response).
    pub fn iso(self) -> String {
        let y = self.year.clamp(0, 9999) as u32;
        let d = |v: u32| b'0' + (v % 10) as u8;
        let bytes = [
            d(y / 1000),
            d(y / 100),
            d(y / 10),
            d(y),
            b'-',
            d(self.month / 10),
            d(self.month),
            b'-',
            d(self.day / 10),
            d(self.day),
        ];
        // Only ASCII digits and '-' are written.
        String::from_utf8(bytes.to_vec()).unwrap_or_default()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(Date::parse("2024-02-29"), Date::new(2024, 2, 29));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-2-01"), None);
        assert_eq!(Date::parse("2023-02-01T00"), None);
        assert_eq!(Date::parse("+023-02-01"), None);
        assert_eq!(Date::parse("２０２３-02-01"), None);
    }

    #[test]
    fn day_numbers_round_trip() {
        let mut d = Date::new(1960, 1, 1).unwrap();
        for _ in 0..40_000 {
            assert_eq!(Date::from_days(d.days()), d);
            d = d.add_days(1);
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
        let mut d = Date::new(1999, 12, 25).unwrap();
        for _ in 0..400 {
            assert_eq!(d.iso(), d.to_string());
            d = d.add_days(3);
        }
    }

    #[test]
    fn ages_and_months() {
        let b = Date::new(1970, 3, 15).unwrap();
        assert_eq!(Date::age_at(b, Date::new(2026, 3, 14).unwrap()), 55);
        assert_eq!(Date::age_at(b, Date::new(2026, 3, 15).unwrap()), 56);
        assert_eq!(Date::new(2025, 1, 31).unwrap().add_months(1), Date::new(2025, 2, 28).unwrap());
        assert_eq!(Date::months_between(Date::new(2024, 11, 5).unwrap(), Date::new(2025, 2, 1).unwrap()), 3);
    }
}
