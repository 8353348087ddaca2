//! What the law data covers, for a "sources" panel: coverage, verification date, the
//! instruments, the occupations of the informal-worker picker, and the relief regimes.

use crate::date::Date;
use crate::law;
use serde::Serialize;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rules {
    pub coverage_from: String,
    pub verified_until: String,
    /// The last date computed at all (with a warning after `verifiedUntil`).
    pub computes_until: String,
    pub version: &'static str,
    pub data_hash: &'static str,
    pub instruments: Vec<InstrumentInfo>,
    pub occupations: Vec<OccupationInfo>,
    pub reliefs: Vec<ReliefInfo>,
    /// How many dated values the data holds, and how many are not yet verified.
    pub values: usize,
    pub unverified_values: usize,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InstrumentInfo {
    pub id: &'static str,
    pub title_id: &'static str,
    pub title_en: &'static str,
    pub date: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OccupationInfo {
    pub code: &'static str,
    pub name_id: &'static str,
    pub name_en: &'static str,
    pub transport: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReliefInfo {
    pub id: &'static str,
    pub instrument: &'static str,
    pub from: String,
    pub until: String,
    pub verified: bool,
}

pub fn rules() -> Rules {
    let mut values = 0;
    let mut unverified = 0;
    for p in law::PARAMS {
        for v in p.versions {
            match v.value {
                law::Value::Table(rows) => {
                    values += rows.len();
                    unverified += rows.iter().filter(|r| !r.verified).count();
                }
                _ => {
                    values += 1;
                    unverified += usize::from(!v.source.verified);
                }
            }
        }
    }
    // Plain loops rather than map/collect: each of those is generic code of its own in the wasm.
    let mut instruments = Vec::with_capacity(law::INSTRUMENTS.len());
    for i in law::INSTRUMENTS {
        instruments.push(InstrumentInfo { id: i.id, title_id: i.title_id, title_en: i.title_en, date: Date::from_key(i.date).to_string() });
    }
    let mut occupations = Vec::with_capacity(law::OCCUPATIONS.len());
    for o in law::OCCUPATIONS {
        occupations.push(OccupationInfo { code: o.code, name_id: o.name_id, name_en: o.name_en, transport: o.transport });
    }
    let mut reliefs = Vec::with_capacity(law::RELIEFS.len());
    for r in law::RELIEFS {
        reliefs.push(ReliefInfo {
            id: r.id,
            instrument: r.source.instrument,
            from: Date::from_key(r.from).to_string(),
            until: Date::from_key(r.to).to_string(),
            verified: r.source.verified,
        });
    }
    let until = law::verified_until();
    Rules {
        coverage_from: law::coverage_from().to_string(),
        verified_until: until.to_string(),
        computes_until: Date { year: until.year + crate::conventions::EXTRAPOLATION_YEARS, month: 12, day: 31 }.to_string(),
        version: law::LAW_VERSION,
        data_hash: law::LAW_HASH,
        instruments,
        occupations,
        reliefs,
        values,
        unverified_values: unverified,
    }
}

/// What every response says about the rules it used (the same in every response, so written
/// once).
pub(crate) fn rules_info(lang: crate::text::Lang) -> crate::api::RulesInfo {
    static DATES: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
    let (from, until) = DATES.get_or_init(|| (law::coverage_from().iso(), law::verified_until().iso()));
    crate::api::RulesInfo {
        coverage_from: from,
        verified_until: until,
        version: law::LAW_VERSION,
        data_hash: law::LAW_HASH,
        notes: say!(
            lang,
            &["Perkiraan tidak resmi berdasarkan peraturan yang dikutip; tagihan BPJS Ketenagakerjaan yang menentukan."],
            &["An unofficial estimate from the regulations cited; the BPJS Ketenagakerjaan bill is what counts."],
        ),
    }
}
