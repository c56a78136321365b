//! One error type for every entry point: a stable code, the field it is about,
//! and a message in Chinese and in English.
use std::fmt;

/// Boxed, so that every `Result` the engine passes around stays one pointer wide
/// (this alone took 27 KB off the .wasm). Fields read through `Deref`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError(Box<ErrorDetail>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorDetail {
    /// Stable, documented identifier (e.g. `INVALID_DATE`).
    pub code: Code,
    /// Path of the input field the error is about (`internList[3].outcome.on`), or "" for the whole input.
    pub field: String,
    /// Chinese message.
    pub message: String,
    /// English message.
    pub message_en: String,
}

impl ApiError {
    pub fn new(
        code: Code,
        field: impl Into<String>,
        zh: impl Into<String>,
        en: impl Into<String>,
    ) -> Self {
        ApiError(Box::new(ErrorDetail {
            code,
            field: field.into(),
            message: zh.into(),
            message_en: en.into(),
        }))
    }
}

impl ApiError {
    /// An entry point called before any policy data was loaded.
    pub fn no_policy_data() -> Self {
        ApiError::new(
            code::NO_POLICY_DATA,
            "",
            "尚未加载政策数据：请先调用 loadPolicies()（页面加载 data/policies.json）。",
            "No policy data is loaded: call loadPolicies() first (the pages load data/policies.json).",
        )
    }

    /// The field without its positions (`internList[3].outcomeDate` → `internList.outcomeDate`):
    /// a stable key a page can map to the label of its own question.
    pub fn field_key(&self) -> String {
        let mut key = String::with_capacity(self.field.len());
        let mut depth = 0;
        for c in self.field.chars() {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                _ if depth == 0 => key.push(c),
                _ => {}
            }
        }
        key
    }
}

impl std::ops::Deref for ApiError {
    type Target = ErrorDetail;
    fn deref(&self) -> &ErrorDetail {
        &self.0
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "[{}] {}: {} / {}",
            self.code, self.field, self.message, self.message_en
        )
    }
}

impl std::error::Error for ApiError {}

/// An error code. Only the constants of [`code`] make one, so every code thrown is in
/// `code::ALL`, which tests/schema.rs checks against README.md and the `.d.ts`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code(&'static str);

impl Code {
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// Declares each code once: its constant (named as it is spelled) and its place in `ALL`.
macro_rules! codes {
    ($($name:ident),* $(,)?) => {
        $(pub const $name: Code = Code(stringify!($name));)*
        /// Every code, in the order README.md lists them.
        pub const ALL: &[Code] = &[$($name),*];
    };
}

/// The error codes (documented in README.md and `types/jianxi-types.d.ts`).
pub mod code {
    use super::Code;
    codes!(
        NOT_AN_OBJECT,
        MISSING_FIELD,
        WRONG_TYPE,
        INVALID_DATE,
        INVALID_NUMBER,
        OUT_OF_RANGE,
        UNKNOWN_VALUE,
        UNKNOWN_FIELD,
        TOO_LONG,
        INCONSISTENT,
        UNKNOWN_PROVINCE,
        NO_RULE_FOR_DATE,
        NO_CALENDAR,
        NO_MINIMUM_WAGE,
        TIER_REQUIRED,
        POLICY_INVALID,
        // An entry point called before `loadPolicies`: the .wasm carries no policy data.
        NO_POLICY_DATA,
        // A fault of the engine itself (a panic caught at the Wasm boundary); never expected.
        INTERNAL,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_keys_drop_positions() {
        let key = |f: &str| ApiError::new(code::INVALID_DATE, f, "", "").field_key();
        assert_eq!(key("internList[3].outcomeDate"), "internList.outcomeDate");
        assert_eq!(key("indicators[12]"), "indicators");
        assert_eq!(key("localStandard.baseAmount"), "localStandard.baseAmount");
        assert_eq!(key(""), "");
    }
}
