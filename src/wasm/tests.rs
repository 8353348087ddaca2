//! The boundary in a browser (headless Chromium, `wasm-pack test --headless --chrome -- --lib`):
//! shapes, money as strings, camelCase, errors as `Error` objects with their fields, and no trap
//! or lost state on hostile input. The calculation itself is tested natively (tests/).

use super::*;
use js_sys::{Function, Reflect, JSON};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const GOOD: &str =
    r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"5000000","riskGroup":1,"enterpriseSize":"large"}"#;

/// Evaluates a JS expression (`w` is the good wage-earner request, fresh each time).
fn js(expr: &str) -> JsValue {
    let f = Function::new_no_args(&format!("const w = {GOOD}; return ({expr});"));
    f.call0(&JsValue::NULL).expect("the test's own JS runs")
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |v, k| Reflect::get(&v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED))
}

fn text(v: &JsValue, path: &str) -> String {
    get(v, path).as_string().unwrap_or_else(|| panic!("{path} is not a string"))
}

fn good_total() -> String {
    let r = calculate(js("w")).expect("the good request is answered");
    text(&r, "contributions.total.total")
}

/// The thrown value: a real `Error`, with `code`, `field` (string or null) and a message.
fn thrown(result: Result<JsValue, JsValue>) -> (String, Option<String>, String) {
    let e = match result {
        Ok(v) => panic!("expected an error, got {}", String::from(JSON::stringify(&v).unwrap_or_default())),
        Err(e) => e,
    };
    assert!(e.is_instance_of::<js_sys::Error>(), "the error is an Error object");
    let field = get(&e, "field");
    assert!(field.is_null() || field.is_string(), "field is a string or null");
    let message = text(&e, "message");
    assert!(!message.is_empty());
    (text(&e, "code"), field.as_string(), message)
}

fn assert_healthy() {
    assert_eq!(good_total(), "473000", "the instance still answers correctly");
}

#[wasm_bindgen_test]
fn response_is_plain_camel_case_objects_with_money_as_strings() {
    let r = calculate(js("w")).unwrap();
    let proto = js_sys::Object::get_prototype_of(&r);
    assert!(JsValue::from(proto) == js("Object.prototype"), "a plain object, not a Map");
    assert_eq!(text(&r, "asOf"), "2026-06-01");
    assert_eq!(text(&r, "segment"), "wageEarner");
    assert_eq!(text(&r, "contributions.total.total"), "473000");
    let lines = get(&r, "contributions.lines");
    assert!(js_sys::Array::is_array(&lines));
    let first = Reflect::get(&lines, &0.into()).unwrap();
    for k in ["employer", "worker", "government", "total", "base", "rate"] {
        assert!(get(&first, k).is_string(), "{k} is a string");
    }
    // Every key, at any depth, is camelCase; every number-like leaf in money fields is a string.
    let check = Function::new_with_args(
        "r",
        "const bad = []; const walk = (v, p) => { if (v && typeof v === 'object') { for (const [k, x] of Object.entries(v)) { \
           if (!Array.isArray(v) && !/^[a-z][A-Za-z0-9]*$/.test(k)) bad.push(p + '.' + k); \
           if (['employer','worker','government','total','base','amount','fullAmount'].includes(k) && x !== null && typeof x !== 'string' && typeof x !== 'object') bad.push(p + '.' + k + ' not a string'); \
           walk(x, p + '.' + k); } } }; walk(r, ''); return bad.join(' ');",
    );
    let bad = check.call1(&JsValue::NULL, &r).unwrap().as_string().unwrap();
    assert_eq!(bad, "", "keys not camelCase or money not strings");
}

#[wasm_bindgen_test]
fn money_may_be_a_whole_number_or_a_bigint() {
    let a = calculate(js("({...w, monthlyWage: 5000000})")).unwrap();
    let b = calculate(js("({...w, monthlyWage: 5000000n})")).unwrap();
    assert_eq!(text(&a, "contributions.total.total"), "473000");
    assert_eq!(text(&b, "contributions.total.total"), "473000");
}

#[wasm_bindgen_test]
fn errors_are_error_objects_with_code_and_field() {
    let (code, field, _) = thrown(calculate(js("({...w, monthlyWage: '5.000.000'})")));
    assert_eq!((code.as_str(), field.as_deref()), ("invalidInput", Some("monthlyWage")));
    let (code, field, _) = thrown(calculate(js("({...w, monthlyWages: '1'})")));
    assert_eq!((code.as_str(), field.as_deref()), ("unknownField", Some("monthlyWages")));
    let (code, field, _) = thrown(calculate(js("({...w, asOf: '2001-01-01'})")));
    assert_eq!((code.as_str(), field.as_deref()), ("outOfCoverage", Some("asOf")));
    let (code, field, _) = thrown(calculate(js("({...w, contractMonths: 6})")));
    assert_eq!((code.as_str(), field.as_deref()), ("notApplicable", Some("contractMonths")));
    let (code, field, _) = thrown(calculate(js("'not an object'")));
    assert_eq!((code.as_str(), field), ("invalidInput", None));
    let (_, _, message) = thrown(calculate(js("({...w, lang: 'en', riskGroup: 9})")));
    assert!(message.contains("whole number from 1 to 5"), "message in the request's language: {message}");
}

#[wasm_bindgen_test]
fn a_thousand_bad_requests_then_a_good_one() {
    let bad = [
        "({...w, monthlyWage: -1})",
        "({...w, riskGroup: 'x'})",
        "[w]",
        "null",
        "({...w, asOf: '2026-02-30'})",
        "({...w, nope: 1})",
    ];
    for i in 0..1000 {
        let _ = thrown(calculate(js(bad[i % bad.len()])));
    }
    assert_healthy();
}

#[wasm_bindgen_test]
fn hostile_values_are_refused_without_a_trap() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("({...w, monthlyWage: '9'.repeat(50_000_000)})", "invalidInput", Some("monthlyWage")),
        ("({...w, monthlyWage: NaN})", "invalidInput", Some("monthlyWage")),
        ("({...w, monthlyWage: Infinity})", "invalidInput", Some("monthlyWage")),
        ("({...w, monthlyWage: 5000000.5})", "invalidInput", Some("monthlyWage")),
        ("({...w, monthlyWage: 2 ** 60})", "invalidInput", Some("monthlyWage")),
        ("({...w, monthlyWage: 10n ** 60n})", "invalidInput", Some("monthlyWage")),
        ("({...w, monthlyWage: ['5000000']})", "invalidInput", Some("monthlyWage")),
        ("({...w, monthlyWage: {}})", "invalidInput", Some("monthlyWage")),
        ("({...w, monthlyWage: Symbol('x')})", "invalidInput", None),
        ("({...w, monthlyWage: () => '5000000'})", "invalidInput", None),
        ("({...w, riskGroup: true})", "invalidInput", Some("riskGroup")),
        ("({...w, riskGroup: 1.5})", "invalidInput", Some("riskGroup")),
        ("({...w, asOf: new Date(2026, 5, 1)})", "invalidInput", Some("asOf")),
        ("Object.assign(JSON.parse('{\"__proto__\": {\"x\": 1}}'), w)", "unknownField", Some("__proto__")),
        ("({...w, constructor: 'Object'})", "unknownField", Some("constructor")),
        ("({...w, ['x'.repeat(100000)]: 1})", "invalidInput", None),
        ("Object.fromEntries(Array.from({length: 100000}, (_, i) => ['k' + i, i]))", "invalidInput", None),
        ("(() => { let d = w; for (let i = 0; i < 100000; i++) d = [d]; return d; })()", "invalidInput", None),
        ("(() => { let d = w; for (let i = 0; i < 100000; i++) d = {d}; return {...w, monthlyWage: d}; })()", "invalidInput", None),
        ("(() => { let d = '1'; for (let i = 0; i < 100; i++) d = {d}; return {...w, monthlyWage: d}; })()", "invalidInput", Some("monthlyWage")),
        ("(() => { const c = {}; c.c = c; return {...w, monthlyWage: c}; })()", "invalidInput", None),
        ("(() => { const c = {...w}; c.self = c; return c; })()", "invalidInput", None),
        ("({...w, riskGroup: 2 ** 53 + 2})", "invalidInput", Some("riskGroup")),
        ("new Proxy(w, { ownKeys() { throw new Error('no keys') } })", "invalidInput", None),
        ("new Proxy(w, { get() { throw new Error('no value') } })", "invalidInput", None),
        ("Object.defineProperty({...w}, 'monthlyWage', { enumerable: true, get() { throw 1 } })", "invalidInput", None),
        ("(() => { const r = Proxy.revocable(w, {}); r.revoke(); return r.proxy; })()", "invalidInput", None),
        ("Object.assign([], w)", "invalidInput", None),
        ("new Map(Object.entries(w))", "invalidInput", Some("asOf")),
    ];
    for (expr, code, field) in cases {
        let (c, f, _) = thrown(calculate(js(expr)));
        assert_eq!((c.as_str(), f.as_deref()), (*code, *field), "{expr}");
    }
    assert_healthy();
}

#[wasm_bindgen_test]
fn inherited_and_prototype_keys_are_not_read() {
    // Only the object's own keys count: a polluted prototype adds nothing.
    let (code, field, _) = thrown(calculate(js("Object.create({...w})")));
    assert_eq!((code.as_str(), field.as_deref()), ("invalidInput", Some("asOf")));
    let r = calculate(js("Object.assign(Object.create({ nope: 1, monthlyWage: '1' }), w)")).unwrap();
    assert_eq!(text(&r, "contributions.total.total"), "473000");
    let r = calculate(js("Object.assign(Object.create(null), w)")).unwrap();
    assert_eq!(text(&r, "contributions.total.total"), "473000");
}

#[wasm_bindgen_test]
fn many_gives_one_item_per_request_and_throws_only_for_a_non_array() {
    let out = calculate_many(js("[w, {...w, riskGroup: 0}, {...w, monthlyWage: 10000000}]")).unwrap();
    assert_eq!(js_sys::Array::from(&out).length(), 3);
    assert_eq!(text(&out, "0.contributions.total.total"), "473000");
    assert_eq!(text(&out, "1.error.code"), "invalidInput");
    assert_eq!(text(&out, "1.error.field"), "riskGroup");
    assert!(get(&out, "2.contributions.total.total").is_string());
    let (code, _, _) = thrown(calculate_many(js("w")));
    assert_eq!(code, "invalidInput");
    let (code, _, _) = thrown(calculate_many(js("(() => { const a = []; a.length = 2 ** 32 - 1; return a; })()")));
    assert_eq!(code, "invalidInput");
    let (code, _, _) = thrown(calculate_many(js("new Array(100_001)")));
    assert_eq!(code, "invalidInput");
    // The most rows a call, every one an error (holes read as undefined).
    let out = calculate_many(js("new Array(100_000)")).unwrap();
    assert_eq!(js_sys::Array::from(&out).length(), 100_000);
    assert_eq!(text(&out, "99999.error.code"), "invalidInput");
    let out = calculate_many(js("[new Proxy({}, { ownKeys() { throw 1 } }), w]")).unwrap();
    assert_eq!(text(&out, "0.error.code"), "invalidInput");
    assert_eq!(text(&out, "1.contributions.total.total"), "473000");
}

#[wasm_bindgen_test]
fn lines_agree_with_calculate_and_answer_every_line() {
    let input = format!("{GOOD}\n{{not json\n\n  {GOOD}  \r\n[1,2]\n{{\"asOf\":\"2026-06-01\",\"segment\":\"wageEarner\",\"monthlyWage\":1e7,\"riskGroup\":1,\"enterpriseSize\":\"large\"}}\n");
    let out = calculate_lines(JsValue::from_str(&input)).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "{out}");
    let same = String::from(JSON::stringify(&calculate(js("w")).unwrap()).unwrap());
    assert_eq!(lines[0], same, "the two doors give the same response");
    assert_eq!(lines[2], same);
    for (i, field) in [(1, None), (3, None), (4, Some("monthlyWage"))] {
        let e = JSON::parse(lines[i]).unwrap();
        assert_eq!(text(&e, "error.code"), "invalidInput", "line {i}");
        assert_eq!(get(&e, "error.field").as_string().as_deref(), field, "line {i}");
    }
    let (code, _, _) = thrown(calculate_lines(js("[w]")).map(JsValue::from));
    assert_eq!(code, "invalidInput");
    // Past 64 MiB of output the call stops with an error, and the instance goes on.
    let (code, _, message) = thrown(calculate_lines(js("(JSON.stringify(w) + '\\n').repeat(15000)")).map(JsValue::from));
    assert_eq!(code, "invalidInput");
    assert!(message.contains("64 MiB"), "{message}");
    assert_healthy();
}

#[wasm_bindgen_test]
fn hostile_text_is_refused_line_by_line() {
    let deep = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
    let deep_obj = format!("{{\"asOf\":{}1{}}}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
    let long = format!("{{\"asOf\":\"{}\"}}", "9".repeat(5_000_000));
    let cases = [
        deep.as_str(),
        deep_obj.as_str(),
        long.as_str(),
        "{\"asOf\":\"\\ud800\"}",
        "{\"asOf\":\"2026-06-01\",}",
        "{\"asOf\" \"2026-06-01\"}",
        "{\"a\":01}",
        "{\"a\":-}",
        "{\"a\":1.}",
        "{\"a\":\"\u{1}\"}",
        "{\"a\":tru}",
        "{} {}",
        "\"unterminated",
        "{\"__proto__\":1}",
    ];
    let input = cases.join("\n");
    let out = calculate_lines(JsValue::from_str(&input)).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), cases.len());
    for (i, line) in lines.iter().enumerate() {
        let e = JSON::parse(line).unwrap();
        assert!(get(&e, "error.code").is_string(), "case {i} gives an error: {line}");
    }
    assert_eq!(text(&JSON::parse(lines[13]).unwrap(), "error.code"), "unknownField");
    // Escapes are read as JSON.parse reads them.
    let esc = r#"{"asOf":"2026-06-01","segment":"wage\u0045arner","monthlyWage":"5000000","riskGroup":1,"enterpriseSize":"lar\u0067e"}"#;
    let out = calculate_lines(JsValue::from_str(esc)).unwrap();
    assert!(out.contains(r#""total":"473000""#), "{out}");
    assert_healthy();
}

#[wasm_bindgen_test]
fn rules_and_version() {
    let r = rules().unwrap();
    assert_eq!(text(&r, "coverageFrom"), "2015-07-01");
    assert!(text(&r, "verifiedUntil").len() == 10);
    for k in ["instruments", "occupations", "reliefs"] {
        let a = get(&r, k);
        assert!(js_sys::Array::is_array(&a) && js_sys::Array::from(&a).length() > 0, "{k}");
    }
    assert!(get(&r, "instruments.0.titleEn").is_string());
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

/// Requests of every segment, with events and a sponsor budget, in both languages, some of them
/// refused: the contract's worked examples and a few more.
fn sample_requests() -> Vec<String> {
    let doc = include_str!("../../docs/contract-benefits.md");
    let doc = &doc[doc.find("## Worked examples").expect("the contract's worked examples")..];
    let doc = doc[3..].find("\n## ").map_or(doc, |end| &doc[..end + 3]);
    let mut out: Vec<String> = Vec::new();
    let mut block: Option<String> = None;
    for line in doc.lines() {
        match (line.trim(), block.as_mut()) {
            ("```json", None) => block = Some(String::new()),
            ("```", Some(_)) => out.extend(block.take()),
            (l, Some(b)) => b.push_str(l),
            _ => {}
        }
    }
    assert!(out.len() >= 5, "the contract's worked examples are found");
    let more = [
        GOOD,
        r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"12000000","riskGroup":5,"enterpriseSize":"medium","birthDate":"1968-02-10","lang":"en","event":{"kind":"retirement","date":"2026-05-01"}}"#,
        r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"4000000","riskGroup":2,"enterpriseSize":"small","event":{"kind":"death","date":"2026-05-20"}}"#,
        r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"6000000","riskGroup":3,"enterpriseSize":"large","lang":"en","event":{"kind":"temporaryIncapacity","incapacityMonths":24}}"#,
        r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"3200000","riskGroup":1,"enterpriseSize":"micro","laborIntensive":true,"detail":"amounts"}"#,
        r#"{"asOf":"2026-06-01","segment":"selfEmployed","dailyIncome":"60000","occupation":"fisher","employsOthers":true}"#,
        r#"{"asOf":"2026-06-01","segment":"selfEmployed","weeklyIncome":"304507","occupation":"streetVendor","includeJht":true,"lang":"en","event":{"kind":"death","date":"2026-05-20"}}"#,
        r#"{"asOf":"2026-11-01","segment":"selfEmployed","sponsor":{"months":12,"groups":[{"count":120,"monthlyIncome":"1000000","occupation":"fisher"}]}}"#,
        r#"{"asOf":"2026-11-01","segment":"selfEmployed","lang":"en","sponsor":{"months":3,"groups":[{"count":7,"monthlyIncome":"2500000","occupation":"driver"},{"count":2,"monthlyIncome":"900000","occupation":"fisher"}]}}"#,
        r#"{"asOf":"2026-06-01","segment":"construction","contractValue":"2500000000"}"#,
        r#"{"asOf":"2026-06-01","segment":"construction","contractValue":"150000000","lang":"en"}"#,
        r#"{"asOf":"2026-06-01","segment":"migrant","contractMonths":24,"extensionMonths":12,"includeJht":true,"jhtMonthlyAmount":"100000"}"#,
        r#"{"asOf":"2026-06-01","segment":"migrant","contractMonths":6,"lang":"en","event":{"kind":"death","date":"2026-05-20"}}"#,
        r#"{"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"5000000","riskGroup":9,"enterpriseSize":"large"}"#,
        r#"{"asOf":"2026-06-01","segment":"selfEmployed","lang":"en","sponsor":{"months":0,"groups":[]}}"#,
    ];
    out.extend(more.iter().map(|s| s.to_string()));
    out
}

#[wasm_bindgen_test]
fn objects_are_the_json_text_of_the_same_request_parsed() {
    // Same keys in the same order, same types (null where the text has null, never undefined),
    // same values, plain objects and arrays only.
    let same = Function::new_with_args(
        "a, b",
        "const diff = (x, y, p) => { \
           if (typeof x !== typeof y) return p + ': ' + typeof x + ' against ' + typeof y; \
           if (x === null || y === null || typeof x !== 'object') return Object.is(x, y) ? '' : p + ': ' + String(x) + ' against ' + String(y); \
           if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return p + ': not the same kind of object'; \
           const kx = Object.keys(x), ky = Object.keys(y); \
           if (kx.join() !== ky.join()) return p + ': keys ' + kx.join() + ' against ' + ky.join(); \
           for (const k of kx) { const d = diff(x[k], y[k], p + '.' + k); if (d) return d; } return ''; }; \
         return diff(a, b, '');",
    );
    let mut answered = 0;
    let mut refused = 0;
    for req in sample_requests() {
        let raw = read_text(&req).expect("the sample is valid JSON");
        let expected = match crate::calculate(&raw) {
            Ok(r) => crate::json::to_string(&r),
            Err(e) => crate::json::to_string(&crate::error::ErrorEnvelope { error: &e }),
        }
        .expect("the JSON writer writes it");
        let expected = JSON::parse(&expected).unwrap();
        match calculate(JSON::parse(&req).unwrap()) {
            Ok(got) => {
                answered += 1;
                let d = same.call2(&JsValue::NULL, &got, &expected).unwrap().as_string().unwrap();
                assert_eq!(d, "", "{req}");
            }
            Err(e) => {
                refused += 1;
                let (code, field, message) = thrown(Err(e));
                assert_eq!(code, text(&expected, "error.code"), "{req}");
                assert_eq!(field, get(&expected, "error.field").as_string(), "{req}");
                assert_eq!(message, text(&expected, "error.message"), "{req}");
            }
        }
        #[cfg(feature = "bulk")]
        {
            let many = calculate_many(JSON::parse(&format!("[{req}]")).unwrap()).unwrap();
            let d = same.call2(&JsValue::NULL, &Reflect::get(&many, &0.into()).unwrap(), &expected).unwrap().as_string().unwrap();
            assert_eq!(d, "", "calculateMany: {req}");
        }
    }
    assert!(answered >= 15 && refused >= 2, "{answered} answered, {refused} refused");
    let d = same.call2(&JsValue::NULL, &rules().unwrap(), &JSON::parse(&crate::json::to_string(&crate::rules::rules()).unwrap()).unwrap());
    assert_eq!(d.unwrap().as_string().unwrap(), "", "rules");
}
