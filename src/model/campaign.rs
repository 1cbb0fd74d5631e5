//! Campaigns (phong trào thi đua): theme, period, milestones and targets.

use serde::Serialize;

use crate::date::PartialDate;
use crate::model::Ref;
use crate::model::keys::{Key, optional, required};
use crate::model::read::{Choice, MapReader};
use crate::msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CampaignKind {
    Regular,
    Thematic,
}

impl CampaignKind {
    pub fn label(self) -> &'static str {
        match self {
            CampaignKind::Regular => "Thường xuyên",
            CampaignKind::Thematic => "Chuyên đề",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    Launch,
    MidtermReview,
    FinalReview,
    Deadline,
    Other,
}

impl MilestoneKind {
    pub fn label(self) -> &'static str {
        match self {
            MilestoneKind::Launch => "Phát động",
            MilestoneKind::MidtermReview => "Sơ kết",
            MilestoneKind::FinalReview => "Tổng kết",
            MilestoneKind::Deadline => "Hạn chót",
            MilestoneKind::Other => "Mốc khác",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Milestone {
    pub kind: MilestoneKind,
    pub date: PartialDate,
    pub label: Option<String>,
    pub note: Option<String>,
}

/// Comparison of a checkable target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Op {
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = "=")]
    Eq,
}

impl Op {
    pub fn holds(self, result: f64, value: f64) -> bool {
        match self {
            Op::Lt => result < value,
            Op::Le => result <= value,
            Op::Ge => result >= value,
            Op::Gt => result > value,
            Op::Eq => (result - value).abs() < 1e-9,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Op::Lt => "<",
            Op::Le => "≤",
            Op::Ge => "≥",
            Op::Gt => ">",
            Op::Eq => "=",
        }
    }
}

/// One numbered target (chỉ tiêu).
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub no: Option<String>,
    pub label: String,
    pub raw: Option<String>,
    pub unit: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub op: Option<Op>,
    pub value: Option<f64>,
    pub result: Option<f64>,
    pub result_as_of: Option<PartialDate>,
}

impl Target {
    pub const KEYS: [&'static str; 10] = [
        "no",
        "label",
        "raw",
        "unit",
        "min",
        "max",
        "op",
        "value",
        "result",
        "result_as_of",
    ];

    pub fn read(r: &MapReader<'_>) -> Option<Target> {
        let label = r.required_string("label", msg!("T0202-help-target-label"));
        let ops: [Choice<'_, Op>; 5] = [
            ("<", &[], Op::Lt),
            ("<=", &["≤"], Op::Le),
            (">=", &["≥"], Op::Ge),
            (">", &[], Op::Gt),
            ("=", &[], Op::Eq),
        ];
        let target = Target {
            no: r.string("no").map(|s| s.value),
            label: label?.value,
            raw: r.string("raw").map(|s| s.value),
            unit: r.string("unit").map(|s| s.value),
            min: r.number("min"),
            max: r.number("max"),
            op: r.choice("op", &ops),
            value: r.number("value"),
            result: r.number("result"),
            result_as_of: r.date("result_as_of").map(|d| d.value),
        };
        check_target_shape(r, &target);
        Some(target)
    }

    /// Whether a result can be judged against this target.
    pub fn is_checkable(&self) -> bool {
        self.min.is_some() || self.max.is_some() || (self.op.is_some() && self.value.is_some())
    }
}

fn check_target_shape(r: &MapReader<'_>, t: &Target) {
    if t.op.is_some() != t.value.is_some() {
        let (has, lacks) = if t.op.is_some() {
            ("op", "value")
        } else {
            ("value", "op")
        };
        r.problems().error(
            r.key_pos(has),
            msg!("T0209-op-without-value", has = has, lacks = lacks),
            Some(msg!("T0209-help-op-value")),
        );
    }
    if let (Some(min), Some(max)) = (t.min, t.max)
        && min > max
    {
        r.problems().error(
            r.key_pos("min"),
            msg!(
                "T0209-min-above-max",
                min = crate::vietnamese::format_decimal(min, 2),
                max = crate::vietnamese::format_decimal(max, 2)
            ),
            Some(msg!("T0209-help-min-max")),
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Campaign {
    pub theme: String,
    pub kind: Option<CampaignKind>,
    pub issuer: String,
    pub launch_document: Option<Ref>,
    pub period: Period,
    pub milestones: Vec<Milestone>,
    pub targets: Vec<Target>,
    pub award_forms: Vec<String>,
    pub parent: Option<Ref>,
}

impl Campaign {
    /// Its own front-matter keys, in the order `thidua new` writes them.
    pub const KEYS: [Key; 9] = [
        required("theme"),
        optional("kind"),
        required("issuer"),
        optional("launch_document"),
        required("period"),
        optional("milestones"),
        optional("targets"),
        optional("award_forms"),
        optional("parent"),
    ];

    pub fn read(r: &MapReader<'_>) -> Option<Campaign> {
        let theme = r.required_string("theme", msg!("T0202-help-theme"));
        let issuer = r.required_string("issuer", msg!("T0202-help-campaign-issuer"));
        let kind = r.choice(
            "kind",
            &[
                ("regular", &["thường xuyên"], CampaignKind::Regular),
                ("thematic", &["chuyên đề"], CampaignKind::Thematic),
            ],
        );
        let period = r.group(
            "period",
            msg!("what-group", key = "period"),
            &["start", "end"],
            read_period,
        );
        r.require_in(
            "period",
            msg!("what-entry", section = "campaigns"),
            msg!("T0202-help-period"),
        );
        let campaign = Campaign {
            theme: theme.map(|t| t.value).unwrap_or_default(),
            kind,
            issuer: issuer.map(|t| t.value).unwrap_or_default(),
            launch_document: r.string("launch_document"),
            period: period.unwrap_or(Period {
                start: PartialDate::from_ymd(1000, 1, 1)?,
                end: None,
            }),
            milestones: r.list_of(
                "milestones",
                msg!("what-milestone"),
                &["kind", "date", "label", "note"],
                read_milestone,
            ),
            targets: r.list_of("targets", msg!("what-target"), &Target::KEYS, Target::read),
            award_forms: r
                .string_list("award_forms")
                .into_iter()
                .map(|s| s.value)
                .collect(),
            parent: r.string("parent"),
        };
        check_milestones(r, &campaign);
        Some(campaign)
    }
}

fn read_period(r: &MapReader<'_>) -> Option<Period> {
    let start = r.required_date("start", msg!("T0202-help-period-start"));
    let end = r.date("end");
    if let (Some(s), Some(e)) = (&start, &end)
        && e.value.last_day() < s.value.first_day()
    {
        r.problems().error(
            e.pos,
            msg!(
                "T0210-period-ends-before-start",
                start = s.value.iso(),
                end = e.value.iso()
            ),
            Some(msg!("T0210-help-period")),
        );
    }
    Some(Period {
        start: start?.value,
        end: end.map(|e| e.value),
    })
}

fn read_milestone(r: &MapReader<'_>) -> Option<Milestone> {
    let kinds: [Choice<'_, MilestoneKind>; 5] = [
        ("launch", &["phát động"], MilestoneKind::Launch),
        ("midterm_review", &["sơ kết"], MilestoneKind::MidtermReview),
        ("final_review", &["tổng kết"], MilestoneKind::FinalReview),
        ("deadline", &["hạn chót"], MilestoneKind::Deadline),
        ("other", &["khác", "mốc khác"], MilestoneKind::Other),
    ];
    let kind = r.choice("kind", &kinds);
    r.require_in(
        "kind",
        msg!("what-milestone"),
        msg!("T0202-help-milestone-kind"),
    );
    let date = r.required_date("date", msg!("T0202-help-milestone-date"));
    Some(Milestone {
        kind: kind?,
        date: date?.value,
        label: r.string("label").map(|s| s.value),
        note: r.string("note").map(|s| s.value),
    })
}

fn check_milestones(r: &MapReader<'_>, c: &Campaign) {
    let Some(end) = c.period.end else { return };
    for m in &c.milestones {
        if m.date.first_day() > end.last_day() && m.kind != MilestoneKind::FinalReview {
            let pos = r.node("milestones").map_or(r.pos(), |n| n.pos);
            r.problems().warning(
                pos,
                msg!(
                    "T0210-milestone-after-period",
                    date = m.date.iso(),
                    end = end.iso()
                ),
                Some(msg!("T0210-help-milestone")),
            );
        }
    }
}

/// How a result compares with its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Met,
    NotMet,
    Exceeded,
}

impl Verdict {
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::NotMet => "not_met",
            Verdict::Exceeded => "exceeded",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Met => "Đạt",
            Verdict::NotMet => "Chưa đạt",
            Verdict::Exceeded => "Vượt",
        }
    }
}

impl Target {
    /// đạt / chưa đạt / vượt, when the target is checkable and has a result.
    pub fn verdict(&self) -> Option<Verdict> {
        let r = self.result?;
        if let (Some(op), Some(v)) = (self.op, self.value) {
            return Some(match op {
                Op::Ge if r > v => Verdict::Exceeded,
                _ if op.holds(r, v) => Verdict::Met,
                _ => Verdict::NotMet,
            });
        }
        match (self.min, self.max) {
            (Some(min), _) if r < min => Some(Verdict::NotMet),
            (_, Some(max)) if r > max => Some(if self.min.is_some() {
                Verdict::Exceeded
            } else {
                Verdict::NotMet
            }),
            (Some(min), None) if r > min => Some(Verdict::Exceeded),
            (None, None) => None,
            _ => Some(Verdict::Met),
        }
    }

    /// Progress towards the target, 0–100, for a progress bar.
    pub fn progress(&self) -> Option<u8> {
        let r = self.result?;
        let upward = |goal: f64| if goal > 0.0 { r / goal * 100.0 } else { 100.0 };
        let downward = |goal: f64| {
            if r <= goal {
                100.0
            } else if r > 0.0 {
                goal / r * 100.0
            } else {
                0.0
            }
        };
        let pct = match (self.op, self.value, self.min, self.max) {
            (Some(Op::Ge | Op::Gt), Some(v), _, _) => upward(v),
            (Some(Op::Le | Op::Lt), Some(v), _, _) => downward(v),
            (Some(Op::Eq), Some(v), _, _) => {
                if r.max(v) > 0.0 {
                    r.min(v) / r.max(v) * 100.0
                } else {
                    100.0
                }
            }
            (None, _, Some(min), _) => upward(min),
            (None, _, None, Some(max)) => downward(max),
            _ => return None,
        };
        let pct = pct.clamp(0.0, 100.0);
        // A target not met never shows a full bar: 9,99 against 10 is 99 %,
        // not a rounded 100 % beside "Chưa đạt".
        let shown = if self.verdict() == Some(Verdict::NotMet) {
            pct.floor().min(99.0)
        } else {
            pct.round()
        };
        Some(shown as u8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(
        min: Option<f64>,
        max: Option<f64>,
        op: Option<Op>,
        value: Option<f64>,
        result: f64,
    ) -> Target {
        Target {
            no: None,
            label: "x".into(),
            raw: None,
            unit: None,
            min,
            max,
            op,
            value,
            result: Some(result),
            result_as_of: None,
        }
    }

    #[test]
    fn verdicts() {
        assert_eq!(
            t(Some(7.5), Some(8.0), None, None, 7.8).verdict(),
            Some(Verdict::Met)
        );
        assert_eq!(
            t(Some(7.5), Some(8.0), None, None, 8.4).verdict(),
            Some(Verdict::Exceeded)
        );
        assert_eq!(
            t(Some(7.5), Some(8.0), None, None, 7.0).verdict(),
            Some(Verdict::NotMet)
        );
        assert_eq!(
            t(None, None, Some(Op::Ge), Some(95.0), 95.0).verdict(),
            Some(Verdict::Met)
        );
        assert_eq!(
            t(None, None, Some(Op::Ge), Some(95.0), 97.0).verdict(),
            Some(Verdict::Exceeded)
        );
        assert_eq!(
            t(None, None, Some(Op::Lt), Some(1.0), 0.8).verdict(),
            Some(Verdict::Met)
        );
        assert_eq!(
            t(None, None, Some(Op::Lt), Some(1.0), 1.2).verdict(),
            Some(Verdict::NotMet)
        );
        assert_eq!(t(None, None, None, None, 1.0).verdict(), None);
    }

    #[test]
    fn progress() {
        assert_eq!(
            t(None, None, Some(Op::Ge), Some(200.0), 150.0).progress(),
            Some(75)
        );
        assert_eq!(
            t(None, None, Some(Op::Ge), Some(100.0), 150.0).progress(),
            Some(100)
        );
        assert_eq!(
            t(None, None, Some(Op::Le), Some(1.0), 2.0).progress(),
            Some(50)
        );
        // 9,99 against 10–12,5: not met, so not a full bar.
        let almost = t(Some(10.0), Some(12.5), None, None, 9.99);
        assert_eq!(almost.verdict(), Some(Verdict::NotMet));
        assert_eq!(almost.progress(), Some(99));
        assert_eq!(
            t(None, None, Some(Op::Ge), Some(10.0), 9.999).progress(),
            Some(99)
        );
        assert_eq!(
            t(Some(10.0), Some(12.5), None, None, 10.0).progress(),
            Some(100)
        );
    }
}
