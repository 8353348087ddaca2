//! The floors of the engine (docs/architecture.md): each module of src/ sits on one floor, and
//! names (through `crate::` paths, or `super::` paths that reach the root) only modules of its
//! own floor or of floors below. The table is read from docs/architecture.md itself, so the
//! drawing and the code cannot drift apart: a module missing from the table, or an import that
//! points up, fails here.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The floor of each module, from the lines `floor N  name  module, module, …` of the
/// architecture document.
fn floors() -> BTreeMap<String, u32> {
    let doc = fs::read_to_string(Path::new(ROOT).join("docs/architecture.md")).expect("docs/architecture.md");
    let mut out = BTreeMap::new();
    for line in doc.lines() {
        let Some(rest) = line.trim().strip_prefix("floor ") else { continue };
        let mut words = rest.split_whitespace();
        let Some(n) = words.next().and_then(|n| n.parse::<u32>().ok()) else { continue };
        let _name = words.next();
        for m in words.collect::<Vec<_>>().join(" ").split(',') {
            let m = m.trim();
            if !m.is_empty() {
                assert!(out.insert(m.to_owned(), n).is_none(), "{m} is on two floors");
            }
        }
    }
    assert!(out.len() > 10, "the floor table of docs/architecture.md was not found");
    out
}

/// The top-level module a file of src/ belongs to: `src/benefits/jkk.rs` → `benefits`.
fn module_of(rel: &str) -> String {
    let first = rel.split('/').next().unwrap_or(rel);
    first.trim_end_matches(".rs").to_owned()
}

/// How deep a file's module sits: `case.rs` and `read/mod.rs` 1, `read/case.rs` 2. A path of
/// that many `super::` (or more) starts at the crate's root, as `crate::` does.
fn depth(rel: &str) -> usize {
    let parts = rel.split('/').count();
    if rel.ends_with("/mod.rs") || rel == "lib.rs" || rel == "main.rs" {
        parts - 1
    } else {
        parts
    }
}

/// The lines of a source that the build sees outside its unit tests, comments cut: an item
/// under `#[cfg(test)]` (a `mod tests;`, a `mod tests { … }`, a function) is blanked, whatever
/// follows it is kept. Blanked lines stay, empty, so that line numbers hold.
fn outside_tests(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Inside a test item: its brace depth, and whether its body has begun.
    let mut skip: Option<(i32, bool)> = None;
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        let trimmed = code.trim_start();
        let mut rest = code;
        if skip.is_none() && (trimmed.starts_with("#[cfg(test)]") || trimmed.starts_with("#[cfg(all(test")) {
            skip = Some((0, false));
            rest = &trimmed[trimmed.find(']').map_or(trimmed.len(), |i| i + 1)..];
        }
        if let Some((mut depth, mut begun)) = skip {
            let mut ended = false;
            for c in rest.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        begun = true;
                    }
                    '}' => depth -= 1,
                    ';' if !begun && depth == 0 => ended = true,
                    _ => {}
                }
                if ended || (begun && depth == 0) {
                    ended = true;
                    break;
                }
            }
            skip = if ended { None } else { Some((depth, begun)) };
            out.push(String::new());
        } else {
            out.push(code.to_owned());
        }
    }
    out
}

/// The modules a source names through `crate::` (and `$crate::`, and enough `super::` to reach
/// the root), grouped imports (`use crate::{date::Date, money};`, over several lines too)
/// included, outside comments and unit tests. A macro (`crate::say!`) is not a module.
fn named(rel: &str, source: &str) -> Vec<(usize, String)> {
    let lines = outside_tests(source);
    let mut out = Vec::new();
    let ident = |s: &str| -> String { s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect() };
    // The first name of each item of a group that opens right after `crate::{` on line `n`.
    let group = |n: usize, col: usize, out: &mut Vec<(usize, String)>| {
        let mut depth = 0;
        let mut item_start = true;
        let text = std::iter::once(&lines[n][col..]).chain(lines[n + 1..].iter().map(String::as_str));
        'all: for part in text {
            let mut chars = part.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                match c {
                    '{' => {
                        depth += 1;
                        item_start = depth == 1;
                    }
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break 'all;
                        }
                    }
                    ',' if depth == 1 => item_start = true,
                    c if item_start && depth == 1 && !c.is_whitespace() => {
                        item_start = false;
                        let name = ident(&part[i..]);
                        if !name.is_empty() && name != "self" {
                            out.push((n + 1, name));
                        }
                    }
                    _ => {}
                }
            }
        }
    };
    for (n, code) in lines.iter().enumerate() {
        let mut found = Vec::new();
        let mut push = |after: &str, at: usize| {
            if after.starts_with('{') {
                found.push(at);
                return;
            }
            let name = ident(after);
            let next = after[name.len()..].chars().next();
            if !name.is_empty() && next != Some('!') {
                out.push((n + 1, name));
            }
        };
        let mut from = 0;
        while let Some(i) = code[from..].find("crate::") {
            let at = from + i + "crate::".len();
            push(&code[at..], at);
            from = at;
        }
        let mut from = 0;
        while let Some(i) = code[from..].find("super::") {
            let mut at = from + i;
            let mut ups = 0;
            while code[at..].starts_with("super::") {
                ups += 1;
                at += "super::".len();
            }
            if ups >= depth(rel) {
                push(&code[at..], at);
            }
            from = at;
        }
        for at in found {
            group(n, at, &mut out);
        }
    }
    out
}

/// The imports of one file that point up (or name a module of no floor): `file:line: a (floor
/// n) names b (floor m)`. A name that is not a module is an item of the crate's root, the
/// library's door.
fn upward(rel: &str, source: &str, floors: &BTreeMap<String, u32>) -> Vec<String> {
    let me = module_of(rel);
    let door = floors.get("lib").copied().unwrap_or(u32::MAX);
    let Some(&mine) = floors.get(&me) else {
        return vec![format!("{rel}: module `{me}` is on no floor of docs/architecture.md")];
    };
    let mut bad = Vec::new();
    for (line, name) in named(rel, source) {
        let theirs = floors.get(&name).copied().unwrap_or(door);
        if theirs > mine {
            bad.push(format!("{rel}:{line}: `{me}` (floor {mine}) names `{name}` (floor {theirs})"));
        }
    }
    bad
}

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let rel = p.strip_prefix(Path::new(ROOT).join("src")).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, fs::read_to_string(&p).unwrap()));
        }
    }
}

#[test]
fn every_import_points_down() {
    let floors = floors();
    let mut files = Vec::new();
    sources(&Path::new(ROOT).join("src"), &mut files);
    assert!(files.len() > 30);
    let mut bad = Vec::new();
    for (rel, text) in &files {
        bad.extend(upward(rel, text, &floors));
    }
    assert!(bad.is_empty(), "imports that point up:\n{}", bad.join("\n"));
}

#[test]
fn every_module_is_on_a_floor_and_every_floor_is_a_module() {
    let floors = floors();
    let mut files = Vec::new();
    sources(&Path::new(ROOT).join("src"), &mut files);
    let modules: std::collections::BTreeSet<String> = files.iter().map(|(rel, _)| module_of(rel)).collect();
    for m in &modules {
        assert!(floors.contains_key(m), "src/{m} is on no floor of docs/architecture.md");
    }
    for m in floors.keys() {
        assert!(modules.contains(m), "docs/architecture.md names `{m}`, which is no module of src/");
    }
}

/// The check itself finds what it is for: an upward import, a module of no floor; and it lets
/// through a downward one, a macro, a comment and a unit test.
#[test]
fn the_check_sees_an_upward_import() {
    let floors = floors();
    let up = "use crate::date::Date;\nuse crate::benefits::Outcome;\n";
    let found = upward("case.rs", up, &floors);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("case.rs:2") && found[0].contains("`benefits`"), "{found:?}");
    assert_eq!(upward("programs/jkk.rs", "let x = crate::calculate(&raw);", &floors).len(), 1, "a root item is the door's");
    assert_eq!(upward("nowhere.rs", "", &floors).len(), 1);
    assert_eq!(upward("case.rs", "use super::programs;", &floors).len(), 1, "super:: from the top reaches the root");
    assert_eq!(upward("read/case.rs", "use super::super::sponsor::Budget;", &floors).len(), 1);
    assert!(upward("read/case.rs", "use super::fields::Reader;", &floors).is_empty(), "a sibling inside the module");
    let fine = "use crate::law;\nlet s = crate::say!(lang, a, b);\n// crate::wasm::run\n#[cfg(test)]\nmod tests { use crate::bulk; }\n";
    assert!(upward("programs/jkk.rs", fine, &floors).is_empty());
    // Grouped imports, on one line and over several.
    let grouped = upward("case.rs", "use crate::{date::Date, benefits::Outcome};", &floors);
    assert!(grouped.len() == 1 && grouped[0].contains("`benefits`"), "{grouped:?}");
    let lines = "use crate::{\n    date::{Date, Month},\n    money,\n    sponsor::Budget,\n};\n";
    let grouped = upward("case.rs", lines, &floors);
    assert!(grouped.len() == 1 && grouped[0].contains("case.rs:1") && grouped[0].contains("`sponsor`"), "{grouped:?}");
    assert!(upward("programs/jkk.rs", "use crate::{self as c, law::{self, Param}, money};", &floors).is_empty());
    // A unit test's item is left out, and only it: what follows it is still read.
    let after = "#[cfg(test)]\nmod tests;\nuse crate::bulk;\n#[cfg(test)]\nfn probe() {\n    crate::bulk::x();\n}\nuse crate::sponsor;\n";
    let found = upward("case.rs", after, &floors);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("case.rs:3") && found[1].contains("case.rs:8"), "{found:?}");
}
