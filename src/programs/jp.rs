//! Jaminan Pensiun (pension): contributions on the wage up to the year's cap.

use crate::case::{Case, EnterpriseSize, WageEarner};
use crate::date::Date;
use crate::error::Error;
use crate::law;
use crate::programs::{need, Out};
use crate::statement::{line, Part, Payer, Spec};
use crate::text;

/// Whether JP is mandatory for an enterprise of this size on a date: from the smallest size the
/// law data names (medium: small and micro enterprises join JKK, JKM and JHT but not JP; PP 6/2025
/// Pasal 4(3)).
pub fn mandatory_for(size: EnterpriseSize, date: Date) -> bool {
    let code = match size {
        EnterpriseSize::Micro => 1,
        EnterpriseSize::Small => 2,
        EnterpriseSize::Medium => 3,
        EnterpriseSize::Large => 4,
    };
    law::JP_SMALLEST_MANDATORY_SIZE.at(date).is_some_and(|v| rust_decimal::Decimal::from(code) >= v.value)
}

/// JP of a wage earner: 2% employer and 1% worker of the wage, capped at the JP wage cap in
/// force that month (PP 45/2015 Pasal 28–29); none once the retirement age is reached (Pasal 15).
pub fn wage_earner(case: &Case, w: &WageEarner, out: &mut Out) -> Result<(), Error> {
    let lang = case.lang;
    if !mandatory_for(w.size, case.as_of) {
        out.exclude(
            "JP",
            "notMandatoryForEnterpriseSize",
            lang.t(
                "JP wajib bagi usaha menengah dan besar; usaha kecil dan mikro cukup mendaftarkan JKK, JKM dan JHT, jadi JP tidak dihitung.",
                "JP is mandatory for medium and large enterprises; small and micro enterprises need only JKK, JKM and JHT, so JP is not counted.",
            )
            .to_owned(),
            &[law::PROGRAMS_BY_ENTERPRISE_SIZE],
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
    // A share of the JP remittance that could be paid later (PP 49/2020 Pasal 17), from the law
    // data: the share and the window to settle it.
    if let Some(t) = law::JP_DEFERRAL.table(case.as_of) {
        if let Some(row) = t.rows.first() {
            if case.explain() {
                let cell = |i: usize| row.cells.get(i).copied().unwrap_or_default();
                let day = |i: usize| crate::money::whole(cell(i)).and_then(|k| u32::try_from(k).ok()).map(|k| text::date(Date::from_key(k), lang)).unwrap_or_default();
                let (share, from, until) = (text::pct(cell(0), lang), day(1), day(2));
                l.notes.push(crate::say!(
                    lang,
                    format!("{} {}: {share} iuran JP bulan ini boleh ditunda dan dilunasi antara {from} dan {until}; jumlahnya tetap terutang.", t.source.instrument, t.source.article),
                    format!("{} {}: {share} of this month's JP could be deferred and settled between {from} and {until}; the amount is still owed.", t.source.instrument, t.source.article),
                ));
            }
            l.sources.push(crate::statement::source_ref(t.source));
        }
    }
    out.lines.push(l);
    Ok(())
}
