//! The request as it arrived, before any meaning is given to it: a small JSON-like value that
//! both doors (JSON text on the command line, JS objects in the browser) deserialise into, so
//! that the reader (`read`) can give the same field-by-field errors whatever the door.
//!
//! Floats are kept only as a marker: money and counts must be strings or whole numbers, and
//! keeping no f64 value means no float formatting code is linked into the wasm. Nesting is
//! limited so that a hostile, deeply nested request cannot exhaust the stack.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// Deepest nesting accepted (the contract needs three levels; this leaves room for additions).
pub const MAX_DEPTH: usize = 16;
/// Longest string accepted anywhere in a request, in bytes.
pub const MAX_STRING: usize = 256;
/// Most keys in one object, or items in one array.
pub const MAX_ITEMS: usize = 512;

#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    Null,
    Bool(bool),
    /// A whole number, as JSON or JS gave it.
    Int(i128),
    /// A number with a fraction or exponent; its value is deliberately not kept.
    Float,
    Str(String),
    Array(Vec<Raw>),
    Object(Vec<(String, Raw)>),
    /// Something that cannot be read at all: too deep, too long, too many items.
    TooLarge,
}

impl Raw {
    /// The path of the first key given twice in one object (`riskGroup`, `event.kind`,
    /// `sponsor.groups[].count`), if any.
    pub fn duplicate(&self) -> Option<String> {
        fn walk(v: &Raw, path: &str) -> Option<String> {
            let join = |k: &str| if path.is_empty() { k.to_owned() } else { format!("{path}.{k}") };
            match v {
                Raw::Object(items) => {
                    for (i, (k, _)) in items.iter().enumerate() {
                        if items[..i].iter().any(|(x, _)| x == k) {
                            return Some(join(k));
                        }
                    }
                    items.iter().find_map(|(k, v)| walk(v, &join(k)))
                }
                Raw::Array(items) => {
                    let inner = format!("{path}[]");
                    items.iter().find_map(|v| walk(v, &inner))
                }
                _ => None,
            }
        }
        walk(self, "")
    }

    pub fn get(&self, key: &str) -> Option<&Raw> {
        match self {
            Raw::Object(items) => items.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl<'de> de::Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Seed(0).deserialize(d)
    }
}

struct Seed(usize);

impl<'de> DeserializeSeed<'de> for Seed {
    type Value = Raw;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        d.deserialize_any(RawVisitor(self.0))
    }
}

struct RawVisitor(usize);

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Int(i128::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
        Ok(Raw::Int(i128::from(v)))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Raw, E> {
        Ok(Raw::Int(v))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Raw, E> {
        Ok(i128::try_from(v).map(Raw::Int).unwrap_or(Raw::TooLarge))
    }
    fn visit_f64<E>(self, _v: f64) -> Result<Raw, E> {
        Ok(Raw::Float)
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        if v.len() > MAX_STRING {
            return Ok(Raw::TooLarge);
        }
        Ok(Raw::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        if v.len() > MAX_STRING {
            return Ok(Raw::TooLarge);
        }
        Ok(Raw::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        if self.0 >= MAX_DEPTH {
            while seq.next_element::<de::IgnoredAny>()?.is_some() {}
            return Ok(Raw::TooLarge);
        }
        let mut items = Vec::new();
        let mut too_large = false;
        while let Some(v) = seq.next_element_seed(Seed(self.0 + 1))? {
            if items.len() >= MAX_ITEMS {
                too_large = true;
            } else {
                items.push(v);
            }
        }
        Ok(if too_large { Raw::TooLarge } else { Raw::Array(items) })
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        if self.0 >= MAX_DEPTH {
            while map.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
            return Ok(Raw::TooLarge);
        }
        let mut items: Vec<(String, Raw)> = Vec::new();
        let mut too_large = false;
        while let Some(k) = map.next_key::<KeyString>()? {
            let v = map.next_value_seed(Seed(self.0 + 1))?;
            if items.len() >= MAX_ITEMS || k.0.len() > MAX_STRING {
                too_large = true;
            } else {
                // A repeated key is kept as it came: the request is refused naming it
                // (`Raw::duplicate`), since two readers of the same text may take different ones.
                items.push((k.0, v));
            }
        }
        Ok(if too_large { Raw::TooLarge } else { Raw::Object(items) })
    }
}

/// An object key; keys that are not strings (possible in a JS Map) are an error of the door.
struct KeyString(String);

impl<'de> de::Deserialize<'de> for KeyString {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = KeyString;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_str<E>(self, v: &str) -> Result<KeyString, E> {
                Ok(KeyString(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<KeyString, E> {
                Ok(KeyString(v))
            }
        }
        d.deserialize_str(V)
    }
}
