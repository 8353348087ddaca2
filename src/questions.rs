//! The benefit questions of a request as typed facts: the contribution record, the event, the
//! family, the projection's assumptions. `read` fills them from the request; `benefits` answers
//! them.

use crate::date::Date;
use rust_decimal::Decimal;

/// The most contribution months a history may give (100 years).
pub const MAX_MONTHS: i128 = 1200;
/// The most months of temporary incapacity priced month by month (10 years).
pub const MAX_INCAPACITY_MONTHS: i128 = 120;
/// The most children listed.
pub const MAX_CHILDREN: usize = 10;
/// Largest JHT balance accepted: Rp10 trillion.
pub const MAX_BALANCE: Decimal = Decimal::from_parts(1_316_134_912, 2_328, 0, false, 0); // 1e13
/// Assumed rates (wage growth, JHT return) must lie within ±50% a year.
pub const MAX_RATE: Decimal = Decimal::from_parts(5, 0, 0, false, 1);
/// The most years of JP wage history.
pub const MAX_WAGE_YEARS: usize = 60;
/// Target ages for the JHT projection.
pub const TARGET_AGE: (i128, i128) = (15, 80);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Death,
    WorkAccidentDeath,
    Disability,
    TemporaryIncapacity,
    /// A work accident survived: care, wage replacement while unable to work, transport.
    WorkAccident,
    JobLoss,
    Retirement,
    Resignation,
    LeavingIndonesia,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisabilityKind {
    TotalPermanent,
    PartialAnatomical,
    PartialFunctional,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// PHK by the employer.
    Layoff,
    /// A fixed-term contract (PKWT) ended by the employer before its term.
    ContractEndedEarly,
    /// A fixed-term contract that ran to its term.
    ContractExpired,
    Resignation,
    Retirement,
    TotalPermanentDisability,
    Death,
}

impl Cause {
    pub fn code(self) -> &'static str {
        match self {
            Cause::Layoff => "layoff",
            Cause::ContractEndedEarly => "contractEndedEarly",
            Cause::ContractExpired => "contractExpired",
            Cause::Resignation => "resignation",
            Cause::Retirement => "retirement",
            Cause::TotalPermanentDisability => "totalPermanentDisability",
            Cause::Death => "death",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    NotInSchool,
    Tk,
    Sd,
    Smp,
    Sma,
    Higher,
}

impl Level {
    /// The level code of the scholarship table (1 TK … 5 higher education).
    pub fn table_code(self) -> i64 {
        match self {
            Level::NotInSchool | Level::Tk => 1,
            Level::Sd => 2,
            Level::Smp => 3,
            Level::Sma => 4,
            Level::Higher => 5,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct History {
    pub months: Option<u32>,
    /// The 24 months before the event (or `asOf`), oldest first: true = contribution paid.
    pub last24: Option<[bool; 24]>,
    pub membership_start: Option<Date>,
    pub average_indexed_wage: Option<Decimal>,
    /// JP wage history: (year, monthly wage, that year's inflation), years increasing.
    pub jp_wages: Vec<(i32, Decimal, Decimal)>,
}

#[derive(Debug, Clone)]
pub struct Disability {
    pub kind: DisabilityKind,
    pub item: Option<&'static str>,
    pub percentage: Option<Decimal>,
    pub function_lost: Option<Decimal>,
    pub left_handed: bool,
    pub work_related: bool,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub kind: EventKind,
    pub date: Date,
    /// False when the date was not given and `asOf` stands for it.
    pub date_given: bool,
    pub disability: Option<Disability>,
    pub incapacity_months: Option<u32>,
    pub cause: Option<Cause>,
    pub claim_date: Option<Date>,
}

#[derive(Debug, Clone, Copy)]
pub struct Child {
    pub level: Option<Level>,
    pub age: Option<u32>,
}

#[derive(Debug, Clone, Default)]
pub struct Family {
    pub given: bool,
    pub spouse: Option<bool>,
    pub children: Vec<Child>,
    pub parents: Option<bool>,
}

#[derive(Debug, Clone)]
pub struct Assumptions {
    pub wage_growth: Decimal,
    pub wage_growth_given: bool,
    pub jht_return: Decimal,
    pub jht_return_given: bool,
    pub target_age: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Citizenship {
    Wni,
    Wna,
}

#[derive(Debug, Clone)]
pub struct Input {
    /// `member`: already a member (true) or about to join (false); None when not said.
    pub member: Option<bool>,
    pub history: History,
    pub event: Option<Event>,
    pub jht_balance: Option<Decimal>,
    pub assumptions: Assumptions,
    pub citizenship: Option<Citizenship>,
    pub family: Family,
}

/// Default assumptions of the projections (not law: the engine's choices, stated in each
/// response that uses them). A JHT return of 5% a year sits below every yield BPJS announced
/// for 2016–2020 (5.59%–7.82%, reference §5.4); wages are kept at today's level unless told.
pub const DEFAULT_JHT_RETURN: Decimal = Decimal::from_parts(5, 0, 0, false, 2);
pub const DEFAULT_WAGE_GROWTH: Decimal = Decimal::ZERO;

/// The partial-disability items of the annex that a source printed (reference §5.1), by the
/// code the request uses and the item number of `jkk_disability_table`.
pub const DISABILITY_ITEMS: &[(&str, i64, &str, &str)] = &[
    ("bothEyes", 1, "kedua mata", "both eyes"),
    ("oneEye", 2, "satu mata, atau diplopia pada penglihatan dekat", "one eye, or diplopia at near vision"),
    ("hearingBothEars", 3, "pendengaran kedua telinga", "hearing in both ears"),
    ("hearingOneEar", 4, "pendengaran satu telinga", "hearing in one ear"),
    ("oneEarlobe", 5, "satu daun telinga", "one earlobe"),
    ("bothEarlobes", 6, "kedua daun telinga", "both earlobes"),
    ("nostril", 7, "cuping hidung", "nostril"),
    ("nasalSeptum", 8, "perforasi sekat rongga hidung", "perforated nasal septum"),
    ("smell", 9, "indera penciuman", "sense of smell"),
    ("partialSight", 10, "kehilangan sebagian penglihatan", "partial loss of sight"),
    ("colourVision", 11, "penglihatan warna", "colour vision"),
    ("visualField10", 12, "10% lapang pandang", "10% of the visual field"),
    ("rightArmShoulder", 13, "lengan kanan dari bahu ke bawah", "right arm from the shoulder down"),
    ("leftArmShoulder", 14, "lengan kiri dari bahu ke bawah", "left arm from the shoulder down"),
];

impl Input {
    /// No benefit question asked: no history, event, balance, family; default assumptions.
    pub fn none() -> Input {
        Input {
            member: None,
            history: History::default(),
            event: None,
            jht_balance: None,
            assumptions: Assumptions {
                wage_growth: DEFAULT_WAGE_GROWTH,
                wage_growth_given: false,
                jht_return: DEFAULT_JHT_RETURN,
                jht_return_given: false,
                target_age: None,
            },
            citizenship: None,
            family: Family::default(),
        }
    }
}
