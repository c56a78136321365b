//! The questions of the self-check: which input field each condition turns on, the
//! order a form shows them in, their generic wording.
use super::{text, ChoiceList, Question, QuestionKind};
use crate::eligibility::InputField;

/// The questions a condition asks, in the order a form shows them.
pub(super) const ORDER: [InputField; 9] = [
    InputField::BirthDate,
    InputField::Education,
    InputField::LeftSchoolOn,
    InputField::Employed,
    InputField::InSchool,
    InputField::RegisteredUnemployed,
    InputField::HukouProvince,
    InputField::HardshipArea,
    InputField::County,
];

pub(super) fn generic_question(id: InputField) -> Question {
    let (kind, options, zh, en) = match id {
        InputField::BirthDate => (QuestionKind::Date, None, "出生日期", "Date of birth"),
        InputField::Education => (
            QuestionKind::Choice,
            Some(ChoiceList::EducationLevels),
            "最高学历（毕业的学校）",
            "Highest education (school you graduated from)",
        ),
        InputField::LeftSchoolOn => (
            QuestionKind::Date,
            None,
            "离校（毕业）日期",
            "Date you left school",
        ),
        InputField::Employed => (
            QuestionKind::YesNo,
            None,
            "你现在有工作吗？",
            "Do you have a job now?",
        ),
        InputField::InSchool => (
            QuestionKind::YesNo,
            None,
            "你现在还在读书吗？",
            "Are you still in school?",
        ),
        InputField::RegisteredUnemployed => (
            QuestionKind::YesNo,
            None,
            "你已在公共就业服务机构办理失业登记吗？",
            "Are you registered as unemployed at the public employment service?",
        ),
        InputField::HukouProvince => (
            QuestionKind::Choice,
            Some(ChoiceList::HukouProvinces),
            "户籍所在省份",
            "Province of household registration (hukou)",
        ),
        _ => (QuestionKind::Text, None, "所在县（市、区）", "Your county"),
    };
    Question {
        id,
        kind,
        options,
        label: text(zh, en),
        heading: None,
        // The questions every category set turns on are asked from the start; the
        // others when an answer makes them matter (`ask` of checkEligibility).
        always: matches!(
            id,
            InputField::BirthDate
                | InputField::Education
                | InputField::LeftSchoolOn
                | InputField::Employed
        ),
        source: None,
    }
}
