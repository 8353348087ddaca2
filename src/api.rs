//! The serde types of the response (shared/design/contract.md, docs/contract-benefits.md,
//! docs/contract-sponsor.md): the contributions here, the benefits in `outcome` and
//! `protection`, the sponsor's budget in `budget`. No logic lives here, and nothing here names
//! the modules that fill these types. Money is serialised as a JSON string of the exact decimal.

pub mod budget;
pub mod outcome;
pub mod protection;

pub use budget::Budget;
pub use outcome::Outcome;
pub use protection::Protection;

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

/// Money and rates cross every door as strings: `"5000000"`, `"0.0024"`.
pub fn dec_str<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(crate::text::plain(*d).as_str())
}

pub fn opt_dec_str<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(crate::text::plain(*d).as_str()),
        None => s.serialize_none(),
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Response {
    pub as_of: String,
    pub segment: &'static str,
    pub lang: &'static str,
    pub rules: RulesInfo,
    pub contributions: Contributions,
    /// Eligibility, benefits and what was not computed (src/benefits), flattened in.
    #[serde(flatten)]
    pub outcome: Outcome,
    /// A sponsor budget (docs/contract-sponsor.md), when the request has `sponsor`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sponsor: Option<Budget>,
    pub warnings: Vec<Notice>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesInfo {
    pub coverage_from: &'static str,
    pub verified_until: &'static str,
    /// The version of the law data, and a hash of its files, so a tampered copy shows.
    pub version: &'static str,
    pub data_hash: &'static str,
    pub notes: &'static [&'static str],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Contributions {
    pub lines: Vec<Line>,
    pub total: Shares,
    /// For the self-employed: the monthly total divided by the days of a month (a convention).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_day: Option<Shares>,
    /// Programs that are not in `lines`, and why.
    pub not_included: Vec<Excluded>,
    /// For the self-employed: the income bracket the declared income fell in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bracket: Option<Bracket>,
    /// For the self-employed: how a daily or weekly income became the monthly figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income: Option<IncomeConversion>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Shares {
    #[serde(serialize_with = "dec_str")]
    pub employer: Decimal,
    #[serde(serialize_with = "dec_str")]
    pub worker: Decimal,
    #[serde(serialize_with = "dec_str")]
    pub government: Decimal,
    #[serde(serialize_with = "dec_str")]
    pub total: Decimal,
}

impl Line {
    pub fn shares(&self) -> Shares {
        Shares {
            employer: self.employer,
            worker: self.worker,
            government: self.government,
            total: self.total,
        }
    }
}

impl Shares {
    // `a = a + b` rather than `+=`: Decimal's AddAssign is a second inlined copy of the whole
    // addition in the wasm.
    pub fn add(&mut self, o: &Shares) {
        self.employer = self.employer + o.employer;
        self.worker = self.worker + o.worker;
        self.government = self.government + o.government;
        self.total = self.total + o.total;
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    pub program: &'static str,
    pub period: &'static str,
    #[serde(serialize_with = "opt_dec_str")]
    pub base: Option<Decimal>,
    #[serde(serialize_with = "opt_dec_str")]
    pub rate: Option<Decimal>,
    #[serde(serialize_with = "dec_str")]
    pub employer: Decimal,
    #[serde(serialize_with = "dec_str")]
    pub worker: Decimal,
    #[serde(serialize_with = "dec_str")]
    pub government: Decimal,
    #[serde(serialize_with = "dec_str")]
    pub total: Decimal,
    pub sources: Vec<SourceRef>,
    /// The arithmetic in words; left out with `detail: "amounts"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    /// A relief regime that lowered this line, with the amount without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relief: Option<ReliefApplied>,
    /// Parts of other programs' payments redirected into this one (JKP recomposition).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub redirected: Vec<Redirected>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceRef {
    pub instrument: &'static str,
    pub article: &'static str,
    pub verified: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReliefApplied {
    pub id: &'static str,
    pub instrument: &'static str,
    #[serde(serialize_with = "dec_str")]
    pub factor: Decimal,
    pub from: String,
    pub until: String,
    /// What this line would cost without the relief.
    #[serde(serialize_with = "dec_str")]
    pub full_amount: Decimal,
    pub verified: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Redirected {
    pub from: &'static str,
    #[serde(serialize_with = "dec_str")]
    pub rate: Decimal,
    #[serde(serialize_with = "dec_str")]
    pub amount: Decimal,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Excluded {
    pub program: &'static str,
    pub code: &'static str,
    pub message: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bracket {
    /// 1-based position in the table.
    pub number: usize,
    #[serde(serialize_with = "dec_str")]
    pub from: Decimal,
    /// The highest income in the bracket (null for the top bracket).
    #[serde(serialize_with = "opt_dec_str")]
    pub to: Option<Decimal>,
    #[serde(serialize_with = "dec_str")]
    pub base: Decimal,
    pub verified: bool,
    /// Left out with `detail: "amounts"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explanation: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IncomeConversion {
    #[serde(serialize_with = "dec_str")]
    pub given: Decimal,
    pub per: &'static str,
    #[serde(serialize_with = "dec_str")]
    pub monthly: Decimal,
    /// Left out with `detail: "amounts"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explanation: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub code: &'static str,
    pub message: String,
}
