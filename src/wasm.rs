//! The WebAssembly API, published on npm as `bpjstk-calc`: the only file, with its submodules
//! in src/wasm/, that names wasm-bindgen.
//!
//! - `calculate(request)`: one request object in, one response object out (money as strings,
//!   camelCase keys, as in shared/design/contract.md); a request that cannot be answered throws
//!   an `Error` carrying `code`, `field` and `message`.
//! - `calculateMany(requests)`: an array of requests in, an array out, each item a response or
//!   `{ error }`; nothing thrown for a bad row.
//! - `calculateLines(text)`: the compact bulk form, one JSON request per line in, one JSON
//!   response or `{"error": …}` per line out (the command line's `--jsonl`), with no JS object
//!   built per row.
//! - `calculateCsv(text)`: the bulk CSV (docs/bulk-template.csv) in, a CSV of totals out, one
//!   row per input row (`src/bulk.rs`, the command line's `--csv`).
//! - `rules()`, `version()`.
//!
//! JS values cross as JSON text both ways, for every door: in, `JSON.stringify` in JS with a
//! replacer, then our reader into [`Raw`] (src/wasm/request.rs, src/wasm/text.rs); out, our
//! writer (src/json.rs), then `JSON.parse` (src/wasm/out.rs). serde-wasm-bindgen 0.6.5, which
//! walks and builds the JS values from the wasm, was measured against this on 2026-12-08
//! (module sizes: wasm-opt as in Cargo.toml, gzip -9 / Brotli 11 of the .wasm; speed:
//! `scripts/bench-wasm.mjs --against`, Chromium 156, rate as a share of the text path's in the
//! same page and run, on a shared two-core machine where the doors built from the same code in
//! both modules, `calculateLines` and `calculateCsv`, came out at 0.89 to 1.07):
//!
//! | module (ceiling, gzip) | JSON text | serde-wasm-bindgen in | serde-wasm-bindgen out | `rules` alone |
//! |---|---|---|---|---|
//! | npm package (133,500) | 132,127 / 111,171 | 151,946 / 127,307 | 141,034 / 118,041 | 135,481 |
//! | page (115,200) | 113,830 / 96,040 | 129,370 / 109,063 | 118,243 / 99,486 | 117,145 |
//! | page's first module (65,900) | 64,555 / 55,357 | 80,749 / 68,584 | 68,995 / 58,792 | 67,901 |
//!
//! - Requests: every module grows by 15.5 to 19.8 KB gzipped, over each ceiling, and the page's
//!   first answer (tests/e2e/budget.test.mjs, Brotli) from 75,267 to 89,598 bytes, over its
//!   80,000 (its error paths format floats, which our reader never links). It is not safe alone
//!   either: it reads objects through `Object.entries` without catching, so a Proxy or getter
//!   that throws escapes as a foreign exception instead of an `invalidInput` error, a BigInt
//!   beyond 64 bits loses its field, and a `Map` is read as a request (the boundary tests fail).
//!   Made safe by a `JSON.stringify`/`JSON.parse` round trip first, it does the text path's work
//!   and more: `calculate` 0.98 (`detail: "amounts"` 0.90), `calculateMany` 0.75; unsafe, 1.01,
//!   1.07, 0.80.
//! - Responses: every module grows by 4.4 to 8.9 KB gzipped, over each ceiling (the first
//!   answer to 78,903, the offline set from 191,989 to 199,241, over its 192,900), and building
//!   the objects field by field from the wasm is slower (two runs): `calculate` 0.61 to 0.63
//!   (`amounts` 0.46 to 0.52), `calculateMany` 0.51, `rules` 0.49 to 0.50. Only `rules` through
//!   it, called once a page, still adds 3.3 KB gzipped to each module, over each ceiling (and
//!   the offline set over its own). Its objects were the same as ours (with
//!   `serialize_maps_as_objects` and `serialize_missing_as_null`; the boundary tests pass).
//!
//! The response objects are those of `JSON.parse` of the command line's JSON text (a boundary
//! test checks it request by request).

#[cfg(feature = "bulk")]
use crate::error::Code;
use crate::error::Error;
use wasm_bindgen::prelude::*;

mod out;
mod request;
#[cfg(test)]
mod tests;
mod text;

use out::to_js;
#[cfg(feature = "bulk")]
use out::{parse_output, room, write_result};
use request::read_js;
#[cfg(any(test, feature = "bulk"))]
use text::read_text;

#[wasm_bindgen(typescript_custom_section)]
const TS_CONTRACT: &str = include_str!("wasm/contract.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_BENEFITS: &str = include_str!("wasm/benefits.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_SPONSOR: &str = include_str!("wasm/sponsor.d.ts");

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn reflect_get(o: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = Reflect, js_name = set)]
    fn reflect_set(o: &JsValue, key: &str, value: &JsValue) -> bool;
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(v: &JsValue) -> Result<bool, JsValue>;

    /// JS's own `Error`, so that errors carry a stack and pass `instanceof Error`.
    #[wasm_bindgen(js_name = Error)]
    type ErrorObject;
    #[wasm_bindgen(constructor, js_class = "Error")]
    fn new(message: &str) -> ErrorObject;

    /// A string or an array, whose length can be read without copying it into the wasm.
    type JsText;
    #[wasm_bindgen(method, getter, structural)]
    fn length(this: &JsText) -> u32;
    /// An array's length, read through whatever getter or Proxy trap it has (as a u32, as
    /// JS array lengths are).
    #[wasm_bindgen(method, getter, structural, catch, js_name = length)]
    fn checked_length(this: &JsText) -> Result<u32, JsValue>;
}

#[cfg(feature = "bulk")]
/// Most UTF-16 units accepted by `calculateLines` and `calculateCsv` (the input is copied into
/// the wasm memory).
const MAX_LINES_INPUT: u32 = 16 << 20;
#[cfg(feature = "bulk")]
/// Most requests in one `calculateMany` array.
const MAX_MANY: u32 = 100_000;

/// Computes one request. Throws an `Error` with `code`, `field` and `message` when the request
/// cannot be answered.
#[wasm_bindgen(js_name = calculate, unchecked_return_type = "CalculationResponse")]
pub fn calculate(#[wasm_bindgen(unchecked_param_type = "CalculationRequest")] request: JsValue) -> Result<JsValue, JsValue> {
    let response = read_js(request).and_then(|raw| crate::calculate(&raw)).map_err(|e| js_error(&e))?;
    to_js(&response)
}

/// Computes an array of requests; each item of the result is a response or `{ error }`.
#[cfg(feature = "bulk")]
#[wasm_bindgen(js_name = calculateMany, unchecked_return_type = "Array<CalculationResponse | ErrorEnvelope>")]
pub fn calculate_many(
    #[wasm_bindgen(unchecked_param_type = "CalculationRequest[]")] requests: JsValue,
) -> Result<JsValue, JsValue> {
    let not_array = || invalid("calculateMany menerima sebuah array permintaan. / calculateMany takes an array of requests.".to_owned());
    if !is_array(&requests).unwrap_or(false) {
        return Err(not_array());
    }
    let n = match requests.unchecked_ref::<JsText>().checked_length().ok() {
        Some(n) if n <= MAX_MANY => n,
        Some(_) => {
            return Err(invalid(format!("Paling banyak {MAX_MANY} permintaan sekali panggil. / At most {MAX_MANY} requests a call.")))
        }
        None => return Err(not_array()),
    };
    let mut out = Vec::new();
    room(&mut out)?;
    out.push(b'[');
    for i in 0..n {
        room(&mut out)?;
        if i > 0 {
            out.push(b',');
        }
        let item = reflect_get(&requests, &JsValue::from(i)).map_err(|_| {
            Error::new(
                Code::InvalidInput,
                None,
                "Permintaan tidak dapat dibaca / the request could not be read.".to_owned(),
            )
        });
        write_result(&mut out, item.and_then(read_js).and_then(|raw| crate::calculate(&raw)));
    }
    out.push(b']');
    parse_output(out)
}

/// The compact bulk form: one JSON request per line in, one JSON line out for each (a response
/// or `{"error": …}`), in order. Blank lines are skipped.
#[cfg(feature = "bulk")]
#[wasm_bindgen(js_name = calculateLines)]
pub fn calculate_lines(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<String, JsValue> {
    let text = text_input(
        text,
        "calculateLines menerima teks, satu permintaan JSON per baris. / calculateLines takes a string, one JSON request per line.",
    )?;
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        room(&mut out)?;
        write_result(&mut out, read_text(line).and_then(|raw| crate::calculate(&raw)));
        out.push(b'\n');
    }
    // The JSON writer (src/json.rs) writes valid UTF-8 and the input was a string.
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// CSV in, CSV out: the bulk template's columns in (docs/bulk-template.csv), one row of totals
/// by payer and by program, or the error and its field, per input row (`src/bulk.rs`, the
/// command line's `--csv`). One boundary call and no JS object per row.
#[cfg(feature = "bulk")]
#[wasm_bindgen(js_name = calculateCsv)]
pub fn calculate_csv(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<String, JsValue> {
    let text = text_input(text, "calculateCsv menerima teks CSV. / calculateCsv takes a CSV string.")?;
    Ok(crate::bulk::run(&text))
}

/// What the law data covers: coverage, verification date, instruments, occupations, reliefs.
#[wasm_bindgen(js_name = rules, unchecked_return_type = "Rules")]
pub fn rules() -> Result<JsValue, JsValue> {
    to_js(&crate::rules::rules())
}

/// The version of the engine (the npm package's version).
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The text of a text door, or its error: not a string (`not_text` says what the door takes),
/// or longer than [`MAX_LINES_INPUT`], checked before it is copied into the wasm.
#[cfg(feature = "bulk")]
fn text_input(text: JsValue, not_text: &str) -> Result<String, JsValue> {
    if !text.is_string() {
        return Err(invalid(not_text.to_owned()));
    }
    if text.unchecked_ref::<JsText>().length() > MAX_LINES_INPUT {
        return Err(invalid(
            "Teks lebih dari 16 MiB; bagi menjadi beberapa panggilan. / The text is larger than 16 MiB; split it into several calls.".to_owned(),
        ));
    }
    Ok(text.as_string().unwrap_or_default())
}

/// An `invalidInput` error of a door, with no field.
#[cfg(feature = "bulk")]
fn invalid(message: String) -> JsValue {
    js_error(&Error::new(Code::InvalidInput, None, message))
}

/// The one place where an engine error becomes a JS `Error` with `code`, `field`, `message`.
fn js_error(e: &Error) -> JsValue {
    let err: JsValue = ErrorObject::new(&e.message).into();
    reflect_set(&err, "code", &JsValue::from_str(e.code.as_str()));
    let field = e.field.as_deref().map(JsValue::from_str).unwrap_or(JsValue::NULL);
    reflect_set(&err, "field", &field);
    err
}
