//! JHT (old-age savings): who takes part, when the balance can be withdrawn (in full or in
//! part), and a projection of the balance year by year to a chosen age.

use crate::text::t;
use super::input::EventKind;
use super::{add, at, mul, Check, Ctx, OneSource, Point, Status};
use crate::case::Participant;
use crate::date::Date;
use crate::error::Error;
use crate::law::{self, Source};
use crate::money::round_share;
use rust_decimal::Decimal;

pub fn evaluate(ctx: &mut Ctx) -> Result<(), Error> {
    let d0 = ctx.case.as_of;
    let src_of = |p: &'static law::Param| super::source_at(p, d0);
    let has = match &ctx.case.participant {
        Participant::WageEarner(_) => {
            ctx.participation("JHT", Status::Mandatory, "mandatoryForAllEnterprises", ctx.text("JHT wajib bagi pekerja penerima upah di semua skala usaha.", "JHT is mandatory for wage earners in enterprises of every size."), &[law::PROGRAMS_BY_ENTERPRISE_SIZE]);
            true
        }
        Participant::SelfEmployed(s) => {
            ctx.participation("JHT", Status::Optional, "voluntary", ctx.text("JHT sukarela bagi pekerja bukan penerima upah.", "JHT is voluntary for self-employed workers."), src_of(&law::BPU_JHT_RATE).as_slice());
            s.include_jht
        }
        Participant::Migrant(m) => {
            ctx.participation("JHT", Status::Optional, "voluntary", ctx.text("JHT sukarela bagi pekerja migran.", "JHT is voluntary for migrant workers."), src_of(&law::MIGRANT_JHT_CHOICES).as_slice());
            m.jht_monthly.is_some()
        }
        Participant::Construction(_) => {
            ctx.participation("JHT", Status::NotAvailable, "notInProjectScheme", ctx.text("Iuran proyek jasa konstruksi hanya mencakup JKK dan JKM; staf tetap kontraktor adalah pekerja penerima upah.", "A construction project's contribution covers only JKK and JKM; the contractor's permanent staff are wage earners."), src_of(&law::CONSTRUCTION_JKK_TIERS).as_slice());
            false
        }
    };
    if !has && ctx.input.jht_balance.is_none() {
        if matches!(ctx.case.participant, Participant::SelfEmployed(_) | Participant::Migrant(_)) {
            ctx.not_computed(
                "JHT",
                "jhtNotChosen",
                ctx.text("JHT sukarela tidak dipilih, jadi tidak ada saldo untuk dicairkan atau diproyeksikan.", "The voluntary JHT was not chosen, so there is no balance to withdraw or project."),
                &[],
            );
        }
        return Ok(());
    }
    withdrawal(ctx)?;
    partial(ctx)?;
    if has && ctx.input.event.is_none() {
        projection(ctx)?;
    }
    Ok(())
}

fn balance_source(d: Date) -> Vec<Source> {
    law::JHT_AGE.version(d).map(|v| Source { article: "Pasal 22 ayat (2)-(3)", ..v.source }).into_iter().collect()
}

/// Full withdrawal: at 56, on death, on total permanent disability, on leaving Indonesia for
/// good, or one month after resignation, layoff or the end of work. Any one trigger suffices.
fn withdrawal(ctx: &mut Ctx) -> Result<(), Error> {
    let lang = ctx.lang;
    let now = ctx.case.as_of;
    let age56 = at(&law::JHT_AGE, now, lang)?;
    let mut c = Check::new("JHT", "withdrawal");
    match ctx.birth() {
        Some(b) => {
            let age = Date::age_at(b, now);
            let when = b.add_months(i32::try_from(super::whole(age56.value).unwrap_or(0) * 12).unwrap_or(0));
            if Decimal::from(age) >= age56.value {
                c.yes("reachedAge", t!(ctx.lang, "Berumur {age} tahun, sudah mencapai {age56} tahun.", "Aged {age}, at or past {age56}.", age56 = crate::text::Exact(age56.value)), age56.src());
            } else {
                c.no(
                    "belowAge",
                    t!(
                        ctx.lang,
                        "Berumur {age} tahun; JHT penuh dibayar pada umur {age56} tahun ({when_day}).",
                        "Aged {age}; JHT is paid in full at {age56} ({when_day}).",
                        age56 = crate::text::Exact(age56.value),
                        when_day = ctx.day(when),
                    ),
                    age56.src(),
                );
            }
        }
        None => c.unknown(
            "ageUnknown",
            t!(ctx.lang, "JHT penuh dibayar pada umur {age56} tahun; tanggal lahir tidak diisi.", "JHT is paid in full at {age56}; no birth date given.", age56 = crate::text::Exact(age56.value)),
            age56.src(),
            &["birthDate", "event.kind"],
        ),
    }
    if let Some(e) = &ctx.input.event {
        let src = law::JHT_AGE.version(e.date).map(|v| Source { article: "Pasal 22 ayat (1)", ..v.source }).into_iter().collect::<Vec<_>>();
        match e.kind {
            EventKind::Death | EventKind::WorkAccidentDeath => c.yes("death", ctx.text("Peserta meninggal: JHT dibayar kepada ahli waris.", "The member died: JHT is paid to the heirs."), &src),
            EventKind::Disability if e.disability.as_ref().is_some_and(|d| d.kind == super::input::DisabilityKind::TotalPermanent) => {
                c.yes("totalPermanentDisability", ctx.text("Cacat total tetap: JHT dibayar.", "Total permanent disability: JHT is paid."), &src)
            }
            EventKind::LeavingIndonesia => {
                let s = law::JHT_WAIT_MONTHS.version(e.date).map(|v| Source { article: "pembayaran JHT bagi peserta yang meninggalkan Indonesia untuk selamanya", ..v.source }).into_iter().collect::<Vec<_>>();
                let s = if law::JHT_WAIT_MONTHS.at(e.date).is_some() { s } else { law::JHT_WAIT_MONTHS.versions.last().map(|v| Source { article: "pembayaran JHT bagi peserta yang meninggalkan Indonesia untuk selamanya", ..v.source }).into_iter().collect() };
                c.yes("leavingIndonesia", ctx.text("Meninggalkan Indonesia untuk selamanya: JHT dibayar.", "Leaving Indonesia for good: JHT is paid."), &s)
            }
            EventKind::Resignation | EventKind::JobLoss | EventKind::Retirement => match law::JHT_WAIT_MONTHS.at(e.date) {
                Some(wait) => {
                    let from = e.date.add_months(i32::try_from(super::whole(wait.value).unwrap_or(0)).unwrap_or(0));
                    if now >= from {
                        c.yes(
                            "afterWaitingPeriod",
                            t!(
                                ctx.lang,
                                "Berhenti bekerja pada {stopped}: JHT dapat dicairkan penuh sejak {from_day} (masa tunggu {wait} bulan).",
                                "Stopped working on {stopped}: JHT can be withdrawn in full from {from_day} ({wait} month wait).",
                                stopped = ctx.day(e.date),
                                from_day = ctx.day(from),
                                wait = crate::text::Exact(wait.value),
                            ),
                            wait.src(),
                        );
                    } else {
                        c.no(
                            "waitingPeriod",
                            t!(
                                ctx.lang,
                                "Berhenti bekerja pada {stopped}: JHT dapat dicairkan sejak {from_day} (masa tunggu {wait} bulan).",
                                "Stopped working on {stopped}: JHT can be withdrawn from {from_day} ({wait} month wait).",
                                stopped = ctx.day(e.date),
                                from_day = ctx.day(from),
                                wait = crate::text::Exact(wait.value),
                            ),
                            wait.src(),
                        );
                    }
                }
                None => c.unknown(
                    "ruleBeforePermenaker4_2022",
                    ctx.text("Aturan pencairan JHT saat berhenti bekerja sebelum Permenaker 4/2022 tidak ada dalam sumber kalkulator ini.", "The rule for withdrawing JHT on leaving work before Permenaker 4/2022 is not in this calculator's sources."),
                    super::source_at(&law::JHT_WAIT_MONTHS, e.date).as_slice(),
                    &[],
                ),
            },
            _ => {}
        }
    }
    let e = c.finish_any();
    let eligible = e.status == Status::Eligible;
    ctx.push(e);
    if eligible {
        match ctx.input.jht_balance {
            Some(bal) => {
                let ex = t!(
                    ctx.lang,
                    "Seluruh saldo JHT dibayar sekaligus: {bal_rp} (saldo yang diberikan, termasuk hasil pengembangan).",
                    "The whole JHT balance is paid at once: {bal_rp} (the balance given, with its returns).",
                    bal_rp = ctx.rp(bal),
                );
                ctx.benefit("JHT", "balance", bal, "once", ex, &balance_source(now));
            }
            None => ctx.not_computed(
                "JHT",
                "balanceNeeded",
                ctx.text("JHT membayar saldo akun; isi saldo JHT terakhir untuk melihat jumlahnya.", "JHT pays the account balance; give the latest JHT balance to see the amount."),
                &balance_source(now),
            ),
        }
    }
    Ok(())
}

/// Partial withdrawal after 10 years of membership: up to 30% for housing or 10% for other
/// retirement preparation, once.
fn partial(ctx: &mut Ctx) -> Result<(), Error> {
    let lang = ctx.lang;
    let now = ctx.case.as_of;
    let years = at(&law::JHT_PARTIAL_MIN_YEARS, now, lang)?;
    let need = years.value * Decimal::from(12);
    let mut c = Check::new("JHT", "partialWithdrawal");
    let h = &ctx.input.history;
    match (h.membership_start, h.months) {
        (Some(s), _) => {
            let m = Date::months_between(s, now) - i32::from(now.day < s.day);
            let msg = t!(
                ctx.lang,
                "Peserta sejak {s_day} ({months} bulan); perlu paling sedikit {years} tahun.",
                "A member since {s_day} ({months} months); at least {years} years needed.",
                s_day = ctx.day(s),
                months = m.max(0),
                years = crate::text::Exact(years.value),
            );
            if Decimal::from(m) >= need {
                c.yes("membershipYearsMet", msg, years.src());
            } else {
                c.no("membershipYearsNotMet", msg, years.src());
            }
        }
        (None, Some(m)) if Decimal::from(m) >= need => c.yes(
            "membershipYearsMet",
            t!(ctx.lang, "{m} bulan iuran, jadi kepesertaan paling sedikit {years} tahun.", "{m} contribution months, so at least {years} years of membership.", years = crate::text::Exact(years.value)),
            years.src(),
        ),
        _ => c.unknown(
            "membershipYearsUnknown",
            t!(
                ctx.lang,
                "Perlu kepesertaan paling sedikit {years} tahun; isi tanggal mulai kepesertaan.",
                "At least {years} years of membership are needed; give the membership start date.",
                years = crate::text::Exact(years.value),
            ),
            years.src(),
            &["history.membershipStart"],
        ),
    }
    c.note("onceOnly", ctx.text("Pengambilan sebagian hanya sekali.", "A partial withdrawal can be made only once."), years.src());
    let eligible = ctx.decide(c) == Status::Eligible;
    if let (true, Some(bal)) = (eligible, ctx.input.jht_balance) {
        for (p, kind, id, en) in [
            (&law::JHT_PARTIAL_HOUSING, "partialHousing", "untuk kepemilikan rumah", "for home ownership"),
            (&law::JHT_PARTIAL_OTHER, "partialOther", "untuk persiapan hari tua lainnya", "for other retirement preparation"),
        ] {
            let r = at(p, now, lang)?;
            let amount = round_share(r.value * bal);
            let ex = t!(
                ctx.lang,
                "Paling banyak {r_pct} × {bal_rp} = {amount_rp} {id}.",
                "At most {r_pct} × {bal_rp} = {amount_rp} {en}.",
                r_pct = ctx.pct(r.value),
                bal_rp = ctx.rp(bal),
                amount_rp = ctx.rp(amount),
            );
            ctx.benefit("JHT", kind, amount, "max", ex, r.src());
        }
    }
    Ok(())
}

/// What a projection starts from: the opening balance, the monthly contribution now, the
/// yearly growth of contributions and the yearly return, the start date, the birth date and
/// the age to reach.
#[derive(Debug, Clone, Copy)]
pub struct ProjectionInput {
    pub start: Decimal,
    pub monthly: Decimal,
    pub growth: Decimal,
    pub ret: Decimal,
    pub from: Date,
    pub birth: Date,
    pub target_age: u32,
}

/// The projection's result.
pub struct Projection {
    pub points: Vec<Point>,
    pub balance: Decimal,
    pub contributed: Decimal,
}

/// Projects a JHT balance month by month from `from` to the birthday at `target_age`: each
/// month the balance earns `ret / 12` and then receives the month's contribution; the monthly
/// contribution grows by `growth` every 12 months (rounded to whole rupiah when it changes).
/// One point per 12 months and one at the end, each rounded for display.
pub fn project(p: &ProjectionInput, lang: crate::text::Lang) -> Result<Projection, Error> {
    let ProjectionInput { start, monthly, growth, ret, from, birth, target_age } = *p;
    let end = birth.add_months(i32::try_from(target_age).unwrap_or(0).saturating_mul(12));
    // Months with a contribution: to the birthday's month, counting it when the birthday
    // falls later in the month than `from`'s day.
    let n = (Date::months_between(from, end) + i32::from(end.day > from.day)).clamp(0, super::input::MAX_MONTHS as i32);
    let monthly_ret = ret / Decimal::from(12);
    let g = Decimal::ONE + growth;
    let mut bal = start;
    let mut exact_c = monthly;
    let mut c = round_share(monthly);
    let mut contributed = Decimal::ZERO;
    let mut points = vec![Point { year: from.year, age: Date::age_at(birth, from), balance: round_share(start), contributed: Decimal::ZERO }];
    for m in 0..n {
        let earned = mul(bal, monthly_ret, "assumptions.jhtReturn", lang)?;
        bal = add(add(bal, earned, "assumptions.jhtReturn", lang)?, c, "assumptions.wageGrowth", lang)?;
        contributed = add(contributed, c, "assumptions.wageGrowth", lang)?;
        let done = m + 1;
        if done % 12 == 0 || done == n {
            let on = if done == n { end.max(from) } else { from.add_months(done) };
            points.push(Point { year: on.year, age: Date::age_at(birth, on), balance: round_share(bal), contributed });
        }
        if done % 12 == 0 {
            exact_c = mul(exact_c, g, "assumptions.wageGrowth", lang)?;
            c = round_share(exact_c);
        }
    }
    Ok(Projection { points, balance: round_share(bal), contributed })
}

fn projection(ctx: &mut Ctx) -> Result<(), Error> {
    let lang = ctx.lang;
    let now = ctx.case.as_of;
    let age56 = at(&law::JHT_AGE, now, lang)?;
    let target = ctx.input.assumptions.target_age.unwrap_or(super::whole(age56.value).and_then(|v| u32::try_from(v).ok()).unwrap_or(0));
    let Some(birth) = ctx.birth() else {
        ctx.not_computed(
            "JHT",
            "projectionNeedsBirthDate",
            ctx.text("Proyeksi saldo JHT sampai umur tertentu perlu tanggal lahir.", "Projecting the JHT balance to an age needs the birth date."),
            age56.src(),
        );
        return Ok(());
    };
    if Date::age_at(birth, now) >= target as i32 {
        return Ok(());
    }
    // A wage earner's JHT line alone, rather than every line of the segment computed again.
    let out = match &ctx.case.participant {
        Participant::WageEarner(w) => vec![crate::programs::jht::wage_earner(ctx.case, w)?],
        _ => crate::programs::contributions(ctx.case)?.lines,
    };
    let Some(line) = out.iter().find(|l| l.program == "JHT" && l.period == "month") else {
        return Ok(());
    };
    let monthly = line.total;
    let mut src: Vec<Source> = Vec::new();
    for s in &line.sources {
        src.push(Source { instrument: s.instrument, article: s.article, verified: s.verified, last_verified: 0 });
    }
    let a = &ctx.input.assumptions;
    let start = ctx.input.jht_balance.unwrap_or(Decimal::ZERO);
    let p = project(
        &ProjectionInput { start, monthly, growth: a.wage_growth, ret: a.jht_return, from: now, birth, target_age: target },
        lang,
    )?;
    let (g, r) = (a.wage_growth, a.jht_return);
    ctx.assume(
        "jhtProjection",
        t!(
            ctx.lang,
            "Proyeksi JHT: hasil pengembangan {r_pct} setahun (dikreditkan {r_pct}/12 tiap bulan){default_id}, iuran naik {g_pct} setahun, iuran dibayar tiap bulan sampai umur {target} tahun. Hasil pengembangan yang diumumkan BPJS 2016–2020: 5,59%–7,82%; angka nyata bisa berbeda.",
            "JHT projection: a return of {r_pct} a year (credited {r_pct}/12 each month){default_en}, contributions growing {g_pct} a year, paid every month until age {target}. The returns BPJS announced for 2016–2020 were 5.59%–7.82%; actual returns may differ.",
            r_pct = ctx.pct(r),
            default_id = if a.jht_return_given { "" } else { " (bawaan kalkulator)" },
            g_pct = ctx.pct(g),
            default_en = if a.jht_return_given { "" } else { " (the calculator's default)" },
        ),
    );
    if ctx.input.jht_balance.is_none() {
        ctx.assume("jhtBalanceZero", ctx.text("Saldo JHT tidak diisi: proyeksi mulai dari saldo Rp0.", "No JHT balance given: the projection starts from Rp0."));
    }
    let ex = t!(
        ctx.lang,
        "Saldo awal {start_rp} + iuran {monthly_rp} sebulan sampai umur {target} tahun (jumlah iuran {p_contributed_rp}) + hasil pengembangan = {p_balance_rp}.",
        "Opening balance {start_rp} + contributions of {monthly_rp} a month until age {target} (contributions in all {p_contributed_rp}) + returns = {p_balance_rp}.",
        start_rp = ctx.rp(start),
        monthly_rp = ctx.rp(monthly),
        p_contributed_rp = ctx.rp(p.contributed),
        p_balance_rp = ctx.rp(p.balance),
    );
    let b = ctx.benefit("JHT", "projectedBalance", p.balance, "once", ex, &src);
    b.estimate = true;
    b.projection = p.points;
    Ok(())
}
