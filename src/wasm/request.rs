//! The way in for JS values (`calculate`, `calculateMany`): the request becomes JSON text in JS,
//! one boundary crossing, then the same reader as `calculateLines` (src/wasm/text.rs) reads it
//! into [`Raw`], so raw.rs's limits and the field-by-field errors are those of every door.

use super::text::read_text;
use crate::error::{Code, Error};
use crate::raw::Raw;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
const MAX_STRING = 256;
// JSON.stringify, made to keep what raw.rs needs to tell apart: a number that is not a whole
// number up to 2^53 (NaN, Infinity, 1.5, 2^60) becomes 0.5, which is read as "a float" like any
// fraction; a BigInt its digits; a string past the limit is cut just past it (still too long,
// without copying megabytes); a function or a symbol is refused instead of silently dropped.
function replacer(key, value) {
  switch (typeof value) {
    case 'number':
      return Number.isSafeInteger(value) || (Number.isFinite(value) && !Number.isInteger(value)) ? value : 0.5;
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
    case 'string':
      return value.length > MAX_STRING ? value.slice(0, MAX_STRING + 1) : value;
    case 'function':
    case 'symbol':
      throw new TypeError('a function or a symbol is not a request value');
    default:
      return value;
  }
}
export function requestText(value) {
  const text = JSON.stringify(value, replacer);
  return text === undefined ? 'null' : text;
}
"#)]
extern "C" {
    /// The request as JSON text; throws on a cycle, a throwing getter or Proxy trap, a function
    /// or a symbol, or nesting deeper than the JS stack.
    #[wasm_bindgen(catch, js_name = requestText)]
    fn request_text(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// Most UTF-16 units of one request's JSON text (the command line's limit).
const MAX_REQUEST: u32 = 1 << 20;

/// Reads a request object: JSON.stringify in JS (one boundary crossing, where a walk of the
/// object from here took dozens), then the same reader as `calculateLines`. Own enumerable keys
/// only, as JSON.stringify reads them; never throws into JS.
pub(super) fn read_js(value: JsValue) -> Result<Raw, Error> {
    let unreadable = |why: &str| {
        Error::new(Code::InvalidInput, None, format!("Permintaan tidak dapat dibaca / the request could not be read: {why}."))
    };
    let text = request_text(&value).map_err(|_| {
        unreadable("a cycle, a getter or Proxy that threw, a function or symbol, or nesting too deep")
    })?;
    if text.unchecked_ref::<super::JsText>().length() > MAX_REQUEST {
        return Err(unreadable("larger than 1 MiB as JSON"));
    }
    read_text(&text.as_string().unwrap_or_default())
}
