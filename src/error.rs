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
    pub code: &'static str,
    /// Path of the input field the error is about (`internList[3].outcome.on`), or "" for the whole input.
    pub field: String,
    /// Chinese message.
    pub message: String,
    /// English message.
    pub message_en: String,
}

impl ApiError {
    pub fn new(
        code: &'static str,
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

/// The error codes, documented in README.md (keep both lists in step).
pub mod code {
    pub const NOT_AN_OBJECT: &str = "NOT_AN_OBJECT";
    pub const MISSING_FIELD: &str = "MISSING_FIELD";
    pub const WRONG_TYPE: &str = "WRONG_TYPE";
    pub const INVALID_DATE: &str = "INVALID_DATE";
    pub const INVALID_NUMBER: &str = "INVALID_NUMBER";
    pub const OUT_OF_RANGE: &str = "OUT_OF_RANGE";
    pub const UNKNOWN_VALUE: &str = "UNKNOWN_VALUE";
    pub const UNKNOWN_FIELD: &str = "UNKNOWN_FIELD";
    pub const TOO_LONG: &str = "TOO_LONG";
    pub const INCONSISTENT: &str = "INCONSISTENT";
    pub const UNKNOWN_PROVINCE: &str = "UNKNOWN_PROVINCE";
    pub const NO_RULE_FOR_DATE: &str = "NO_RULE_FOR_DATE";
    pub const NO_CALENDAR: &str = "NO_CALENDAR";
    pub const NO_MINIMUM_WAGE: &str = "NO_MINIMUM_WAGE";
    pub const TIER_REQUIRED: &str = "TIER_REQUIRED";
    pub const POLICY_INVALID: &str = "POLICY_INVALID";
    /// An entry point was called before `loadPolicies`: the .wasm carries no policy data.
    pub const NO_POLICY_DATA: &str = "NO_POLICY_DATA";
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
