//! The WebAssembly API, published on npm as `bpjstk-calc`: the only file that names
//! wasm-bindgen.
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
//! Two choices, both measured (README, "Size and speed"):
//! - Requests cross as JSON text: a JS object goes through `JSON.stringify` (with a replacer
//!   that keeps floats, BigInts and over-long strings apart, and with its exceptions caught, so
//!   a cycle, a Proxy or a throwing getter becomes an `invalidInput` error), then a small serde
//!   deserialiser of our own reads the text into [`Raw`], so raw.rs's limits apply. It links no
//!   float parsing or formatting (serde_json's reader would). Walking the object from the wasm,
//!   one boundary call per key and value, took more time than the calculation.
//! - Responses are written as JSON text and handed to `JSON.parse`: one boundary crossing per
//!   response instead of one per field and string.

use crate::error::{Code, Error};
#[cfg(feature = "bulk")]
use crate::error::ErrorEnvelope;
use crate::raw::{self, Raw};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;
use wasm_bindgen::prelude::*;

#[cfg(test)]
mod tests;

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
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;

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
/// Most UTF-16 units accepted by `calculateLines` (the input is copied into the wasm memory).
const MAX_LINES_INPUT: u32 = 16 << 20;
#[cfg(feature = "bulk")]
/// Most bytes of JSON `calculateMany` and `calculateLines` write before they stop and ask for a
/// smaller batch: a full response is about 6 KB, one with `detail: "amounts"` about 2 KB, so
/// some 10,000 to 30,000 rows a call.
const MAX_OUTPUT: usize = 64 << 20;
#[cfg(feature = "bulk")]
/// Most requests in one `calculateMany` array.
const MAX_MANY: u32 = 100_000;

#[cfg(feature = "bulk")]
/// Makes room for one more row of output, or says why not, so that a batch too large for the
/// memory is an error and never an allocation failure (which would end the instance).
fn room(out: &mut Vec<u8>) -> Result<(), JsValue> {
    let too_large = || {
        js_error(&Error::new(
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
    let not_array = || {
        js_error(&Error::new(
            Code::InvalidInput,
            None,
            "calculateMany menerima sebuah array permintaan. / calculateMany takes an array of requests.".to_owned(),
        ))
    };
    if !is_array(&requests).unwrap_or(false) {
        return Err(not_array());
    }
    let n = match array_length(&requests) {
        Some(n) if n <= MAX_MANY => n,
        Some(_) => {
            return Err(js_error(&Error::new(
                Code::InvalidInput,
                None,
                format!("Paling banyak {MAX_MANY} permintaan sekali panggil. / At most {MAX_MANY} requests a call."),
            )))
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
    if !text.is_string() {
        return Err(js_error(&Error::new(
            Code::InvalidInput,
            None,
            "calculateLines menerima teks, satu permintaan JSON per baris. / calculateLines takes a string, one JSON request per line.".to_owned(),
        )));
    }
    if text.unchecked_ref::<JsText>().length() > MAX_LINES_INPUT {
        return Err(js_error(&Error::new(
            Code::InvalidInput,
            None,
            "Teks lebih dari 16 MiB; bagi menjadi beberapa panggilan. / The text is larger than 16 MiB; split it into several calls.".to_owned(),
        )));
    }
    let text = text.as_string().unwrap_or_default();
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
    if !text.is_string() {
        return Err(js_error(&Error::new(
            Code::InvalidInput,
            None,
            "calculateCsv menerima teks CSV. / calculateCsv takes a CSV string.".to_owned(),
        )));
    }
    if text.unchecked_ref::<JsText>().length() > MAX_LINES_INPUT {
        return Err(js_error(&Error::new(
            Code::InvalidInput,
            None,
            "Teks lebih dari 16 MiB; bagi menjadi beberapa panggilan. / The text is larger than 16 MiB; split it into several calls.".to_owned(),
        )));
    }
    Ok(crate::bulk::run(&text.as_string().unwrap_or_default()))
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

// ---- the way out: JSON text, then JSON.parse ------------------------------------------------

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let mut out = Vec::with_capacity(4096);
    if crate::json::write(&mut out, value).is_err() {
        return Err(js_error(&internal()));
    }
    parse_output(out)
}

fn parse_output(out: Vec<u8>) -> Result<JsValue, JsValue> {
    let text = String::from_utf8(out).map_err(|_| js_error(&internal()))?;
    json_parse(&text).map_err(|_| js_error(&internal()))
}

#[cfg(feature = "bulk")]
fn write_result(out: &mut Vec<u8>, result: Result<crate::Response, Error>) {
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

/// The one place where an engine error becomes a JS `Error` with `code`, `field`, `message`.
fn js_error(e: &Error) -> JsValue {
    let err: JsValue = ErrorObject::new(&e.message).into();
    reflect_set(&err, "code", &JsValue::from_str(e.code.as_str()));
    let field = e.field.as_deref().map(JsValue::from_str).unwrap_or(JsValue::NULL);
    reflect_set(&err, "field", &field);
    err
}

// ---- the way in: errors of the doors --------------------------------------------------------

/// Why a request could not be read, before any field was given a meaning.
#[derive(Debug)]
struct DeError(String);

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError(msg.to_string())
    }
}


// ---- the way in: a JS value -----------------------------------------------------------------

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
fn read_js(value: JsValue) -> Result<Raw, Error> {
    let unreadable = |why: &str| {
        Error::new(Code::InvalidInput, None, format!("Permintaan tidak dapat dibaca / the request could not be read: {why}."))
    };
    let text = request_text(&value).map_err(|_| {
        unreadable("a cycle, a getter or Proxy that threw, a function or symbol, or nesting too deep")
    })?;
    if text.unchecked_ref::<JsText>().length() > MAX_REQUEST {
        return Err(unreadable("larger than 1 MiB as JSON"));
    }
    read_text(&text.as_string().unwrap_or_default())
}

#[cfg(feature = "bulk")]
fn array_length(v: &JsValue) -> Option<u32> {
    v.unchecked_ref::<JsText>().checked_length().ok()
}

// ---- the way in: JSON text ------------------------------------------------------------------

/// Reads one JSON request from text, as strictly as JSON.parse, without float parsing: a number
/// with a fraction or exponent, or a whole number beyond 64 bits, is only marked as a float (as
/// serde_json reads it on the command line).
fn read_text(line: &str) -> Result<Raw, Error> {
    let mut t = Text { b: line.as_bytes(), i: 0 };
    let result = Raw::deserialize(&mut t).and_then(|raw| {
        t.ws();
        if t.i < t.b.len() {
            Err(t.err("text after the request"))
        } else {
            Ok(raw)
        }
    });
    result.map_err(|e| {
        Error::new(
            Code::InvalidInput,
            None,
            format!("Permintaan bukan JSON yang sah / the request is not valid JSON: {e}"),
        )
    })
}

struct Text<'a> {
    b: &'a [u8],
    i: usize,
}

impl Text<'_> {
    fn err(&self, what: &str) -> DeError {
        DeError(format!("{what} at byte {}", self.i))
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\r' | b'\n') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.b.get(self.i).copied()
    }

    fn expect(&mut self, c: u8, what: &str) -> Result<(), DeError> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.err(what))
        }
    }

    fn word(&mut self, w: &[u8]) -> Result<(), DeError> {
        if self.b[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(())
        } else {
            Err(self.err("an unknown word"))
        }
    }

    /// A string, the opening quote already seen.
    fn string(&mut self) -> Result<String, DeError> {
        self.i += 1;
        let mut out = String::new();
        let mut run = self.i;
        loop {
            let c = *self.b.get(self.i).ok_or_else(|| self.err("an unterminated string"))?;
            match c {
                b'"' => {
                    out.push_str(self.slice(run, self.i));
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(self.slice(run, self.i));
                    self.i += 1;
                    let e = *self.b.get(self.i).ok_or_else(|| self.err("an unterminated string"))?;
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let c = if (0xD800..0xDC00).contains(&hi) && self.b[self.i..].starts_with(b"\\u") {
                                let save = self.i;
                                self.i += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                                } else {
                                    self.i = save;
                                    None
                                }
                            } else {
                                char::from_u32(hi)
                            };
                            // A lone surrogate (legal in JSON, not in UTF-8) becomes U+FFFD.
                            out.push(c.unwrap_or('\u{FFFD}'));
                        }
                        _ => return Err(self.err("an invalid escape")),
                    }
                    run = self.i;
                }
                0..=0x1f => return Err(self.err("a control character in a string")),
                _ => self.i += 1,
            }
            if out.len() + (self.i - run) > raw::MAX_STRING * 4 + 64 {
                // Far beyond raw.rs's limit: stop copying, skip to the end, refuse as too large.
                self.skip_string_rest()?;
                return Ok("x".repeat(raw::MAX_STRING + 1));
            }
        }
    }

    fn slice(&self, from: usize, to: usize) -> &str {
        // The input is a &str and both ends sit on ASCII bytes, so this never fails.
        std::str::from_utf8(&self.b[from..to]).unwrap_or("")
    }

    fn hex4(&mut self) -> Result<u32, DeError> {
        let digits = self.b.get(self.i..self.i + 4).ok_or_else(|| self.err("a short \\u escape"))?;
        let mut v = 0u32;
        for &d in digits {
            let x = (d as char).to_digit(16).ok_or_else(|| self.err("an invalid \\u escape"))?;
            v = v * 16 + x;
        }
        self.i += 4;
        Ok(v)
    }

    /// Skips the rest of a string (after its opening quote, anywhere inside it).
    fn skip_string_rest(&mut self) -> Result<(), DeError> {
        loop {
            match self.b.get(self.i) {
                None => return Err(self.err("an unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(b'\\') => self.i += 2,
                Some(_) => self.i += 1,
            }
        }
    }

    /// Skips one value without recursion, however deep (raw.rs's depth limit ends here).
    fn skip_value(&mut self) -> Result<(), DeError> {
        let mut depth = 0usize;
        loop {
            let c = self.peek().ok_or_else(|| self.err("the end of the text"))?;
            self.i += 1;
            match c {
                b'{' | b'[' => depth += 1,
                b'}' | b']' => depth = depth.checked_sub(1).ok_or_else(|| self.err("an unexpected bracket"))?,
                b'"' => self.skip_string_rest()?,
                b',' | b':' if depth > 0 => {}
                b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => {
                    while let Some(b'a'..=b'z' | b'0'..=b'9' | b'.' | b'+' | b'-' | b'E') = self.b.get(self.i) {
                        self.i += 1;
                    }
                }
                _ => return Err(self.err("an unexpected character")),
            }
            if depth == 0 {
                return Ok(());
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.b.get(self.i) {
            self.i += 1;
        }
        self.i - start
    }
}

impl<'de> Deserializer<'de> for &mut Text<'_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.peek().ok_or_else(|| self.err("the end of the text"))? {
            b'n' => {
                self.word(b"null")?;
                visitor.visit_unit()
            }
            b't' => {
                self.word(b"true")?;
                visitor.visit_bool(true)
            }
            b'f' => {
                self.word(b"false")?;
                visitor.visit_bool(false)
            }
            b'"' => {
                let s = self.string()?;
                visitor.visit_string(s)
            }
            b'[' => {
                self.i += 1;
                visitor.visit_seq(TextSeq { de: self, first: true })
            }
            b'{' => {
                self.i += 1;
                visitor.visit_map(TextSeq { de: self, first: true })
            }
            b'-' | b'0'..=b'9' => {
                let start = self.i;
                let negative = self.b[self.i] == b'-';
                if negative {
                    self.i += 1;
                }
                let int_start = self.i;
                let n = self.digits();
                if n == 0 || (n > 1 && self.b[int_start] == b'0') {
                    return Err(self.err("an invalid number"));
                }
                let mut whole = true;
                if self.b.get(self.i) == Some(&b'.') {
                    self.i += 1;
                    whole = false;
                    if self.digits() == 0 {
                        return Err(self.err("an invalid number"));
                    }
                }
                if let Some(b'e' | b'E') = self.b.get(self.i) {
                    self.i += 1;
                    whole = false;
                    if let Some(b'+' | b'-') = self.b.get(self.i) {
                        self.i += 1;
                    }
                    if self.digits() == 0 {
                        return Err(self.err("an invalid number"));
                    }
                }
                let text = self.slice(start, self.i);
                // One 128-bit parse (the bulk doors link it anyway) instead of one for i64 and
                // one for u64: the same two ranges, less code in the wasm.
                let n = if whole { text.parse::<i128>().ok() } else { None };
                match (n.and_then(|n| i64::try_from(n).ok()), n.and_then(|n| u64::try_from(n).ok())) {
                    (Some(i), _) => visitor.visit_i64(i),
                    (_, Some(u)) => visitor.visit_u64(u),
                    // Marked as a float; raw.rs keeps no value, so none is computed.
                    _ => visitor.visit_f64(f64::NAN),
                }
            }
            _ => Err(self.err("an unexpected character")),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.peek() != Some(b'"') {
            return Err(self.err("a key that is not a string"));
        }
        let s = self.string()?;
        visitor.visit_string(s)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.skip_value()?;
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
    }
}

/// Items of an array, or entries of an object, in JSON text.
struct TextSeq<'a, 'b> {
    de: &'a mut Text<'b>,
    first: bool,
}

impl TextSeq<'_, '_> {
    /// Whether another item follows (consuming the comma), or the container ends.
    fn more(&mut self, close: u8) -> Result<bool, DeError> {
        if self.de.peek() == Some(close) {
            self.de.i += 1;
            return Ok(false);
        }
        if !self.first {
            self.de.expect(b',', "a missing comma")?;
        }
        self.first = false;
        Ok(true)
    }
}

impl<'de> SeqAccess<'de> for TextSeq<'_, '_> {
    type Error = DeError;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, DeError> {
        if !self.more(b']')? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.de).map(Some)
    }
}

impl<'de> MapAccess<'de> for TextSeq<'_, '_> {
    type Error = DeError;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DeError> {
        if !self.more(b'}')? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.de).map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        self.de.expect(b':', "a missing colon")?;
        seed.deserialize(&mut *self.de)
    }
}
