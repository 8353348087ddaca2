//! What the worker or the family would get for each covered risk on `asOf`, asked without an
//! event (docs/contract-benefits.md, `protection`). Each risk is the answer of its own event
//! (death, a work-accident death, a work accident survived) run on `asOf` by the same program
//! code as an `event` request, so the summary cannot disagree with the event answers; the old-age
//! outlook is the one the response already carries.

use crate::text::t;
use super::input::{Event, EventKind, Input};
use super::{jkk, jkm, Benefit, Ctx, Met, Outcome, Reason, Status};
use crate::case::{Case, Participant};
use crate::date::Date;
use crate::error::Error;
use crate::law;
use crate::statement::sources;
use rust_decimal::Decimal;

pub use crate::api::protection::{Protection, ProtectionItem, ProtectionRisk, Upkeep};

fn int(v: Decimal) -> u32 {
    super::whole(v).and_then(|n| u32::try_from(n).ok()).unwrap_or(0)
}

/// The answer of one event on `asOf` for one program, with the same facts otherwise.
fn answer(case: &Case, input: &Input, kind: EventKind) -> Result<Outcome, Error> {
    let mut inp = input.clone();
    inp.event = Some(Event { kind, date: case.as_of, date_given: true, disability: None, incapacity_months: None, cause: None, claim_date: None });
    let mut ctx = Ctx { case, input: &inp, lang: case.lang, out: Outcome::default() };
    if kind == EventKind::Death {
        jkm::evaluate(&mut ctx)?;
    } else {
        jkk::evaluate(&mut ctx)?;
    }
    Ok(ctx.out)
}

/// A risk from the benefits of one program that `pick` selects, with the reasons of `topic`.
/// (`&dyn` and plain loops: one copy of this code in the wasm, not one per caller.)
#[inline(never)]
fn risk(risk: &'static str, program: &'static str, topic: &'static str, out: &Outcome, pick: &dyn Fn(&Benefit) -> bool) -> ProtectionRisk {
    let mut r = ProtectionRisk {
        risk,
        program,
        total: None,
        items: Vec::new(),
        conditions: Vec::new(),
        available_from: None,
        not_computed: Vec::new(),
        sources: Vec::new(),
        verified: true,
        estimate: false,
    };
    // Payouts first, then the ceilings of what is reimbursed at cost.
    for caps in [false, true] {
        for b in &out.benefits {
            if b.program != program || (b.period == "max") != caps || !pick(b) {
                continue;
            }
            if matches!(b.period, "once" | "total") {
                r.total = Some(r.total.unwrap_or(Decimal::ZERO) + b.amount);
            }
            for s in &b.sources {
                if !r.sources.contains(s) {
                    r.sources.push(s.clone());
                }
            }
            r.verified &= b.verified;
            r.estimate |= b.estimate;
            r.items.push(ProtectionItem { kind: b.kind, amount: Some(b.amount), period: b.period, months: b.months, from_month: b.from_month, to_month: b.to_month });
        }
    }
    // The claim window runs from the event; asked on `asOf` it says nothing about protection.
    for e in &out.eligibility {
        if e.program == program && e.topic == topic {
            for c in &e.reasons {
                if c.code != "withinClaimPeriod" {
                    r.conditions.push(c.clone());
                }
            }
        }
    }
    r
}

/// The protection summary of a validated case (`main`: the response's own outcome, for the
/// old-age outlook).
pub fn summary(case: &Case, input: &Input, main: &Outcome) -> Result<Protection, Error> {
    let lang = case.lang;
    let d = case.as_of;
    let member = match input.member {
        Some(true) => "yes",
        Some(false) => "no",
        None if input.history.months.is_some_and(|m| m > 0) || input.history.membership_start.is_some() => "yes",
        None => "unknown",
    };
    // Someone about to join has contributed nothing yet, unless the history says otherwise.
    let mut base = input.clone();
    base.event = None;
    if member == "no" && base.history.months.is_none() {
        base.history.months = Some(0);
    }
    let self_employed = matches!(case.participant, Participant::SelfEmployed(_));

    // Conditions every JKK and JKM risk shares: when protection starts, and what unpaid months
    // cost (the self-employed pay their own; PP 44/2015 Pasal 11, 39, 42).
    let mut shared: Vec<Reason> = Vec::new();
    let mut upkeep = None;
    if self_employed {
        let days = super::at(&law::BPU_MEMBERSHIP_NUMBER_DAYS, d, lang)?;
        let due = super::at(&law::BPU_PAYMENT_DUE_DAY, d, lang)?;
        let lapse = super::at(&law::BPU_ARREARS_MONTHS_KEPT, d, lang)?;
        if member != "yes" {
            shared.push(Reason {
                code: "startsWhenNumberIssued",
                message: t!(
                    lang,
                    "Perlindungan mulai saat nomor kepesertaan terbit: paling lama {n} hari kerja sesudah formulir lengkap dan iuran pertama dibayar.",
                    "Protection starts when the membership number is issued: at most {n} working day(s) after the complete form and the first contribution are in.",
                    n = int(days.value),
                ),
                met: Met::Statement,
                sources: sources(&[days.source]),
            });
        }
        shared.push(Reason {
            code: "paidUp",
            message: t!(
                lang,
                "Bayar tiap bulan paling lambat tanggal {due}. Lebih dari {n} bulan berturut-turut tidak membayar: tidak ada hak JKK maupun JKM sama sekali, juga untuk keluarga.",
                "Pay each month by day {due} of the month. More than {n} months in a row unpaid: no JKK or JKM right at all, for you or your family.",
                due = int(due.value),
                n = int(lapse.value),
            ),
            met: Met::Statement,
            sources: sources(&[due.source, lapse.source]),
        });
        upkeep = Some(Upkeep {
            registration_days: int(days.value),
            due_day: int(due.value),
            due_month: "same",
            lapse_months: int(lapse.value),
            sources: sources(&[days.source, due.source, lapse.source]),
        });
    }
    // The shared conditions, and what the event's answer could not compute (`from`: the answer
    // whose notes belong to this risk; the scholarships repeat none).
    let with_shared = |mut r: ProtectionRisk, from: Option<&Outcome>| {
        r.conditions.extend(shared.iter().cloned());
        for n in from.map_or(&[][..], |o| &o.not_computed[..]).iter().filter(|n| n.program == r.program) {
            r.not_computed.push(n.message.clone());
        }
        r
    };

    let mut risks = Vec::new();
    let death = answer(case, &base, EventKind::Death)?;
    let accident_death = answer(case, &base, EventKind::WorkAccidentDeath)?;
    let accident = answer(case, &base, EventKind::WorkAccident)?;

    risks.push(with_shared(risk("death", "JKM", "deathBenefit", &death, &|b| b.kind != "scholarship"), Some(&death)));
    risks.push(with_shared(risk("workAccidentDeath", "JKK", "deathBenefit", &accident_death, &|b| b.kind != "scholarship" && b.period != "max"), Some(&accident_death)));

    let mut a = risk("workAccident", "JKK", "workAccident", &accident, &|_| true);
    // Medical care has no amount: it opens the list, before the payouts and the caps.
    let care = accident.not_computed.iter().any(|n| n.code == "medicalCareUnlimited");
    if care {
        a.items.insert(0, ProtectionItem { kind: "medicalCare", amount: None, period: "asNeeded", months: None, from_month: None, to_month: None });
    }
    let mut a = with_shared(a, Some(&accident));
    if care {
        // Said by the item itself.
        a.not_computed.retain(|m| !accident.not_computed.iter().any(|n| n.code == "medicalCareUnlimited" && n.message == *m));
    }
    risks.push(a);

    // Scholarships: JKM's needs contribution months; JKK's none.
    let mut s = risk("scholarship", "JKM", "scholarship", &death, &|b| b.kind == "scholarship");
    let not_yet = death.eligibility.iter().any(|e| e.program == "JKM" && e.topic == "scholarship" && e.status == Status::NotEligible);
    if not_yet {
        let min = super::at(&law::JKM_SCHOLARSHIP_MIN_MONTHS, d, lang)?;
        let have = i64::from(base.history.months.unwrap_or(0));
        let left = super::whole(min.value).unwrap_or(0) - have;
        s.available_from = Some(Date::add_months(d, i32::try_from(left.max(0)).unwrap_or(0)).iso());
        s.items = vec![ProtectionItem { kind: "scholarship", amount: None, period: "max", months: None, from_month: None, to_month: None }];
        s.total = None;
        s.sources = sources(&[min.source]);
    }
    risks.push(with_shared(s, None));
    risks.push(with_shared(risk("scholarship", "JKK", "scholarship", &accident_death, &|b| b.kind == "scholarship"), None));

    // The old-age outlook the response already has: the JHT balance projected, or the JP pension.
    for (program, kind) in [("JHT", "projectedBalance"), ("JP", "oldAgePension")] {
        if main.benefits.iter().any(|b| b.program == program && b.kind == kind) {
            let topic = if program == "JP" { "oldAgePension" } else { "withdrawal" };
            let mut r = risk("oldAge", program, topic, main, &|b| b.kind == kind);
            if program == "JP" {
                r.total = None;
            }
            risks.push(r);
        }
    }
    Ok(Protection { member, risks, upkeep })
}
