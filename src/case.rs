//! The validated case: the typed facts of one request (`read` builds them from the raw request;
//! nothing after it sees raw input). A request is one person's case, with the benefit questions
//! (`questions`), or a sponsor's budget over groups of workers.

use crate::date::Date;
use crate::law;
use crate::questions::Input;
use crate::text::{self, pick, Lang};
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    WageEarner,
    SelfEmployed,
    Construction,
    Migrant,
}

impl Segment {
    pub fn code(self) -> &'static str {
        match self {
            Segment::WageEarner => "wageEarner",
            Segment::SelfEmployed => "selfEmployed",
            Segment::Construction => "construction",
            Segment::Migrant => "migrant",
        }
    }
    pub fn bit(self) -> u8 {
        match self {
            Segment::WageEarner => W,
            Segment::SelfEmployed => S,
            Segment::Construction => C,
            Segment::Migrant => M,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnterpriseSize {
    Micro,
    Small,
    Medium,
    Large,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncomePer {
    Day,
    Week,
    Month,
}

#[derive(Debug, Clone)]
pub struct WageEarner {
    pub wage: Decimal,
    pub risk_group: u8,
    pub size: EnterpriseSize,
    pub birth_date: Option<Date>,
    pub labor_intensive: bool,
}

#[derive(Debug, Clone)]
pub struct SelfEmployed {
    /// The income as the worker gave it, and per what.
    pub given: Decimal,
    pub per: IncomePer,
    /// The monthly income the brackets are applied to.
    pub monthly: Decimal,
    pub include_jht: bool,
    pub occupation: &'static law::Occupation,
    pub public_budget: bool,
    /// Whether the worker employs others (`employsOthers`); None when not said. PP 50/2025's
    /// discount is for workers on their own account only (Pasal 3 ayat (4)).
    pub employs_others: Option<bool>,
    pub birth_date: Option<Date>,
}

#[derive(Debug, Clone, Copy)]
pub enum ConstructionBasis {
    Wage(Decimal),
    ContractValue(Decimal),
}

#[derive(Debug, Clone)]
pub struct Migrant {
    pub contract_months: u8,
    pub extension_months: u32,
    /// The voluntary JHT amount a month, when chosen.
    pub jht_monthly: Option<Decimal>,
    pub birth_date: Option<Date>,
}

#[derive(Debug, Clone)]
pub enum Participant {
    WageEarner(WageEarner),
    SelfEmployed(SelfEmployed),
    Construction(ConstructionBasis),
    Migrant(Migrant),
}

#[derive(Debug, Clone)]
pub struct Case {
    pub as_of: Date,
    pub lang: Lang,
    pub participant: Participant,
    /// Notices found while reading the request (e.g. a date past the verified data).
    pub warnings: Vec<(&'static str, String)>,
    pub detail: Detail,
}

/// How much the response says. `Amounts` keeps every figure and source but leaves out the
/// sentences (explanations, notes) and the benefits and eligibility: the form for payrolls and
/// bulk runs, where the figures are what is read and the text would be most of the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    Full,
    Amounts,
}

impl Case {
    /// The case's warnings as the response lists them (one loop for the calculation and the
    /// sponsor budget, instead of a map/collect of each in the wasm).
    pub fn notices(&self) -> Vec<crate::api::Notice> {
        let mut out = Vec::with_capacity(self.warnings.len());
        for (code, message) in &self.warnings {
            out.push(crate::api::Notice { code, message: message.clone() });
        }
        out
    }

    /// Whether sentences are to be written.
    pub fn explain(&self) -> bool {
        self.detail == Detail::Full
    }

    pub fn segment(&self) -> Segment {
        match self.participant {
            Participant::WageEarner(_) => Segment::WageEarner,
            Participant::SelfEmployed(_) => Segment::SelfEmployed,
            Participant::Construction(_) => Segment::Construction,
            Participant::Migrant(_) => Segment::Migrant,
        }
    }
}

pub const W: u8 = 1;
pub const S: u8 = 2;
pub const C: u8 = 4;
pub const M: u8 = 8;
pub const ALL: u8 = W | S | C | M;


/// A request read into typed facts.
#[derive(Debug, Clone)]
pub enum Request {
    /// One person: the case, and the benefit questions (None when the response leaves the
    /// benefits out, `detail: "amounts"`).
    One { case: Case, questions: Option<Input> },
    /// A sponsor's budget (built with the `bulk` feature; without it the reader refuses one).
    #[cfg(feature = "bulk")]
    Sponsor(Sponsor),
}

/// A sponsor's budget: the top level read as one self-employed worker's case (date, language,
/// detail, public budget), the months, and the groups.
#[derive(Debug, Clone)]
pub struct Sponsor {
    pub top: Case,
    pub months: u32,
    pub groups: Vec<SponsorGroup>,
}

/// One group of workers priced alike.
#[derive(Debug, Clone)]
pub struct SponsorGroup {
    /// Its place in `sponsor.groups`, for the paths of errors.
    pub index: usize,
    pub count: u32,
    pub income: GroupIncome,
    pub occupation: &'static law::Occupation,
    pub include_jht: bool,
}

/// A group's income: given (as for one worker), or a bracket whose base is read by the month.
#[derive(Debug, Clone, Copy)]
pub enum GroupIncome {
    Given { per: IncomePer, amount: Decimal, monthly: Decimal },
    Bracket(usize),
}

/// The notices a date brings: a date past the day the rules were last checked.
pub fn date_notices(as_of: Date, lang: Lang) -> Vec<(&'static str, String)> {
    let mut warnings = Vec::new();
    let until = law::verified_until();
    if as_of > until {
        warnings.push((
            "afterVerifiedUntil",
            {
                let (until, as_of) = (text::date(until, lang), text::date(as_of, lang));
                pick(
                    lang,
                    format_args!("Aturan terakhir diperiksa pada {until}; untuk {as_of} dipakai aturan yang berlaku saat itu, yang mungkin sudah berubah (misalnya batas upah JP tiap Maret)."),
                    format_args!("The rules were last checked on {until}; for {as_of} the rules in force then are used, and they may have changed (the JP wage cap changes each March, for example)."),
                )
            },
        ));
    }
    warnings
}
