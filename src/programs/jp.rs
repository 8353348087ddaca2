//! Jaminan Pensiun (pension): contributions on the wage up to the year's cap.

use crate::case::{Case, EnterpriseSize, WageEarner};
use crate::date::Date;
use crate::error::Error;
use crate::law::{self, Source};
use crate::programs::{need, Out};
use crate::statement::{line, Part, Payer, Spec};
use crate::text;

/// Enterprise sizes for which JP is mandatory: medium and large. Small and micro enterprises
/// must join JKK, JKM and JHT but not JP (PP 6/2025 Pasal 4(3), listing the programs each
/// size requires; Perpres 109/2013 on staged participation).
pub fn mandatory_for(size: EnterpriseSize) -> bool {
    matches!(size, EnterpriseSize::Medium | EnterpriseSize::Large)
}

pub const SIZE_SOURCE: Source = Source {
    instrument: "PP 6/2025",
    article: "Pasal 4 ayat (3)",
    verified: true,
    last_verified: 20261125,
};

/// JP of a wage earner: 2% employer and 1% worker of the wage, capped at the JP wage cap in
/// force that month (PP 45/2015 Pasal 28–29); none once the retirement age is reached (Pasal 15).
pub fn wage_earner(case: &Case, w: &WageEarner, out: &mut Out) -> Result<(), Error> {
    let lang = case.lang;
    if !mandatory_for(w.size) {
        out.exclude(
            "JP",
            "notMandatoryForEnterpriseSize",
            lang.t(
                "JP wajib bagi usaha menengah dan besar; usaha kecil dan mikro cukup mendaftarkan JKK, JKM dan JHT, jadi JP tidak dihitung.",
                "JP is mandatory for medium and large enterprises; small and micro enterprises need only JKK, JKM and JHT, so JP is not counted.",
            )
            .to_owned(),
            &[SIZE_SOURCE],
        );
        return Ok(());
    }
    let age = need(&law::JP_RETIREMENT_AGE, case)?;
    if let Some(birth) = w.birth_date {
        let years = Date::age_at(birth, case.as_of);
        if rust_decimal::Decimal::from(years) >= age.value {
            out.exclude(
                "JP",
                "reachedRetirementAge",
                crate::say!(
                    lang,
                    format!("Pada {} pekerja berumur {years} tahun, sudah mencapai usia pensiun JP ({} tahun), jadi iuran JP berhenti.", text::date(case.as_of, lang), crate::text::Exact(age.value)),
                    format!("On {} the worker is {years}, at or past the JP retirement age ({}), so JP contributions stop.", text::date(case.as_of, lang), crate::text::Exact(age.value)),
                ),
                &[age.source],
            );
            return Ok(());
        }
    }
    let employer = need(&law::JP_RATE_EMPLOYER, case)?;
    let worker = need(&law::JP_RATE_WORKER, case)?;
    let cap = need(&law::JP_WAGE_CAP, case)?;
    let capped = w.wage > cap.value;
    let base = if capped { cap.value } else { w.wage };
    let mut l = line(
        Spec {
            program: "JP",
            once: false,
            base: Some(base),
            base_note: capped.then(|| lang.t("batas upah JP", "the JP wage cap").to_owned()),
            parts: &[Part::Rate(Payer::Employer, employer.value), Part::Rate(Payer::Worker, worker.value)],
            relief: None,
            sources: vec![employer.source, worker.source, cap.source],
        },
        case,
    );
    if case.explain() { l.notes.push(crate::say!(
        lang,
        format!("Batas upah JP pada tanggal ini {}; upah di atasnya tidak dikenai iuran JP.", text::rp(cap.value, lang)),
        format!("The JP wage cap on this date is {}; wages above it pay no JP.", text::rp(cap.value, lang)),
    )); }
    if w.birth_date.is_none() {
        if case.explain() { l.notes.push(crate::say!(
            lang,
            format!("Iuran JP berhenti pada usia pensiun ({} tahun pada tanggal ini); isi tanggal lahir untuk memeriksanya.", crate::text::Exact(age.value)),
            format!("JP contributions stop at the retirement age ({} on this date); give a birth date to check it.", crate::text::Exact(age.value)),
        )); }
    }
    // PP 49/2020 Pasal 17: 99% of the JP remittance for these months could be paid later.
    if let Some(r) = law::RELIEFS.iter().find(|r| r.id == "pp49_2020") {
        let key = case.as_of.key();
        if r.from <= key && key <= r.to {
            if case.explain() { l.notes.push(lang.t(
                "PP 49/2020 Pasal 17: 99% iuran JP bulan ini boleh ditunda dan dilunasi antara 15 Mei 2021 dan 15 April 2022; jumlahnya tetap terutang.",
                "PP 49/2020 Pasal 17: 99% of this month's JP could be deferred and settled between 15 May 2021 and 15 April 2022; the amount is still owed.",
            ).to_owned()); }
            l.sources.push(crate::statement::source_ref(Source { article: "Pasal 17", ..r.source }));
        }
    }
    out.lines.push(l);
    Ok(())
}
