//! JKK (work accidents and occupational disease): who takes part, and the cash benefits of an
//! accident by the regime in force on the day it happened (PP 44/2015 Lampiran III; PP 82/2019
//! for events from 2 December 2019). Medical care has no amount and is never computed.

use crate::text::t;
use super::input::{DisabilityKind, EventKind, DISABILITY_ITEMS};
use super::{absent, at, cell_int, push_item, scholarship, source_at as src_of, table, Check, Ctx, OneSource, Status, Step};
use crate::case::Participant;
use crate::date::Date;
use crate::error::Error;
use crate::law::{self, Source};
use crate::money::round_share;
use rust_decimal::Decimal;

pub fn participation(ctx: &mut Ctx) {
    let d = ctx.case.as_of;
    let (code, msg, src) = match &ctx.case.participant {
        Participant::WageEarner(_) => (
            "mandatoryForAllEnterprises",
            ctx.text("JKK wajib bagi semua pekerja penerima upah, di usaha besar sampai mikro.", "JKK is mandatory for every wage earner, in enterprises of every size."),
            Some(law::PROGRAMS_BY_ENTERPRISE_SIZE),
        ),
        Participant::SelfEmployed(_) => (
            "selfEmployedProgram",
            ctx.text("Pekerja bukan penerima upah mendaftar JKK dan JKM sendiri, dengan iuran menurut kelompok penghasilan.", "Self-employed workers enrol in JKK and JKM themselves, paying by income bracket."),
            src_of(&law::BPU_JKK_RATE, d),
        ),
        Participant::Construction(_) => (
            "constructionProject",
            ctx.text("Pekerja proyek jasa konstruksi dilindungi JKK dan JKM melalui iuran proyek.", "Construction project workers are covered by JKK and JKM through the project's contribution."),
            src_of(&law::CONSTRUCTION_JKK_TIERS, d),
        ),
        Participant::Migrant(_) => (
            "migrantPackage",
            ctx.text("Pekerja migran wajib ikut JKK dan JKM sebelum, selama dan sesudah bekerja.", "Migrant workers must join JKK and JKM before, during and after placement."),
            src_of(&law::MIGRANT_PRE_PLACEMENT, d),
        ),
    };
    ctx.participation("JKK", Status::Mandatory, code, msg, src.as_slice());
}

pub fn evaluate(ctx: &mut Ctx) -> Result<(), Error> {
    participation(ctx);
    let Some(e) = &ctx.input.event else { return Ok(()) };
    let work = match e.kind {
        EventKind::WorkAccidentDeath | EventKind::TemporaryIncapacity | EventKind::WorkAccident => true,
        EventKind::Disability => e.disability.as_ref().is_some_and(|d| d.work_related),
        _ => false,
    };
    if !work {
        if e.kind == EventKind::Disability {
            let mut c = Check::new("JKK", "disabilityBenefit");
            c.no(
                "notWorkRelated",
                ctx.text("Cacat bukan karena kecelakaan kerja atau penyakit akibat kerja: JKK tidak membayar.", "The disability is not from a work accident or occupational disease: JKK does not pay."),
                src_of(&law::JKK_TOTAL_DISABILITY_FACTOR, e.date).as_slice(),
            );
            ctx.decide(c);
        }
        return Ok(());
    }
    let d = e.date;
    let lang = ctx.lang;
    let topic = match e.kind {
        EventKind::WorkAccidentDeath => "deathBenefit",
        EventKind::TemporaryIncapacity => "temporaryIncapacity",
        EventKind::WorkAccident => "workAccident",
        _ => "disabilityBenefit",
    };
    let mut c = Check::new("JKK", topic);
    let expiry = at(&law::JKK_CLAIM_EXPIRY_YEARS, d, lang)?;
    let years = super::whole(expiry.value).unwrap_or(0);
    let lapse = d.add_months(i32::try_from(years * 12).unwrap_or(0));
    if ctx.case.as_of <= lapse {
        c.yes(
            "withinClaimPeriod",
            t!(
                ctx.lang,
                "Hak klaim JKK berlaku {years} tahun sejak kecelakaan: sampai {lapse_day}.",
                "A JKK claim may be made for {years} years after the accident: until {lapse_day}.",
                lapse_day = ctx.day(lapse),
            ),
            expiry.src(),
        );
    } else {
        c.no(
            "claimLapsed",
            t!(
                ctx.lang,
                "Hak klaim JKK gugur {years} tahun sesudah kecelakaan, pada {lapse_day}.",
                "The right to claim JKK lapsed {years} years after the accident, on {lapse_day}.",
                lapse_day = ctx.day(lapse),
            ),
            expiry.src(),
        );
    }
    c.note(
        "activeMemberAssumed",
        ctx.text("Dianggap peserta aktif dan iuran dibayar sampai hari kecelakaan.", "The member is taken to be active, with contributions paid up to the accident."),
        &[],
    );
    let failed = ctx.decide(c) == Status::NotEligible;
    if failed {
        return Ok(());
    }
    ctx.not_computed(
        "JKK",
        "medicalCareUnlimited",
        ctx.text("Perawatan dan pengobatan sesuai kebutuhan medis tidak dibatasi jumlahnya, jadi tidak ada angka untuk dihitung.", "Medical care is given as medically needed with no limit, so it has no amount to compute."),
        src_of(&law::JKK_WAGE_MONTHS, d).as_slice(),
    );
    if e.kind != EventKind::WorkAccidentDeath {
        ctx.not_computed(
            "JKK",
            "aidsAtCost",
            t!(
                ctx.lang,
                "Alat bantu dan alat pengganti (orthose, prothese) diganti menurut tarif pusat rehabilitasi rumah sakit pemerintah ditambah {markup}; batas gigi tiruan, alat bantu dengar dan kacamata tidak ditemukan. Tidak dihitung.",
                "Orthotics and prosthetics are reimbursed at the government hospital rehabilitation centre's price list plus {markup}; the caps for dentures, hearing aids and glasses were not found. Not computed.",
                markup = law::JKK_AIDS_MARKUP.at(d).map(|m| ctx.pct(m.value)).unwrap_or_default(),
            ),
            src_of(&law::JKK_AIDS_MARKUP, d).as_slice(),
        );
    }
    if matches!(ctx.case.participant, Participant::Migrant(_)) {
        ctx.not_computed(
            "JKK",
            "migrantBenefitsNotRetrieved",
            ctx.text("Besaran manfaat JKK pekerja migran menurut Permenaker 4/2023 belum diperoleh; kalkulator ini tidak menghitungnya.", "The JKK benefit amounts for migrant workers under Permenaker 4/2023 were not retrieved; this calculator does not compute them."),
            &[],
        );
        return Ok(());
    }
    transport(ctx, d)?;
    let Some((wage, wage_name, wage_src)) = ctx.benefit_wage() else {
        ctx.not_computed(
            "JKK",
            "wageUnknown",
            ctx.text("Manfaat uang JKK dihitung dari upah pekerja; iuran proyek dari nilai kontrak tidak memberi upah itu. Isi upah pekerja sebulan untuk menghitungnya.", "JKK cash benefits are computed on the worker's wage; a project contribution by contract value does not give it. Give the monthly wage to compute them."),
            &[],
        );
        if matches!(e.kind, EventKind::WorkAccidentDeath) || e.disability.as_ref().is_some_and(|x| x.kind == DisabilityKind::TotalPermanent) {
            fixed_parts(ctx, d, e.kind == EventKind::WorkAccidentDeath)?;
            scholarship::jkk(ctx, d)?;
        }
        return Ok(());
    };
    match e.kind {
        EventKind::WorkAccidentDeath => {
            death(ctx, d, wage, &wage_name, wage_src.as_slice())?;
            fixed_parts(ctx, d, true)?;
            scholarship::jkk(ctx, d)?;
        }
        EventKind::TemporaryIncapacity => stmb(ctx, d, wage, &wage_name, wage_src.as_slice(), e.incapacity_months)?,
        EventKind::WorkAccident => match e.incapacity_months {
            Some(n) => stmb(ctx, d, wage, &wage_name, wage_src.as_slice(), Some(n))?,
            None => stmb_by_month(ctx, d, wage, &wage_name, wage_src.as_slice())?,
        },
        _ => {
            let Some(dis) = &e.disability else { return Ok(()) };
            match dis.kind {
                DisabilityKind::TotalPermanent => {
                    let f = at(&law::JKK_TOTAL_DISABILITY_FACTOR, d, lang)?;
                    let m = at(&law::JKK_WAGE_MONTHS, d, lang)?;
                    let amount = round_share(f.value * m.value * wage);
                    let ex = t!(
                        ctx.lang,
                        "{f_pct} × {m} × {wage_rp} ({wage_name}) = {amount_rp}",
                        "{f_pct} × {m} × {wage_rp} ({wage_name}) = {amount_rp}",
                        f_pct = ctx.pct(f.value),
                        m = crate::text::Exact(m.value),
                        wage_rp = ctx.rp(wage),
                        amount_rp = ctx.rp(amount),
                    );
                    let mut src = vec![f.source, m.source];
                    src.extend(wage_src);
                    ctx.benefit("JKK", "totalDisability", amount, "once", ex, &src);
                    fixed_parts(ctx, d, false)?;
                    scholarship::jkk(ctx, d)?;
                }
                DisabilityKind::PartialAnatomical | DisabilityKind::PartialFunctional => partial(ctx, d, wage, &wage_name, wage_src.as_slice(), dis)?,
            }
        }
    }
    Ok(())
}

/// Death from a work accident: 60% × 80 × wage, at least the JKM death benefit of the time.
fn death(ctx: &mut Ctx, d: Date, wage: Decimal, wage_name: &str, wage_src: &[Source]) -> Result<(), Error> {
    let lang = ctx.lang;
    let f = at(&law::JKK_DEATH_FACTOR, d, lang)?;
    let m = at(&law::JKK_WAGE_MONTHS, d, lang)?;
    let min = at(&law::JKK_DEATH_MINIMUM, d, lang)?;
    let formula = round_share(f.value * m.value * wage);
    let amount = formula.max(min.value);
    let floor = if amount > formula {
        t!(ctx.lang, "; paling sedikit {min_rp}", "; at least {min_rp}", min_rp = ctx.rp(min.value))
    } else {
        t!(ctx.lang, " (paling sedikit {min_rp})", " (at least {min_rp})", min_rp = ctx.rp(min.value))
    };
    let ex = format!("{} × {} × {} ({wage_name}) = {}{floor} → {}", ctx.pct(f.value), crate::text::Exact(m.value), ctx.rp(wage), ctx.rp(formula), ctx.rp(amount));
    let mut src = vec![f.source, m.source, min.source];
    src.extend(wage_src.iter().copied());
    ctx.benefit("JKK", "deathBenefit", amount, "once", ex, &src);
    Ok(())
}

/// The fixed parts: funeral (on death) and the periodic benefit paid at once.
fn fixed_parts(ctx: &mut Ctx, d: Date, death: bool) -> Result<(), Error> {
    let lang = ctx.lang;
    if death {
        let f = at(&law::JKK_FUNERAL, d, lang)?;
        let ex = t!(ctx.lang, "Biaya pemakaman {f_rp}.", "Funeral cost {f_rp}.", f_rp = ctx.rp(f.value));
        ctx.benefit("JKK", "funeral", f.value, "once", ex, f.src());
    }
    let p = at(&law::JKK_PERIODIC, d, lang)?;
    let ex = t!(ctx.lang, "Santunan berkala 24 bulan dibayar sekaligus: {p_rp}.", "Periodic benefit for 24 months, paid at once: {p_rp}.", p_rp = ctx.rp(p.value));
    ctx.benefit("JKK", "periodic", p.value, "once", ex, p.src());
    Ok(())
}

/// Partial disability: the annex's percentage × 80 × wage (× the share of function lost for a
/// functional disability). Only the rows a source printed are known.
fn partial(ctx: &mut Ctx, d: Date, wage: Decimal, wage_name: &str, wage_src: &[Source], dis: &super::input::Disability) -> Result<(), Error> {
    let lang = ctx.lang;
    let m = at(&law::JKK_WAGE_MONTHS, d, lang)?;
    let hundred = Decimal::ONE_HUNDRED;
    let (pct, label, mut src, from_table) = if let Some(code) = dis.item {
        // For left-handed people the right and left entries are swapped.
        let code = match (dis.left_handed, code) {
            (true, "rightArmShoulder") => "leftArmShoulder",
            (true, "leftArmShoulder") => "rightArmShoulder",
            (_, c) => c,
        };
        let Some((_, n, id, en)) = DISABILITY_ITEMS.iter().find(|(c, ..)| *c == code) else { return Ok(()) };
        let t = table(&law::JKK_DISABILITY_TABLE, d, lang)?;
        let Some(row) = t.rows.iter().find(|r| cell_int(r, 0) == Some(*n)) else {
            ctx.not_computed("JKK", "disabilityRowMissing", t!(ctx.lang, "Baris tabel untuk \"{id}\" tidak tersedia.", "The table row for \"{en}\" is not available."), t.src());
            return Ok(());
        };
        let mut s = t.source;
        s.verified &= row.verified;
        let p = row.cells.get(1).copied().unwrap_or_default();
        let swapped = if dis.left_handed && code != dis.item.unwrap_or(code) {
            ctx.text("; kidal: kanan dan kiri ditukar", "; left-handed: right and left swapped")
        } else {
            String::new()
        };
        (p, t!(ctx.lang, "tabel: {id} {p}%{swapped}", "table: {en} {p}%{swapped}", p = crate::text::Exact(p)), vec![s], true)
    } else if let Some(p) = dis.percentage {
        (p, t!(ctx.lang, "persentase yang diberikan {p}%", "the percentage given, {p}%", p = crate::text::Exact(p)), Vec::new(), false)
    } else {
        let mut list = String::new();
        for (_, _, id, en) in DISABILITY_ITEMS {
            push_item(&mut list, ", ", format_args!("{}", lang.t(id, en)));
        }
        ctx.not_computed(
            "JKK",
            "disabilityPercentageNeeded",
            t!(
                ctx.lang,
                "Persentase cacat tidak diisi. Baris tabel Lampiran III yang tersedia: {list}. Baris lain (siku, pergelangan, jari, kaki, jari kaki) belum diperoleh: isi persentase cacat dari penilaian dokter.",
                "No disability percentage given. The rows of the Lampiran III table available: {list}. The other rows (elbow, wrist, fingers, legs, toes) were not retrieved: give the disability percentage from the doctor's assessment.",
            ),
            src_of(&law::JKK_DISABILITY_TABLE, d).as_slice(),
        );
        return Ok(());
    };
    let mut amount = pct / hundred * m.value * wage;
    let mut ex = format!("{pct}% ({label}) × {} × {} ({wage_name})", crate::text::Exact(m.value), ctx.rp(wage), pct = crate::text::Exact(pct));
    if dis.kind == DisabilityKind::PartialFunctional {
        let Some(f) = dis.function_lost else {
            ctx.not_computed(
                "JKK",
                "functionLostNeeded",
                ctx.text("Cacat fungsi dihitung dengan persentase fungsi yang hilang: isi persentase itu.", "A functional disability is computed with the share of function lost: give that percentage."),
                m.src(),
            );
            return Ok(());
        };
        amount = amount * f / hundred;
        ex = format!("{f}% × {ex}", f = crate::text::Exact(f));
    }
    let amount = round_share(amount);
    ex = format!("{ex} = {}", ctx.rp(amount));
    src.push(m.source);
    src.extend(wage_src.iter().copied());
    let kind = if dis.kind == DisabilityKind::PartialFunctional { "functionalDisability" } else { "partialDisability" };
    let b = ctx.benefit("JKK", kind, amount, "once", ex, &src);
    if !from_table {
        b.verified = false;
        b.estimate = true;
        b.notes.push(super::text(lang, "Persentase dari permintaan, bukan dari tabel Lampiran III (baris tabelnya belum diperoleh).", "The percentage is the request's, not the Lampiran III table's (its table row was not retrieved)."));
    }
    Ok(())
}

/// Temporary incapacity to work (STMB), month by month by the schedule of the accident's date.
fn stmb(ctx: &mut Ctx, d: Date, wage: Decimal, wage_name: &str, wage_src: &[Source], months: Option<u32>) -> Result<(), Error> {
    let lang = ctx.lang;
    let t = table(&law::JKK_STMB_SCHEDULE, d, lang)?;
    let Some(n) = months else {
        ctx.not_computed(
            "JKK",
            "incapacityMonthsNeeded",
            ctx.text("Santunan tidak mampu bekerja (STMB) dihitung per bulan: isi berapa bulan tidak mampu bekerja.", "Temporary incapacity (STMB) is paid month by month: give the months unable to work."),
            t.src(),
        );
        return Ok(());
    };
    let mut steps = Vec::new();
    let mut total = Decimal::ZERO;
    let mut uncovered = None;
    let mut verified = t.source.verified;
    for k in 1..=n.min(super::input::MAX_INCAPACITY_MONTHS as u32) {
        let kk = i64::from(k);
        let row = t.rows.iter().find(|r| {
            let from = cell_int(r, 0).unwrap_or(i64::MAX);
            let to = cell_int(r, 1).unwrap_or(-1);
            from <= kk && (to == 0 || kk <= to)
        });
        let Some(row) = row else {
            uncovered = Some(k);
            break;
        };
        verified &= row.verified;
        let rate = row.cells.get(2).copied().unwrap_or_default();
        let amount = round_share(rate * wage);
        total = total + amount;
        steps.push(Step { month: k, date: None, rate, amount, instrument: t.source.instrument });
    }
    if let Some(k) = uncovered {
        ctx.not_computed(
            "JKK",
            "stmbScheduleNotRetrieved",
            t!(
                ctx.lang,
                "STMB bulan ke-{k} sampai ke-{n}: besaran menurut Lampiran III {instrument} (kejadian sebelum {until}) belum diperoleh; hanya bulan yang bersumber yang dihitung.",
                "STMB months {k} to {n}: the rate of {instrument} Lampiran III (events before {until}) was not retrieved; only the sourced months are computed.",
                instrument = t.source.instrument,
                until = law::JKK_STMB_SCHEDULE.next_change(d).map(|x| ctx.day(x)).unwrap_or_default(),
            ),
            t.src(),
        );
    }
    if steps.is_empty() {
        return Ok(());
    }
    let counted = steps.len() as u32;
    let mut by_rate: Vec<(Decimal, u32, Decimal)> = Vec::new();
    for s in &steps {
        match by_rate.last_mut() {
            Some((r, c, a)) if *r == s.rate => {
                *c += 1;
                *a = *a + s.amount;
            }
            _ => by_rate.push((s.rate, 1, s.amount)),
        }
    }
    let mut parts = String::new();
    for (r, c, _) in &by_rate {
        super::push_instalments(&mut parts, ctx.lang, *c as usize, *r, wage, round_share(*r * wage));
    }
    let who = stmb_payer(ctx);
    let ex = t!(
        ctx.lang,
        "{parts} ({wage_name}) = {total_rp} untuk {counted} bulan; {who} (PP 44/2015 Pasal 30).",
        "{parts} ({wage_name}) = {total_rp} for {counted} months; {who} (PP 44/2015 Pasal 30).",
        total_rp = ctx.rp(total),
    );
    let mut src = vec![t.source];
    src.extend(wage_src.iter().copied());
    let b = ctx.benefit("JKK", "stmb", total, "total", ex, &src);
    b.verified &= verified;
    b.months = Some(counted);
    b.schedule = steps;
    Ok(())
}

/// Wage replacement while unable to work, when the months are not known: the monthly amount of
/// each span of the schedule (the same rate × wage, rounded, that `stmb` pays month by month).
fn stmb_by_month(ctx: &mut Ctx, d: Date, wage: Decimal, wage_name: &str, wage_src: &[Source]) -> Result<(), Error> {
    let t = table(&law::JKK_STMB_SCHEDULE, d, ctx.lang)?;
    let who = stmb_payer(ctx);
    for r in t.rows {
        let (Some(from), Some(to)) = (cell_int(r, 0), cell_int(r, 1)) else { continue };
        let rate = r.cells.get(2).copied().unwrap_or_default();
        let amount = round_share(rate * wage);
        let from = u32::try_from(from).unwrap_or(1);
        let to = u32::try_from(to).ok().filter(|t| *t > 0);
        let span = match to {
            Some(to) => t!(ctx.lang, "bulan ke-{from} sampai ke-{to}", "months {from} to {to}"),
            None => t!(ctx.lang, "mulai bulan ke-{from} sampai sembuh, cacat atau meninggal", "from month {from} until recovery, disability or death"),
        };
        let ex = t!(
            ctx.lang,
            "{span}: {rate_pct} × {wage_rp} ({wage_name}) = {amount_rp} sebulan; {who} (PP 44/2015 Pasal 30).",
            "{span}: {rate_pct} × {wage_rp} ({wage_name}) = {amount_rp} a month; {who} (PP 44/2015 Pasal 30).",
            rate_pct = ctx.pct(rate),
            wage_rp = ctx.rp(wage),
            amount_rp = ctx.rp(amount),
        );
        let mut s = t.source;
        s.verified &= r.verified;
        let mut src = vec![s];
        src.extend(wage_src.iter().copied());
        let b = ctx.benefit("JKK", "stmb", amount, "month", ex, &src);
        b.from_month = Some(from);
        b.to_month = to;
        b.months = to.map(|to| to + 1 - from.min(to));
    }
    Ok(())
}

/// Who pays the wage replacement first. PP 44/2015 Pasal 30(2)-(3): the employer (for a
/// self-employed worker, the worker) pays first and BPJS reimburses it.
fn stmb_payer(ctx: &Ctx) -> String {
    if matches!(ctx.case.participant, Participant::SelfEmployed(_)) {
        ctx.text("dibayar dulu oleh peserta lalu diganti BPJS", "paid first by the worker, then reimbursed by BPJS")
    } else {
        ctx.text("dibayar dulu oleh pemberi kerja lalu diganti BPJS", "paid first by the employer, then reimbursed by BPJS")
    }
}

/// Transport to the hospital: a ceiling per mode, reimbursed at cost.
fn transport(ctx: &mut Ctx, d: Date) -> Result<(), Error> {
    if let Some(src) = absent(&law::JKK_TRANSPORT_CAPS, d) {
        ctx.not_computed(
            "JKK",
            "transportCapsNotRetrieved",
            t!(
                ctx.lang,
                "Batas biaya transportasi untuk kejadian sebelum {until} (Lampiran III {instrument}) belum diperoleh.",
                "The transport caps for events before {until} ({instrument} Lampiran III) were not retrieved.",
                until = law::JKK_TRANSPORT_CAPS.next_change(d).map(|x| ctx.day(x)).unwrap_or_default(),
                instrument = src.instrument,
            ),
            &[src],
        );
        return Ok(());
    }
    let t = table(&law::JKK_TRANSPORT_CAPS, d, ctx.lang)?;
    for r in t.rows {
        let (Some(mode), Some(cap)) = (cell_int(r, 0), r.cells.get(1).copied()) else { continue };
        let (kind, id, en) = match mode {
            1 => ("transportLand", "darat, sungai atau danau", "land, river or lake"),
            2 => ("transportSea", "laut", "sea"),
            _ => ("transportAir", "udara", "air"),
        };
        let ex = t!(ctx.lang, "Penggantian biaya transportasi {id}: sesuai biaya, paling banyak {cap_rp}.", "Transport reimbursement by {en}: at cost, at most {cap_rp}.", cap_rp = ctx.rp(cap));
        let mut s = t.source;
        s.verified &= r.verified;
        ctx.benefit("JKK", kind, cap, "max", ex, &[s]);
    }
    Ok(())
}
