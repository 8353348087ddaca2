//! The benefits part of the response (`eligibility`, `benefits`, `notComputed`, `assumptions`,
//! `protection`; docs/contract-benefits.md): filled by `benefits`.

use super::{dec_str, SourceRef};
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    pub eligibility: Vec<Eligibility>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub benefits: Vec<Benefit>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_computed: Vec<NotComputed>,
    /// Defaults used where the request was silent, and the conventions of the projections.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assumptions: Vec<Assumption>,
    /// What each covered risk would bring on `asOf`, without an event (`protection`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protection: Option<super::protection::Protection>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    Mandatory,
    Optional,
    NotAvailable,
    Eligible,
    NotEligible,
    Undecided,
}

/// One question about one program: taking part (`topic: "participation"`) or one benefit.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Eligibility {
    pub program: &'static str,
    pub topic: &'static str,
    pub status: Status,
    pub reasons: Vec<Reason>,
    /// For an undecided status: the request fields that would decide it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub decided_by: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    pub code: &'static str,
    pub message: String,
    /// Whether this condition is met (absent for a plain statement; null when unknown).
    #[serde(skip_serializing_if = "Met::is_statement")]
    pub met: Met,
    pub sources: Vec<SourceRef>,
}

/// A condition's state: met, not met, unknown; or a statement that is no condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Met {
    Yes,
    No,
    Unknown,
    Statement,
}

impl Met {
    fn is_statement(&self) -> bool {
        *self == Met::Statement
    }
}

impl Serialize for Met {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Met::Yes => s.serialize_bool(true),
            Met::No => s.serialize_bool(false),
            _ => s.serialize_none(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Benefit {
    pub program: &'static str,
    /// What is paid: `deathBenefit`, `funeral`, `periodic`, `scholarship`, `stmb`, …
    pub kind: &'static str,
    #[serde(serialize_with = "dec_str")]
    pub amount: Decimal,
    /// `"once"`, `"month"` (a monthly amount), or `"max"` (a ceiling on a reimbursement).
    pub period: &'static str,
    /// For monthly amounts: how many months (when the law fixes it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// For a monthly amount paid over a span of months (wage replacement by month): the first
    /// month of the span, and the last (absent when open-ended).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_month: Option<u32>,
    pub explanation: String,
    pub sources: Vec<SourceRef>,
    /// False when any source of the figure is not confirmed by the regulation or two sources.
    pub verified: bool,
    /// True for projections and figures that rest on the request's assumptions.
    pub estimate: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub schedule: Vec<Step>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub projection: Vec<Point>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// One month of a benefit paid month by month (JKP, STMB).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    pub month: u32,
    /// The day the payment is taken to fall on (a convention; see `assumptions`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(serialize_with = "dec_str")]
    pub rate: Decimal,
    #[serde(serialize_with = "dec_str")]
    pub amount: Decimal,
    pub instrument: &'static str,
}

/// One point of the JHT projection.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    pub year: i32,
    pub age: i32,
    #[serde(serialize_with = "dec_str")]
    pub balance: Decimal,
    /// Contributions paid in since the start of the projection.
    #[serde(serialize_with = "dec_str")]
    pub contributed: Decimal,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NotComputed {
    pub program: &'static str,
    pub code: &'static str,
    pub message: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Assumption {
    pub code: &'static str,
    pub message: String,
}
