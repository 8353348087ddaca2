//! The sponsor's budget from the request: the top level (read as one self-employed worker's
//! case, after the keys that describe one worker were refused), the months, and each group of
//! workers with its income, occupation and JHT, read as one worker's fields are and named by
//! the group's path (`sponsor.groups[0].occupation`).

// Without the `bulk` feature only the key list is used: the reader refuses the sponsor's budget.
#![cfg_attr(not(feature = "bulk"), allow(dead_code, unused_imports))]

use super::fields::Reader;
use crate::case::{Case, GroupIncome, IncomePer, Sponsor, SponsorGroup, S};
use crate::conventions as conv;
use crate::date::Date;
use crate::error::{Code, Error};
use crate::law;
use crate::raw::Raw;
use crate::text::{self, t, Lang};

/// The request key read here, and its segment (bits as in `case::FIELDS`).
pub const FIELDS: &[(&str, u8)] = &[("sponsor", S)];

/// Most months one budget covers (five years).
pub const MAX_MONTHS: i128 = 60;
/// Most workers in one group.
pub const MAX_COUNT: i128 = 1_000_000;
/// Most groups in one budget.
pub const MAX_GROUPS: usize = 100;

/// Top-level keys that go with `sponsor`; the other keys describe one worker and belong in a
/// group.
const TOP_KEYS: &[&str] = &["asOf", "segment", "lang", "detail", "publicBudget", "sponsor"];
/// The keys of one group of `sponsor.groups`.
pub const GROUP_KEYS: &[&str] = &["count", "monthlyIncome", "weeklyIncome", "dailyIncome", "bracket", "occupation", "includeJht"];
const INCOME_KEYS: &[&str] = &["monthlyIncome", "weeklyIncome", "dailyIncome"];

/// Whether the request asks for a sponsor budget (a `sponsor` group that is not null).
pub fn requested(request: &Raw) -> bool {
    matches!(request, Raw::Object(_)) && request.get("sponsor").is_some_and(|v| !matches!(v, Raw::Null))
}

/// What a group asked for, read from the request.
struct Ask<'a> {
    /// The group as given.
    obj: &'a Raw,
    index: usize,
    count: u32,
    /// The income key and its raw value, or None for a group given by bracket.
    income: Option<(&'static str, &'a Raw)>,
    bracket: Option<usize>,
}

/// The language of a sponsor request's messages: English only when `lang` is "en".
pub(crate) fn read_lang(raw: &Raw) -> Lang {
    match raw.get("lang") {
        Some(Raw::Str(s)) if s == "en" => Lang::En,
        _ => Lang::Id,
    }
}

#[inline(never)]
fn invalid(field: &str, message: String) -> Error {
    Error::new(Code::InvalidInput, Some(field), message)
}

fn get<'a>(obj: &'a Raw, key: &str) -> Option<&'a Raw> {
    match obj.get(key) {
        None | Some(Raw::Null) => None,
        v => v,
    }
}

fn int(obj: &Raw, path: &str, key: &str, lo: i128, hi: i128, lang: Lang) -> Result<Option<i128>, Error> {
    match get(obj, key) {
        None => Ok(None),
        Some(Raw::Int(i)) if (lo..=hi).contains(i) => Ok(Some(*i)),
        Some(_) => {
            // The field's name is written only for the error.
            let name = format!("{path}.{key}");
            Err(invalid(
                &name,
                t!(
                    lang,
                    "`{name}` harus bilangan bulat dari {lo} sampai {hi}.",
                    "`{name}` must be a whole number from {lo} to {hi}.",
                    lo = text::Int(lo),
                    hi = text::Int(hi),
                ),
            ))
        }
    }
}

fn only(obj: &Raw, path: &str, keys: &[&str], lang: Lang) -> Result<(), Error> {
    if let Raw::Object(items) = obj {
        for (k, _) in items {
            if !keys.contains(&k.as_str()) {
                let shown: String = k.chars().take(40).collect();
                let f = format!("{path}.{shown}");
                let list = text::quoted(keys, "`");
                return Err(Error::new(
                    Code::UnknownField,
                    Some(&f),
                    t!(lang, "Kolom `{f}` tidak dikenal. Kolom yang dikenal di `{path}`: {list}.", "Unknown field `{f}`. The fields of `{path}` are: {list}."),
                ));
            }
        }
    }
    Ok(())
}

/// The top level of a sponsor request, checked by reading it as the single request of one
/// worker (so that `asOf`, `segment`, `lang`, `detail` and `publicBudget` are refused exactly
/// as anywhere else), after the keys that describe one worker were refused.
fn read_top(request: &Raw, lang: Lang) -> Result<Case, Error> {
    let Raw::Object(items) = request else {
        return Err(Error::new(Code::InvalidInput, None, lang.t("Permintaan harus berupa objek JSON.", "The request must be a JSON object.").to_owned()));
    };
    let known = |k: &str| {
        super::case::FIELDS.iter().chain(super::questions::FIELDS.iter()).any(|(name, _)| *name == k)
    };
    for (k, v) in items {
        if matches!(v, Raw::Null) || TOP_KEYS.contains(&k.as_str()) {
            continue;
        }
        if known(k) {
            return Err(Error::new(
                Code::NotApplicable,
                Some(k),
                t!(
                    lang,
                    "Kolom `{k}` tidak dipakai bersama `sponsor`: penghasilan, pekerjaan dan JHT diisi per kelompok di `sponsor.groups`.",
                    "Field `{k}` does not go with `sponsor`: income, occupation and JHT are given per group in `sponsor.groups`.",
                ),
            ));
        }
    }
    if let Some(Raw::Str(s)) = get(request, "segment") {
        if s != "selfEmployed" && ["wageEarner", "construction", "migrant"].contains(&s.as_str()) {
            return Err(Error::new(
                Code::NotApplicable,
                Some("sponsor"),
                t!(
                    lang,
                    "Kolom `sponsor` tidak berlaku untuk segmen \"{s}\": anggaran sponsor hanya untuk pekerja bukan penerima upah (\"selfEmployed\").",
                    "Field `sponsor` does not apply to the \"{s}\" segment: a sponsor budget is for self-employed workers (\"selfEmployed\") only.",
                ),
            ));
        }
    }
    let mut probe: Vec<(String, Raw)> = Vec::with_capacity(items.len() + 1);
    for (k, v) in items {
        if k != "sponsor" {
            probe.push((k.clone(), v.clone()));
        }
    }
    probe.push(("monthlyIncome".into(), Raw::Int(1)));
    super::case::read(&Raw::Object(probe), super::questions::FIELDS)
}

fn read_groups<'a>(sponsor: &'a Raw, as_of: Date, lang: Lang) -> Result<(u32, Vec<Ask<'a>>), Error> {
    if !matches!(sponsor, Raw::Object(_)) {
        return Err(invalid(
            "sponsor",
            text::text(lang, "`sponsor` harus objek JSON: {\"months\": …, \"groups\": […]}.", "`sponsor` must be a JSON object: {\"months\": …, \"groups\": […]}."),
        ));
    }
    only(sponsor, "sponsor", &["months", "groups"], lang)?;
    let months = int(sponsor, "sponsor", "months", 1, MAX_MONTHS, lang)?.ok_or_else(|| {
        invalid("sponsor.months", text::text(lang, "`sponsor.months` wajib diisi.", "`sponsor.months` is required."))
    })? as u32;
    let bad_groups = || {
        invalid(
            "sponsor.groups",
            t!(
                lang,
                "`sponsor.groups` harus daftar 1 sampai {MAX_GROUPS} objek, satu per kelompok pekerja.",
                "`sponsor.groups` must be a list of 1 to {MAX_GROUPS} objects, one per group of workers.",
            ),
        )
    };
    let items = match get(sponsor, "groups") {
        Some(Raw::Array(items)) if !items.is_empty() && items.len() <= MAX_GROUPS => items,
        _ => return Err(bad_groups()),
    };
    let rows = law::BPU_BRACKETS.table(as_of).map(|t| t.rows.len()).unwrap_or(0);
    let mut asks = Vec::with_capacity(items.len());
    for (index, g) in items.iter().enumerate() {
        let path = format!("sponsor.groups[{index}]");
        if !matches!(g, Raw::Object(_)) {
            return Err(invalid(&path, t!(lang, "`{path}` harus objek JSON.", "`{path}` must be a JSON object.")));
        }
        only(g, &path, GROUP_KEYS, lang)?;
        let count = int(g, &path, "count", 1, MAX_COUNT, lang)?.ok_or_else(|| {
            invalid(&format!("{path}.count"), t!(lang, "`{path}.count` wajib diisi.", "`{path}.count` is required."))
        })? as u32;
        let bracket = int(g, &path, "bracket", 1, rows as i128, lang)?.map(|b| b as usize);
        let mut incomes: Vec<(&'static str, &Raw)> = Vec::new();
        for k in INCOME_KEYS {
            if let Some(v) = get(g, k) {
                incomes.push((k, v));
            }
        }
        let income = match (incomes.as_slice(), bracket) {
            ([one], None) => Some(*one),
            ([], Some(_)) => None,
            ([], None) => {
                return Err(invalid(
                    &format!("{path}.monthlyIncome"),
                    t!(
                        lang,
                        "Isi `{path}.monthlyIncome` (atau `weeklyIncome`, `dailyIncome`) atau `{path}.bracket`.",
                        "Give `{path}.monthlyIncome` (or `weeklyIncome`, `dailyIncome`) or `{path}.bracket`.",
                    ),
                ))
            }
            ([_, second, ..], _) => {
                let f = format!("{path}.{}", second.0);
                return Err(invalid(
                    &f,
                    t!(lang, "Isi satu saja dari `monthlyIncome`, `weeklyIncome`, `dailyIncome` di `{path}`.", "Give only one of `monthlyIncome`, `weeklyIncome`, `dailyIncome` in `{path}`."),
                ));
            }
            ([_], Some(_)) => {
                let f = format!("{path}.bracket");
                return Err(invalid(&f, t!(lang, "Isi penghasilan atau `bracket` di `{path}`, tidak keduanya.", "Give an income or a `bracket` in `{path}`, not both.")));
            }
        };
        asks.push(Ask { obj: g, index, count, income, bracket });
    }
    Ok((months, asks))
}

/// An error of one month's single request, named by the group's path.
pub(crate) fn in_group(mut e: Error, index: usize) -> Error {
    if let Some(f) = &e.field {
        if GROUP_KEYS.contains(&f.as_str()) {
            let path = format!("sponsor.groups[{index}].{f}");
            e.message = replace_all(&e.message, &format!("`{f}`"), &format!("`{path}`"));
            e.field = Some(path);
        }
    }
    e
}

/// `s` with each `from` replaced by `to`, left to right, as `str::replace` does: a plain scan,
/// since `str::replace` with a string pattern links the two-way string searcher into the wasm
/// for this one error path.
fn replace_all(s: &str, from: &str, to: &str) -> String {
    let (s, from) = (s.as_bytes(), from.as_bytes());
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if !from.is_empty() && s[i..].starts_with(from) {
            out.extend_from_slice(to.as_bytes());
            i += from.len();
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    // Only whole UTF-8 texts are copied or replaced, so this holds.
    String::from_utf8(out).unwrap_or_default()
}


/// Reads a sponsor request (one whose `sponsor` is not null).
#[cfg(feature = "bulk")]
// Out of line, as the other readers (a smaller WebAssembly module).
#[inline(never)]
pub fn read(request: &Raw) -> Result<Sponsor, Error> {
    // The language of the errors found before the top level is read (as the case reads it).
    let top = read_top(request, read_lang(request))?;
    let lang = top.lang;
    let sponsor = get(request, "sponsor").ok_or_else(unread)?;
    let (months, asks) = read_groups(sponsor, top.as_of, lang)?;

    // The last month that can be computed, as for `asOf`.
    let until = law::verified_until();
    let last_computable = Date { year: until.year + conv::EXTRAPOLATION_YEARS, month: 12, day: 1 };
    let first = top.as_of.month_start();
    let last = first.add_months(months as i32 - 1);
    if last > last_computable {
        let most = (last_computable.year - first.year) * 12 + last_computable.month as i32 - first.month as i32 + 1;
        return Err(Error::new(
            Code::OutOfCoverage,
            Some("sponsor.months"),
            t!(
                lang,
                "Anggaran {months} bulan dari {from} berakhir pada {to}, di luar cakupan aturan: bulan terakhir yang dapat dihitung adalah {until} (paling banyak {most} bulan dari `asOf`).",
                "A budget of {months} months from {from} ends in {to}, outside the rules covered: the last month that can be computed is {until} (at most {most} months from `asOf`).",
                from = text::month_year(first, lang),
                to = text::month_year(last, lang),
                until = text::month_year(last_computable, lang),
            ),
        ));
    }
    let mut groups = Vec::with_capacity(asks.len());
    for ask in &asks {
        groups.push(group(ask, lang).map_err(|e| in_group(e, ask.index))?);
    }
    Ok(Sponsor { top, months, groups })
}

/// A group's own fields, read as one worker's are (the errors name the plain key; `in_group`
/// gives them the group's path).
#[cfg(feature = "bulk")]
#[inline(never)]
fn group(ask: &Ask, lang: Lang) -> Result<SponsorGroup, Error> {
    let r = Reader { obj: ask.obj, lang };
    let income = match (ask.income, ask.bracket) {
        (Some((field, _)), _) => {
            let per = match field {
                "weeklyIncome" => IncomePer::Week,
                "dailyIncome" => IncomePer::Day,
                _ => IncomePer::Month,
            };
            let amount = r.required(field, r.money(field, conv::MAX_MONTHLY)?)?;
            let monthly = super::case::monthly_income(&r, field, per, amount)?;
            GroupIncome::Given { per, amount, monthly }
        }
        (None, Some(n)) => GroupIncome::Bracket(n),
        (None, None) => return Err(unread()),
    };
    let occupation = super::case::occupation(&r)?;
    let include_jht = r.bool("includeJht")?.unwrap_or(false);
    Ok(SponsorGroup { index: ask.index, count: ask.count, income, occupation, include_jht })
}

/// Not reachable: a group has an income or a bracket once read. An error rather than a panic
/// all the same.
fn unread() -> Error {
    Error::new(Code::InvalidInput, Some("sponsor"), "`sponsor` tidak dapat dibaca. / `sponsor` could not be read.".into())
}
