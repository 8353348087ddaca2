//! Bukan Penerima Upah (self-employed and informal workers): contributions on the nominal
//! income of the bracket the declared income falls in (PP 44/2015 Lampiran II).

use crate::api::{Bracket, IncomeConversion, Shares};
use crate::case::{Case, IncomePer, SelfEmployed};
use crate::error::Error;
use crate::law::{self, Program, ReliefCondition, SegmentKind};
use crate::programs::{missing, need, source_of, Out};
use crate::statement::{line, Part, Payer, Spec};
use crate::text;
use rust_decimal::Decimal;

/// The bracket of a monthly income: the last row whose lower bound is at or below it.
/// Returns (1-based number, lower bound, the annex's printed upper bound, nominal base, verified).
pub fn bracket(rows: &[law::Row], income: Decimal) -> Option<(usize, Decimal, Option<Decimal>, Decimal, bool)> {
    let i = rows.partition_point(|r| r.cells.first().is_some_and(|l| *l <= income));
    let i = i.checked_sub(1)?;
    let row = rows.get(i)?;
    // The annex prints each upper bound in whole thousands, just under the next lower bound.
    let to = rows.get(i + 1).and_then(|n| n.cells.first()).map(|l| *l - Decimal::ONE_THOUSAND);
    Some((i + 1, *row.cells.first()?, to, *row.cells.get(1)?, row.verified))
}

/// Whether PP 50/2025 (or PP 49/2020) applies to this worker's JKK/JKM on this date.
fn relief(case: &Case, s: &SelfEmployed, program: Program) -> Option<&'static law::Relief> {
    law::relief(case.as_of, program, SegmentKind::SelfEmployed, |c| match c {
        ReliefCondition::Always => true,
        ReliefCondition::TransportOwnAccountNotPublicBudget => s.occupation.transport && !s.public_budget && s.employs_others != Some(true),
        ReliefCondition::OtherOwnAccountNotPublicBudget => !s.occupation.transport && !s.public_budget && s.employs_others != Some(true),
        ReliefCondition::LaborIntensive => false,
    })
}

/// A relief the worker would get but for the public budget.
fn relief_if_not_public(case: &Case, s: &SelfEmployed) -> Option<&'static law::Relief> {
    let private = SelfEmployed { public_budget: false, ..s.clone() };
    relief(case, &private, Program::Jkk).filter(|r| r.id != "pp49_2020")
}

/// A relief the worker would get if they worked on their own account (PP 50/2025 Pasal 3
/// ayat (4)), when they employ others.
fn relief_if_own_account(case: &Case, s: &SelfEmployed) -> Option<&'static law::Relief> {
    let own = SelfEmployed { employs_others: Some(false), ..s.clone() };
    relief(case, &own, Program::Jkk).filter(|r| relief(case, s, Program::Jkk).map(|x| x.id) != Some(r.id))
}

/// Whether a relief that applies here depends on working on one's own account.
fn own_account_relief(r: &law::Relief) -> bool {
    matches!(r.condition, ReliefCondition::TransportOwnAccountNotPublicBudget | ReliefCondition::OtherOwnAccountNotPublicBudget)
}

pub fn contributions(case: &Case, s: &SelfEmployed, out: &mut Out) -> Result<(), Error> {
    let lang = case.lang;
    let table = law::BPU_BRACKETS.table(case.as_of).ok_or_else(|| missing(law::BPU_BRACKETS.name, case))?;
    let (number, from, to, base, row_verified) =
        bracket(table.rows, s.monthly).ok_or_else(|| missing(law::BPU_BRACKETS.name, case))?;
    // The sentences are written only for a full response (`detail: "amounts"` has none).
    let explanation = if !case.explain() {
        String::new()
    } else {
        let range = match to {
            Some(to) => format!("{}–{}", text::rp(from, lang), text::rp(to, lang)),
            None => crate::say!(lang, format!("{} ke atas", text::rp(from, lang)), format!("{} and above", text::rp(from, lang))),
        };
        // An income converted from a week (or given with sen) can have a long fraction
        // (Rp304.507,666…); the sentence shows whole rupiah, as the income conversion does, and
        // says so. The figures (`bracket`, `income.monthly`) stay exact.
        let whole = s.monthly.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::ToZero);
        let income = if whole == s.monthly {
            text::rp(s.monthly, lang)
        } else {
            crate::say!(lang, format!("Sekitar {}", text::rp(whole, lang)), format!("About {}", text::rp(whole, lang)))
        };
        crate::say!(
            lang,
            format!("{income} masuk kelompok {number}, {range}; iuran dihitung dari {}.", text::rp(base, lang)),
            format!("{income} falls in bracket {number}, {range}; contributions are computed on {}.", text::rp(base, lang)),
        )
    };
    let mut bracket_source = table.source;
    bracket_source.verified = row_verified;
    out.bracket = Some(Bracket { number, from, to, base, verified: row_verified, explanation });
    if s.per != IncomePer::Month {
        let per = if s.per == IncomePer::Day { "day" } else { "week" };
        let explanation = if !case.explain() {
            String::new()
        } else {
            let (how_id, how_en) = match s.per {
                IncomePer::Day => (format!("× {} hari kerja", crate::text::Exact(crate::conventions::DAYS_WORKED_PER_MONTH)), format!("× {} working days", crate::text::Exact(crate::conventions::DAYS_WORKED_PER_MONTH))),
                _ => (format!("× {} minggu ÷ {} bulan", crate::text::Exact(crate::conventions::WEEKS_PER_YEAR), crate::text::Exact(crate::conventions::MONTHS_PER_YEAR)), format!("× {} weeks ÷ {} months", crate::text::Exact(crate::conventions::WEEKS_PER_YEAR), crate::text::Exact(crate::conventions::MONTHS_PER_YEAR))),
            };
            let shown = s.monthly.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::ToZero);
            crate::say!(
                lang,
                format!("{} {how_id} ≈ {} sebulan (anggapan kalkulator ini, bukan aturan BPJS).", text::rp(s.given, lang), text::rp(shown, lang)),
                format!("{} {how_en} ≈ {} a month (this calculator's assumption, not a BPJS rule).", text::rp(s.given, lang), text::rp(shown, lang)),
            )
        };
        out.income = Some(IncomeConversion { given: s.given, per, monthly: s.monthly, explanation });
    }

    let jkk_rate = need(&law::BPU_JKK_RATE, case)?;
    let jkm = need(&law::BPU_JKM_AMOUNT, case)?;
    let jkk_relief = relief(case, s, Program::Jkk);
    let jkm_relief = relief(case, s, Program::Jkm);
    let mut jkk = line(
        Spec {
            program: "JKK",
            once: false,
            base: Some(base),
            base_note: None,
            parts: &[Part::Rate(Payer::Worker, jkk_rate.value)],
            relief: jkk_relief,
            sources: vec![jkk_rate.source, bracket_source],
        },
        case,
    );
    let mut jkm_line = line(
        Spec {
            program: "JKM",
            once: false,
            base: None,
            base_note: None,
            parts: &[Part::Fixed(Payer::Worker, jkm.value)],
            relief: jkm_relief,
            sources: vec![jkm.source],
        },
        case,
    );
    if s.public_budget {
        if let Some(r) = relief_if_not_public(case, s) {
            let note = if !case.explain() { String::new() } else { crate::say!(
                lang,
                format!("Keringanan {} tidak berlaku karena iuran dibayar dari APBN/APBD: dihitung penuh.", r.source.instrument),
                format!("The {} relief does not apply because the contributions are paid from a state or regional budget: full amount.", r.source.instrument),
            ) };
            if case.explain() { jkk.notes.push(note.clone()); }
            if case.explain() { jkm_line.notes.push(note); }
            out.warn(
                "villageBudgetUnsettled",
                lang.t(
                    "Bila iuran dibayar dari APBDes (dana desa), aturan belum jelas apakah keringanan berlaku; kalkulator ini menghitung jumlah penuh agar anggaran tidak kurang.",
                    "If the contributions are paid from a village budget (APBDes), the sources do not settle whether the relief applies; this calculator counts the full amount so the budget is not short.",
                )
                .to_owned(),
            );
        }
    }
    if s.employs_others == Some(true) && !s.public_budget {
        if let Some(r) = relief_if_own_account(case, s) {
            if case.explain() {
                let note = crate::say!(
                    lang,
                    format!("Keringanan {} hanya untuk pekerja di luar hubungan kerja atau pekerja mandiri (Pasal 3 ayat (4)); pekerja yang mempekerjakan orang lain dihitung penuh (cara baca kalkulator ini).", r.source.instrument),
                    format!("The {} relief is only for workers outside an employment relationship or on their own account (Pasal 3 ayat (4)); a worker who employs others is counted at full price (this calculator's reading).", r.source.instrument),
                );
                jkk.notes.push(note.clone());
                jkm_line.notes.push(note);
            }
        }
    }
    if s.employs_others.is_none() && relief(case, s, Program::Jkk).is_some_and(own_account_relief) {
        out.warn(
            "ownAccountAssumed",
            lang.t(
                "Dianggap bekerja sendiri (tidak mempekerjakan orang lain): keringanan PP 50/2025 hanya untuk pekerja di luar hubungan kerja atau pekerja mandiri. Bila Anda mempekerjakan orang lain, iurannya penuh.",
                "Taken to work on your own account (employing nobody): the PP 50/2025 relief is only for workers outside an employment relationship or on their own account. If you employ others, the full amount applies.",
            )
            .to_owned(),
        );
    }
    for l in [&mut jkk, &mut jkm_line] {
        if let Some(r) = &l.relief {
            if !r.verified {
                if case.explain() { l.notes.push(lang.t(
                    "Masa keringanan ini belum terverifikasi dari teks peraturannya.",
                    "This relief window is not yet verified against the regulation's text.",
                ).to_owned()); }
            }
        }
    }
    out.lines.push(jkk);
    out.lines.push(jkm_line);
    if s.include_jht {
        let rate = need(&law::BPU_JHT_RATE, case)?;
        out.lines.push(line(
            Spec {
                program: "JHT",
                once: false,
                base: Some(base),
                base_note: None,
                parts: &[Part::Rate(Payer::Worker, rate.value)],
                relief: None,
                sources: vec![rate.source, bracket_source],
            },
            case,
        ));
    } else {
        out.exclude(
            "JHT",
            "optionalNotChosen",
            lang.t(
                "JHT untuk pekerja bukan penerima upah bersifat sukarela dan tidak dipilih.",
                "JHT is voluntary for self-employed workers and was not chosen.",
            )
            .to_owned(),
            &[need(&law::BPU_JHT_RATE, case)?.source],
        );
    }
    out.exclude(
        "JP",
        "notAvailableForSegment",
        lang.t(
            "JP hanya untuk pekerja penerima upah; pekerja bukan penerima upah tidak dapat ikut.",
            "JP is only for wage earners; self-employed workers cannot join it.",
        )
        .to_owned(),
        &[need(&law::JP_RATE_WORKER, case)?.source],
    );
    out.exclude(
        "JKP",
        "notAvailableForSegment",
        lang.t(
            "JKP hanya untuk pekerja yang punya hubungan kerja dengan pemberi kerja.",
            "JKP is only for workers in an employment relationship.",
        )
        .to_owned(),
        &source_of(&law::JKP_MAX_REGISTRATION_AGE, case),
    );
    Ok(())
}

/// The monthly total spread over the days of a month (conventions::DAYS_PER_MONTH_FOR_COST).
pub fn per_day(total: &Shares) -> Shares {
    let d = crate::conventions::DAYS_PER_MONTH_FOR_COST;
    let f = |x: Decimal| crate::money::round_share(x / d);
    let s = Shares { employer: f(total.employer), worker: f(total.worker), government: f(total.government), total: Decimal::ZERO };
    Shares { total: s.employer + s.worker + s.government, ..s }
}

// Native only: the wasm's unit tests (src/wasm/tests.rs) test the boundary, and JSON text is read
// natively here.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn a_converted_income_is_shown_in_whole_rupiah_in_the_bracket_sentence() {
        let r = crate::calculate_json(
            r#"{"asOf":"2026-06-01","segment":"selfEmployed","weeklyIncome":"70271","occupation":"fisher","lang":"en"}"#,
        )
        .unwrap();
        let b = r.contributions.bracket.unwrap();
        assert_eq!(b.explanation, "About Rp304,507 falls in bracket 1, Rp0–Rp1,099,000; contributions are computed on Rp1,000,000.");
        // The monthly figure itself is still exact.
        assert!(r.contributions.income.unwrap().monthly.to_string().starts_with("304507.666"));
    }
}
