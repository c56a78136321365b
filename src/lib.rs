//! jianxi (见习): the employment-internship subsidy rules of China's ten-department
//! plan and five provinces, as code. A pure core (no wasm-bindgen) that `cargo test`
//! runs natively, and a thin `wasm` boundary that only converts types and errors.
// The core has no unsafe code (so fuzzing needs no AddressSanitizer); only the wasm
// boundary, whose bindings wasm-bindgen generates, is built for wasm32.
#![cfg_attr(not(target_arch = "wasm32"), forbid(unsafe_code))]
pub mod api;
pub mod basis;
pub mod eligibility;
pub mod entry_points;
pub mod error;
pub mod form;
pub mod input;
pub mod json;
pub mod model;
pub mod output;
pub mod policy;
pub mod read_model;
pub mod report;
pub mod subsidy;
/// The summary path (`simulate`): whole API only, not in the youth module.
#[cfg(feature = "full")]
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::ApiError;
pub use input::Value;
pub use policy::PolicySet;
