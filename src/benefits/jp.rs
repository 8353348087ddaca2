//! JP (pension): who takes part, and the old-age, disability and survivors' pensions
//! (PP 45/2015 Pasal 14–24; Permenaker 29/2015 Pasal 26).
//!
//! The monthly pension is 1% × years of contributions × the average indexed monthly wage,
//! within the year's minimum and maximum. The engine has no wage history: it uses
//! `history.averageIndexedWage` when given, else the current wage capped at the JP wage cap,
//! and says so. The lump sum for fewer than 15 years (contributions plus returns, Pasal 24) is
//! not computed: the returns are the fund's actual monthly results, which the engine does not
//! have.

use crate::text::t;
use super::input::{DisabilityKind, EventKind};
use super::{at, Check, Ctx, OneSource, Status};
use crate::case::Participant;
use crate::date::Date;
use crate::error::Error;
use crate::law::{self, Source};
use crate::money::round_share;
use rust_decimal::Decimal;


pub fn evaluate(ctx: &mut Ctx) -> Result<(), Error> {
    let now = ctx.case.as_of;
    let lang = ctx.lang;
    let Participant::WageEarner(w) = &ctx.case.participant else {
        ctx.participation(
            "JP",
            Status::NotAvailable,
            "wageEarnersOnly",
            ctx.text("JP hanya untuk pekerja penerima upah; segmen ini tidak ikut JP.", "JP is only for wage earners; this segment does not take part."),
            &[law::JP_WAGE_EARNERS_ONLY],
        );
        return Ok(());
    };
    if !crate::programs::jp::mandatory_for(w.size, now) {
        ctx.participation(
            "JP",
            Status::NotAvailable,
            "notMandatoryForEnterpriseSize",
            ctx.text("JP wajib bagi usaha menengah dan besar; usaha kecil dan mikro tidak diwajibkan, jadi JP tidak dihitung.", "JP is mandatory for medium and large enterprises; small and micro enterprises are not required to join, so JP is not counted."),
            &[law::PROGRAMS_BY_ENTERPRISE_SIZE],
        );
        return Ok(());
    }
    let ret = at(&law::JP_RETIREMENT_AGE, now, lang)?;
    match w.birth_date.map(|b| Date::age_at(b, now)) {
        Some(age) if Decimal::from(age) >= ret.value => ctx.participation(
            "JP",
            Status::NotAvailable,
            "reachedRetirementAge",
            t!(
                ctx.lang,
                "Berumur {age} tahun, sudah mencapai usia pensiun JP tahun ini ({ret} tahun): iuran berhenti.",
                "Aged {age}, at or past this year's JP retirement age ({ret}): contributions stop.",
                ret = crate::text::Exact(ret.value),
            ),
            ret.src(),
        ),
        _ => ctx.participation(
            "JP",
            Status::Mandatory,
            "mandatoryForMediumAndLarge",
            t!(
                ctx.lang,
                "JP wajib bagi usaha menengah dan besar, sampai usia pensiun ({ret} tahun pada tanggal ini).",
                "JP is mandatory for medium and large enterprises, until the retirement age ({ret} on this date).",
                ret = crate::text::Exact(ret.value),
            ),
            &[law::PROGRAMS_BY_ENTERPRISE_SIZE, ret.source],
        ),
    }
    // Only the old-age outlook (no event), retirement, death and total permanent disability
    // concern a JP benefit.
    let relevant = match &ctx.input.event {
        None => true,
        Some(e) => match e.kind {
            EventKind::Retirement | EventKind::Death | EventKind::WorkAccidentDeath => true,
            EventKind::Disability => e.disability.as_ref().is_some_and(|d| d.kind == DisabilityKind::TotalPermanent),
            _ => false,
        },
    };
    if !relevant {
        return Ok(());
    }
    let (avg, avg_src) = match ctx.input.history.average_indexed_wage {
        Some(a) => (a, Vec::new()),
        None if !ctx.input.history.jp_wages.is_empty() => from_history(ctx)?,
        None => {
            let cap = at(&law::JP_WAGE_CAP, now, lang)?;
            let a = w.wage.min(cap.value);
            ctx.assume(
                "jpAverageWageIsCurrentWage",
                t!(
                    ctx.lang,
                    "Rata-rata upah terindeks JP tidak diisi: dipakai upah sekarang, dibatasi batas upah JP, yaitu {a_rp}. Upah masa lalu yang disesuaikan inflasi bisa memberi angka lain.",
                    "No average indexed JP wage given: the current wage, capped at the JP wage cap, is used: {a_rp}. Past wages adjusted for inflation may give another figure.",
                    a_rp = ctx.rp(a),
                ),
            );
            (a, vec![cap.source])
        }
    };
    match &ctx.input.event {
        None => projected(ctx, w.birth_date, avg, &avg_src),
        Some(e) => match e.kind {
            EventKind::Retirement => old_age(ctx, e.date, w.birth_date, avg, &avg_src),
            EventKind::Death | EventKind::WorkAccidentDeath => survivors(ctx, e.date, w.birth_date, avg, &avg_src),
            EventKind::Disability if e.disability.as_ref().is_some_and(|d| d.kind == DisabilityKind::TotalPermanent) => disability(ctx, e.date, w.birth_date, avg, &avg_src),
            _ => Ok(()),
        },
    }
}

/// The indexed wages of PP 45/2015 Pasal 17(3) as the BPJS simulation computes them (V31):
/// each year's wage × the product of (1 + inflation) of that year and every later year of the
/// list, rounded to whole rupiah. `rows` are (monthly wage, inflation) in year order. None if
/// the arithmetic leaves the range of exact decimals.
pub fn indexed_wages(rows: &[(Decimal, Decimal)]) -> Option<Vec<Decimal>> {
    let mut out = vec![Decimal::ZERO; rows.len()];
    let mut index = Decimal::ONE;
    for (i, (wage, inflation)) in rows.iter().enumerate().rev() {
        index = crate::money::mul(index, crate::money::add(Decimal::ONE, *inflation)?)?;
        out[i] = round_share(crate::money::mul(*wage, index)?);
    }
    Some(out)
}

/// The average indexed wage from `history.jpWages`: each year's wage capped at the JP wage cap
/// in force on 1 July of that year, indexed, and averaged over the years given.
fn from_history(ctx: &mut Ctx) -> Result<(Decimal, Vec<Source>), Error> {
    let lang = ctx.lang;
    let mut rows = Vec::new();
    let mut src: Vec<Source> = Vec::new();
    let mut capped_years = String::new();
    for (year, wage, inflation) in &ctx.input.history.jp_wages {
        let mid = Date::new(*year, 7, 1).unwrap_or(ctx.case.as_of);
        let cap = at(&law::JP_WAGE_CAP, mid, lang)?;
        if !src.contains(&cap.source) {
            src.push(cap.source);
        }
        if *wage > cap.value {
            super::push_item(&mut capped_years, ", ", format_args!("{year}"));
        }
        rows.push(((*wage).min(cap.value), *inflation));
    }
    let indexed = indexed_wages(&rows).ok_or_else(|| super::too_large("history.jpWages", lang))?;
    let n = Decimal::from(indexed.len().max(1));
    let sum = indexed.iter().try_fold(Decimal::ZERO, |a, b| crate::money::add(a, *b)).ok_or_else(|| super::too_large("history.jpWages", lang))?;
    let avg = sum / n;
    let mut lines = String::new();
    for ((y, _, _), v) in ctx.input.history.jp_wages.iter().zip(&indexed) {
        super::push_item(&mut lines, "; ", format_args!("{y}: {}", ctx.rp(*v)));
    }
    let capped = if capped_years.is_empty() {
        String::new()
    } else {
        t!(ctx.lang, " Upah tahun {capped_years} dibatasi batas upah JP.", " The wages of {capped_years} were capped at the JP wage cap.")
    };
    ctx.assume(
        "jpIndexedWages",
        t!(
            ctx.lang,
            "Upah terindeks JP = upah tahun itu × (1 + inflasi) tahun itu sampai tahun terakhir yang diberikan: {lines}; rata-rata {avg_rp}.{capped} Bulan dalam setahun dianggap sama bobotnya.",
            "Indexed JP wage = that year's wage × (1 + inflation) of that year through the last year given: {lines}; average {avg_rp}.{capped} Every year weighs the same.",
            avg_rp = ctx.rp(round_share(avg)),
        ),
    );
    Ok((round_share(avg), src))
}

/// 1% × months / 12 × average wage, within the minimum and maximum of date `d`, times a share.
/// Returns the amount, the arithmetic, and the sources.
pub fn formula(ctx: &Ctx, d: Date, months: u32, avg: Decimal, share: Option<(Decimal, Source)>, avg_src: &[Source]) -> Result<(Decimal, String, Vec<Source>), Error> {
    let lang = ctx.lang;
    let rate = at(&law::JP_ACCRUAL_RATE, d, lang)?;
    let min = at(&law::JP_BENEFIT_MIN, d, lang)?;
    let max = at(&law::JP_BENEFIT_MAX, d, lang)?;
    let years = Decimal::from(months) / Decimal::from(12);
    let raw = rate.value * years * avg;
    let bounded = raw.max(min.value).min(max.value);
    let mut ex = format!(
        "{} × {}/12 {} × {} = {}",
        ctx.pct(rate.value),
        months,
        lang.t("tahun", "years"),
        ctx.rp(avg),
        ctx.rp(round_share(raw))
    );
    if bounded != raw {
        let (id, en) = if raw < min.value { ("dinaikkan ke minimum", "raised to the minimum") } else { ("dibatasi maksimum", "limited to the maximum") };
        ex.push_str(&format!(", {} {}", lang.t(id, en), ctx.rp(bounded)));
    } else {
        ex.push_str(&t!(
            ctx.lang,
            " (di antara minimum {min_rp} dan maksimum {max_rp})",
            " (between the minimum {min_rp} and maximum {max_rp})",
            min_rp = ctx.rp(min.value),
            max_rp = ctx.rp(max.value),
        ));
    }
    let mut src = vec![rate.source, min.source, max.source];
    src.extend(avg_src.iter().copied());
    let amount = match share {
        Some((s, s_src)) => {
            let a = round_share(bounded * s);
            ex.push_str(&format!(" × {} = {}", ctx.pct(s), ctx.rp(a)));
            src.push(s_src);
            a
        }
        None => round_share(bounded),
    };
    ex.push_str(&ctx.text(" sebulan", " a month"));
    Ok((amount, ex, src))
}

fn min_months(ctx: &Ctx, d: Date) -> Result<law::At, Error> {
    at(&law::JP_MIN_MONTHS, d, ctx.lang)
}

fn lump_sum_not_computed(ctx: &mut Ctx, d: Date) {
    ctx.not_computed(
        "JP",
        "lumpSumReturnsRuleNotFound",
        ctx.text("Dengan masa iur kurang dari 15 tahun JP dibayar sekaligus: seluruh akumulasi iuran ditambah hasil pengembangannya, yang dihitung tiap bulan menurut hasil sebenarnya (PP 45/2015 Pasal 24). Hasil itu tidak diketahui kalkulator ini, jadi jumlahnya tidak dihitung.", "With fewer than 15 years of contributions JP pays a lump sum: all contributions plus their returns, computed monthly at the actual results (PP 45/2015 Pasal 24). Those results are not known to this calculator, so the amount is not computed."),
        super::source_at(&law::JP_MIN_MONTHS, d).as_slice(),
    );
}

/// The old-age pension on reaching retirement age (event `retirement`).
fn old_age(ctx: &mut Ctx, d: Date, birth: Option<Date>, avg: Decimal, avg_src: &[Source]) -> Result<(), Error> {
    let lang = ctx.lang;
    let ret = at(&law::JP_RETIREMENT_AGE, d, lang)?;
    let need = min_months(ctx, d)?;
    let mut c = Check::new("JP", "oldAgePension");
    match birth {
        Some(b) => {
            let age = Date::age_at(b, d);
            let msg = t!(
                ctx.lang,
                "Berumur {age} tahun pada {d_day}; usia pensiun JP tahun itu {ret} tahun.",
                "Aged {age} on {d_day}; the JP retirement age that year is {ret}.",
                d_day = ctx.day(d),
                ret = crate::text::Exact(ret.value),
            );
            if Decimal::from(age) >= ret.value {
                c.yes("reachedRetirementAge", msg, ret.src());
            } else {
                c.no("belowRetirementAge", msg, ret.src());
            }
        }
        None => c.unknown(
            "ageUnknown",
            t!(
                ctx.lang,
                "Pensiun hari tua mulai pada usia pensiun ({ret} tahun); tanggal lahir tidak diisi.",
                "The old-age pension starts at the retirement age ({ret}); no birth date given.",
                ret = crate::text::Exact(ret.value),
            ),
            ret.src(),
            &["birthDate"],
        ),
    }
    let months = ctx.input.history.months;
    match months {
        Some(m) if Decimal::from(m) >= need.value => c.yes(
            "fifteenYears",
            t!(ctx.lang, "{m} bulan iuran, paling sedikit {need} bulan (15 tahun).", "{m} contribution months, at least {need} (15 years).", need = crate::text::Exact(need.value)),
            need.src(),
        ),
        Some(m) => c.no(
            "fewerThanFifteenYears",
            t!(
                ctx.lang,
                "{m} bulan iuran, kurang dari {need} bulan (15 tahun): manfaat dibayar sekaligus, bukan pensiun bulanan.",
                "{m} contribution months, fewer than {need} (15 years): a lump sum is paid, not a monthly pension.",
                need = crate::text::Exact(need.value),
            ),
            need.src(),
        ),
        None => c.unknown(
            "monthsUnknown",
            t!(
                ctx.lang,
                "Pensiun bulanan perlu {need} bulan iuran (15 tahun); isi jumlah bulan iuran.",
                "A monthly pension needs {need} contribution months (15 years); give the months contributed.",
                need = crate::text::Exact(need.value),
            ),
            need.src(),
            &["history.monthsContributed"],
        ),
    }
    let short = months.is_some_and(|m| Decimal::from(m) < need.value);
    let status = ctx.decide(c);
    if short {
        lump_sum_not_computed(ctx, d);
        return Ok(());
    }
    if status == Status::NotEligible {
        return Ok(());
    }
    if let Some(m) = months {
        let (amount, ex, src) = formula(ctx, d, m, avg, None, avg_src)?;
        let b = ctx.benefit("JP", "oldAgePension", amount, "month", ex, &src);
        b.estimate = true;
        b.notes.push(super::text(lang, "Mulai tahun kedua manfaat dikali faktor indeksasi, 1 ditambah inflasi umum tahun sebelumnya (PP 45/2015 Pasal 17 ayat (4)); kenaikan itu tidak diproyeksikan. Hak dihitung mulai tanggal 1 bulan berikutnya sesudah mencapai usia pensiun.", "From the second year the benefit is multiplied by the indexation factor, 1 plus the previous year's general inflation (PP 45/2015 Pasal 17(4)); that rise is not projected. The right counts from the 1st of the month after the retirement age is reached."));
    }
    Ok(())
}

/// With no event: the old-age pension the worker would reach by contributing every month
/// until the JP retirement age, in today's rupiah with today's minimum and maximum.
fn projected(ctx: &mut Ctx, birth: Option<Date>, avg: Decimal, avg_src: &[Source]) -> Result<(), Error> {
    let lang = ctx.lang;
    let now = ctx.case.as_of;
    let need = min_months(ctx, now)?;
    let mut c = Check::new("JP", "oldAgePension");
    let Some(b) = birth else {
        c.unknown("ageUnknown", ctx.text("Perkiraan pensiun perlu tanggal lahir untuk menghitung bulan iuran sampai usia pensiun.", "A pension estimate needs the birth date to count the contribution months until the retirement age."), need.src(), &["birthDate"]);
        ctx.decide(c);
        return Ok(());
    };
    // The first birthday on which the age reaches the retirement age of that date (bounded).
    let age_now = Date::age_at(b, now);
    let mut retire = None;
    for a in age_now.max(0)..=120 {
        let day = b.add_months(a.saturating_mul(12)).max(now);
        let Some(r) = law::JP_RETIREMENT_AGE.at(day) else { continue };
        if Decimal::from(a) >= r.value {
            retire = Some((day, a, r));
            break;
        }
    }
    let Some((day, age, r)) = retire else { return Ok(()) };
    let future = u32::try_from(Date::months_between(now, day).max(0)).unwrap_or(0);
    let past = ctx.input.history.months;
    if past.is_none() {
        ctx.assume(
            "jpMonthsSoFarZero",
            ctx.text("Jumlah bulan iuran sejauh ini tidak diisi: perkiraan pensiun hanya menghitung bulan iuran mulai sekarang.", "No contribution months so far given: the pension estimate counts only the months from now on."),
        );
    }
    let total = past.unwrap_or(0).saturating_add(future);
    let msg = t!(
        ctx.lang,
        "Dengan iuran tiap bulan sampai usia pensiun {age} tahun ({on}), masa iur menjadi {total} bulan; perlu {need} bulan.",
        "Contributing every month until the retirement age of {age} ({on}), the contribution period becomes {total} months; {need} needed.",
        on = ctx.day(day),
        need = crate::text::Exact(need.value),
    );
    let mut src = vec![need.source, r.source];
    src.dedup();
    if Decimal::from(total) >= need.value {
        c.yes("fifteenYearsProjected", msg, &src);
    } else {
        c.no("fewerThanFifteenYearsProjected", msg, &src);
    }
    let ok = ctx.decide(c) != Status::NotEligible;
    if !ok {
        lump_sum_not_computed(ctx, now);
        return Ok(());
    }
    let (amount, ex, mut s) = formula(ctx, now, total, avg, None, avg_src)?;
    s.push(r.source);
    let b = ctx.benefit("JP", "oldAgePension", amount, "month", ex, &s);
    b.estimate = true;
    b.months = None;
    // The last year whose retirement age is confirmed; later ages are derived in the law data.
    let announced = law::JP_RETIREMENT_AGE.versions.iter().take_while(|v| v.source.verified).last().map(|v| Date::from_key(v.from).year);
    let last = law::JP_RETIREMENT_AGE.versions.iter().find(|v| !v.source.verified).map_or(announced.unwrap_or(0), |v| Date::from_key(v.from).year - 1);
    b.notes.push(t!(
        lang,
        "Perkiraan dalam rupiah hari ini, dengan minimum dan maksimum tahun ini; usia pensiun sesudah {last} dihitung dari jadwal PP 45/2015 (belum diumumkan).",
        "An estimate in today's rupiah, with this year's minimum and maximum; retirement ages after {last} are computed from the PP 45/2015 schedule (not yet announced).",
    ));
    Ok(())
}

/// Months counted for disability and survivors' pensions: the months paid, or 15 years when
/// fewer were paid and the membership and density conditions hold. None means a lump sum.
fn deemed(ctx: &Ctx, c: &mut Check, d: Date, min_membership: &law::At) -> Result<Option<u32>, Error> {
    let lang = ctx.lang;
    let need = min_months(ctx, d)?;
    let deemed = at(&law::JP_DEEMED_MONTHS, d, lang)?;
    let density_min = at(&law::JP_MIN_DENSITY, d, lang)?;
    let Some(m) = ctx.input.history.months else {
        c.unknown("monthsUnknown", ctx.text("Isi jumlah bulan iuran JP.", "Give the JP contribution months."), need.src(), &["history.monthsContributed"]);
        return Ok(None);
    };
    if Decimal::from(m) >= need.value {
        c.yes("fifteenYears", t!(ctx.lang, "{m} bulan iuran, paling sedikit {need} bulan.", "{m} contribution months, at least {need}.", need = crate::text::Exact(need.value)), need.src());
        return Ok(Some(m));
    }
    let Some(s) = ctx.input.history.membership_start else {
        c.unknown(
            "deemedFifteenYearsUnknown",
            t!(
                ctx.lang,
                "{m} bulan iuran, kurang dari {need}; dihitung 15 tahun bila syarat lama kepesertaan dan kepadatan iuran {density_min_pct} terpenuhi: isi tanggal mulai kepesertaan.",
                "{m} contribution months, fewer than {need}; counted as 15 years if the membership length and a contribution density of {density_min_pct} hold: give the membership start date.",
                need = crate::text::Exact(need.value),
                density_min_pct = ctx.pct(density_min.value),
            ),
            &[deemed.source, density_min.source],
            &["history.membershipStart"],
        );
        return Ok(Some(m.max(super::whole(deemed.value).and_then(|v| u32::try_from(v).ok()).unwrap_or(0))));
    };
    let span = Date::months_between(s, d).max(1);
    let density = (Decimal::from(m) / Decimal::from(span)).min(Decimal::ONE);
    let ok_membership = Decimal::from(span) >= min_membership.value;
    let ok_density = density >= density_min.value;
    let msg = t!(
        ctx.lang,
        "{m} bulan iuran dalam {span} bulan kepesertaan (kepadatan {m}/{span}); dihitung {deemed} bulan bila kepesertaan paling sedikit {min_membership} bulan dan kepadatan paling sedikit {density_min_pct}.",
        "{m} contribution months in {span} months of membership (density {m}/{span}); counted as {deemed} months when membership is at least {min_membership} months and density at least {density_min_pct}.",
        deemed = crate::text::Exact(deemed.value),
        min_membership = crate::text::Exact(min_membership.value),
        density_min_pct = ctx.pct(density_min.value),
    );
    let src = [deemed.source, density_min.source, min_membership.source];
    if ok_membership && ok_density {
        c.yes("deemedFifteenYears", msg, &src);
        Ok(Some(m.max(super::whole(deemed.value).and_then(|v| u32::try_from(v).ok()).unwrap_or(0))))
    } else {
        c.no("lumpSumInstead", msg, &src);
        Ok(None)
    }
}

fn survivors(ctx: &mut Ctx, d: Date, birth: Option<Date>, avg: Decimal, avg_src: &[Source]) -> Result<(), Error> {
    let lang = ctx.lang;
    let min_membership = at(&law::JP_SURVIVOR_MIN_MEMBERSHIP_MONTHS, d, lang)?;
    let ret = at(&law::JP_RETIREMENT_AGE, d, lang)?;
    let need = min_months(ctx, d)?;
    let mut c = Check::new("JP", "survivorPension");
    // The 15 deemed years are for a death before the retirement age (Pasal 21(3)).
    let short = ctx.input.history.months.is_some_and(|m| Decimal::from(m) < need.value);
    let after_retirement = birth.is_some_and(|b| Decimal::from(Date::age_at(b, d)) >= ret.value);
    let months = if short && after_retirement {
        c.no(
            "diedAfterRetirementAgeWithoutFifteenYears",
            t!(
                ctx.lang,
                "Meninggal sesudah usia pensiun ({ret} tahun) dengan masa iur kurang dari {need} bulan: 15 tahun tidak dianggap, manfaat dibayar sekaligus.",
                "Died after the retirement age ({ret}) with fewer than {need} contribution months: 15 years are not deemed; a lump sum is paid.",
                ret = crate::text::Exact(ret.value),
                need = crate::text::Exact(need.value),
            ),
            &[ret.source, need.source],
        );
        None
    } else {
        deemed(ctx, &mut c, d, &min_membership)?
    };
    let failed = ctx.decide(c) == Status::NotEligible;
    if failed {
        lump_sum_not_computed(ctx, d);
        return Ok(());
    }
    let Some(months) = months else { return Ok(()) };
    let f = &ctx.input.family;
    let max_children = at(&law::JP_MAX_CHILDREN, d, lang)?;
    let (param, kind, id, en): (&'static law::Param, &'static str, &str, &str) = if f.spouse == Some(true) || !f.given {
        if !f.given {
            ctx.assume("survivorIsSpouse", ctx.text("Keluarga tidak diisi: pensiun janda/duda yang dihitung.", "No family given: the widow's or widower's pension is computed."));
        }
        (&law::JP_SURVIVOR_WIDOW_SHARE, "widowPension", "pensiun janda/duda", "widow's or widower's pension")
    } else if !f.children.is_empty() {
        (&law::JP_SURVIVOR_CHILD_SHARE, "childPension", "pensiun anak", "child's pension")
    } else if f.parents == Some(true) {
        (&law::JP_SURVIVOR_PARENT_SHARE, "parentPension", "pensiun orang tua", "parent's pension")
    } else {
        ctx.not_computed(
            "JP",
            "noSurvivor",
            ctx.text("Tidak ada janda/duda, anak atau orang tua yang disebut: tidak ada penerima pensiun.", "No widow or widower, child or parent named: nobody receives a pension."),
            &[],
        );
        return Ok(());
    };
    let share = at(param, d, lang)?;
    let (amount, ex, src) = formula(ctx, d, months, avg, Some((share.value, share.source)), avg_src)?;
    let ex = format!("{}: {ex}", lang.t(id, en));
    let b = ctx.benefit("JP", kind, amount, "month", ex, &src);
    b.estimate = true;
    b.notes.push(super::text(lang, "Persentase dari PP 45/2015 Pasal 21-23. Apakah minimum dan maksimum berlaku sebelum atau sesudah persentase tidak disebut; di sini sebelum. Hak dihitung mulai tanggal 1 bulan berikutnya sesudah peserta meninggal.", "The percentages are PP 45/2015 Pasal 21-23's. Whether the minimum and maximum apply before or after the percentage is not stated; here, before. The right counts from the 1st of the month after the member's death."));
    if kind == "childPension" {
        b.notes.push(t!(
            lang,
            "Paling banyak {most} anak, sampai umur 23 tahun, bekerja atau menikah; pembagian antaranak tidak diketahui.",
            "At most {most} children, until age 23, work or marriage; how it is split between children is not known.",
            most = crate::text::Exact(max_children.value),
        ));
        b.sources.push(crate::statement::source_ref(max_children.source));
    }
    Ok(())
}

fn disability(ctx: &mut Ctx, d: Date, birth: Option<Date>, avg: Decimal, avg_src: &[Source]) -> Result<(), Error> {
    let lang = ctx.lang;
    let min_membership = at(&law::JP_DISABILITY_MIN_MEMBERSHIP_MONTHS, d, lang)?;
    let ret = at(&law::JP_RETIREMENT_AGE, d, lang)?;
    let mut c = Check::new("JP", "disabilityPension");
    if let Some(b) = birth {
        let age = Date::age_at(b, d);
        let msg = t!(
            ctx.lang,
            "Cacat pada umur {age} tahun; pensiun cacat untuk cacat sebelum usia pensiun ({ret} tahun).",
            "Disabled at age {age}; the disability pension is for disability before the retirement age ({ret}).",
            ret = crate::text::Exact(ret.value),
        );
        if Decimal::from(age) < ret.value {
            c.yes("beforeRetirementAge", msg, ret.src());
        } else {
            c.no("afterRetirementAge", msg, ret.src());
        }
    }
    let months = deemed(ctx, &mut c, d, &min_membership)?;
    let failed = ctx.decide(c) == Status::NotEligible;
    if failed {
        lump_sum_not_computed(ctx, d);
        return Ok(());
    }
    let Some(months) = months else { return Ok(()) };
    let share = at(&law::JP_DISABILITY_SHARE, d, lang)?;
    let (amount, ex, src) = formula(ctx, d, months, avg, Some((share.value, share.source)), avg_src)?;
    let b = ctx.benefit("JP", "disabilityPension", amount, "month", ex, &src);
    b.estimate = true;
    b.notes.push(super::text(lang, "Dibayar sampai peserta meninggal atau tidak lagi cacat total tetap.", "Paid until the member dies or is no longer totally and permanently disabled."));
    Ok(())
}
