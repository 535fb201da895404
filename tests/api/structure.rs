//! The code's own structure: no two files of `src/` import each other, directly or around a
//! circle, and no handler calls another domain's handlers. Read from the source as text, so a
//! new import that closes a circle fails here with the circle named.
//!
//! FUTURE: check whole folders too. Files have no circle, but folders still reach each other
//! around some (error pages and i18n; the desk's pages and organisers; review and tallies
//! through the export links and the filters): layering them is the next step.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, keyed by its module path (`review::repo`, `` for lib.rs).
fn modules() -> BTreeMap<String, PathBuf> {
    fn walk(dir: &Path, prefix: &[String], found: &mut BTreeMap<String, PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                let mut inner = prefix.to_vec();
                inner.push(name);
                walk(&path, &inner, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let mut module = prefix.to_vec();
                if !matches!(name.as_str(), "mod" | "lib" | "main") {
                    module.push(name.clone());
                }
                if name != "main" {
                    found.insert(module.join("::"), path);
                }
            }
        }
    }
    let mut found = BTreeMap::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &[],
        &mut found,
    );
    found
}

/// The code of a file without its tests, which may reach anywhere.
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.split("#[cfg(test)]").next().unwrap().to_string()
}

/// Paths the code names from `crate::` or `super::`, and `use` of its own submodules,
/// as module-path segments; `a::{b, c::d}` gives `a::b` and `a::c::d`.
fn named_paths(module: &str, code: &str) -> Vec<Vec<String>> {
    let own: Vec<String> = if module.is_empty() {
        vec![]
    } else {
        module.split("::").map(str::to_string).collect()
    };
    let mut paths = Vec::new();
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        let start_of_word = i == 0 || !is_ident(bytes[i - 1]) && bytes[i - 1] != b':';
        let root = if !start_of_word {
            None
        } else if rest.starts_with(b"crate::") {
            Some((Vec::new(), "crate::".len()))
        } else if rest.starts_with(b"super::") {
            Some((own[..own.len().saturating_sub(1)].to_vec(), "super::".len()))
        } else if rest.starts_with(b"self::") {
            Some((own.clone(), "self::".len()))
        } else {
            None
        };
        // `repo::insert` in a module's own file names its child `repo`.
        let child = start_of_word && i + 1 < bytes.len() && bytes[i].is_ascii_lowercase() && {
            let end = i + rest.iter().take_while(|b| is_ident(**b)).count();
            code[end..].starts_with("::")
        };
        let root = root.or_else(|| child.then(|| (own.clone(), 0)));
        let Some((base, skip)) = root else {
            i += 1;
            continue;
        };
        let mut j = i + skip;
        let mut segments = base.clone();
        loop {
            let word_end = j + code[j..].bytes().take_while(|b| is_ident(*b)).count();
            if word_end > j {
                segments.push(code[j..word_end].to_string());
                j = word_end;
                if code[j..].starts_with("::") {
                    j += 2;
                    continue;
                }
                paths.push(segments.clone());
            } else if code[j..].starts_with('{') {
                let close = j + code[j..].find('}').unwrap();
                for item in code[j + 1..close].split(',') {
                    let mut path = segments.clone();
                    path.extend(
                        item.trim()
                            .split(" as ")
                            .next()
                            .unwrap()
                            .split("::")
                            .filter(|s| !s.is_empty() && *s != "self")
                            .map(str::to_string),
                    );
                    paths.push(path);
                }
                j = close;
            }
            break;
        }
        i = j.max(i + 1);
    }
    paths
}

/// The file a named path lands in: the longest prefix of it that is a module.
fn target(path: &[String], modules: &BTreeMap<String, PathBuf>) -> Option<String> {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|m| modules.contains_key(m))
}

fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    modules
        .iter()
        .map(|(module, path)| {
            let targets = named_paths(module, &code_of(path))
                .iter()
                .filter_map(|p| target(p, &modules))
                .filter(|t| t != module)
                .collect();
            (module.clone(), targets)
        })
        .collect()
}

/// The groups of files that reach each other (Tarjan's strongly connected components).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<String, usize>,
        low: BTreeMap<String, usize>,
        stack: Vec<String>,
        found: Vec<Vec<String>>,
    }
    impl Walk<'_> {
        fn visit(&mut self, node: &str) {
            let n = self.index.len();
            self.index.insert(node.to_string(), n);
            self.low.insert(node.to_string(), n);
            self.stack.push(node.to_string());
            for next in self.graph.get(node).into_iter().flatten() {
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node.to_string(), low);
                } else if self.stack.contains(next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node.to_string(), low);
                }
            }
            if self.low[node] == self.index[node] {
                let at = self.stack.iter().position(|n| n == node).unwrap();
                let group = self.stack.split_off(at);
                if group.len() > 1 {
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !walk.index.contains_key(node) {
            walk.visit(node);
        }
    }
    walk.found
}

/// A domain's `mod.rs` and its parts may use each other (its operations call its `repo.rs`,
/// which reads its types); files of different folders may not, around any circle.
#[test]
fn no_import_circle_crosses_a_folder() {
    let graph = imports();
    assert!(
        graph["review::routes"].contains("review::filter")
            && graph["feedback::routes"].contains("consultations::lookup")
            && graph["review"].contains("review::repo"),
        "the import reader misses imports: {graph:#?}"
    );
    for group in circles(&graph) {
        let folders: BTreeSet<&str> = group
            .iter()
            .map(|m| m.split("::").next().unwrap())
            .collect();
        assert!(
            folders.len() == 1 && !folders.contains(""),
            "an import circle through {}: {group:?}",
            folders.into_iter().collect::<Vec<_>>().join(", ")
        );
    }
}

#[test]
fn handlers_call_no_other_domains_handlers() {
    for (module, targets) in imports() {
        if module == "startup" || module.is_empty() {
            continue;
        }
        let domain = module.split("::").next().unwrap();
        for target in targets {
            let other = target.split("::").next().unwrap();
            assert!(
                !(target.ends_with("::routes") && other != domain),
                "{module} uses {target}: handlers of another domain"
            );
        }
    }
}

#[test]
fn the_import_reader_finds_what_a_file_names() {
    let code = "use super::{Organiser, repo, session};\nuse crate::review::filter::parse_filter;\n\
                let x = crate::audit::repo::record_now(conn);";
    let found: Vec<String> = named_paths("organisers::routes", code)
        .iter()
        .map(|p| p.join("::"))
        .collect();
    assert_eq!(
        found,
        [
            "organisers::Organiser",
            "organisers::repo",
            "organisers::session",
            "review::filter::parse_filter",
            "audit::repo::record_now"
        ]
    );
}
