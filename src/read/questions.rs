//! The benefit groups of the request (`history`, `event`, `assumptions`, `family` and the keys
//! beside them), read into typed facts. Every refusal is a contract error naming the field by
//! its path (`event.kind`, `history.last24`), with the accepted values or range in the
//! request's language. Unknown keys inside a group are `unknownField` errors.

// Without the `benefits` feature only the key list is used: the reader refuses the benefit questions.
#![cfg_attr(not(feature = "benefits"), allow(dead_code, unused_imports))]

use super::fields::clip;
use crate::case::Case;
use crate::date::Date;
use crate::error::{Code, Error};
use crate::questions::*;
use crate::raw::Raw;
use crate::text::{self, t, Lang};
use rust_decimal::Decimal;
use crate::case::{ALL, C, M, S, W};

/// The keys of the benefit questions, with the segments they belong to (bit set as in
/// `case::FIELDS`).
pub const FIELDS: &[(&str, u8)] = &[
    ("history", ALL),
    ("event", ALL),
    ("jhtBalance", W | S | M),
    ("assumptions", ALL),
    ("citizenship", W | S | C),
    ("family", ALL),
    ("member", ALL),
];

/// Reads fields of one object of the request, named by their path.
struct G<'a> {
    obj: &'a Raw,
    path: &'static str,
    lang: Lang,
}


impl<'a> G<'a> {
    /// The field's path, for an error (only errors write it).
    fn name(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }
    #[inline(never)]
    fn invalid(&self, key: &str, message: String) -> Error {
        Error::new(Code::InvalidInput, Some(&self.name(key)), message)
    }
    fn get(&self, key: &str) -> Option<&'a Raw> {
        match self.obj.get(key) {
            None | Some(Raw::Null) => None,
            Some(v) => Some(v),
        }
    }
    /// Refuses keys the group does not know.
    fn only(&self, keys: &[&str]) -> Result<(), Error> {
        if let Raw::Object(items) = self.obj {
            for (k, _) in items {
                if !keys.contains(&k.as_str()) {
                    let f = self.name(&clip(k));
                    let list = text::quoted(keys, "`");
                    return Err(Error::new(
                        Code::UnknownField,
                        Some(&f),
                        match self.lang {
                            Lang::Id => format!("Kolom `{f}` tidak dikenal. Kolom yang dikenal di `{}`: {list}.", self.path),
                            Lang::En => format!("Unknown field `{f}`. The fields of `{}` are: {list}.", self.path),
                        },
                    ));
                }
            }
        }
        Ok(())
    }
    fn int(&self, key: &str, lo: i128, hi: i128) -> Result<Option<i128>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Raw::Int(i)) if (lo..=hi).contains(i) => Ok(Some(*i)),
            Some(_) => Err(self.invalid(
                key,
                t!(
                    self.lang,
                    "`{n}` harus bilangan bulat dari {lo} sampai {hi}.",
                    "`{n}` must be a whole number from {lo} to {hi}.",
                    n = self.name(key),
                    lo = text::Int(lo),
                    hi = text::Int(hi),
                ),
            )),
        }
    }
    fn bool(&self, key: &str) -> Result<Option<bool>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Raw::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(self.invalid(key, t!(self.lang, "`{n}` harus true atau false.", "`{n}` must be true or false.", n = self.name(key)))),
        }
    }
    fn date(&self, key: &str) -> Result<Option<Date>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Raw::Str(s)) if Date::parse(s).is_some() => Ok(Date::parse(s)),
            Some(_) => Err(self.invalid(
                key,
                t!(
                    self.lang,
                    "`{n}` harus tanggal yang ada, berbentuk TTTT-BB-HH (misalnya 2026-01-31).",
                    "`{n}` must be a real date written YYYY-MM-DD (e.g. 2026-01-31).",
                    n = self.name(key)
                ),
            )),
        }
    }
    /// One of the named options. Generic only in this wrapper: the work is in `choose`.
    fn choice<T: Copy>(&self, key: &str, options: &[(&'static str, T)]) -> Result<Option<T>, Error> {
        Ok(self.choose(key, options.len(), &|i| options[i].0)?.map(|i| options[i].1))
    }
    /// The index of the option the field names, among `count` options named by `name`; the
    /// list of options is written only for an error.
    fn choose(&self, key: &str, count: usize, name: &dyn Fn(usize) -> &'static str) -> Result<Option<usize>, Error> {
        let v = match self.get(key) {
            None => return Ok(None),
            Some(v) => v,
        };
        if let Raw::Str(s) = v {
            if let Some(i) = (0..count).find(|i| name(*i) == s) {
                return Ok(Some(i));
            }
        }
        let n = self.name(key);
        let mut list = String::new();
        for i in 0..count {
            text::push_item(&mut list, ", ", format_args!("\"{}\"", name(i)));
        }
        Err(self.invalid(
            key,
            match v {
                Raw::Str(s) => t!(
                    self.lang,
                    "`{n}` tidak dikenal: \"{s}\". Pilihan: {list}.",
                    "`{n}` is not one of the accepted values: \"{s}\". Accepted: {list}.",
                    s = clip(s)
                ),
                _ => t!(self.lang, "`{n}` harus salah satu dari {list}.", "`{n}` must be one of {list}."),
            },
        ))
    }
    /// A decimal written as a string ("0.05", "35") or a whole number, within `lo..=hi`
    /// (`lo` excluded when `open_lo`).
    fn decimal(&self, key: &str, lo: Decimal, hi: Decimal, open_lo: bool) -> Result<Option<Decimal>, Error> {
        let lang = self.lang;
        let range = || {
            let (n, a, b) = (self.name(key), text::number(lo, lang), text::number(hi, lang));
            let (lid, len) = if open_lo { ("lebih dari", "more than") } else { ("dari", "from") };
            self.invalid(
                key,
                t!(
                    lang,
                    "`{n}` harus angka desimal berbentuk teks (misalnya \"0.05\"), {lid} {a} sampai {b}.",
                    "`{n}` must be a decimal number written as a string (e.g. \"0.05\"), {len} {a} to {b}."
                ),
            )
        };
        let v = match self.get(key) {
            None => return Ok(None),
            Some(Raw::Int(i)) if i.abs() <= 1_000_000 => Decimal::from_i128_with_scale(*i, 0),
            Some(Raw::Str(s)) => {
                let ok = !s.is_empty()
                    && s.len() <= 20
                    && s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
                    && !s.starts_with('.')
                    && !s.ends_with('.');
                match ok.then(|| crate::money::parse_decimal(s)).flatten() {
                    Some(d) => d,
                    None => return Err(range()),
                }
            }
            Some(_) => return Err(range()),
        };
        if v > hi || v < lo || (open_lo && v == lo) {
            return Err(range());
        }
        Ok(Some(v))
    }
    /// Rupiah ≥ 0 (a balance may be zero), as a string of digits with up to two decimals or a
    /// whole number.
    fn money(&self, key: &str, max: Decimal) -> Result<Option<Decimal>, Error> {
        let lang = self.lang;
        let bad = || {
            self.invalid(
                key,
                t!(
                    lang,
                    "`{n}` harus jumlah rupiah seperti \"5000000\" atau \"1250000.50\", dari Rp0 sampai {max}.",
                    "`{n}` must be a rupiah amount such as \"5000000\" or \"1250000.50\", from Rp0 to {max}.",
                    n = self.name(key),
                    max = text::rp(max, lang)
                ),
            )
        };
        let v = match self.get(key) {
            None => return Ok(None),
            Some(Raw::Int(i)) if (0..=10_000_000_000_000).contains(i) => Decimal::from_i128_with_scale(*i, 0),
            Some(Raw::Str(s)) => {
                let (ip, fp) = s.split_once('.').unwrap_or((s.as_str(), ""));
                let ok = !ip.is_empty()
                    && ip.len() <= 20
                    && ip.bytes().all(|b| b.is_ascii_digit())
                    && fp.len() <= 2
                    && fp.bytes().all(|b| b.is_ascii_digit())
                    && !(s.contains('.') && fp.is_empty());
                match ok.then(|| crate::money::parse_decimal(s)).flatten() {
                    Some(d) => d,
                    None => return Err(bad()),
                }
            }
            Some(_) => return Err(bad()),
        };
        if v < Decimal::ZERO || v > max {
            return Err(bad());
        }
        Ok(Some(v))
    }
    fn group(&self, key: &'static str) -> Result<Option<G<'a>>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(o @ Raw::Object(_)) => Ok(Some(G { obj: o, path: key, lang: self.lang })),
            Some(_) => Err(self.invalid(key, t!(self.lang, "`{key}` harus objek JSON.", "`{key}` must be a JSON object."))),
        }
    }
}

// Out of line: inlined into `read::read` the WebAssembly module grows (about 0.5 KB gzipped).
#[inline(never)]
pub fn read(raw: &Raw, case: &Case) -> Result<Input, Error> {
    let lang = case.lang;
    let top = G { obj: raw, path: "", lang };
    let hundred = Decimal::ONE_HUNDRED;

    let mut history = History::default();
    if let Some(g) = top.group("history")? {
        g.only(&["monthsContributed", "last24", "membershipStart", "averageIndexedWage", "jpWages"])?;
        history.months = g.int("monthsContributed", 0, MAX_MONTHS)?.map(|m| m as u32);
        history.membership_start = g.date("membershipStart")?;
        if let Some(s) = history.membership_start {
            if s > case.as_of {
                return Err(g.invalid("membershipStart", text::text(lang, "`history.membershipStart` tidak boleh sesudah `asOf`.", "`history.membershipStart` cannot be after `asOf`.")));
            }
        }
        history.average_indexed_wage = match g.get("averageIndexedWage") {
            None => None,
            Some(_) => match g.money("averageIndexedWage", crate::conventions::MAX_MONTHLY)? {
                Some(v) if v > Decimal::ZERO => Some(v),
                _ => {
                    return Err(g.invalid("averageIndexedWage", text::text(lang, "`history.averageIndexedWage` harus lebih dari Rp0.", "`history.averageIndexedWage` must be more than Rp0.")))
                }
            },
        };
        if let Some(v) = g.get("jpWages") {
            let bad = || {
                g.invalid(
                    "jpWages",
                    t!(
                        lang,
                        "`history.jpWages` harus daftar paling banyak {MAX_WAGE_YEARS} objek {{\"year\", \"wage\", \"inflation\"}}, tahun naik berurutan dari {first} sampai tahun `asOf`.",
                        "`history.jpWages` must be a list of at most {MAX_WAGE_YEARS} objects {{\"year\", \"wage\", \"inflation\"}}, years increasing from {first} to the year of `asOf`.",
                        first = crate::law::JP_RATE_WORKER.first_in_force().unwrap_or_else(crate::law::coverage_from).year,
                    ),
                )
            };
            let Raw::Array(items) = v else { return Err(bad()) };
            if items.is_empty() || items.len() > MAX_WAGE_YEARS {
                return Err(bad());
            }
            let mut last = 0i32;
            for item in items {
                if !matches!(item, Raw::Object(_)) {
                    return Err(bad());
                }
                let r = G { obj: item, path: "history.jpWages[]", lang };
                r.only(&["year", "wage", "inflation"])?;
                let first = crate::law::JP_RATE_WORKER.first_in_force().unwrap_or_else(crate::law::coverage_from).year;
                let year = r.int("year", i128::from(first), i128::from(case.as_of.year))?.ok_or_else(bad)? as i32;
                let wage = r.money("wage", crate::conventions::MAX_MONTHLY)?.ok_or_else(bad)?;
                let inflation = r.decimal("inflation", -MAX_RATE, MAX_RATE, false)?.ok_or_else(bad)?;
                if year <= last {
                    return Err(bad());
                }
                last = year;
                history.jp_wages.push((year, wage, inflation));
            }
            if history.average_indexed_wage.is_some() {
                return Err(g.invalid(
                    "jpWages",
                    text::text(lang, "Isi `history.jpWages` atau `history.averageIndexedWage`, tidak keduanya.", "Give `history.jpWages` or `history.averageIndexedWage`, not both."),
                ));
            }
        }
        if let Some(v) = g.get("last24") {
            let bad = || {
                g.invalid(
                    "last24",
                    text::text(
                        lang,
                        "`history.last24` harus daftar 24 nilai true/false, bulan terlama dulu; yang terakhir adalah bulan sebelum kejadian.",
                        "`history.last24` must be a list of 24 true/false values, oldest month first; the last is the month before the event.",
                    ),
                )
            };
            match v {
                Raw::Array(items) if items.len() == 24 => {
                    let mut a = [false; 24];
                    for (i, x) in items.iter().enumerate() {
                        match x {
                            Raw::Bool(b) => a[i] = *b,
                            _ => return Err(bad()),
                        }
                    }
                    history.last24 = Some(a);
                }
                _ => return Err(bad()),
            }
        }
        if let (Some(m), Some(s)) = (history.months, history.membership_start) {
            let span = Date::months_between(s, case.as_of).max(0) + 1;
            if i64::from(m) > i64::from(span) {
                return Err(g.invalid(
                    "monthsContributed",
                    t!(
                        lang,
                        "`history.monthsContributed` ({m}) lebih banyak dari bulan sejak `history.membershipStart` sampai `asOf` ({span}).",
                        "`history.monthsContributed` ({m}) is more than the months from `history.membershipStart` to `asOf` ({span}).",
                    ),
                ));
            }
        }
    }

    let mut event = None;
    if let Some(g) = top.group("event")? {
        g.only(&[
            "kind",
            "date",
            "disabilityKind",
            "disabilityItem",
            "disabilityPercentage",
            "functionLostPercentage",
            "leftHanded",
            "workRelated",
            "incapacityMonths",
            "jobLossCause",
            "claimDate",
        ])?;
        let kind = g.choice(
            "kind",
            &[
                ("death", EventKind::Death),
                ("workAccidentDeath", EventKind::WorkAccidentDeath),
                ("disability", EventKind::Disability),
                ("temporaryIncapacity", EventKind::TemporaryIncapacity),
                ("workAccident", EventKind::WorkAccident),
                ("jobLoss", EventKind::JobLoss),
                ("retirement", EventKind::Retirement),
                ("resignation", EventKind::Resignation),
                ("leavingIndonesia", EventKind::LeavingIndonesia),
            ],
        )?;
        let kind = kind.ok_or_else(|| g.invalid("kind", text::text(lang, "`event.kind` wajib diisi.", "`event.kind` is required.")))?;
        let given = g.date("date")?;
        let date = given.unwrap_or(case.as_of);
        if date > case.as_of {
            return Err(g.invalid(
                "date",
                text::text(lang, "`event.date` tidak boleh sesudah `asOf` (asOf adalah hari perhitungan).", "`event.date` cannot be after `asOf` (asOf is the day of the calculation)."),
            ));
        }
        if date < crate::law::coverage_from() {
            return Err(Error::new(
                Code::OutOfCoverage,
                Some("event.date"),
                {
                    let from = text::date(crate::law::coverage_from(), lang);
                    t!(lang, "`event.date` sebelum {from}, di luar cakupan aturan kalkulator ini.", "`event.date` is before {from}, outside the rules this calculator covers.")
                },
            ));
        }
        let claim_date = g.date("claimDate")?;
        if let Some(c) = claim_date {
            if c < date || c > case.as_of {
                return Err(g.invalid("claimDate", text::text(lang, "`event.claimDate` harus di antara `event.date` dan `asOf`.", "`event.claimDate` must lie between `event.date` and `asOf`.")));
            }
        }
        let mut disability = None;
        let dk = g.choice(
            "disabilityKind",
            &[
                ("totalPermanent", DisabilityKind::TotalPermanent),
                ("partialAnatomical", DisabilityKind::PartialAnatomical),
                ("partialFunctional", DisabilityKind::PartialFunctional),
            ],
        )?;
        let item = g.choose("disabilityItem", DISABILITY_ITEMS.len(), &|i| DISABILITY_ITEMS[i].0)?.map(|i| DISABILITY_ITEMS[i].0);
        let percentage = g.decimal("disabilityPercentage", Decimal::ZERO, hundred, true)?;
        let function_lost = g.decimal("functionLostPercentage", Decimal::ZERO, hundred, true)?;
        let left_handed = g.bool("leftHanded")?.unwrap_or(false);
        let work_related = g.bool("workRelated")?;
        if kind == EventKind::Disability {
            let dk = dk.ok_or_else(|| {
                g.invalid(
                    "disabilityKind",
                    text::text(
                        lang,
                        "Untuk `event.kind` \"disability\", isi `event.disabilityKind`: \"totalPermanent\", \"partialAnatomical\" atau \"partialFunctional\".",
                        "With `event.kind` \"disability\", give `event.disabilityKind`: \"totalPermanent\", \"partialAnatomical\" or \"partialFunctional\".",
                    ),
                )
            })?;
            if item.is_some() && percentage.is_some() {
                return Err(g.invalid(
                    "disabilityPercentage",
                    text::text(lang, "Isi `event.disabilityItem` atau `event.disabilityPercentage`, tidak keduanya.", "Give `event.disabilityItem` or `event.disabilityPercentage`, not both."),
                ));
            }
            disability = Some(Disability {
                kind: dk,
                item,
                percentage,
                function_lost,
                left_handed,
                work_related: work_related.unwrap_or(true),
            });
        } else {
            for (k, present) in [
                ("disabilityKind", dk.is_some()),
                ("disabilityItem", item.is_some()),
                ("disabilityPercentage", percentage.is_some()),
                ("functionLostPercentage", function_lost.is_some()),
            ] {
                if present {
                    return Err(Error::new(
                        Code::NotApplicable,
                        Some(&format!("event.{k}")),
                        text::text(lang, "Kolom cacat hanya dipakai dengan `event.kind` \"disability\".", "The disability fields are only used with `event.kind` \"disability\"."),
                    ));
                }
            }
        }
        let incapacity_months = g.int("incapacityMonths", 1, MAX_INCAPACITY_MONTHS)?.map(|m| m as u32);
        if incapacity_months.is_some() && !matches!(kind, EventKind::TemporaryIncapacity | EventKind::WorkAccident) {
            return Err(Error::new(
                Code::NotApplicable,
                Some("event.incapacityMonths"),
                text::text(
                    lang,
                    "`event.incapacityMonths` hanya dipakai dengan `event.kind` \"temporaryIncapacity\" atau \"workAccident\".",
                    "`event.incapacityMonths` is only used with `event.kind` \"temporaryIncapacity\" or \"workAccident\".",
                ),
            ));
        }
        let cause = g.choice(
            "jobLossCause",
            &[
                ("layoff", Cause::Layoff),
                ("contractEndedEarly", Cause::ContractEndedEarly),
                ("contractExpired", Cause::ContractExpired),
                ("resignation", Cause::Resignation),
                ("retirement", Cause::Retirement),
                ("totalPermanentDisability", Cause::TotalPermanentDisability),
                ("death", Cause::Death),
            ],
        )?;
        if cause.is_some() && kind != EventKind::JobLoss {
            return Err(Error::new(
                Code::NotApplicable,
                Some("event.jobLossCause"),
                text::text(lang, "`event.jobLossCause` hanya dipakai dengan `event.kind` \"jobLoss\".", "`event.jobLossCause` is only used with `event.kind` \"jobLoss\"."),
            ));
        }
        event = Some(Event { kind, date, date_given: given.is_some(), disability, incapacity_months, cause, claim_date });
    }

    let jht_balance = top.money("jhtBalance", MAX_BALANCE)?;

    let mut assumptions = Assumptions {
        wage_growth: DEFAULT_WAGE_GROWTH,
        wage_growth_given: false,
        jht_return: DEFAULT_JHT_RETURN,
        jht_return_given: false,
        target_age: None,
    };
    if let Some(g) = top.group("assumptions")? {
        g.only(&["wageGrowth", "jhtReturn", "targetAge"])?;
        if let Some(v) = g.decimal("wageGrowth", -MAX_RATE, MAX_RATE, false)? {
            assumptions.wage_growth = v;
            assumptions.wage_growth_given = true;
        }
        if let Some(v) = g.decimal("jhtReturn", -MAX_RATE, MAX_RATE, false)? {
            assumptions.jht_return = v;
            assumptions.jht_return_given = true;
        }
        assumptions.target_age = g.int("targetAge", TARGET_AGE.0, TARGET_AGE.1)?.map(|a| a as u32);
    }

    let citizenship = top.choice("citizenship", &[("WNI", Citizenship::Wni), ("WNA", Citizenship::Wna)])?;

    let mut family = Family::default();
    if let Some(g) = top.group("family")? {
        family.given = true;
        g.only(&["spouse", "children", "parents"])?;
        family.spouse = g.bool("spouse")?;
        family.parents = g.bool("parents")?;
        if let Some(v) = g.get("children") {
            let bad = || {
                g.invalid(
                    "children",
                    t!(
                        lang,
                        "`family.children` harus daftar berisi paling banyak {MAX_CHILDREN} objek {{\"level\", \"age\"}}.",
                        "`family.children` must be a list of at most {MAX_CHILDREN} objects {{\"level\", \"age\"}}.",
                    ),
                )
            };
            let Raw::Array(items) = v else { return Err(bad()) };
            if items.len() > MAX_CHILDREN {
                return Err(bad());
            }
            for item in items {
                if !matches!(item, Raw::Object(_)) {
                    return Err(bad());
                }
                let c = G { obj: item, path: "family.children[]", lang };
                c.only(&["level", "age"])?;
                let level = c.choice(
                    "level",
                    &[
                        ("notInSchool", Level::NotInSchool),
                        ("tk", Level::Tk),
                        ("sd", Level::Sd),
                        ("smp", Level::Smp),
                        ("sma", Level::Sma),
                        ("higher", Level::Higher),
                    ],
                )?;
                let age = c.int("age", 0, 60)?.map(|a| a as u32);
                family.children.push(Child { level, age });
            }
        }
    }

    let member = top.bool("member")?;
    Ok(Input { member, history, event, jht_balance, assumptions, citizenship, family })
}
