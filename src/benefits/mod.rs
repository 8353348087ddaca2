//! Benefits and eligibility: what the worker and the family get, and why (not).
//! (Filled in by the benefits work; until then it adds nothing to the response.)

use crate::case::Case;
use crate::error::Error;
use crate::raw::Raw;
use serde::Serialize;

/// Request keys read here (not by `case.rs`), with the segments they belong to (bit set as in
/// `case::FIELDS`).
pub const FIELDS: &[(&str, u8)] = &[];

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub eligibility: Vec<serde_json_free::Empty>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub benefits: Vec<serde_json_free::Empty>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_computed: Vec<serde_json_free::Empty>,
}

pub mod serde_json_free {
    #[derive(Debug, Clone, serde::Serialize)]
    pub struct Empty {}
}

/// Evaluates eligibility and benefits for a validated case.
pub fn evaluate(_request: &Raw, _case: &Case) -> Result<Outcome, Error> {
    Ok(Outcome::default())
}
