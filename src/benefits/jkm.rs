//! JKM (death not caused by work): who takes part, and what the family gets, by the regime in
//! force on the day of death (PP 44/2015 Pasal 34; PP 82/2019 from 2 December 2019).

use crate::text::t;
use super::input::EventKind;
use super::{at, scholarship, source_at, Check, Ctx, OneSource, Status};
use crate::case::Participant;
use crate::error::Error;
use crate::law;

pub fn evaluate(ctx: &mut Ctx) -> Result<(), Error> {
    let d0 = ctx.case.as_of;
    let src = match &ctx.case.participant {
        Participant::WageEarner(_) => Some(law::PROGRAMS_BY_ENTERPRISE_SIZE),
        Participant::SelfEmployed(_) => source_at(&law::BPU_JKM_AMOUNT, d0),
        Participant::Construction(_) => source_at(&law::CONSTRUCTION_JKM_TIERS, d0),
        Participant::Migrant(_) => source_at(&law::MIGRANT_PRE_PLACEMENT, d0),
    };
    ctx.participation(
        "JKM",
        Status::Mandatory,
        "mandatory",
        ctx.text("JKM wajib diikuti bersama JKK pada segmen ini.", "JKM is mandatory, together with JKK, in this segment."),
        src.as_slice(),
    );
    let Some(e) = &ctx.input.event else { return Ok(()) };
    let d = e.date;
    let lang = ctx.lang;
    match e.kind {
        EventKind::WorkAccidentDeath => {
            let mut c = Check::new("JKM", "deathBenefit");
            let s = source_at(&law::JKK_DEATH_FACTOR, d);
            c.no(
                "paidByJkk",
                ctx.text("Kematian karena kecelakaan kerja dibayar oleh JKK (santunan kematian JKK), bukan JKM.", "A death from a work accident is paid by JKK (the JKK death benefit), not JKM."),
                s.as_slice(),
            );
            ctx.decide(c);
        }
        EventKind::Death => {
            let mut c = Check::new("JKM", "deathBenefit");
            c.note(
                "activeMemberAssumed",
                ctx.text("Peserta harus aktif saat meninggal; dianggap aktif. Ahli waris: janda, duda atau anak; bila tidak ada, keluarga sedarah sampai derajat kedua, saudara, mertua, atau yang ditunjuk dalam wasiat.", "The member must be active at death; taken to be active. Heirs: the widow, widower or children; if none, blood relatives to the second degree, siblings, parents-in-law, or a person named in a will."),
                &[],
            );
            ctx.decide(c);
            if matches!(ctx.case.participant, Participant::Migrant(_)) {
                ctx.not_computed(
                    "JKM",
                    "migrantBenefitsNotRetrieved",
                    ctx.text("Besaran manfaat JKM pekerja migran menurut Permenaker 4/2023 belum diperoleh (hanya satu kasus Rp85 juta yang terlihat); kalkulator ini tidak menghitungnya.", "The JKM benefit amounts for migrant workers under Permenaker 4/2023 were not retrieved (only one paid case of Rp85 million was seen); this calculator does not compute them."),
                    &[],
                );
                return Ok(());
            }
            let lump = at(&law::JKM_LUMP_SUM, d, lang)?;
            let ex = t!(ctx.lang, "Santunan sekaligus {lump_rp}.", "Lump-sum death benefit {lump_rp}.", lump_rp = ctx.rp(lump.value));
            ctx.benefit("JKM", "deathBenefit", lump.value, "once", ex, lump.src());
            let months = at(&law::JKM_PERIODIC_MONTHS, d, lang)?;
            let monthly = at(&law::JKM_PERIODIC_MONTHLY, d, lang)?;
            let periodic = crate::money::round_share(months.value * monthly.value);
            let ex = t!(
                ctx.lang,
                "Santunan berkala {months} × {monthly_rp} = {periodic_rp}, dibayar sekaligus.",
                "Periodic benefit {months} × {monthly_rp} = {periodic_rp}, paid at once.",
                months = crate::text::Exact(months.value),
                monthly_rp = ctx.rp(monthly.value),
                periodic_rp = ctx.rp(periodic),
            );
            ctx.benefit("JKM", "periodic", periodic, "once", ex, &[months.source, monthly.source]);
            let funeral = at(&law::JKM_FUNERAL, d, lang)?;
            let ex = t!(ctx.lang, "Biaya pemakaman {funeral_rp}.", "Funeral cost {funeral_rp}.", funeral_rp = ctx.rp(funeral.value));
            ctx.benefit("JKM", "funeral", funeral.value, "once", ex, funeral.src());
            scholarship::jkm(ctx, d)?;
        }
        _ => {}
    }
    Ok(())
}
