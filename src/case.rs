//! The validated case: the one place where a raw request becomes typed facts. Nothing else in
//! the engine sees raw input. Every refusal is a contract error naming the field, with the
//! accepted values or range in the request's language.

use crate::conventions as conv;
use crate::date::Date;
use crate::error::{Code, Error};
use crate::law;
use crate::raw::Raw;
use crate::text::{self, Lang};
use rust_decimal::Decimal;
use crate::benefits::pick;
use std::fmt::Arguments;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    WageEarner,
    SelfEmployed,
    Construction,
    Migrant,
}

impl Segment {
    pub fn code(self) -> &'static str {
        match self {
            Segment::WageEarner => "wageEarner",
            Segment::SelfEmployed => "selfEmployed",
            Segment::Construction => "construction",
            Segment::Migrant => "migrant",
        }
    }
    fn bit(self) -> u8 {
        match self {
            Segment::WageEarner => W,
            Segment::SelfEmployed => S,
            Segment::Construction => C,
            Segment::Migrant => M,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnterpriseSize {
    Micro,
    Small,
    Medium,
    Large,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncomePer {
    Day,
    Week,
    Month,
}

#[derive(Debug, Clone)]
pub struct WageEarner {
    pub wage: Decimal,
    pub risk_group: u8,
    pub size: EnterpriseSize,
    pub birth_date: Option<Date>,
    pub labor_intensive: bool,
}

#[derive(Debug, Clone)]
pub struct SelfEmployed {
    /// The income as the worker gave it, and per what.
    pub given: Decimal,
    pub per: IncomePer,
    /// The monthly income the brackets are applied to.
    pub monthly: Decimal,
    pub include_jht: bool,
    pub occupation: &'static law::Occupation,
    pub public_budget: bool,
    /// Whether the worker employs others (`employsOthers`); None when not said. PP 50/2025's
    /// discount is for workers on their own account only (Pasal 3 ayat (4)).
    pub employs_others: Option<bool>,
    pub birth_date: Option<Date>,
}

#[derive(Debug, Clone, Copy)]
pub enum ConstructionBasis {
    Wage(Decimal),
    ContractValue(Decimal),
}

#[derive(Debug, Clone)]
pub struct Migrant {
    pub contract_months: u8,
    pub extension_months: u32,
    /// The voluntary JHT amount a month, when chosen.
    pub jht_monthly: Option<Decimal>,
    pub birth_date: Option<Date>,
}

#[derive(Debug, Clone)]
pub enum Participant {
    WageEarner(WageEarner),
    SelfEmployed(SelfEmployed),
    Construction(ConstructionBasis),
    Migrant(Migrant),
}

#[derive(Debug, Clone)]
pub struct Case {
    pub as_of: Date,
    pub lang: Lang,
    pub participant: Participant,
    /// Notices found while reading the request (e.g. a date past the verified data).
    pub warnings: Vec<(&'static str, String)>,
    pub detail: Detail,
}

/// How much the response says. `Amounts` keeps every figure and source but leaves out the
/// sentences (explanations, notes) and the benefits and eligibility: the form for payrolls and
/// bulk runs, where the figures are what is read and the text would be most of the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    Full,
    Amounts,
}

impl Case {
    /// The case's warnings as the response lists them (one loop for the calculation and the
    /// sponsor budget, instead of a map/collect of each in the wasm).
    pub fn notices(&self) -> Vec<crate::api::Notice> {
        let mut out = Vec::with_capacity(self.warnings.len());
        for (code, message) in &self.warnings {
            out.push(crate::api::Notice { code, message: message.clone() });
        }
        out
    }

    /// Whether sentences are to be written.
    pub fn explain(&self) -> bool {
        self.detail == Detail::Full
    }

    pub fn segment(&self) -> Segment {
        match self.participant {
            Participant::WageEarner(_) => Segment::WageEarner,
            Participant::SelfEmployed(_) => Segment::SelfEmployed,
            Participant::Construction(_) => Segment::Construction,
            Participant::Migrant(_) => Segment::Migrant,
        }
    }
}

pub const W: u8 = 1;
pub const S: u8 = 2;
pub const C: u8 = 4;
pub const M: u8 = 8;
pub const ALL: u8 = W | S | C | M;

/// Every key of the request, and the segments it belongs to.
pub const FIELDS: &[(&str, u8)] = &[
    ("asOf", ALL),
    ("segment", ALL),
    ("lang", ALL),
    ("detail", ALL),
    ("monthlyWage", W | C),
    ("riskGroup", W),
    ("enterpriseSize", W),
    ("birthDate", W | S | M),
    ("laborIntensive", W),
    ("monthlyIncome", S),
    ("weeklyIncome", S),
    ("dailyIncome", S),
    ("includeJht", S | M),
    ("occupation", S),
    ("publicBudget", S),
    ("employsOthers", S),
    ("contractValue", C),
    ("contractMonths", M),
    ("extensionMonths", M),
    ("jhtMonthlyAmount", M),
];

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
    fn invalid(&self, field: &str, id: Arguments, en: Arguments) -> Error {
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
fn parse_money(s: &str) -> Option<Decimal> {
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
fn nearest<'a>(key: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
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

fn clip(s: &str) -> String {
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

/// The language of the messages: read first, so every later error speaks it.
fn read_lang(raw: &Raw) -> Result<Lang, Error> {
    match raw.get("lang") {
        None | Some(Raw::Null) => Ok(Lang::Id),
        Some(Raw::Str(s)) if s == "id" => Ok(Lang::Id),
        Some(Raw::Str(s)) if s == "en" => Ok(Lang::En),
        Some(_) => Err(Error::new(
            Code::InvalidInput,
            Some("lang"),
            "`lang` harus \"id\" atau \"en\". / `lang` must be \"id\" or \"en\".".to_owned(),
        )),
    }
}

/// Reads and checks a whole request. `extra` lists keys that other modules read (the
/// benefits groups), with their segments, so that they are not refused as unknown.
pub fn read(raw: &Raw, extra: &[(&str, u8)]) -> Result<Case, Error> {
    let items = match raw {
        Raw::Object(items) => items,
        Raw::TooLarge => {
            return Err(Error::new(
                Code::InvalidInput,
                None,
                "Permintaan terlalu besar atau terlalu dalam. / The request is too large or too deeply nested.".to_owned(),
            ))
        }
        _ => {
            return Err(Error::new(
                Code::InvalidInput,
                None,
                "Permintaan harus berupa objek JSON. / The request must be a JSON object.".to_owned(),
            ))
        }
    };
    let lang = read_lang(raw)?;
    let r = Reader { obj: raw, lang };
    let known = |k: &str| FIELDS.iter().chain(extra.iter()).find(|(name, _)| *name == k).map(|(_, s)| *s);
    for (k, _) in items {
        if known(k).is_none() {
            let names = FIELDS.iter().chain(extra.iter()).map(|(name, _)| *name);
            let hint = nearest(k, names);
            return Err(Error::new(
                Code::UnknownField,
                Some(k),
                {
                    let k = clip(k);
                    match hint {
                        Some(h) => pick(lang, format_args!("Kolom `{k}` tidak dikenal. Maksudnya `{h}`?"), format_args!("Unknown field `{k}`. Did you mean `{h}`?")),
                        None => pick(
                            lang,
                            format_args!("Kolom `{k}` tidak dikenal. Periksa ejaannya; kolom yang dikenal ada di dokumentasi kontrak."),
                            format_args!("Unknown field `{k}`. Check its spelling; the accepted fields are in the contract documentation."),
                        ),
                    }
                },
            ));
        }
    }

    let as_of = r.required("asOf", r.date("asOf")?)?;
    let segment = r.required(
        "segment",
        r.choice(
            "segment",
            &[
                ("wageEarner", Segment::WageEarner),
                ("selfEmployed", Segment::SelfEmployed),
                ("construction", Segment::Construction),
                ("migrant", Segment::Migrant),
            ],
        )?,
    )?;
    for (k, v) in items {
        if matches!(v, Raw::Null) {
            continue;
        }
        if let Some(bits) = known(k) {
            if bits & segment.bit() == 0 {
                return Err(Error::new(
                    Code::NotApplicable,
                    Some(k),
                    {
                        let code = segment.code();
                        pick(lang, format_args!("Kolom `{k}` tidak berlaku untuk segmen \"{code}\"."), format_args!("Field `{k}` does not apply to the \"{code}\" segment."))
                    },
                ));
            }
        }
    }

    let mut warnings = Vec::new();
    let from = law::coverage_from();
    let until = law::verified_until();
    let last = Date { year: until.year + conv::EXTRAPOLATION_YEARS, month: 12, day: 31 };
    if as_of < from || as_of > last {
        return Err(Error::new(
            Code::OutOfCoverage,
            Some("asOf"),
            {
                let (as_of, from, last) = (text::date(as_of, lang), text::date(from, lang), text::date(last, lang));
                pick(
                    lang,
                    format_args!("Tanggal {as_of} di luar cakupan aturan: kalkulator ini menghitung dari {from} sampai {last}."),
                    format_args!("The date {as_of} is outside the rules covered: this calculator computes from {from} to {last}."),
                )
            },
        ));
    }
    if as_of > until {
        warnings.push((
            "afterVerifiedUntil",
            {
                let (until, as_of) = (text::date(until, lang), text::date(as_of, lang));
                pick(
                    lang,
                    format_args!("Aturan terakhir diperiksa pada {until}; untuk {as_of} dipakai aturan yang berlaku saat itu, yang mungkin sudah berubah (misalnya batas upah JP tiap Maret)."),
                    format_args!("The rules were last checked on {until}; for {as_of} the rules in force then are used, and they may have changed (the JP wage cap changes each March, for example)."),
                )
            },
        ));
    }

    let birth_date = match r.date("birthDate")? {
        Some(b) if b > as_of => {
            return Err(r.err(
                Code::InvalidInput,
                "birthDate",
                "`birthDate` tidak boleh sesudah `asOf`.",
                "`birthDate` cannot be after `asOf`.",
            ))
        }
        Some(b) if Date::age_at(b, as_of) > 120 => {
            return Err(r.err(
                Code::InvalidInput,
                "birthDate",
                "`birthDate` memberi umur lebih dari 120 tahun pada `asOf`.",
                "`birthDate` gives an age over 120 years on `asOf`.",
            ))
        }
        b => b,
    };

    let participant = match segment {
        Segment::WageEarner => Participant::WageEarner(WageEarner {
            wage: r.required("monthlyWage", r.money("monthlyWage", conv::MAX_MONTHLY)?)?,
            risk_group: r.required("riskGroup", r.int("riskGroup", 1, 5)?)? as u8,
            size: r.required(
                "enterpriseSize",
                r.choice(
                    "enterpriseSize",
                    &[
                        ("micro", EnterpriseSize::Micro),
                        ("small", EnterpriseSize::Small),
                        ("medium", EnterpriseSize::Medium),
                        ("large", EnterpriseSize::Large),
                    ],
                )?,
            )?,
            birth_date,
            labor_intensive: r.bool("laborIntensive")?.unwrap_or(false),
        }),
        Segment::SelfEmployed => {
            // A plain loop: collecting into a Result is a generic adapter of its own in the wasm.
            let mut given: Vec<(&str, IncomePer, Decimal)> = Vec::new();
            for (f, p) in [("monthlyIncome", IncomePer::Month), ("weeklyIncome", IncomePer::Week), ("dailyIncome", IncomePer::Day)] {
                if let Some(v) = r.money(f, conv::MAX_MONTHLY)? {
                    given.push((f, p, v));
                }
            }
            let (field, per, amount) = match given.as_slice() {
                [one] => *one,
                [] => {
                    return Err(r.err(
                        Code::InvalidInput,
                        "monthlyIncome",
                        "`monthlyIncome` wajib diisi (atau `weeklyIncome` / `dailyIncome`).",
                        "`monthlyIncome` is required (or `weeklyIncome` / `dailyIncome`).",
                    ))
                }
                [_, second, ..] => {
                    return Err(r.err(
                        Code::InvalidInput,
                        second.0,
                        "Isi satu saja dari `monthlyIncome`, `weeklyIncome`, `dailyIncome`.",
                        "Give only one of `monthlyIncome`, `weeklyIncome`, `dailyIncome`.",
                    ))
                }
            };
            let monthly = match per {
                IncomePer::Month => amount,
                IncomePer::Week => amount * conv::WEEKS_PER_YEAR / conv::MONTHS_PER_YEAR,
                IncomePer::Day => amount * conv::DAYS_WORKED_PER_MONTH,
            };
            if monthly > conv::MAX_MONTHLY {
                return Err(r.err(
                    Code::InvalidInput,
                    field,
                    "Penghasilan sebulan hasil konversi melebihi Rp1.000.000.000.000.",
                    "The converted monthly income exceeds Rp1,000,000,000,000.",
                ));
            }
            let occupation = match r.string("occupation")? {
                None => law::occupation("other"),
                Some(code) => law::occupation(code),
            };
            let occupation = occupation.ok_or_else(|| {
                let mut list = String::new();
                for o in law::OCCUPATIONS {
                    text::push_item(&mut list, ", ", format_args!("\"{}\"", o.code));
                }
                let got = r.string("occupation").ok().flatten().map(clip).unwrap_or_default();
                r.invalid(
                    "occupation",
                    format_args!("`occupation` tidak dikenal: \"{got}\". Pilihan: {list}."),
                    format_args!("`occupation` is not one of the accepted codes: \"{got}\". Accepted: {list}."),
                )
            })?;
            Participant::SelfEmployed(SelfEmployed {
                given: amount,
                per,
                monthly,
                include_jht: r.bool("includeJht")?.unwrap_or(false),
                occupation,
                public_budget: r.bool("publicBudget")?.unwrap_or(false),
                employs_others: r.bool("employsOthers")?,
                birth_date,
            })
        }
        Segment::Construction => {
            let wage = r.money("monthlyWage", conv::MAX_MONTHLY)?;
            let value = r.money("contractValue", conv::MAX_CONTRACT)?;
            Participant::Construction(match (wage, value) {
                (Some(w), None) => ConstructionBasis::Wage(w),
                (None, Some(v)) => ConstructionBasis::ContractValue(v),
                (Some(_), Some(_)) => {
                    return Err(r.err(
                        Code::InvalidInput,
                        "contractValue",
                        "Isi `contractValue` atau `monthlyWage`, tidak keduanya: upah yang diketahui memakai tarif upah, selain itu nilai kontrak.",
                        "Give `contractValue` or `monthlyWage`, not both: known wages use the wage rates, otherwise the contract value.",
                    ))
                }
                (None, None) => {
                    return Err(r.err(
                        Code::InvalidInput,
                        "contractValue",
                        "`contractValue` wajib diisi (atau `monthlyWage` bila upah pekerja diketahui).",
                        "`contractValue` is required (or `monthlyWage` when the workers' wages are known).",
                    ))
                }
            })
        }
        Segment::Migrant => {
            let months = r.required("contractMonths", r.int("contractMonths", 1, 24)?)?;
            if ![6, 12, 24].contains(&months) {
                return Err(r.err(
                    Code::InvalidInput,
                    "contractMonths",
                    "`contractMonths` harus 6, 12 atau 24 (paket iuran menurut lama perjanjian kerja).",
                    "`contractMonths` must be 6, 12 or 24 (the contribution packages by contract length).",
                ));
            }
            let include_jht = r.bool("includeJht")?.unwrap_or(false);
            let amount = r.money("jhtMonthlyAmount", conv::MAX_MONTHLY)?;
            let jht_monthly = match (include_jht, amount) {
                (true, Some(a)) => Some(a),
                (true, None) => {
                    return Err(r.err(
                        Code::InvalidInput,
                        "jhtMonthlyAmount",
                        "Dengan `includeJht`, isi `jhtMonthlyAmount`: iuran JHT sebulan yang dipilih pekerja migran.",
                        "With `includeJht`, give `jhtMonthlyAmount`: the monthly JHT the migrant worker chooses.",
                    ))
                }
                (false, Some(_)) => {
                    return Err(r.err(
                        Code::InvalidInput,
                        "jhtMonthlyAmount",
                        "`jhtMonthlyAmount` hanya dipakai bersama `includeJht: true`.",
                        "`jhtMonthlyAmount` is only used with `includeJht: true`.",
                    ))
                }
                (false, None) => None,
            };
            Participant::Migrant(Migrant {
                contract_months: months as u8,
                extension_months: r.int("extensionMonths", 0, conv::MAX_EXTENSION_MONTHS)?.unwrap_or(0) as u32,
                jht_monthly,
                birth_date,
            })
        }
    };
    let detail = r.choice("detail", &[("full", Detail::Full), ("amounts", Detail::Amounts)])?.unwrap_or(Detail::Full);
    Ok(Case { as_of, lang, participant, warnings, detail })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mistyped_key_is_matched_to_the_nearest_known_one() {
        let names = || FIELDS.iter().map(|(n, _)| *n);
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
