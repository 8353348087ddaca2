//! One file per program; each function reads like the article it implements and takes its
//! figures from `law` by date. `contributions` assembles the lines for a case's segment.

pub mod bpu;
pub mod construction;
pub mod jht;
pub mod jkk;
pub mod jkm;
pub mod jkp;
pub mod jp;
pub mod migrant;

use crate::api::{Excluded, Notice};
use crate::case::{Case, Participant};
use crate::error::{Code, Error};
use crate::law::{At, Param, Source};
use crate::statement::sources;
use crate::text::Lang;

/// What a segment's programs produce: lines, programs left out, notices.
#[derive(Default)]
pub struct Out {
    pub lines: Vec<crate::api::Line>,
    pub excluded: Vec<Excluded>,
    pub warnings: Vec<Notice>,
    pub bracket: Option<crate::api::Bracket>,
    pub income: Option<crate::api::IncomeConversion>,
}

impl Out {
    pub fn exclude(&mut self, program: &'static str, code: &'static str, message: String, src: &[Source]) {
        self.excluded.push(Excluded { program, code, message, sources: sources(src) });
    }
    pub fn warn(&mut self, code: &'static str, message: String) {
        self.warnings.push(Notice { code, message });
    }
}

/// The error for a value missing on the case's date. The date was checked against coverage
/// when the case was read, so this is a gap in the law data, reported rather than a panic.
pub fn missing(name: &str, case: &Case) -> Error {
    let msg = case.lang.t(
        "Data aturan tidak mencakup tanggal ini untuk hitungan ini",
        "The law data does not cover this date for this calculation",
    );
    Error::new(Code::OutOfCoverage, Some("asOf"), format!("{msg} ({name})."))
}

/// A scalar that must exist on the case's date.
pub fn need(p: &'static Param, case: &Case) -> Result<At, Error> {
    p.at(case.as_of).ok_or_else(|| missing(p.name, case))
}

/// The source of whatever version of a parameter is in force on the case's date.
pub fn source_of(p: &'static Param, case: &Case) -> Vec<Source> {
    p.version(case.as_of).map(|v| v.source).into_iter().collect()
}

pub fn contributions(case: &Case) -> Result<Out, Error> {
    let mut out = Out { lines: Vec::with_capacity(6), ..Out::default() };
    match &case.participant {
        Participant::WageEarner(w) => {
            out.lines.push(jkk::wage_earner(case, w)?);
            out.lines.push(jkm::wage_earner(case, w)?);
            out.lines.push(jht::wage_earner(case, w)?);
            jp::wage_earner(case, w, &mut out)?;
            jkp::wage_earner(case, w, &mut out)?;
        }
        Participant::SelfEmployed(s) => bpu::contributions(case, s, &mut out)?,
        Participant::Construction(b) => construction::contributions(case, *b, &mut out)?,
        Participant::Migrant(m) => migrant::contributions(case, m, &mut out)?,
    }
    Ok(out)
}

pub fn lang_pick(lang: Lang, id: String, en: String) -> String {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}
