//! Jaminan Hari Tua (old-age savings): contributions.

use crate::api::Line;
use crate::case::{Case, WageEarner};
use crate::error::Error;
use crate::law;
use crate::programs::need;
use crate::statement::{line, Part, Payer, Spec};

/// JHT of a wage earner: 3.7% from the employer and 2% from the worker, on the whole monthly
/// wage with no cap (PP 46/2015 Pasal 16(1)).
pub fn wage_earner(case: &Case, w: &WageEarner) -> Result<Line, Error> {
    let employer = need(&law::JHT_RATE_EMPLOYER, case)?;
    let worker = need(&law::JHT_RATE_WORKER, case)?;
    Ok(line(
        Spec {
            program: "JHT",
            once: false,
            base: Some(w.wage),
            base_note: None,
            parts: &[Part::Rate(Payer::Employer, employer.value), Part::Rate(Payer::Worker, worker.value)],
            relief: None,
            sources: vec![employer.source, worker.source],
        },
        case,
    ))
}
