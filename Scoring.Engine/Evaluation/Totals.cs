using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Evaluation;

/// <summary>The explained result, read from the figures the rules derived on the fact sheet (never computed a second time): section
/// subtotals, blocks, totals, the conditions that applied and the class.</summary>
internal static class Totals
{
    public static AgencyResult Assemble(CriteriaVersion version, RuleBook rules, Submission submission, ItemResult[] items, FactSheet sheet)
    {
        var sections = new List<SectionResult>(version.Sections.Count);
        for (var s = 0; s < version.Sections.Count; s++)
        {
            if (!sheet.Fired[rules.FirstSection + s])
            {
                continue;
            }
            var section = version.Sections[s];
            var sum = sheet.SectionSum[s];
            var note = sum > section.Max ? $"Tổng {Text.Num.Vi(sum)} vượt điểm tối đa của mục, tính {Text.Num.Vi(section.Max)}" : null;
            sections.Add(new SectionResult(section.Code, section.Title, section.Max, sheet.SectionMax[s], sum, sheet.SectionPoints[s], section.AwardedBySuperior, note));
        }
        var bonus = new BlockResult(version.Bonus.Max, sheet.BonusSum, sheet.Bonus);
        var deductions = new BlockResult(version.Deductions.Max, sheet.DeductionSum, sheet.Deductions);
        var conditions = new List<AppliedCondition>();
        var ineligible = new List<string>();
        var caps = version.Caps.Count;
        for (var j = 0; j < version.Eligibility.Count; j++)
        {
            var rule = version.Eligibility[j];
            if (sheet.C[caps + j])
            {
                conditions.Add(new AppliedCondition(rule.RuleName, rule.When, rule.Reason, null, true));
                ineligible.Add(rule.Reason);
            }
        }
        // The band as the agency's group sets it (its own thresholds where it has them): the class name is the version's either way.
        var band = sheet.Band >= 0 && sheet.Fired[rules.FirstBand + sheet.Band] ? version.BandsOf(version.Groups[sheet.Group])[sheet.Band] : null;
        string? className = null;
        if (ineligible.Count == 0 && band is not null)
        {
            // A cap lowers the class to at most its own; the lowest applies.
            var final = sheet.Band;
            for (var j = 0; j < caps; j++)
            {
                if (sheet.C[j])
                {
                    final = Math.Max(final, version.ClassIndex(version.Caps[j].AtMost!));
                }
            }
            for (var j = 0; j < caps; j++)
            {
                var cap = version.Caps[j];
                if (sheet.C[j])
                {
                    var capIndex = version.ClassIndex(cap.AtMost!);
                    conditions.Add(new AppliedCondition(cap.RuleName, cap.When, cap.Reason, cap.AtMost, capIndex > sheet.Band && capIndex == final));
                }
            }
            className = version.Classes[final].Name;
        }
        var status = ineligible.Count > 0 ? AgencyStatus.Ineligible : AgencyStatus.Classified;
        var reason = ineligible.Count > 0 ? "Không đủ điều kiện xếp loại: " + string.Join("; ", ineligible) : null;
        return new AgencyResult(version.Id, submission.AgencyCode, submission.AgencyName, submission.GroupCode, status, reason,
            items, sections, bonus, deductions, sheet.Tree, sheet.ApplicableMax, sheet.Rescaled, sheet.BeforeRounding, sheet.Total, band, className, conditions)
        {
            Fired = new FiredRules(rules, sheet.Fired),
        };
    }
}
