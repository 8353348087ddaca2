//! Construction projects (Jasa Konstruksi): JKK and JKM on the workers' wages when they are
//! known, otherwise on the contract value by marginal tiers (Permenaker 44/2015).

use crate::case::{Case, ConstructionBasis};
use crate::error::Error;
use crate::law::{self, Program, ReliefCondition, SegmentKind};
use crate::money::round_share;
use crate::programs::{missing, need, Out};
use crate::statement::{line, Part, Payer, Spec};
use crate::text::{self, Lang};
use rust_decimal::Decimal;

/// The marginal tiers applied to a contract value: each slice at its own rate. Returns the
/// exact amount and, given a language, the explanation of the slices joined by " + ".
pub fn tiered(rows: &[law::Row], value: Decimal, lang: Option<Lang>) -> (Decimal, String) {
    let mut total = Decimal::ZERO;
    let mut parts = String::new();
    for (i, row) in rows.iter().enumerate() {
        let (Some(lower), Some(rate)) = (row.cells.first(), row.cells.get(1)) else { continue };
        if value <= *lower {
            break;
        }
        let upper = rows.get(i + 1).and_then(|n| n.cells.first()).copied();
        let slice = match upper {
            Some(u) if value > u => u - *lower,
            _ => value - *lower,
        };
        total = total + slice * *rate;
        if let Some(lang) = lang {
            text::push_item(&mut parts, " + ", format_args!("{} × {}", text::pct(*rate, lang), text::rp(slice, lang)));
        }
    }
    (total, parts)
}

fn relief(case: &Case, program: Program) -> Option<&'static law::Relief> {
    law::relief(case.as_of, program, SegmentKind::Construction, |c| c == ReliefCondition::Always)
}

pub fn contributions(case: &Case, basis: ConstructionBasis, out: &mut Out) -> Result<(), Error> {
    let lang = case.lang;
    match basis {
        ConstructionBasis::Wage(wage) => {
            for (program, param, p) in [
                ("JKK", &law::CONSTRUCTION_JKK_WAGE_RATE, Program::Jkk),
                ("JKM", &law::CONSTRUCTION_JKM_WAGE_RATE, Program::Jkm),
            ] {
                let rate = need(param, case)?;
                out.lines.push(line(
                    Spec {
                        program,
                        once: false,
                        base: Some(wage),
                        base_note: None,
                        parts: &[Part::Rate(Payer::Employer, rate.value)],
                        relief: relief(case, p),
                        sources: vec![rate.source],
                    },
                    case,
                ));
            }
        }
        ConstructionBasis::ContractValue(value) => {
            for (program, param, p) in [
                ("JKK", &law::CONSTRUCTION_JKK_TIERS, Program::Jkk),
                ("JKM", &law::CONSTRUCTION_JKM_TIERS, Program::Jkm),
            ] {
                let table = param.table(case.as_of).ok_or_else(|| missing(param.name, case))?;
                let (exact, parts) = tiered(table.rows, value, case.explain().then_some(lang));
                let verified = table.source.verified && table.rows.iter().all(|r| r.verified || r.cells.first().is_some_and(|l| *l >= value));
                let mut source = table.source;
                source.verified = verified;
                let r = relief(case, p);
                let amount = round_share(exact);
                let mut l = line(
                    Spec {
                        program,
                        once: true,
                        base: Some(value),
                        base_note: None,
                        parts: &[Part::Fixed(Payer::Employer, amount)],
                        relief: r,
                        sources: vec![source],
                    },
                    case,
                );
                if case.explain() {
                    let sum = parts;
                    l.explanation = match &l.relief {
                        None => format!("{sum} = {}", text::rp(l.total, lang)),
                        Some(_) => format!("({sum}) = {}; {}", text::rp(amount, lang), l.explanation),
                    };
                }
                if case.explain() { l.notes.push(lang.t(
                    "Tarif bertingkat atas nilai kontrak sebelum PPN: tiap bagian nilai kontrak dikenai tarifnya sendiri, dibayar sekali untuk proyek.",
                    "Tiered rates on the contract value before VAT: each slice of the value at its own rate, paid once for the project.",
                ).to_owned()); }
                out.lines.push(l);
            }
        }
    }
    for program in ["JHT", "JP", "JKP"] {
        out.exclude(
            program,
            "notInProjectScheme",
            crate::say!(
                lang,
                format!("{program} tidak termasuk iuran proyek konstruksi; pekerja tetap kontraktor didaftarkan sebagai penerima upah."),
                format!("{program} is not part of a construction project's contributions; the contractor's permanent staff are registered as wage earners."),
            ),
            &[],
        );
    }
    Ok(())
}
