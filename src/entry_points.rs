//! The JS API's functions, listed once. `src/wasm.rs` exports them (a `#[wasm_bindgen]`
//! function each); everything else that needs the list takes it from here: the fuzz
//! target and the property tests (through `api::json::call`), `scripts/fuzz.sh` (through
//! `examples/answer.rs --entry-points`), and the checks that both `.wasm` modules export
//! exactly these and that the README's API table names them (tests/js/types.test.mjs).

/// One function of the JS API.
#[derive(Debug, Clone, Copy)]
pub struct EntryPoint {
    /// Its name in JS.
    pub name: &'static str,
    /// How many arguments it takes.
    pub args: usize,
    /// Whether it answers a question (through `api::json::call`), rather than changing the
    /// policy data in use (`loadPolicies`, `resetPolicies`).
    pub answers: bool,
    /// Whether the youth module (`pkg/jianxi_youth.js`) has it too.
    pub youth: bool,
}

const fn ask(name: &'static str, args: usize, youth: bool) -> EntryPoint {
    EntryPoint {
        name,
        args,
        answers: true,
        youth,
    }
}

/// Every function of the JS API besides the module's `default` and `initSync`, in the
/// README's order.
pub const ENTRY_POINTS: &[EntryPoint] = &[
    ask("checkEligibility", 1, true),
    ask("estimateSubsidy", 1, false),
    ask("simulate", 1, false),
    ask("validateMonthlyReport", 1, false),
    ask("reportDeadline", 1, false),
    ask("reviewDeadline", 1, false),
    ask("addWorkingDays", 2, false),
    ask("workingDaysBetween", 2, false),
    ask("policies", 0, true),
    ask("formSpec", 1, true),
    EntryPoint {
        name: "loadPolicies",
        args: 2,
        answers: false,
        youth: true,
    },
    EntryPoint {
        name: "resetPolicies",
        args: 0,
        answers: false,
        youth: true,
    },
];

/// The functions that answer a question, by name.
pub fn answering() -> impl Iterator<Item = &'static EntryPoint> {
    ENTRY_POINTS.iter().filter(|e| e.answers)
}
