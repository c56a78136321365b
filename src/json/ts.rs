//! The TypeScript side of the declarations (`answer!`, `string_enum!`): the type of
//! each Rust type an answer holds, and the text of the declarations. Only native code
//! (the tests) calls these, so none of it reaches the .wasm.
use chrono::NaiveDate;

/// The TypeScript type of a value an answer holds.
pub trait TsType {
    fn ts(out: &mut String);
    /// The type of a field left out when absent (`name?: T`): `Option<T>` gives `T`.
    fn ts_present(out: &mut String) {
        Self::ts(out)
    }
}

/// A declared type: its `export interface …` (or `export type …`) text.
pub trait TsInterface {
    fn ts_declaration(out: &mut String);
}

/// One declaration, as `api::typescript_sections` lists them.
pub type Declaration = fn(&mut String);

/// The declaration of `T`.
pub fn declaration<T: TsInterface + ?Sized>() -> Declaration {
    T::ts_declaration
}

/// The text of a section: its declarations in order.
pub fn section_text(declarations: &[Declaration]) -> String {
    let mut out = String::new();
    for d in declarations {
        d(&mut out);
    }
    out
}

/// `/** … */` from doc lines (joined into one line; `None`: another attribute), indented.
pub fn write_doc(out: &mut String, indent: &str, lines: &[Option<&str>]) {
    let text: Vec<&str> = lines
        .iter()
        .flatten()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    if text.is_empty() {
        return;
    }
    out.push_str(indent);
    out.push_str("/** ");
    out.push_str(&text.join(" "));
    out.push_str(" */\n");
}

/// `"a" | "b" | "c"`.
pub fn write_union(out: &mut String, ids: &[&str]) {
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        out.push('"');
        out.push_str(id);
        out.push('"');
    }
}

macro_rules! ts_types {
    ($($t:ty => $ts:literal),* $(,)?) => {$(
        impl TsType for $t {
            fn ts(out: &mut String) {
                out.push_str($ts)
            }
        }
    )*};
}
ts_types!(
    str => "string",
    String => "string",
    bool => "boolean",
    u8 => "number",
    u32 => "number",
    i32 => "number",
    i64 => "number",
    usize => "number",
    NaiveDate => "DateString",
);

impl<T: TsType + ?Sized> TsType for &T {
    fn ts(out: &mut String) {
        T::ts(out)
    }
    fn ts_present(out: &mut String) {
        T::ts_present(out)
    }
}

impl<T: TsType> TsType for Option<T> {
    fn ts(out: &mut String) {
        T::ts(out);
        out.push_str(" | null");
    }
    fn ts_present(out: &mut String) {
        T::ts(out)
    }
}

impl<T: TsType> TsType for [T] {
    fn ts(out: &mut String) {
        let mut item = String::new();
        T::ts(&mut item);
        // `A | B` and `keyof X` need brackets before `[]`.
        if item.contains(' ') {
            out.push('(');
            out.push_str(&item);
            out.push(')');
        } else {
            out.push_str(&item);
        }
        out.push_str("[]");
    }
}

impl<T: TsType> TsType for Vec<T> {
    fn ts(out: &mut String) {
        <[T]>::ts(out)
    }
}

/// The line that opens a generated section of `types/jianxi-types.d.ts`.
pub fn section_start(name: &str) -> String {
    format!("// generated: {name} (from the answer! and string_enum! declarations in src/; `JIANXI_WRITE_TYPES=1 cargo test --test typescript` writes it)\n")
}

/// The line that closes it.
pub fn section_end(name: &str) -> String {
    format!("// end generated: {name}\n")
}

/// Where the text of section `name` lies in `dts`, between its start and end lines.
fn section_range(dts: &str, name: &str) -> Result<std::ops::Range<usize>, String> {
    let start = section_start(name);
    let from = dts
        .find(&start)
        .ok_or_else(|| format!("no line `{}` in the .d.ts", start.trim_end()))?
        + start.len();
    let to = dts[from..]
        .find(&section_end(name))
        .ok_or_else(|| format!("section {name} is not closed"))?
        + from;
    Ok(from..to)
}

/// Ok when section `name` of `dts` is exactly what the declarations generate; else
/// the first line that differs, both ways.
pub fn check_section(dts: &str, name: &str, declarations: &[Declaration]) -> Result<(), String> {
    let range = section_range(dts, name)?;
    let written = &dts[range];
    let generated = section_text(declarations);
    if written == generated {
        return Ok(());
    }
    let (w, g): (Vec<&str>, Vec<&str>) = (written.lines().collect(), generated.lines().collect());
    let k = (0..w.len().max(g.len()))
        .find(|k| w.get(*k) != g.get(*k))
        .unwrap_or(0);
    Err(format!(
        "section {name} of the .d.ts differs from the Rust declarations at its line {}:\n  .d.ts: {}\n  Rust:  {}",
        k + 1,
        w.get(k).unwrap_or(&"(end)"),
        g.get(k).unwrap_or(&"(end)")
    ))
}

/// `dts` with section `name` replaced by what the declarations generate.
pub fn write_section(
    dts: &str,
    name: &str,
    declarations: &[Declaration],
) -> Result<String, String> {
    let range = section_range(dts, name)?;
    Ok(format!(
        "{}{}{}",
        &dts[..range.start],
        section_text(declarations),
        &dts[range.end..]
    ))
}

/// `export type ErrorCode = …`: every code of `error::code::ALL`, in its order (the code of
/// a thrown `JianxiError` and of an estimate's `rejectedRows`).
pub fn error_codes(out: &mut String) {
    let codes: Vec<&str> = crate::error::code::ALL.iter().map(|c| c.as_str()).collect();
    named_union(
        out,
        "The stable code of an error (README.md says what each means).",
        "ErrorCode",
        &codes,
    );
}

/// `export type HukouProvince = …`: the provinces `hukouProvince` accepts (`policy::PROVINCES`).
pub fn hukou_provinces(out: &mut String) {
    named_union(
        out,
        "Pinyin of a province-level division.",
        "HukouProvince",
        &crate::policy::PROVINCES,
    );
}

/// `/** doc */ export type Name = "a" | "b";` for a list kept as strings in Rust.
fn named_union(out: &mut String, doc: &str, name: &str, ids: &[&str]) {
    write_doc(out, "", &[Some(doc)]);
    out.push_str("export type ");
    out.push_str(name);
    out.push_str(" = ");
    write_union(out, ids);
    out.push_str(";\n");
}
