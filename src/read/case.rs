//! The case of one person (or the top level of a sponsor's budget) from the request: the keys
//! of the contract, the segment's fields, the date's coverage.

use super::fields::{clip, nearest, Reader};
use crate::case::*;
use crate::conventions as conv;
use crate::date::Date;
use crate::error::{Code, Error};
use crate::law;
use crate::raw::Raw;
use crate::text::{self, pick, Lang};
use rust_decimal::Decimal;

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

/// The language of the messages: read first, so every later error speaks it.
pub(crate) fn read_lang(raw: &Raw) -> Result<Lang, Error> {
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

/// Reads and checks the case of a request. `extra` lists the keys read beside the case's (the
/// benefit questions, the sponsor's budget), with their segments, so that they are not refused
/// as unknown.
// Out of line, as the other readers: inlined into `read::read` the WebAssembly module grows.
#[inline(never)]
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
    let warnings = date_notices(as_of, lang);

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
            let monthly = monthly_income(&r, field, per, amount)?;
            let occupation = occupation(&r)?;
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


/// The monthly income the brackets apply to, from an income given per day, week or month.
pub(super) fn monthly_income(r: &Reader, field: &str, per: IncomePer, amount: Decimal) -> Result<Decimal, Error> {
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
    Ok(monthly)
}

/// The self-employed worker's occupation; "other" when not given.
pub(super) fn occupation(r: &Reader) -> Result<&'static law::Occupation, Error> {
    let occupation = match r.string("occupation")? {
        None => law::occupation("other"),
        Some(code) => law::occupation(code),
    };
    occupation.ok_or_else(|| {
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
    })
}
