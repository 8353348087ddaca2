//! Jaminan Kematian (death not caused by work): contributions.

use crate::api::Line;
use crate::case::{Case, WageEarner};
use crate::error::Error;
use crate::law::{self, Program, ReliefCondition, SegmentKind};
use crate::programs::need;
use crate::statement::{line, Part, Payer, Spec};

/// JKM of a wage earner: 0.30% of the monthly wage, paid by the employer (PP 44/2015 Pasal 18(1)).
pub fn wage_earner(case: &Case, _w: &WageEarner) -> Result<Line, Error> {
    let rate = need(&law::JKM_RATE, case)?;
    let relief = law::relief(case.as_of, Program::Jkm, SegmentKind::WageEarner, |c| c == ReliefCondition::Always);
    Ok(line(
        Spec {
            program: "JKM",
            once: false,
            base: Some(_w.wage),
            base_note: None,
            parts: &[Part::Rate(Payer::Employer, rate.value)],
            relief,
            sources: vec![rate.source],
        },
        case,
    ))
}
