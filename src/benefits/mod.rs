//! Benefits and eligibility: what the worker and the family get, and why (not).
//!
//! The request may carry optional groups (`history`, `event`, `jhtBalance`, `assumptions`,
//! `citizenship`, `family`; docs/contract-benefits.md). From them and the validated case this
//! module answers, per program:
//!
//! - `eligibility`: whether the person takes part (mandatory, optional, not available) and,
//!   for each benefit in question, eligible / not eligible / undecided, with reasons, their
//!   sources, and the facts that would decide an undecided condition;
//! - `benefits`: amounts, each with its arithmetic and sources, by the regime in force on the
//!   event date (for JKP: on each payment date);
//! - `notComputed`: what the engine cannot estimate, and why;
//! - `assumptions`: the defaults it used where the request was silent.
//!
//! One file per program (`jkk`, `jkm`, `jht`, `jp`, `jkp`), plus `scholarship` shared by JKK
//! and JKM. Every figure comes from `law` by date; amounts are rounded once, by
//! [`crate::money::round_share`].

pub(crate) use crate::text::{t, text};

/// The benefit questions, as the programs' files name them.
pub use crate::questions as input;
mod jht;
mod jkk;
mod jkm;
mod jkp;
mod jp;
pub use jp::indexed_wages;
pub mod protection;
mod scholarship;

use crate::case::{Case, ConstructionBasis, Participant};
use crate::date::Date;
use crate::error::{Code, Error};
use crate::law::{self, At, Param, Source, TableAt, Value};
use crate::statement::sources;
use crate::text::{self, Lang};
use input::Input;
use rust_decimal::Decimal;


pub use crate::api::outcome::{Assumption, Benefit, Eligibility, Met, NotComputed, Outcome, Point, Reason, Status, Step};

/// A benefit question being decided: reasons accumulate; the status follows from them.
pub(crate) struct Check {
    program: &'static str,
    topic: &'static str,
    reasons: Vec<Reason>,
    decided_by: Vec<&'static str>,
}

// The methods below that push reasons, benefits and notices are called from well over a
// hundred places: `#[inline(never)]` keeps one copy of their work instead of one per call (most
// of the size of the WebAssembly module's benefit code).
impl Check {
    pub fn new(program: &'static str, topic: &'static str) -> Check {
        Check { program, topic, reasons: Vec::new(), decided_by: Vec::new() }
    }
    #[inline(never)]
    pub fn add(&mut self, met: Met, code: &'static str, message: String, src: &[Source]) {
        self.reasons.push(Reason { code, message, met, sources: sources(src) });
    }
    pub fn yes(&mut self, code: &'static str, message: String, src: &[Source]) {
        self.add(Met::Yes, code, message, src);
    }
    pub fn no(&mut self, code: &'static str, message: String, src: &[Source]) {
        self.add(Met::No, code, message, src);
    }
    pub fn note(&mut self, code: &'static str, message: String, src: &[Source]) {
        self.add(Met::Statement, code, message, src);
    }
    /// A condition that the request does not decide; `fields` would decide it.
    #[inline(never)]
    pub fn unknown(&mut self, code: &'static str, message: String, src: &[Source], fields: &[&'static str]) {
        self.add(Met::Unknown, code, message, src);
        for f in fields {
            if !self.decided_by.contains(f) {
                self.decided_by.push(f);
            }
        }
    }
    pub fn status(&self) -> Status {
        if self.reasons.iter().any(|r| r.met == Met::No) {
            Status::NotEligible
        } else if self.reasons.iter().any(|r| r.met == Met::Unknown) {
            Status::Undecided
        } else {
            Status::Eligible
        }
    }
    /// Finishes a question met by any one of its reasons (e.g. the JHT withdrawal triggers):
    /// eligible if one is met, undecided if one is unknown, otherwise not eligible.
    #[inline(never)]
    pub fn finish_any(self) -> Eligibility {
        let status = if self.reasons.iter().any(|r| r.met == Met::Yes) {
            Status::Eligible
        } else if self.reasons.iter().any(|r| r.met == Met::Unknown) {
            Status::Undecided
        } else {
            Status::NotEligible
        };
        let decided_by = if status == Status::Undecided { self.decided_by } else { Vec::new() };
        Eligibility { program: self.program, topic: self.topic, status, reasons: self.reasons, decided_by }
    }
    #[inline(never)]
    pub fn finish(self) -> Eligibility {
        let status = self.status();
        let decided_by = if status == Status::Undecided { self.decided_by } else { Vec::new() };
        Eligibility { program: self.program, topic: self.topic, status, reasons: self.reasons, decided_by }
    }
}

/// Everything the program files share while they work.
pub(crate) struct Ctx<'a> {
    pub case: &'a Case,
    pub input: &'a Input,
    pub lang: Lang,
    pub out: Outcome,
}

pub(crate) use crate::text::push_item;

/// One run of equal instalments in an explanation: `count × rate × base` when the payment is
/// that product exactly, else `count × payment (rate × base, rounded)`. A benefit paid month by
/// month is the sum of its rounded payments (what the person receives), and the sentence adds
/// up to exactly that figure.
#[inline(never)]
pub(crate) fn push_instalments(parts: &mut String, lang: Lang, count: usize, rate: Decimal, base: Decimal, payment: Decimal) {
    if rate * base == payment {
        push_item(parts, " + ", format_args!("{count} × {} × {}", text::pct(rate, lang), text::rp(base, lang)));
    } else {
        push_item(
            parts,
            " + ",
            format_args!("{count} × {} ({} × {}, {})", text::rp(payment, lang), text::pct(rate, lang), text::rp(base, lang), lang.t("dibulatkan", "rounded")),
        );
    }
}


// Out of line for the same reason as `Check`'s methods.
impl Ctx<'_> {
    /// A fixed sentence in the request's language.
    pub fn text(&self, id: &str, en: &str) -> String {
        text(self.lang, id, en)
    }
    pub fn rp(&self, d: Decimal) -> String {
        text::rp(d, self.lang)
    }
    pub fn pct(&self, d: Decimal) -> String {
        text::pct(d, self.lang)
    }
    pub fn day(&self, d: Date) -> String {
        text::date(d, self.lang)
    }
    pub fn push(&mut self, e: Eligibility) {
        self.out.eligibility.push(e);
    }
    /// Finishes a question and adds it to the response; returns its status.
    #[inline(never)]
    pub fn decide(&mut self, c: Check) -> Status {
        let e = c.finish();
        let status = e.status;
        self.out.eligibility.push(e);
        status
    }
    #[inline(never)]
    pub fn participation(&mut self, program: &'static str, status: Status, code: &'static str, message: String, src: &[Source]) {
        self.out.eligibility.push(Eligibility {
            program,
            topic: "participation",
            status,
            reasons: vec![Reason { code, message, met: Met::Statement, sources: sources(src) }],
            decided_by: Vec::new(),
        });
    }
    #[inline(never)]
    pub fn not_computed(&mut self, program: &'static str, code: &'static str, message: String, src: &[Source]) {
        self.out.not_computed.push(NotComputed { program, code, message, sources: sources(src) });
    }
    #[inline(never)]
    pub fn assume(&mut self, code: &'static str, message: String) {
        if !self.out.assumptions.iter().any(|a| a.code == code) {
            self.out.assumptions.push(Assumption { code, message });
        }
    }
    /// A benefit paid once or monthly, with its sources; `verified` follows the sources.
    #[inline(never)]
    pub fn benefit(&mut self, program: &'static str, kind: &'static str, amount: Decimal, period: &'static str, explanation: String, src: &[Source]) -> &mut Benefit {
        let verified = src.iter().all(|s| s.verified);
        self.out.benefits.push(Benefit {
            program,
            kind,
            amount,
            period,
            months: None,
            from_month: None,
            to_month: None,
            explanation,
            sources: sources(src),
            verified,
            estimate: false,
            schedule: Vec::new(),
            projection: Vec::new(),
            notes: Vec::new(),
        });
        let last = self.out.benefits.len() - 1;
        &mut self.out.benefits[last]
    }
    pub fn birth(&self) -> Option<Date> {
        match &self.case.participant {
            Participant::WageEarner(w) => w.birth_date,
            Participant::SelfEmployed(s) => s.birth_date,
            Participant::Migrant(m) => m.birth_date,
            Participant::Construction(_) => None,
        }
    }
    /// The monthly wage the wage-based JKK and JKM benefits are computed on, how it was found,
    /// and its sources: the wage; for the self-employed, the bracket's nominal income.
    pub fn benefit_wage(&self) -> Option<(Decimal, String, Option<Source>)> {
        match &self.case.participant {
            Participant::WageEarner(w) => Some((w.wage, self.text("upah sebulan", "the monthly wage"), None)),
            Participant::SelfEmployed(s) => {
                let table = law::BPU_BRACKETS.table(self.case.as_of)?;
                let (number, _, _, base, verified) = crate::programs::bpu::bracket(table.rows, s.monthly)?;
                let mut src = table.source;
                src.verified = src.verified && verified;
                Some((
                    base,
                    t!(self.lang, "penghasilan nominal kelompok {number} ({base_rp})", "the nominal income of bracket {number} ({base_rp})", base_rp = self.rp(base)),
                    Some(src),
                ))
            }
            Participant::Construction(ConstructionBasis::Wage(w)) => {
                Some((*w, self.text("upah sebulan", "the monthly wage"), None))
            }
            Participant::Construction(ConstructionBasis::ContractValue(_)) | Participant::Migrant(_) => None,
        }
    }
}

/// The source of a parameter's value as the one-source list that reasons and benefits take,
/// borrowed rather than copied into a new array at every use.
pub(crate) trait OneSource {
    fn src(&self) -> &[Source];
}

impl OneSource for At {
    fn src(&self) -> &[Source] {
        std::slice::from_ref(&self.source)
    }
}

impl OneSource for TableAt {
    fn src(&self) -> &[Source] {
        std::slice::from_ref(&self.source)
    }
}

/// The value of a parameter on a date, or an `outOfCoverage` error naming it.
#[inline(never)]
pub(crate) fn at(p: &'static Param, d: Date, lang: Lang) -> Result<At, Error> {
    p.at(d).ok_or_else(|| missing(p, d, lang))
}

/// The table of a parameter on a date, or an `outOfCoverage` error naming it.
#[inline(never)]
pub(crate) fn table(p: &'static Param, d: Date, lang: Lang) -> Result<TableAt, Error> {
    p.table(d).ok_or_else(|| missing(p, d, lang))
}

#[inline(never)]
fn missing(p: &'static Param, d: Date, lang: Lang) -> Error {
    Error::new(
        Code::OutOfCoverage,
        Some("event.date"),
        format!(
            "{} ({}, {}).",
            lang.t("Data aturan tidak mencakup tanggal ini untuk hitungan ini", "The law data does not cover this date for this calculation"),
            p.name,
            d
        ),
    )
}

/// The source of the version of a parameter in force on a date, if any.
#[inline(never)]
pub(crate) fn source_at(p: &'static Param, d: Date) -> Option<Source> {
    p.version(d).map(|v| v.source)
}

/// Whether the rule is absent (did not exist, or was dropped) on a date; with its source.
pub(crate) fn absent(p: &'static Param, d: Date) -> Option<Source> {
    p.version(d).filter(|v| matches!(v.value, Value::Absent)).map(|v| v.source)
}

/// A whole number of a table cell (codes, months), or None.
pub(crate) fn cell_int(row: &law::Row, i: usize) -> Option<i64> {
    whole(*row.cells.get(i)?)
}

pub(crate) use crate::money::whole;


/// A product that stays within exact decimals, or an error naming the field that made it
/// too large.
pub(crate) fn mul(a: Decimal, b: Decimal, field: &str, lang: Lang) -> Result<Decimal, Error> {
    crate::money::mul(a, b).ok_or_else(|| too_large(field, lang))
}

pub(crate) fn add(a: Decimal, b: Decimal, field: &str, lang: Lang) -> Result<Decimal, Error> {
    crate::money::add(a, b).ok_or_else(|| too_large(field, lang))
}

#[inline(never)]
pub(crate) fn too_large(field: &str, lang: Lang) -> Error {
    Error::new(
        Code::InvalidInput,
        Some(field),
        text(lang, "Hasil hitungan menjadi terlalu besar; perkecil nilai ini.", "The calculation grows too large; use a smaller value here."),
    )
}

/// Evaluates eligibility and benefits for a validated case.
pub fn evaluate(case: &Case, input: &Input) -> Result<Outcome, Error> {
    let mut ctx = Ctx { case, input, lang: case.lang, out: Outcome::default() };
    if let Some(e) = &input.event {
        if !e.date_given {
            ctx.assume(
                "eventDateIsAsOf",
                t!(ctx.lang, "Tanggal kejadian tidak diisi: dipakai tanggal perhitungan ({as_of}).", "No event date given: the date of the calculation ({as_of}) is used.", as_of = ctx.day(case.as_of)),
            );
        }
    }
    jkk::evaluate(&mut ctx)?;
    jkm::evaluate(&mut ctx)?;
    jht::evaluate(&mut ctx)?;
    jp::evaluate(&mut ctx)?;
    jkp::evaluate(&mut ctx)?;
    // A program the person does not take part in has no benefit to compute: say so here too,
    // so that nothing is silently missing.
    let out = &mut ctx.out;
    for e in &out.eligibility {
        if let (true, Some(r)) = (e.topic == "participation" && e.status == Status::NotAvailable, e.reasons.first()) {
            out.not_computed.push(NotComputed { program: e.program, code: r.code, message: r.message.clone(), sources: r.sources.clone() });
        }
    }
    let summary = protection::summary(case, input, &ctx.out)?;
    ctx.out.protection = Some(summary);
    Ok(ctx.out)
}
