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

/// The modules a source names through `crate::` (and `$crate::`, and enough `super::` to reach
/// the root), outside comments and outside its unit tests (`#[cfg(test)]` and what follows it,
/// which the crate puts last). A macro (`crate::say!`) is not a module.
fn named(rel: &str, source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let ident = |s: &str| -> String { s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect() };
    for (n, line) in source.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("#[cfg(test)]") || code.starts_with("#[cfg(all(test") {
            break;
        }
        if code.starts_with("//") {
            continue;
        }
        let code = code.split(" //").next().unwrap_or(code);
        let mut push = |after: &str| {
            let name = ident(after);
            let next = after[name.len()..].chars().next();
            if !name.is_empty() && next != Some('!') {
                out.push((n + 1, name));
            }
        };
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            push(after);
            rest = after;
        }
        let mut rest = code;
        while let Some(i) = rest.find("super::") {
            let mut after = &rest[i..];
            let mut ups = 0;
            while let Some(a) = after.strip_prefix("super::") {
                ups += 1;
                after = a;
            }
            if ups >= depth(rel) {
                push(after);
            }
            rest = after;
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
}
