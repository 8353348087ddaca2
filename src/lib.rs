//! # bpjstk-calc
//!
//! Contributions of BPJS Ketenagakerjaan (Indonesia's workers' social security) for wage
//! earners, self-employed and informal workers, construction projects and migrant workers,
//! for any date from 1 July 2015, each figure dated and cited.
//!
//! The map: a request ([`raw::Raw`]) → typed facts ([`read`] makes a [`case::Request`]) → the
//! law in force on the date ([`law`]) → each program's lines ([`programs`]), the benefits
//! ([`benefits`]), a sponsor's budget ([`sponsor`]) → a [`api::Response`].
//!
//! ```
//! let request = r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"5000000",
//!                   "riskGroup":1,"enterpriseSize":"large"}"#;
//! let response = bpjstk_calc::calculate_json(request).unwrap();
//! assert_eq!(response.contributions.total.total.to_string(), "473000");
//! ```

/// A sentence in the request's language: `say!(lang, id, en)` evaluates (formats) only the
/// one that is returned.
#[macro_export]
macro_rules! say {
    ($lang:expr, $id:expr, $en:expr $(,)?) => {
        match $lang {
            $crate::text::Lang::Id => $id,
            $crate::text::Lang::En => $en,
        }
    };
}

pub mod api;
pub mod benefits;
pub mod bulk;
pub mod case;
pub mod conventions;
pub mod date;
pub mod error;
pub mod json;
pub mod law;
pub mod money;
pub mod programs;
pub mod questions;
pub mod raw;
pub mod read;
pub mod rules;
pub mod sponsor;
pub mod sponsor_csv;
pub mod statement;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

/// The page's module (feature `small_alloc`): a free list that coalesces neighbours, sorted by
/// address, instead of dlmalloc. A wasm instance has one thread.
#[cfg(all(target_arch = "wasm32", feature = "small_alloc"))]
#[global_allocator]
// SAFETY: WebAssembly instances built by this crate run on one thread (no shared memory, no
// atomics), which is what AssumeSingleThreaded requires.
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

pub use api::Response;
pub use error::{Code, Error};
pub use raw::Raw;

use api::{Contributions, Shares};

/// Computes a response for a request of the contract.
pub fn calculate(request: &Raw) -> Result<Response, Error> {
    match read::read(request)? {
        case::Request::One { case, questions } => respond(&case, questions.as_ref()),
        #[cfg(feature = "bulk")]
        case::Request::Sponsor(s) => {
            let (budget, warnings) = sponsor::calculate(&s)?;
            let lang = s.top.lang;
            Ok(Response {
                as_of: s.top.as_of.iso(),
                segment: "selfEmployed",
                lang: lang.code(),
                rules: rules::rules_info(lang),
                contributions: Contributions {
                    lines: Vec::new(),
                    total: Shares::default(),
                    per_day: None,
                    not_included: Vec::new(),
                    bracket: None,
                    income: None,
                },
                outcome: api::Outcome::default(),
                sponsor: Some(budget),
                warnings,
            })
        }
    }
}

/// The response to one person's case: the contributions, and the benefits when asked.
fn respond(case: &case::Case, questions: Option<&questions::Input>) -> Result<Response, Error> {
    let out = programs::contributions(case)?;
    let outcome = match questions {
        #[cfg(feature = "benefits")]
        Some(input) => benefits::evaluate(case, input)?,
        _ => api::Outcome::default(),
    };
    let mut total = Shares::default();
    for l in &out.lines {
        total.add(&l.shares());
    }
    let per_day = matches!(case.participant, case::Participant::SelfEmployed(_)).then(|| programs::bpu::per_day(&total));
    let lang = case.lang;
    let mut warnings = case.notices();
    warnings.extend(out.warnings);
    Ok(Response {
        as_of: case.as_of.iso(),
        segment: case.segment().code(),
        lang: lang.code(),
        rules: rules::rules_info(lang),
        contributions: Contributions {
            lines: out.lines,
            total,
            per_day,
            not_included: out.excluded,
            bracket: out.bracket,
            income: out.income,
        },
        outcome,
        sponsor: None,
        warnings,
    })
}

/// Parses JSON text and computes (native builds; the wasm takes JS objects instead).
#[cfg(not(target_arch = "wasm32"))]
pub fn calculate_json(request: &str) -> Result<Response, Error> {
    let raw: Raw = serde_json::from_str(request).map_err(|e| {
        Error::new(
            Code::InvalidInput,
            None,
            format!("Permintaan bukan JSON yang sah / the request is not valid JSON: {e}"),
        )
    })?;
    calculate(&raw)
}

/// Computes and serialises: the response, or `{"error": …}` (native builds).
#[cfg(not(target_arch = "wasm32"))]
pub fn calculate_to_string(request: &str, pretty: bool) -> (bool, String) {
    let (ok, value) = match calculate_json(request) {
        Ok(r) => (true, to_json(&r, pretty)),
        Err(e) => (false, to_json(&error::ErrorEnvelope { error: &e }, pretty)),
    };
    (ok, value.unwrap_or_else(|| r#"{"error":{"code":"invalidInput","message":"serialisation failed"}}"#.to_owned()))
}

/// JSON text of a response or an error: compact by the fast writer (src/json.rs), indented by
/// serde_json (native builds).
#[cfg(not(target_arch = "wasm32"))]
pub fn to_json<T: serde::Serialize>(value: &T, pretty: bool) -> Option<String> {
    if pretty {
        serde_json::to_string_pretty(value).ok()
    } else {
        json::to_string(value).ok()
    }
}
