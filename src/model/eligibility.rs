//! Who may take part: education levels, conditions and categories.
use super::{Source, Text};

crate::string_enum! {
    /// An education level, as the self-check and the policy files name it.
    pub enum Education as "Education" {
        Doctorate = "doctorate",
        Master = "master",
        Bachelor = "bachelor",
        JuniorCollege = "juniorCollege",
        TechnicianSenior = "technicianSenior",
        TechnicianPreparatory = "technicianPreparatory",
        SpecialVocational = "specialVocational",
        SecondaryVocational = "secondaryVocational",
        None = "none",
    }
}

impl Education {
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            Education::Doctorate => ("博士研究生", "doctorate"),
            Education::Master => ("硕士研究生", "master's degree"),
            Education::Bachelor => ("本科", "bachelor's degree"),
            Education::JuniorCollege => ("专科（高职）", "junior college"),
            Education::TechnicianSenior => (
                "技师学院高级工班",
                "technician college, senior-worker class",
            ),
            Education::TechnicianPreparatory => (
                "技师学院预备技师班",
                "technician college, preparatory-technician class",
            ),
            Education::SpecialVocational => (
                "特殊教育院校职业教育类",
                "special-school vocational programme",
            ),
            Education::SecondaryVocational => {
                ("中职（中专、职高、技校）", "secondary vocational school")
            }
            Education::None => ("以上都不是", "none of these"),
        }
    }
}

/// One condition of an eligibility category, each with its own source.
#[derive(Debug, Clone)]
pub enum Condition {
    /// Education level in `included`; levels in `unsettled` are ones the document does not settle.
    Education {
        included: Vec<Education>,
        unsettled: Vec<Education>,
        source: Source,
    },
    /// Left school no more than `years` years before the as-of date (inclusive).
    LeftSchoolWithin {
        years: u32,
        source: Source,
    },
    /// Age in full years on the as-of date, inclusive bounds.
    AgeBetween {
        min: u32,
        max: u32,
        source: Source,
    },
    NotEmployed {
        source: Source,
    },
    RegisteredUnemployed {
        source: Source,
    },
    Hukou {
        provinces: Vec<String>,
        source: Source,
    },
    /// The county is a hard/remote area, an old industrial base or a county lifted
    /// out of poverty, and such areas "may extend" (可扩大) the plan to this group:
    /// whether one has is a local decision, so the answer is "ask locally" unless the
    /// county is in `extended_in` (counties known to have extended it).
    HardshipArea {
        extended_in: Vec<String>,
        /// The kind of areas, in the document's words ("艰苦边远地区、老工业基地、脱贫县").
        areas: Text,
        /// The question a form asks about them.
        question: Text,
        source: Source,
    },
    /// Not a pupil or student: a person still in school is not unemployed (失业).
    NotInSchool {
        source: Source,
    },
}

impl Condition {
    pub fn source(&self) -> &Source {
        match self {
            Condition::Education { source, .. }
            | Condition::LeftSchoolWithin { source, .. }
            | Condition::AgeBetween { source, .. }
            | Condition::NotEmployed { source }
            | Condition::RegisteredUnemployed { source }
            | Condition::Hukou { source, .. }
            | Condition::HardshipArea { source, .. }
            | Condition::NotInSchool { source } => source,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Category {
    pub id: String,
    pub name: Text,
    pub conditions: Vec<Condition>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone)]
pub struct Eligibility {
    pub categories: Vec<Category>,
}
