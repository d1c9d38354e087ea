//! No import circle under `src/store`: each file is a module, and a path to another store
//! module (`crate::store::…`, `super::…`, a child declared with `mod`) is an edge. A circle
//! (orders ↔ order_batch ↔ order_actions, carts ↔ orders::place) means no module can be
//! understood or changed alone; this test names any new one.
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Whether `circle` stays inside one module and its own children (`ledger` re-exporting
/// `ledger::verify`, which uses `super::`): a module family is one unit, not a circle between
/// modules.
fn within_one_family(circle: &[String]) -> bool {
    let head = |m: &String| m.split("::").next().unwrap_or_default().to_owned();
    circle.iter().all(|m| head(m) == head(&circle[0]))
}

/// Every module under `dir` (`orders::door` for `orders/door.rs`) with its source.
fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).expect("src/store is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if path.is_dir() {
            let mut inner = prefix.to_vec();
            inner.push(name.to_owned());
            modules(&path, &inner, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let mut segs = prefix.to_vec();
            if name != "mod" {
                segs.push(name.to_owned());
            }
            if !segs.is_empty() {
                let src = std::fs::read_to_string(&path).expect("a readable source file");
                out.insert(segs.join("::"), src);
            }
        }
    }
}

fn without_comments(src: &str) -> String {
    src.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The path at the start of `s` (`a::b::c`), with a trailing `::{…}` group expanded.
fn paths_at(s: &str) -> Vec<Vec<String>> {
    let mut segs = Vec::new();
    let mut rest = s;
    loop {
        let end = rest.find(|c: char| !is_ident(c)).unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        segs.push(rest[..end].to_owned());
        rest = &rest[end..];
        match rest.strip_prefix("::") {
            Some(r) => rest = r,
            None => return vec![segs],
        }
    }
    let Some(group) = rest.strip_prefix('{') else {
        return vec![segs];
    };
    let mut out = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                out.extend(part_paths(&segs, &group[start..i]));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.extend(part_paths(&segs, &group[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    out
}

fn part_paths(prefix: &[String], part: &str) -> Vec<Vec<String>> {
    paths_at(part.trim())
        .into_iter()
        .map(|p| prefix.iter().cloned().chain(p).collect())
        .collect()
}

/// The store modules `src` (the module `me`) refers to.
fn edges(me: &str, src: &str, known: &BTreeMap<String, String>) -> BTreeSet<String> {
    let src = without_comments(src);
    let me: Vec<String> = me.split("::").map(str::to_owned).collect();
    let mut out = BTreeSet::new();
    for (i, _) in src.char_indices() {
        let before = &src[..i];
        if before.ends_with("::") || before.chars().next_back().is_some_and(is_ident) {
            continue;
        }
        for path in paths_at(&src[i..]) {
            let segs = match path.first().map(String::as_str) {
                Some("crate") if path.get(1).is_some_and(|s| s == "store") => path[2..].to_vec(),
                Some("super") => {
                    let ups = path.iter().take_while(|s| *s == "super").count();
                    let base = &me[..me.len().saturating_sub(ups)];
                    base.iter().chain(&path[ups..]).cloned().collect()
                }
                Some(child) if path.len() > 1 => {
                    let mut inner = me.clone();
                    inner.push(child.to_owned());
                    if !known.contains_key(&inner.join("::")) {
                        continue;
                    }
                    me.iter().chain(&path).cloned().collect()
                }
                _ => continue,
            };
            let target = (1..=segs.len())
                .rev()
                .map(|n| segs[..n].join("::"))
                .find(|m| known.contains_key(m));
            if let Some(t) = target.filter(|t| *t != me.join("::")) {
                out.insert(t);
            }
        }
    }
    out
}

/// The groups of modules that reach each other (Tarjan's strongly connected components).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, v: &'a str) {
        let n = w.index.len();
        w.index.insert(v, n);
        w.low.insert(v, n);
        w.stack.push(v);
        for t in &w.graph[v] {
            if !w.index.contains_key(t.as_str()) {
                visit(w, t);
                let low = w.low[v].min(w.low[t.as_str()]);
                w.low.insert(v, low);
            } else if w.stack.contains(&t.as_str()) {
                let low = w.low[v].min(w.index[t.as_str()]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let at = w.stack.iter().rposition(|m| *m == v).unwrap_or(0);
            let mut group: Vec<String> = w.stack.drain(at..).map(str::to_owned).collect();
            group.sort();
            if group.len() > 1 {
                w.found.push(group);
            }
        }
    }
    let mut w = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !w.index.contains_key(v.as_str()) {
            visit(&mut w, v);
        }
    }
    w.found
}

fn store_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut known = BTreeMap::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store");
    modules(&dir, &[], &mut known);
    known
        .iter()
        .map(|(m, src)| (m.clone(), edges(m, src, &known)))
        .collect()
}

#[test]
fn no_store_module_imports_one_that_imports_it_back() {
    let graph = store_graph();
    assert!(graph.len() > 30, "only {} store modules found", graph.len());
    let new: Vec<Vec<String>> = circles(&graph)
        .into_iter()
        .filter(|c| !within_one_family(c))
        .collect();
    assert!(new.is_empty(), "import circles under src/store: {new:?}");
}

#[test]
fn the_order_door_sits_above_the_modules_behind_it() {
    let graph = store_graph();
    let uses = |from: &str, to: &str| graph[from].contains(to);
    assert!(uses("orders::door", "order_batch") && uses("order_batch", "order_actions"));
    assert!(uses("orders::place", "carts") && uses("order_actions", "orders"));
    for m in [
        "orders",
        "carts",
        "order_actions",
        "orders::place",
        "refunds",
    ] {
        assert!(!uses(m, "order_batch") && !uses(m, "orders::door"), "{m}");
    }
}

#[test]
fn a_circle_of_three_is_found() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut edge = |a: &str, b: &str| {
        g.entry(a.into()).or_default().insert(b.into());
        g.entry(b.into()).or_default();
    };
    edge("a", "b");
    edge("b", "c");
    edge("c", "a");
    edge("c", "d");
    assert_eq!(circles(&g), vec![vec!["a", "b", "c"]]);
    let src = "use super::{x::y, z};\nuse crate::store::a::{self, b};\n// crate::store::d\n";
    let known: BTreeMap<String, String> = ["m::x", "m::z", "a", "d", "m::k"]
        .iter()
        .map(|m| (m.to_string(), String::new()))
        .collect();
    let found: Vec<String> = edges("m::k", src, &known).into_iter().collect();
    assert_eq!(found, ["a", "m::x", "m::z"]);
}
