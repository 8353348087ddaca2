//! Reading the fields of one request object, each refusal a contract error naming the field
//! with the accepted values or range in the request's language.

use crate::conventions as conv;
use crate::date::Date;
use crate::error::{Code, Error};
use crate::raw::Raw;
use crate::text::{self, pick, Lang};
use rust_decimal::Decimal;
use std::fmt::Arguments;

/// Reads fields of one request object, in one language.
pub struct Reader<'a> {
    pub obj: &'a Raw,
    pub lang: Lang,
}

impl<'a> Reader<'a> {
    pub fn err(&self, code: Code, field: &str, id: &str, en: &str) -> Error {
        Error::new(code, Some(field), self.lang.t(id, en).to_owned())
    }

    /// An `invalidInput` error whose message is the sentence of the request's language, the
    /// other one never formatted. Out of line: one copy instead of one at every error.
    #[inline(never)]
    pub fn invalid(&self, field: &str, id: Arguments, en: Arguments) -> Error {
        Error::new(Code::InvalidInput, Some(field), pick(self.lang, id, en))
    }

    #[inline(never)]
    fn wrong_type(&self, field: &str, got: &Raw, want_id: Arguments, want_en: Arguments) -> Error {
        let (gid, gen) = describe(got);
        self.invalid(
            field,
            format_args!("`{field}` harus {want_id}, bukan {gid}."),
            format_args!("`{field}` must be {want_en}, not {gen}."),
        )
    }

    pub fn get(&self, field: &str) -> Option<&'a Raw> {
        match self.obj.get(field) {
            None | Some(Raw::Null) => None,
            Some(v) => Some(v),
        }
    }

    pub fn required<T>(&self, field: &str, v: Option<T>) -> Result<T, Error> {
        v.ok_or_else(|| {
            self.invalid(
                field,
                format_args!("`{field}` wajib diisi."),
                format_args!("`{field}` is required."),
            )
        })
    }

    pub fn bool(&self, field: &str) -> Result<Option<bool>, Error> {
        match self.get(field) {
            None => Ok(None),
            Some(Raw::Bool(b)) => Ok(Some(*b)),
            Some(v) => Err(self.wrong_type(field, v, format_args!("true atau false"), format_args!("true or false"))),
        }
    }

    pub fn string(&self, field: &str) -> Result<Option<&'a str>, Error> {
        match self.get(field) {
            None => Ok(None),
            Some(Raw::Str(s)) => Ok(Some(s.as_str())),
            Some(v) => Err(self.wrong_type(field, v, format_args!("teks"), format_args!("a string"))),
        }
    }

    /// One of a fixed list of codes; the error lists them.
    pub fn choice<T: Copy>(&self, field: &str, options: &[(&str, T)]) -> Result<Option<T>, Error> {
        let list = || {
            let mut list = String::new();
            for (k, _) in options {
                text::push_item(&mut list, ", ", format_args!("\"{k}\""));
            }
            list
        };
        match self.get(field) {
            None => Ok(None),
            Some(Raw::Str(s)) => match options.iter().find(|(k, _)| k == s) {
                Some((_, t)) => Ok(Some(*t)),
                None => {
                    let (s, list) = (clip(s), list());
                    Err(self.invalid(
                        field,
                        format_args!("`{field}` tidak dikenal: \"{s}\". Pilihan: {list}."),
                        format_args!("`{field}` is not one of the accepted values: \"{s}\". Accepted: {list}."),
                    ))
                }
            },
            Some(v) => {
                let list = list();
                Err(self.wrong_type(field, v, format_args!("salah satu dari {list}"), format_args!("one of {list}")))
            }
        }
    }

    /// A whole number within `lo..=hi`.
    pub fn int(&self, field: &str, lo: i128, hi: i128) -> Result<Option<i128>, Error> {
        let (lo, hi) = (text::Int(lo), text::Int(hi));
        match self.get(field) {
            None => Ok(None),
            Some(Raw::Int(i)) if (lo.0..=hi.0).contains(i) => Ok(Some(*i)),
            Some(Raw::Int(i)) => {
                let i = text::Int(*i);
                Err(self.invalid(
                    field,
                    format_args!("`{field}` harus bilangan bulat dari {lo} sampai {hi}; diberikan {i}."),
                    format_args!("`{field}` must be a whole number from {lo} to {hi}; got {i}."),
                ))
            }
            Some(v) => Err(self.wrong_type(
                field,
                v,
                format_args!("bilangan bulat dari {lo} sampai {hi}"),
                format_args!("a whole number from {lo} to {hi}"),
            )),
        }
    }

    /// Rupiah: a JSON string of a decimal number (at most two decimals) or a whole number,
    /// greater than zero and at most `max`.
    pub fn money(&self, field: &str, max: Decimal) -> Result<Option<Decimal>, Error> {
        let lang = self.lang;
        let range = || {
            let max = text::rp(max, lang);
            self.invalid(
                field,
                format_args!("`{field}` harus lebih dari Rp0 dan paling banyak {max}."),
                format_args!("`{field}` must be more than Rp0 and at most {max}."),
            )
        };
        let value = match self.get(field) {
            None => return Ok(None),
            Some(Raw::Int(i)) => {
                if *i <= 0 || *i > 1_000_000_000_000_000_000_000_000 {
                    return Err(range());
                }
                Decimal::from_i128_with_scale(*i, 0)
            }
            Some(Raw::Str(s)) => parse_money(s).ok_or_else(|| {
                let (int_part, frac) = s.split_once('.').unwrap_or((s, ""));
                let all_digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
                let too_long = int_part.len() > 24 && all_digits(int_part) && all_digits(frac);
                if s.starts_with('-') || too_long {
                    return range();
                }
                let s = clip(s);
                self.invalid(
                    field,
                    format_args!("`{field}` harus angka rupiah seperti \"5000000\" atau \"1250000.50\" (tanpa titik ribuan, paling banyak 2 desimal); diberikan \"{s}\"."),
                    format_args!("`{field}` must be a rupiah amount such as \"5000000\" or \"1250000.50\" (no thousands separators, at most 2 decimals); got \"{s}\"."),
                )
            })?,
            Some(Raw::Float) => {
                return Err(self.invalid(
                    field,
                    format_args!("`{field}` harus bilangan bulat atau teks angka; pecahan ditulis sebagai teks, misalnya \"1250000.50\"."),
                    format_args!("`{field}` must be a whole number or a string; give fractions as a string such as \"1250000.50\"."),
                ))
            }
            Some(v) => return Err(self.wrong_type(field, v, format_args!("jumlah rupiah (teks angka)"), format_args!("a rupiah amount (a numeric string)"))),
        };
        if value <= Decimal::ZERO || value > max {
            return Err(range());
        }
        Ok(Some(value))
    }

    pub fn date(&self, field: &str) -> Result<Option<Date>, Error> {
        match self.get(field) {
            None => Ok(None),
            Some(Raw::Str(s)) => Date::parse(s).map(Some).ok_or_else(|| {
                let s = clip(s);
                self.invalid(
                    field,
                    format_args!("`{field}` harus tanggal yang ada, berbentuk TTTT-BB-HH (misalnya 2026-01-31); diberikan \"{s}\"."),
                    format_args!("`{field}` must be a real date written YYYY-MM-DD (e.g. 2026-01-31); got \"{s}\"."),
                )
            }),
            Some(v) => Err(self.wrong_type(field, v, format_args!("tanggal TTTT-BB-HH"), format_args!("a date YYYY-MM-DD"))),
        }
    }
}

/// Strict money text: digits, optionally a dot and one or two digits. Nothing else.
pub(crate) fn parse_money(s: &str) -> Option<Decimal> {
    let (int_part, frac) = match s.split_once('.') {
        Some((i, f)) => (i, f),
        None => (s, ""),
    };
    let ok = !int_part.is_empty()
        && int_part.len() <= 24
        && int_part.bytes().all(|b| b.is_ascii_digit())
        && frac.len() <= conv::MONEY_DP as usize
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !(s.contains('.') && frac.is_empty());
    if !ok {
        return None;
    }
    crate::money::parse_decimal(s)
}

/// The known key closest to a mistyped one (at most two edits, ignoring ASCII case: the keys
/// are ASCII, and full Unicode case tables would add kilobytes to the wasm), if any.
pub(crate) fn nearest<'a>(key: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let key: Vec<char> = key.chars().map(|c| c.to_ascii_lowercase()).collect();
    if key.len() > 40 {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for name in names {
        let n: Vec<char> = name.chars().map(|c| c.to_ascii_lowercase()).collect();
        // Levenshtein distance, one row at a time.
        let mut prev: Vec<usize> = (0..=n.len()).collect();
        for (i, a) in key.iter().enumerate() {
            let mut row = vec![i + 1; n.len() + 1];
            for (j, b) in n.iter().enumerate() {
                row[j + 1] = (prev[j] + usize::from(a != b)).min(prev[j + 1] + 1).min(row[j] + 1);
            }
            prev = row;
        }
        let d = prev[n.len()];
        if d <= 2 && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, name));
        }
    }
    best.map(|(_, n)| n)
}

pub(crate) fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

fn describe(v: &Raw) -> (&'static str, &'static str) {
    match v {
        Raw::Null => ("null", "null"),
        Raw::Bool(_) => ("true/false", "a boolean"),
        Raw::Int(_) => ("angka", "a number"),
        Raw::Float => ("angka pecahan", "a fractional number"),
        Raw::Str(_) => ("teks", "a string"),
        Raw::Array(_) => ("daftar", "an array"),
        Raw::Object(_) => ("objek", "an object"),
        Raw::TooLarge => ("nilai yang terlalu besar atau terlalu dalam", "a value too large or too deeply nested"),
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mistyped_key_is_matched_to_the_nearest_known_one() {
        let names = || super::super::case::FIELDS.iter().map(|(n, _)| *n);
        assert_eq!(nearest("monthlyWages", names()), Some("monthlyWage"));
        assert_eq!(nearest("MonthlyWage", names()), Some("monthlyWage"));
        assert_eq!(nearest("riskgroup", names()), Some("riskGroup"));
        assert_eq!(nearest("salary", names()), None);
    }

    #[test]
    fn money_text_is_strict() {
        let p = |s: &str| parse_money(s).map(|d| d.to_string());
        assert_eq!(p("5000000"), Some("5000000".into()));
        assert_eq!(p("1250000.50"), Some("1250000.50".into()));
        assert_eq!(p("1250000.5"), Some("1250000.5".into()));
        for bad in ["", ".5", "5.", "1.250.000", "1,5", "1e6", "+5", "-5", " 5", "5 ", "0x10", "1.234", "NaN", "Infinity"] {
            assert_eq!(p(bad), None, "{bad}");
        }
    }
}
