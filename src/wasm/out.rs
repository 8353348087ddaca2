//! The way out of the WebAssembly doors: a response (or an array of them) written as JSON text
//! by src/json.rs, then handed to `JSON.parse` in one boundary crossing, where building the
//! objects from the wasm takes one crossing per field and string (measured in src/wasm.rs).

use crate::error::{Code, Error};
#[cfg(feature = "bulk")]
use crate::error::ErrorEnvelope;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
}

#[cfg(feature = "bulk")]
/// Most bytes of JSON `calculateMany` and `calculateLines` write before they stop and ask for a
/// smaller batch: a full response is about 6 KB, one with `detail: "amounts"` about 2 KB, so
/// some 10,000 to 30,000 rows a call.
const MAX_OUTPUT: usize = 64 << 20;

/// One value as a JS value (a response, the rules): JSON text, then `JSON.parse`.
pub(super) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let mut out = Vec::with_capacity(4096);
    if crate::json::write(&mut out, value).is_err() {
        return Err(super::js_error(&internal()));
    }
    parse_output(out)
}

/// Written JSON text (an array of results for `calculateMany`) as a JS value.
pub(super) fn parse_output(out: Vec<u8>) -> Result<JsValue, JsValue> {
    let text = String::from_utf8(out).map_err(|_| super::js_error(&internal()))?;
    json_parse(&text).map_err(|_| super::js_error(&internal()))
}

#[cfg(feature = "bulk")]
/// Makes room for one more row of output, or says why not, so that a batch too large for the
/// memory is an error and never an allocation failure (which would end the instance).
pub(super) fn room(out: &mut Vec<u8>) -> Result<(), JsValue> {
    let too_large = || {
        super::js_error(&Error::new(
            Code::InvalidInput,
            None,
            "Hasil lebih dari 64 MiB; bagi permintaan menjadi beberapa panggilan (atau pakai detail: \"amounts\"). / The output exceeds 64 MiB; split the requests into several calls (or use detail: \"amounts\").".to_owned(),
        ))
    };
    if out.len() > MAX_OUTPUT {
        return Err(too_large());
    }
    out.try_reserve(64 << 10).map_err(|_| too_large())
}

#[cfg(feature = "bulk")]
/// One row of a bulk answer: the response, or `{"error": …}`.
pub(super) fn write_result(out: &mut Vec<u8>, result: Result<crate::Response, Error>) {
    let start = out.len();
    let ok = match &result {
        Ok(r) => crate::json::write(&mut *out, r).is_ok(),
        Err(e) => crate::json::write(&mut *out, &ErrorEnvelope { error: e }).is_ok(),
    };
    if !ok {
        out.truncate(start);
        let _ = crate::json::write(&mut *out, &ErrorEnvelope { error: &internal() });
    }
}

fn internal() -> Error {
    Error::new(
        Code::InvalidInput,
        None,
        "Jawaban tidak dapat ditulis. / The response could not be written.".to_owned(),
    )
}
