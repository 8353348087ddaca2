//! The law as dated data. Every figure lives in the TOML files beside this one, each value
//! with the date it takes effect, its instrument and article, a confidence mark and a
//! `lastVerified` stamp; `build.rs` validates them and turns them into the tables below.
//! Formulas read values only through [`Param::at`], by date.

use crate::date::Date;
use rust_decimal::Decimal;

/// Where a value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// A key of [`INSTRUMENTS`], e.g. `"PP 44/2015"`.
    pub instrument: &'static str,
    pub article: &'static str,
    /// False where the figure is not confirmed by the regulation's text or two sources.
    pub verified: bool,
    /// YYYYMMDD of the last time someone confirmed the value still holds.
    pub last_verified: u32,
}

#[derive(Debug, Clone, Copy)]
pub struct Row {
    pub cells: &'static [Decimal],
    pub verified: bool,
}

#[derive(Debug, Clone, Copy)]
pub enum Value {
    Scalar(Decimal),
    /// The rule does not exist in this period (e.g. JKP before PP 37/2021).
    Absent,
    Table(&'static [Row]),
}

#[derive(Debug)]
pub struct Version {
    /// YYYYMMDD from which this value applies, until the next version's date.
    pub from: u32,
    pub value: Value,
    pub source: Source,
}

#[derive(Debug)]
pub struct Param {
    pub name: &'static str,
    pub versions: &'static [Version],
}

#[derive(Debug)]
pub struct Instrument {
    pub id: &'static str,
    pub title_id: &'static str,
    pub title_en: &'static str,
    pub date: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Program {
    Jkk,
    Jkm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    WageEarner,
    SelfEmployed,
    Construction,
    AllButMigrant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReliefCondition {
    Always,
    LaborIntensive,
    /// A BPU transport worker on their own account (outside an employment relationship), not
    /// paid from a state or regional budget (PP 50/2025 Pasal 3 ayat (4)-(5)).
    TransportOwnAccountNotPublicBudget,
    /// Any other BPU worker on their own account, not paid from a state or regional budget.
    OtherOwnAccountNotPublicBudget,
}

/// A temporary relief regime: the listed programs cost `factor` of the normal amount for the
/// contribution months `from..=to` (YYYYMMDD), for participants meeting `condition`.
#[derive(Debug)]
pub struct Relief {
    pub id: &'static str,
    pub from: u32,
    pub to: u32,
    pub factor: Decimal,
    pub programs: &'static [Program],
    pub segment: SegmentKind,
    pub condition: ReliefCondition,
    pub source: Source,
}

/// What an informal worker does, in plain words, and whether PP 50/2025 counts it as transport.
#[derive(Debug)]
pub struct Occupation {
    pub code: &'static str,
    pub name_id: &'static str,
    pub name_en: &'static str,
    pub transport: bool,
    pub source: Source,
}

include!(concat!(env!("OUT_DIR"), "/law_data.rs"));

/// A value in force on a date, with its source.
#[derive(Debug, Clone, Copy)]
pub struct At {
    pub value: Decimal,
    pub source: Source,
}

/// A table in force on a date, with its source.
#[derive(Debug, Clone, Copy)]
pub struct TableAt {
    pub rows: &'static [Row],
    pub source: Source,
}

impl Param {
    /// The day the first version with a value (not absent) takes effect: when the rule began.
    pub fn first_in_force(&self) -> Option<Date> {
        self.versions.iter().find(|v| !matches!(v.value, Value::Absent)).map(|v| Date::from_key(v.from))
    }

    /// The day the version after the one in force on `date` takes effect, if any.
    pub fn next_change(&self, date: Date) -> Option<Date> {
        let key = date.key();
        self.versions.iter().find(|v| v.from > key).map(|v| Date::from_key(v.from))
    }

    /// The version in force on `date`, or None before coverage.
    pub fn version(&self, date: Date) -> Option<&'static Version>
    where
        Self: 'static,
    {
        let key = date.key();
        let i = self.versions.partition_point(|v| v.from <= key);
        i.checked_sub(1).map(|i| &self.versions[i])
    }

    /// The scalar in force on `date`; None before coverage, where the rule is absent, or if
    /// the parameter is a table.
    pub fn at(&'static self, date: Date) -> Option<At> {
        let v = self.version(date)?;
        match v.value {
            Value::Scalar(value) => Some(At { value, source: v.source }),
            _ => None,
        }
    }

    /// The table in force on `date`.
    pub fn table(&'static self, date: Date) -> Option<TableAt> {
        let v = self.version(date)?;
        match v.value {
            Value::Table(rows) => Some(TableAt { rows, source: v.source }),
            _ => None,
        }
    }
}

pub fn coverage_from() -> Date {
    Date::from_key(COVERAGE_FROM)
}

pub fn verified_until() -> Date {
    Date::from_key(VERIFIED_UNTIL)
}

pub fn instrument(id: &str) -> Option<&'static Instrument> {
    INSTRUMENTS.iter().find(|i| i.id == id)
}

pub fn occupation(code: &str) -> Option<&'static Occupation> {
    OCCUPATIONS.iter().find(|o| o.code == code)
}

/// The relief regime that applies to a program on a date for a segment, if any.
pub fn relief(
    date: Date,
    program: Program,
    segment: SegmentKind,
    meets: impl Fn(ReliefCondition) -> bool,
) -> Option<&'static Relief> {
    let key = date.key();
    RELIEFS.iter().find(|r| {
        r.from <= key
            && key <= r.to
            && r.programs.contains(&program)
            && (r.segment == segment || r.segment == SegmentKind::AllButMigrant)
            && meets(r.condition)
    })
}
