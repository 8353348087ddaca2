//! The JSON text reader of the WebAssembly doors: one request's JSON text into [`Raw`], as
//! strictly as `JSON.parse` reads it, so that raw.rs's limits (depth, string length, items)
//! apply on the way in. It links no float parsing or formatting (serde_json's reader would): a
//! number with a fraction or exponent, or a whole number beyond 64 bits, is only marked as a
//! float, as serde_json reads it on the command line.

use crate::error::{Code, Error};
use crate::raw::{self, Raw};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

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

/// Reads one JSON request from text, as strictly as JSON.parse, without float parsing: a number
/// with a fraction or exponent, or a whole number beyond 64 bits, is only marked as a float (as
/// serde_json reads it on the command line).
pub(super) fn read_text(line: &str) -> Result<Raw, Error> {
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
