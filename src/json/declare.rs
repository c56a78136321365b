//! Each answer shape declared once. `answer!` declares an output struct with the JSON
//! name of every field and generates the struct, its `ToJson` (the same `object` call a
//! hand-written impl makes: no extra code per type in the .wasm) and its TypeScript
//! interface (`TsInterface`, native builds only: nothing in the .wasm calls it).
//! `string_enum!` does the same for a state written as a string ("passed", "list").
//! `api::typescript_sections` lists the declared types by section of
//! `types/jianxi-types.d.ts`; `tests/typescript.rs` checks that the file says exactly that.
//!
//! ```text
//! answer! {
//!     /// A message with a stable code.
//!     #[derive(Debug, Clone, PartialEq)]
//!     pub struct Msg {
//!         pub code: &'static str => "code",
//!         /// Chinese text.
//!         pub zh: String => "zh",
//!         pub note: Option<Text> => "note" if some,          // left out when None: `note?: Text`
//!         pub missing: Option<&'static str> => "missing" as "keyof EligibilityInput",
//!     }
//! }
//! ```
//! A field is `name: Type => "jsonName"`, then optionally `if some` (an `Option` left
//! out of the object when `None`, `jsonName?: T` in TypeScript; without it `None` is
//! `null`, `T | null`) and `as "TS type"` (where the Rust type says less than the
//! TypeScript one). Fields the engine keeps beside an answer but does not write
//! (`RemainingOut::doc`) follow the struct in `internal { … }`: plain fields, no JSON name,
//! not in the interface. The struct may borrow (`pub struct FormSpec<'a>`) and may be named
//! otherwise in TypeScript (`pub struct DeadlineResult as "ReportDeadlineResult"`).
//! Doc comments of the struct and its fields become the interface's JSDoc.

/// Declares an answer struct, its `ToJson` and its TypeScript interface (see the module).
#[macro_export]
macro_rules! answer {
    (
        $(#[$attr:ident $($attr_args:tt)*])*
        $vis:vis struct $name:ident $(<$($lt:lifetime),+>)? $(as $ts_name:literal)? {
            $(
                $(#[$fattr:ident $($fattr_args:tt)*])*
                $fvis:vis $field:ident : $ty:ty => $json:literal $(if $some:ident)? $(as $ts:literal)?
            ),* $(,)?
        }
        $(internal {
            $(
                $(#[$iattr:ident $($iattr_args:tt)*])*
                $ivis:vis $ifield:ident : $ity:ty
            ),* $(,)?
        })?
    ) => {
        $(#[$attr $($attr_args)*])*
        $vis struct $name $(<$($lt),+>)? {
            $( $(#[$fattr $($fattr_args)*])* $fvis $field: $ty, )*
            $($( $(#[$iattr $($iattr_args)*])* $ivis $ifield: $ity, )*)?
        }

        impl $(<$($lt),+>)? $crate::json::ToJson for $name $(<$($lt),+>)? {
            fn write_json(&self, out: &mut String) {
                $crate::json::object(
                    out,
                    &[$( ($json, $crate::answer!(@value self.$field $(, $some)?)), )*],
                );
            }
        }

        impl $(<$($lt),+>)? $crate::json::ts::TsType for $name $(<$($lt),+>)? {
            fn ts(out: &mut String) {
                out.push_str($crate::answer!(@name $name $(, $ts_name)?));
            }
        }

        impl $(<$($lt),+>)? $crate::json::ts::TsInterface for $name $(<$($lt),+>)? {
            fn ts_declaration(out: &mut String) {
                $crate::json::ts::write_doc(
                    out,
                    "",
                    &[$($crate::__ts_doc!($attr $($attr_args)*)),*],
                );
                out.push_str("export interface ");
                out.push_str($crate::answer!(@name $name $(, $ts_name)?));
                out.push_str(" {\n");
                $(
                    $crate::json::ts::write_doc(
                        out,
                        "  ",
                        &[$($crate::__ts_doc!($fattr $($fattr_args)*)),*],
                    );
                    out.push_str("  ");
                    out.push_str($json);
                    $crate::answer!(@ts out, $ty $(, $some)? $(; $ts)?);
                    out.push_str(";\n");
                )*
                out.push_str("}\n");
            }
        }
    };
    (@value $e:expr) => { &$e as &dyn $crate::json::ToJson };
    (@value $e:expr, some) => { &$crate::json::OrOmit(&$e) as &dyn $crate::json::ToJson };
    (@name $name:ident) => { stringify!($name) };
    (@name $name:ident, $ts_name:literal) => { $ts_name };
    (@ts $out:ident, $ty:ty) => {{
        $out.push_str(": ");
        <$ty as $crate::json::ts::TsType>::ts($out);
    }};
    (@ts $out:ident, $ty:ty, some) => {{
        $out.push_str("?: ");
        <$ty as $crate::json::ts::TsType>::ts_present($out);
    }};
    (@ts $out:ident, $ty:ty; $ts:literal) => {{
        $out.push_str(": ");
        $out.push_str($ts);
    }};
    (@ts $out:ident, $ty:ty, some; $ts:literal) => {{
        $out.push_str("?: ");
        $out.push_str($ts);
    }};
}

/// Declares a state written as a JSON string: the enum (Copy, Eq), `as_str`, `IDS`
/// (the strings in order, for `Obj::choice`), `from_id`, `ToJson` and its TypeScript
/// type: the union of its strings, written where it is used, or with `as "Name"` that
/// name, declared as `export type Name = …` by `TsInterface`.
#[macro_export]
macro_rules! string_enum {
    (
        $(#[$attr:ident $($attr_args:tt)*])*
        $vis:vis enum $name:ident $(as $ts_name:literal)? {
            $( $(#[$vattr:ident $($vattr_args:tt)*])* $variant:ident = $json:literal ),+ $(,)?
        }
    ) => {
        $(#[$attr $($attr_args)*])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name {
            $( $(#[$vattr $($vattr_args)*])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Their JSON strings, in the same order.
            pub const IDS: &'static [&'static str] = &[$($json),+];
            pub fn as_str(self) -> &'static str {
                // The variants are 0, 1, … in declaration order, as `IDS` is: a table
                // look-up, smaller in the .wasm than a match over string literals.
                Self::IDS[self as usize]
            }
            pub fn from_id(id: &str) -> Option<$name> {
                match id {
                    $( $json => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        impl $crate::json::ToJson for $name {
            fn write_json(&self, out: &mut String) {
                $crate::json::write_id(out, Self::IDS, *self as usize)
            }
        }

        impl $crate::json::ts::TsType for $name {
            fn ts(out: &mut String) {
                $crate::string_enum!(@ts out, [$($json),+] $(, $ts_name)?);
            }
        }

        impl $crate::json::ts::TsInterface for $name {
            fn ts_declaration(out: &mut String) {
                // A union without a name is written where it is used, not declared.
                if !$crate::string_enum!(@named $($ts_name)?) {
                    return;
                }
                $crate::json::ts::write_doc(
                    out,
                    "",
                    &[$($crate::__ts_doc!($attr $($attr_args)*)),*],
                );
                out.push_str("export type ");
                <$name as $crate::json::ts::TsType>::ts(out);
                out.push_str(" = ");
                $crate::json::ts::write_union(out, Self::IDS);
                out.push_str(";\n");
            }
        }
    };
    (@named) => { false };
    (@named $ts_name:literal) => { true };
    (@ts $out:ident, [$($json:literal),+]) => {
        $crate::json::ts::write_union($out, &[$($json),+])
    };
    (@ts $out:ident, [$($json:literal),+], $ts_name:literal) => {
        $out.push_str($ts_name)
    };
}

/// The JSON of a `string_enum!` value: `ids[index]` in quotes. One function for every
/// enum, and no escape scan: an id is a plain ASCII literal of the declaration.
#[doc(hidden)]
#[inline(never)]
pub fn write_id(out: &mut String, ids: &[&str], index: usize) {
    let id = ids[index];
    debug_assert!(id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
    out.push('"');
    out.push_str(id);
    out.push('"');
}

/// The text of a doc attribute (`/// …`); other attributes give `None`.
#[doc(hidden)]
#[macro_export]
macro_rules! __ts_doc {
    (doc = $text:expr) => {
        Some($text)
    };
    ($($other:tt)*) => {
        None
    };
}
