//! The error of the contract: a code, the field it concerns, and a message in the request's
//! language.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Code {
    /// A value of the wrong type, shape or range.
    InvalidInput,
    /// A key that the contract does not know (a typo must never be ignored).
    UnknownField,
    /// A date that the law data does not cover.
    OutOfCoverage,
    /// A field or program that does not exist for the segment or the date.
    NotApplicable,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidInput => "invalidInput",
            Code::UnknownField => "unknownField",
            Code::OutOfCoverage => "outOfCoverage",
            Code::NotApplicable => "notApplicable",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Error {
    pub code: Code,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    pub message: String,
}

impl Error {
    pub fn new(code: Code, field: Option<&str>, message: String) -> Error {
        Error { code, field: field.map(str::to_owned), message }
    }
}

/// `{"error": {...}}`, the shape the command line prints.
#[derive(Serialize)]
pub struct ErrorEnvelope<'a> {
    pub error: &'a Error,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{} ({}): {}", self.code.as_str(), field, self.message),
            None => write!(f, "{}: {}", self.code.as_str(), self.message),
        }
    }
}

impl std::error::Error for Error {}
