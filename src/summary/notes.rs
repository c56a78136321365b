//! What the plan's answer says beside the money: warnings over all units and the tool's
//! stated rules for when the money falls due.
use crate::output::*;

pub(super) fn push_msg(list: &mut Vec<Msg>, m: Msg) {
    if !list.contains(&m) {
        list.push(m);
    }
}

/// Warnings over all units: a raised standard not above the base, remaining-period
/// conditions that cannot be checked, thresholds still open.
pub(super) fn warnings(raised_not_above: bool, unchecked: u32, open: u32) -> Vec<Msg> {
    let mut warnings = Vec::new();
    if raised_not_above {
        push_msg(&mut warnings, Msg::new(
            "RAISED_NOT_ABOVE_BASE",
            "有单位提高后的标准不高于基础标准，差额按 0 计。",
            "For some units the raised standard is not above the base; the difference is taken as 0.",
        ));
    }
    if unchecked > 0 {
        warnings.push(Msg::new(
            "REMAINING_UNCHECKED",
            format!("{unchecked} 名提前录用人员的剩余期限补贴条件无法从输入判断，未计入合计。"),
            format!("{unchecked} interns hired early have remaining-period conditions that cannot be checked from the input; not counted in the totals."),
        ));
    }
    if open > 0 {
        warnings.push(Msg::new(
            "THRESHOLD_OPEN",
            format!("{open} 个单位是否达到留用率门槛未定（尚有见习中的人员，或文件未定义留用率怎样计算而两种算法结论不同，须当地确认）：其差额列在“differenceOpen”，未计入合计。"),
            format!("For {open} units whether the retention threshold is reached is open (interns still in progress, or the documents do not define the rate and the two ways of counting disagree, for the local bureau to confirm): their difference is under “differenceOpen”, not in the total."),
        ));
    }
    warnings
}

/// The tool's stated rules: the estimate's rules, and the month each category counts in.
pub(super) fn rules() -> Vec<Msg> {
    vec![
        Msg::new("RULE_SAME_AS_ESTIMATE", "每个单位按与补贴测算（estimateSubsidy）相同的规则和舍入计算：整个见习期按见习开始当日有效的规定，最低工资按每个见习月首日有效的标准，金额按每人每月四舍五入到分。", "Each unit is computed by the same rules and rounding as the estimate (estimateSubsidy): the rules in force on the start date for the whole internship, the minimum wage in force on the first day of each internship month, amounts rounded to the fen per intern and month."),
        Msg::new("RULE_BASE_MONTH", "基础补贴按月发放，计入该见习月开始的月份。", "The base subsidy is paid monthly, counted in the month its internship month begins."),
        Msg::new("RULE_DIFFERENCE_MONTH", "差额补贴在单位结束见习工作后一次性发放（“1+1”），计入该单位最后一名见习人员见习期满次日所在的月份。文件未规定具体月份，这是本工具的估算规则。", "The retention difference is paid once after the unit's internships end (“1+1”), counted in the month of the day after its last intern's internship ends. The documents name no month; this is the tool's estimating rule."),
        Msg::new("RULE_REMAINING_MONTH", "剩余期限补贴计入签订劳动合同的月份。文件未规定发放时间，这是本工具的估算规则。", "The remaining-period subsidy is counted in the month the labour contract is signed. The documents do not say when it is paid; this is the tool's estimating rule."),
    ]
}
