//! Jaminan Kehilangan Pekerjaan (job loss): the government's contribution, and the parts of
//! the employer's JKK (and, before 7 February 2025, JKM) redirected into JKP.

use crate::api::Redirected;
use crate::case::{Case, WageEarner};
use crate::date::Date;
use crate::error::Error;
use crate::law::{self, Value};
use crate::money::round_share;
use crate::programs::{missing, need, Out};
use crate::statement::{line, source_ref, Part, Payer, Spec};
use crate::text;

/// The JKK part redirected into JKP while the PP 7/2025 relief applies (Pasal 9): by risk group.
fn relief_recomposition(case: &Case, group: u8) -> Result<law::At, Error> {
    let table = law::JKP_RECOMPOSITION_JKK_LABOR_INTENSIVE
        .table(case.as_of)
        .ok_or_else(|| missing(law::JKP_RECOMPOSITION_JKK_LABOR_INTENSIVE.name, case))?;
    let row = table
        .rows
        .iter()
        .find(|r| r.cells.first() == Some(&rust_decimal::Decimal::from(group)))
        .and_then(|r| r.cells.get(1))
        .ok_or_else(|| missing(law::JKP_RECOMPOSITION_JKK_LABOR_INTENSIVE.name, case))?;
    Ok(law::At { value: *row, source: table.source })
}

/// JKP of a wage earner (PP 37/2021 Pasal 11, as amended by PP 6/2025): 0.22% of the wage
/// capped at Rp5 juta, paid by the central government. The recomposed parts of JKK and JKM
/// are shown on the line (`redirected`); the employer's JKK and JKM lines do not change.
pub fn wage_earner(case: &Case, w: &WageEarner, out: &mut Out) -> Result<(), Error> {
    let lang = case.lang;
    let version = law::JKP_RATE_GOVERNMENT.version(case.as_of);
    if let Some(v) = version.filter(|v| matches!(v.value, Value::Absent)) {
        out.exclude(
            "JKP",
            "notYetInForce",
            {
                let start = law::JKP_RATE_GOVERNMENT.versions.iter().find(|v| !matches!(v.value, Value::Absent));
                let (instrument, day) = start.map(|v| (v.source.instrument, crate::text::date(crate::date::Date::from_key(v.from), lang))).unwrap_or_default();
                crate::say!(
                    lang,
                    format!("JKP belum ada pada tanggal ini: program dimulai dengan {instrument} ({day})."),
                    format!("JKP did not exist on this date: it began with {instrument} ({day})."),
                )
            },
            &[v.source],
        );
        return Ok(());
    }
    let gov = need(&law::JKP_RATE_GOVERNMENT, case)?;
    let cap = need(&law::JKP_WAGE_CAP, case)?;
    let capped = w.wage > cap.value;
    let base = if capped { cap.value } else { w.wage };
    let mut l = line(
        Spec {
            program: "JKP",
            once: false,
            base: Some(base),
            base_note: capped.then(|| lang.t("batas upah JKP", "the JKP wage ceiling").to_owned()),
            parts: &[Part::Rate(Payer::Government, gov.value)],
            relief: None,
            sources: vec![gov.source, cap.source],
        },
        case,
    );
    let mut moved = String::new();
    let labor_relief = crate::programs::jkk::wage_earner_relief(case, w).filter(|r| r.id != "pp49_2020");
    for (program, param) in [("JKK", &law::JKP_RECOMPOSITION_JKK), ("JKM", &law::JKP_RECOMPOSITION_JKM)] {
        let mut r = need(param, case)?;
        if program == "JKK" && labor_relief.is_some() {
            r = relief_recomposition(case, w.risk_group)?;
        }
        if r.value.is_zero() {
            continue;
        }
        let amount = round_share(base * r.value);
        if case.explain() {
            text::push_item(&mut moved, ", ", format_args!("{} {} ({})", program, text::rp(amount, lang), text::pct(r.value, lang)));
        }
        l.redirected.push(Redirected { from: program, rate: r.value, amount, sources: vec![source_ref(r.source)] });
    }
    if !moved.is_empty() {
        if case.explain() { l.notes.push(crate::say!(
            lang,
            format!("Selain iuran pemerintah, sebagian iuran JKK/JKM pemberi kerja dialihkan ke JKP (rekomposisi): {}. Jumlah yang dibayar pemberi kerja tidak berubah.", moved),
            format!("Besides the government's part, some of the employer's JKK/JKM is redirected into JKP (recomposition): {}. What the employer pays does not change.", moved),
        )); }
    }
    if law::JKP_RECOMPOSITION_JKM.version(case.as_of).is_some_and(|v| !v.source.verified) {
        if case.explain() { l.notes.push(lang.t(
            "Sejak PP 6/2025 JKP didanai dari rekomposisi JKK saja; PP 44/2015 Pasal 18A masih menyebut rekomposisi JKM. Pembagian ini belum terverifikasi; total pemberi kerja sama saja.",
            "Since PP 6/2025 JKP is funded from the JKK recomposition only; PP 44/2015 Pasal 18A still mentions a JKM recomposition. This split is unverified; the employer's total is the same either way.",
        ).to_owned()); }
    }
    if let Some(birth) = w.birth_date {
        let max_age = need(&law::JKP_MAX_REGISTRATION_AGE, case)?;
        let age = Date::age_at(birth, case.as_of);
        if rust_decimal::Decimal::from(age) >= max_age.value {
            out.warn(
                "jkpRegistrationAge",
                crate::say!(
                    lang,
                    format!("Peserta JKP harus terdaftar sebelum berumur {} tahun; pekerja ini berumur {age}. Iuran JKP ditampilkan untuk peserta yang sudah terdaftar sebelumnya.", crate::text::Exact(max_age.value)),
                    format!("JKP participants must register before age {}; this worker is {age}. The JKP line is shown for a participant registered earlier.", crate::text::Exact(max_age.value)),
                ),
            );
        }
    }
    out.lines.push(l);
    Ok(())
}
