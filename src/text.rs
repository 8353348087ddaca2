//! Words and numbers for people: the two languages of the response, and rupiah, percentages
//! and dates written the way each language writes them (id: Rp1.234.567,5 and 0,24%;
//! en: Rp1,234,567.5 and 0.24%). No floats: everything is formatted from exact decimals.

use crate::date::Date;
use rust_decimal::Decimal;
use std::fmt::Arguments;

/// `t!(lang, "kalimat {x}", "sentence {x}", x = …)`: the sentence in `lang`, and only that one
/// formatted. The `name = expr` are all evaluated once, before either sentence (so a name may
/// reuse one of the variables its expression reads); the sentences read them, and any variable
/// in scope, by name.
macro_rules! t {
    ($lang:expr, $id:literal, $en:literal $(, $name:ident = $arg:expr)* $(,)?) => {{
        #[allow(unused_parens)]
        let ($($name),*) = ($($arg),*);
        $crate::text::pick($lang, format_args!($id), format_args!($en))
    }};
}
pub(crate) use t;

/// The sentence of one language, formatted; the other is never written. Used through `t!`.
/// Not inlined: one call here is less code than a `format` at every sentence.
#[inline(never)]
pub(crate) fn pick(lang: Lang, id: Arguments, en: Arguments) -> String {
    std::fmt::format(match lang {
        Lang::Id => id,
        Lang::En => en,
    })
}

/// A fixed sentence in `lang`, owned.
#[inline(never)]
pub(crate) fn text(lang: Lang, id: &str, en: &str) -> String {
    lang.t(id, en).to_owned()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Id,
    En,
}

impl Lang {
    /// Pick the sentence in this language.
    pub fn t<'a>(self, id: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
}

/// Appends an item to a list written with `sep` between items (instead of a Vec of strings
/// joined once: one allocation, not one per item, and no `collect`/`join` code for each kind
/// of item in the wasm).
#[inline(never)]
pub fn push_item(list: &mut String, sep: &str, item: std::fmt::Arguments) {
    if !list.is_empty() {
        list.push_str(sep);
    }
    let _ = std::fmt::Write::write_fmt(list, item);
}

/// The accepted keys or codes for an error message, each between `quote`s, comma-separated.
#[inline(never)]
pub fn quoted(keys: &[&str], quote: &str) -> String {
    let mut list = String::new();
    for k in keys {
        push_item(&mut list, ", ", format_args!("{quote}{k}{quote}"));
    }
    list
}

fn group(int_part: &str, sep: char) -> String {
    let mut out = String::with_capacity(int_part.len() + int_part.len() / 3);
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A decimal written plainly (`1250000.5`, `0.0024`, `-3`), trailing zeros of the fraction
/// dropped, without going through `fmt` (this is most of the work of writing a response).
#[derive(Clone, Copy)]
pub struct Plain {
    buf: [u8; 48],
    start: usize,
}

impl Plain {
    pub fn as_str(&self) -> &str {
        // Only ASCII digits, '.' and '-' are written.
        std::str::from_utf8(&self.buf[self.start..]).unwrap_or("0")
    }
}

pub fn plain(d: Decimal) -> Plain {
    let mut m = d.mantissa();
    let mut scale = d.scale();
    // Money fits in 64 bits; 128-bit division is several times slower.
    if let Ok(mut small) = i64::try_from(m) {
        while scale > 0 && small % 10 == 0 {
            small /= 10;
            scale -= 1;
        }
        m = i128::from(small);
    }
    while scale > 0 && m % 10 == 0 {
        m /= 10;
        scale -= 1;
    }
    write(m < 0, m.unsigned_abs(), scale)
}

/// A decimal with every digit of its scale (`2.50`, `0.0100`, `-3`): what `Decimal`'s
/// `Display` writes for `{}`, sign of a negative zero included, without linking that (its
/// precision and padding code) into the wasm. For figures shown as the law data gives them.
pub struct Exact(pub Decimal);

impl std::fmt::Display for Exact {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let d = self.0;
        f.write_str(write(d.is_sign_negative(), d.mantissa().unsigned_abs(), d.scale()).as_str())
    }
}

/// A whole number as `{}` writes it, without linking the 128-bit integer formatting into the
/// wasm (the request's integers are read as i128).
pub struct Int(pub i128);

impl std::fmt::Display for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(write(self.0 < 0, self.0.unsigned_abs(), 0).as_str())
    }
}

/// The digits of `u` with `scale` of them after the point (and "0" before it when none is
/// left), after a `-` when `neg`.
fn write(neg: bool, u: u128, scale: u32) -> Plain {
    let mut buf = [0u8; 48];
    let mut i = buf.len();
    let mut digits = 0;
    let mut push = |digit: u8, i: &mut usize, digits: &mut u32| {
        if scale > 0 && *digits == scale {
            *i -= 1;
            buf[*i] = b'.';
        }
        *i -= 1;
        buf[*i] = b'0' + digit;
        *digits += 1;
    };
    // Money fits in 64 bits; 128-bit division is several times slower.
    match u64::try_from(u) {
        Ok(mut u) => loop {
            push((u % 10) as u8, &mut i, &mut digits);
            u /= 10;
            if u == 0 && digits > scale {
                break;
            }
        },
        Err(_) => {
            let mut u = u;
            loop {
                push((u % 10) as u8, &mut i, &mut digits);
                u /= 10;
                if u == 0 && digits > scale {
                    break;
                }
            }
        }
    }
    if neg {
        i -= 1;
        buf[i] = b'-';
    }
    Plain { buf, start: i }
}

/// A plain number with the language's separators, trailing zeros of the fraction dropped.
pub fn number(d: Decimal, lang: Lang) -> String {
    let p = plain(d);
    let s = p.as_str();
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int_part, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let (thousands, decimal) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(&group(int_part, thousands));
    if let Some(f) = frac {
        out.push(decimal);
        out.push_str(f);
    }
    out
}

/// `Rp5.000.000` / `Rp5,000,000`.
pub fn rp(d: Decimal, lang: Lang) -> String {
    format!("Rp{}", number(d, lang))
}

/// A rate (0.0024) as a percentage (`0,24%` / `0.24%`).
pub fn pct(rate: Decimal, lang: Lang) -> String {
    format!("{}%", number(rate * Decimal::ONE_HUNDRED, lang))
}

const MONTHS_ID: [&str; 12] = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

/// `Maret 2027` / `March 2027`.
pub fn month_year(d: Date, lang: Lang) -> String {
    let names = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    format!("{} {}", names[(d.month as usize - 1) % 12], d.year)
}

/// `31 Maret 2027` / `31 March 2027`.
pub fn date(d: Date, lang: Lang) -> String {
    let names = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    format!("{} {} {}", d.day, names[(d.month as usize - 1) % 12], d.year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn int_writes_what_display_writes() {
        for i in [0, 1, -1, 9, 10, -10, 1200, i128::from(i64::MIN), i128::from(u64::MAX), i128::MAX, i128::MIN] {
            assert_eq!(Int(i).to_string(), i.to_string());
        }
    }

    #[test]
    fn exact_writes_what_display_writes() {
        let mut values: Vec<Decimal> = ["0", "0.00", "0.5", "0.050", "1", "10", "100.00", "1250000.50", "-3.140", "-0.0024",
            "79228162514264337593543950335", "-7922816251426433759354395033.5", "0.0000000000000000000000000001"]
            .iter().map(|s| Decimal::from_str(s).unwrap()).collect();
        let mut negative_zero = Decimal::new(0, 3);
        negative_zero.set_sign_negative(true);
        values.push(negative_zero);
        let mut x: i64 = 3;
        for i in 0..5_000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            values.push(Decimal::new(x >> (i % 60), (i % 29) as u32));
        }
        for v in values {
            assert_eq!(Exact(v).to_string(), v.to_string(), "{v:?}");
        }
    }

    #[test]
    fn plain_writes_what_normalize_and_display_write() {
        let mut values: Vec<Decimal> = ["0", "-0", "0.5", "0.05", "1", "10", "100.00", "1250000.50", "-3.140", "0.0024",
            "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001"]
            .iter().map(|s| Decimal::from_str(s).unwrap()).collect();
        let mut x: i64 = 1;
        for i in 0..400 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            values.push(Decimal::new(x >> (i % 40), (i % 12) as u32));
        }
        for v in values {
            assert_eq!(plain(v).as_str(), v.normalize().to_string(), "{v:?}");
        }
    }

    #[test]
    fn formats_like_each_language() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        assert_eq!(rp(d("5000000"), Lang::Id), "Rp5.000.000");
        assert_eq!(rp(d("5000000"), Lang::En), "Rp5,000,000");
        assert_eq!(rp(d("1250000.50"), Lang::Id), "Rp1.250.000,5");
        assert_eq!(rp(d("999"), Lang::Id), "Rp999");
        assert_eq!(pct(d("0.0024"), Lang::Id), "0,24%");
        assert_eq!(pct(d("0.00445"), Lang::En), "0.445%");
        assert_eq!(pct(d("0.037"), Lang::Id), "3,7%");
        assert_eq!(date(Date::new(2027, 3, 31).unwrap(), Lang::Id), "31 Maret 2027");
    }
}
