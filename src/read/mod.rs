//! The one reader: the raw request ([`Raw`]) becomes typed facts ([`Request`]): the case of
//! one person with the benefit questions, or a sponsor's budget with its groups. It owns every
//! key of the contract (a key it does not know is refused, naming it), refuses a key given
//! twice, and names each refusal by the field's path (`riskGroup`, `event.kind`,
//! `sponsor.groups[0].count`). Nothing after it sees [`Raw`].
//!
//! Reading stops at the first refusal, in this order: a key given twice; for a sponsor's
//! budget its top level, its groups' shapes, its months, then each group's fields; otherwise
//! the keys and the segment, the date, the segment's fields, then (for a response with
//! sentences) the benefit questions. A build without the `bulk` feature refuses a sponsor's
//! budget, and one without `benefits` refuses the benefit questions, each naming the key.

mod case;
mod fields;
mod questions;
mod sponsor;

pub(crate) use sponsor::in_group;
pub use sponsor::GROUP_KEYS;

use crate::case::Request;
use crate::error::{Code, Error};
use crate::raw::Raw;

/// The keys of the case, each with the segments it belongs to (bits of `case::W`, `S`, `C`,
/// `M`).
pub const FIELDS: &[(&str, u8)] = case::FIELDS;
/// The keys of the benefit questions.
pub const QUESTION_FIELDS: &[(&str, u8)] = questions::FIELDS;

/// Request keys read beside the case's: the benefit questions and the sponsor's budget.
const EXTRA_FIELDS: [(&str, u8); questions::FIELDS.len() + sponsor::FIELDS.len()] = {
    let mut out = [("", 0u8); questions::FIELDS.len() + sponsor::FIELDS.len()];
    let mut i = 0;
    while i < questions::FIELDS.len() {
        out[i] = questions::FIELDS[i];
        i += 1;
    }
    let mut j = 0;
    while j < sponsor::FIELDS.len() {
        out[i + j] = sponsor::FIELDS[j];
        j += 1;
    }
    out
};

/// Reads a request of the contract.
pub fn read(request: &Raw) -> Result<Request, Error> {
    if let Some(path) = request.duplicate() {
        let message = match path.rsplit_once('.') {
            Some((group, key)) => say!(
                sponsor::read_lang(request),
                format!("Kolom `{key}` ditulis dua kali di `{group}`; tulis sekali saja."),
                format!("The field `{key}` is given twice in `{group}`; give it once."),
            ),
            None => say!(
                sponsor::read_lang(request),
                format!("Kolom `{path}` ditulis dua kali; tulis sekali saja."),
                format!("The field `{path}` is given twice; give it once."),
            ),
        };
        return Err(Error::new(Code::InvalidInput, Some(&path), message));
    }
    if sponsor::requested(request) {
        #[cfg(feature = "bulk")]
        return sponsor::read(request).map(Request::Sponsor);
        #[cfg(not(feature = "bulk"))]
        return Err(Error::new(
            Code::NotApplicable,
            Some("sponsor"),
            say!(
                sponsor::read_lang(request),
                "Anggaran sponsor dihitung di halaman massal dan paket npm, tidak di modul halaman ini.",
                "The sponsor budget is computed by the bulk page and the npm package, not by this page's module.",
            )
            .to_owned(),
        ));
    }
    let case = case::read(request, &EXTRA_FIELDS)?;
    #[cfg(feature = "benefits")]
    let questions = if case.explain() { Some(questions::read(request, &case)?) } else { None };
    #[cfg(not(feature = "benefits"))]
    let questions = without_benefits(request, case.lang)?;
    Ok(Request::One { case, questions })
}

/// The first module of the page (built without the `benefits` feature) prices only: a request
/// with a benefit group is refused on that field, never answered as if it were absent.
#[cfg(not(feature = "benefits"))]
fn without_benefits(request: &Raw, lang: crate::text::Lang) -> Result<Option<crate::questions::Input>, Error> {
    for (k, _) in questions::FIELDS {
        if request.get(k).is_some() {
            return Err(Error::new(
                Code::NotApplicable,
                Some(k),
                say!(lang, "Manfaat dihitung oleh modul lengkap, tidak oleh modul harga ini.", "Benefits are computed by the full module, not by this pricing module.").to_owned(),
            ));
        }
    }
    Ok(None)
}
