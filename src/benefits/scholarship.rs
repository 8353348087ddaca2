//! Children's scholarships, shared by JKK (death or total permanent disability from a work
//! accident, no minimum period) and JKM (death, with a minimum contribution period).
//! PP 44/2015: Rp12 juta once per participant. PP 82/2019 (events from 2 December 2019): a
//! yearly amount per child by school level, for at most two children, until age 23.

use crate::text::t;
use super::{absent, at, cell_int, table, Check, Ctx, OneSource, Status};
use crate::date::Date;
use crate::error::Error;
use crate::law::{self, Source};
use crate::money::round_share;
use rust_decimal::Decimal;

fn level_name(code: i64, ctx: &Ctx) -> String {
    match code {
        1 => "TK".into(),
        2 => "SD".into(),
        3 => "SMP".into(),
        4 => "SMA".into(),
        _ => ctx.text("perguruan tinggi atau pelatihan", "higher education or training"),
    }
}

/// JKK's scholarship: no minimum contribution period.
pub fn jkk(ctx: &mut Ctx, d: Date) -> Result<(), Error> {
    let mut c = Check::new("JKK", "scholarship");
    let src = super::source_at(&law::JKK_PERIODIC, d);
    c.yes(
        "noMinimumPeriod",
        ctx.text(
            "Beasiswa JKK diberikan bila peserta meninggal atau cacat total tetap karena kecelakaan kerja, tanpa masa iur minimum.",
            "The JKK scholarship is given when the member dies or is totally and permanently disabled by a work accident, with no minimum contribution period.",
        ),
        src.as_slice(),
    );
    ctx.decide(c);
    amounts(ctx, "JKK", d)
}

/// JKM's scholarship: needs the minimum contribution period of the regime (5 years under
/// PP 44/2015, 3 years under PP 82/2019).
pub fn jkm(ctx: &mut Ctx, d: Date) -> Result<(), Error> {
    let min = at(&law::JKM_SCHOLARSHIP_MIN_MONTHS, d, ctx.lang)?;
    let mut c = Check::new("JKM", "scholarship");
    let years = min.value / Decimal::from(12);
    match ctx.input.history.months {
        Some(m) if Decimal::from(m) >= min.value => c.yes(
            "minimumPeriodMet",
            t!(
                ctx.lang,
                "Masa iur {m} bulan, paling sedikit {min} bulan ({years} tahun) yang disyaratkan untuk beasiswa JKM.",
                "{m} contribution months, at least the {min} months ({years} years) the JKM scholarship needs.",
                min = crate::text::Exact(min.value),
                years = crate::text::Exact(years),
            ),
            min.src(),
        ),
        Some(m) => c.no(
            "minimumPeriodNotMet",
            t!(
                ctx.lang,
                "Masa iur {m} bulan, kurang dari {min} bulan ({years} tahun) yang disyaratkan untuk beasiswa JKM.",
                "{m} contribution months, fewer than the {min} months ({years} years) the JKM scholarship needs.",
                min = crate::text::Exact(min.value),
                years = crate::text::Exact(years),
            ),
            min.src(),
        ),
        None => c.unknown(
            "minimumPeriodUnknown",
            t!(
                ctx.lang,
                "Beasiswa JKM perlu masa iur paling sedikit {min} bulan ({years} tahun); isi jumlah bulan iuran.",
                "The JKM scholarship needs at least {min} contribution months ({years} years); give the months contributed.",
                min = crate::text::Exact(min.value),
                years = crate::text::Exact(years),
            ),
            min.src(),
            &["history.monthsContributed"],
        ),
    }
    let failed = ctx.decide(c) == Status::NotEligible;
    if failed {
        return Ok(());
    }
    amounts(ctx, "JKM", d)
}

fn amounts(ctx: &mut Ctx, program: &'static str, d: Date) -> Result<(), Error> {
    let lang = ctx.lang;
    if absent(&law::SCHOLARSHIP_ONCE, d).is_none() {
        let once = at(&law::SCHOLARSHIP_ONCE, d, lang)?;
        let e = t!(
            ctx.lang,
            "Beasiswa {once_rp} sekali bayar per peserta (aturan sebelum {until}).",
            "A scholarship of {once_rp} paid once per participant (the rule before {until}).",
            once_rp = ctx.rp(once.value),
            until = law::SCHOLARSHIP_ONCE.next_change(d).map(|x| ctx.day(x)).unwrap_or_default(),
        );
        ctx.benefit(program, "scholarship", once.value, "once", e, once.src());
        return Ok(());
    }
    let t = table(&law::SCHOLARSHIP_LEVELS, d, lang)?;
    let max_children = at(&law::SCHOLARSHIP_MAX_CHILDREN, d, lang)?;
    let max_age = at(&law::SCHOLARSHIP_MAX_AGE, d, lang)?;
    let limit = super::whole(max_children.value).and_then(|v| usize::try_from(v).ok()).unwrap_or(0).min(super::input::MAX_CHILDREN);
    let from_level = |ctx: &Ctx, start: i64| from_level(ctx, t.rows, start);
    let sources = |verified: bool| -> Vec<Source> {
        let mut s = t.source;
        s.verified &= verified;
        vec![s, max_children.source, max_age.source]
    };
    let children = &ctx.input.family.children;
    if children.is_empty() {
        let (one, parts, verified) = from_level(ctx, 1);
        let total = one * max_children.value;
        ctx.assume(
            "scholarshipChildrenNotGiven",
            t!(
                ctx.lang,
                "Anak tidak diisi: beasiswa dihitung paling banyak, untuk {max_children} anak dari TK sampai perguruan tinggi.",
                "No children given: the scholarship is the most possible, for {max_children} children from kindergarten to higher education.",
                max_children = crate::text::Exact(max_children.value),
            ),
        );
        let e = t!(
            ctx.lang,
            "Paling banyak {max_children} anak × ({parts}) = {max_children} anak × {one_rp} = {total_rp}; dibayar tiap tahun sesuai jenjang, sampai umur {max_age} tahun, menikah atau bekerja.",
            "At most {max_children} children × ({parts}) = {max_children} × {one_rp} = {total_rp}; paid every year by school level, until age {max_age}, marriage or work.",
            max_children = crate::text::Exact(max_children.value),
            one_rp = ctx.rp(one),
            total_rp = ctx.rp(total),
            max_age = crate::text::Exact(max_age.value),
        );
        let b = ctx.benefit(program, "scholarship", total, "max", e, &sources(verified));
        b.estimate = true;
        return Ok(());
    }
    let mut counted = 0usize;
    for (i, child) in children.iter().enumerate() {
        let n = i + 1;
        if child.age.is_some_and(|a| Decimal::from(a) >= max_age.value) {
            ctx.not_computed(
                program,
                "childTooOld",
                t!(ctx.lang, "Anak ke-{n} sudah berumur {max_age} tahun atau lebih: tidak mendapat beasiswa.", "Child {n} is {max_age} or older: no scholarship.", max_age = crate::text::Exact(max_age.value)),
                max_age.src(),
            );
            continue;
        }
        if counted >= limit {
            ctx.not_computed(
                program,
                "childBeyondLimit",
                t!(ctx.lang, "Anak ke-{n}: beasiswa paling banyak untuk {max_children} anak.", "Child {n}: the scholarship covers at most {max_children} children.", max_children = crate::text::Exact(max_children.value)),
                max_children.src(),
            );
            continue;
        }
        counted += 1;
        let start = child.level.map_or(1, |l| l.table_code());
        let (amount, parts, verified) = from_level(ctx, start);
        let e = t!(
            ctx.lang,
            "Anak ke-{n}, mulai {level}: {parts} = paling banyak {amount_rp}, dibayar tiap tahun sesuai jenjang, sampai umur {max_age} tahun.",
            "Child {n}, from {level}: {parts} = at most {amount_rp}, paid every year by school level, until age {max_age}.",
            level = level_name(start, ctx),
            amount_rp = ctx.rp(amount),
            max_age = crate::text::Exact(max_age.value),
        );
        let b = ctx.benefit(program, "scholarship", amount, "max", e, &sources(verified));
        b.estimate = child.level.is_none();
        if child.level.is_none() {
            b.notes.push(super::text(lang, "Jenjang sekolah tidak diisi: dihitung dari TK.", "No school level given: counted from kindergarten."));
        }
    }
    Ok(())
}

/// The most for one child from a starting level to the end: every later level in full.
fn from_level(ctx: &Ctx, rows: &[law::Row], start: i64) -> (Decimal, String, bool) {
    let mut sum = Decimal::ZERO;
    let mut parts = String::new();
    let mut verified = true;
    for r in rows {
        let (Some(code), Some(per), Some(years)) = (cell_int(r, 0), r.cells.get(1), r.cells.get(2)) else { continue };
        if code < start {
            continue;
        }
        sum = sum + *per * *years;
        verified &= r.verified;
        super::push_item(&mut parts, " + ", format_args!("{} {} × {}", level_name(code, ctx), crate::text::Exact(*years), ctx.rp(*per)));
    }
    (round_share(sum), parts, verified)
}
