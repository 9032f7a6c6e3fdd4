using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Evaluation;

/// <summary>From item points to the final result: section subtotals, rescaling, bonus and deductions, rounding, class.</summary>
internal static class Totals
{
    public static AgencyResult Complete(CriteriaVersion version, SumOrder order, Submission submission, FactSheet sheet, ItemResult[] items, Action<FactSheet> testConditions)
    {
        var rounding = version.Rounding;
        var sections = new List<SectionResult>(version.Sections.Count);
        var sectionPoints = new decimal?[version.Sections.Count];
        var sectionMax = new decimal[version.Sections.Count];
        for (var s = 0; s < version.Sections.Count; s++)
        {
            var section = version.Sections[s];
            if (!section.AppliesToGroup(submission.GroupCode))
            {
                continue;
            }
            decimal sum = 0m, itemsMax = 0m;
            foreach (var index in order.SectionItems[s])
            {
                if (sheet.On[index] || sheet.Missing[index])
                {
                    sum += sheet.P[index];
                    itemsMax += version.AllItems[index].Max;
                }
            }
            var max = Math.Min(section.Max, itemsMax);
            var capped = Math.Min(sum, section.Max);
            var points = Rounding.Apply(capped, rounding.SectionStep, rounding.Mode);
            var note = capped != sum ? $"Tổng {Text.Num.Vi(sum)} vượt điểm tối đa của mục, tính {Text.Num.Vi(section.Max)}" : null;
            sections.Add(new SectionResult(section.Code, section.Title, section.Max, max, sum, points, section.AwardedBySuperior, note));
            sectionPoints[s] = points;
            sectionMax[s] = max;
        }
        decimal tree = 0m, applicableMax = 0m;
        foreach (var s in order.SectionsByCode)
        {
            if (sectionPoints[s] is { } points)
            {
                tree += points;
                applicableMax += sectionMax[s];
            }
        }
        var rescaled = version.Rescaling == RescalingPolicy.Proportional && applicableMax > 0m && applicableMax != version.Scale
            ? tree * version.Scale / applicableMax
            : tree;
        var bonus = Block(version.Bonus, order.Bonus, sheet);
        var deductions = Block(version.Deductions, order.Deductions, sheet);
        var before = Math.Max(0m, rescaled + bonus.Points - deductions.Points);
        var total = Rounding.Apply(before, rounding.TotalStep, rounding.Mode);
        sheet.Total = total;
        testConditions(sheet);
        return Classify(version, submission, items, sections, bonus, deductions, tree, applicableMax, rescaled, before, total, sheet);
    }

    private static BlockResult Block(PointBlock block, int[] indices, FactSheet sheet)
    {
        var sum = 0m;
        foreach (var index in indices)
        {
            if (sheet.On[index])
            {
                sum += sheet.P[index];
            }
        }
        return new BlockResult(block.Max, sum, Math.Min(sum, block.Max));
    }

    private static AgencyResult Classify(CriteriaVersion version, Submission submission, ItemResult[] items, List<SectionResult> sections,
        BlockResult bonus, BlockResult deductions, decimal tree, decimal applicableMax, decimal rescaled, decimal before, decimal total, FactSheet sheet)
    {
        var conditions = new List<AppliedCondition>();
        var ineligible = new List<string>();
        for (var j = 0; j < version.Eligibility.Count; j++)
        {
            var rule = version.Eligibility[j];
            if (sheet.C[version.Caps.Count + j])
            {
                conditions.Add(new AppliedCondition(rule.RuleName, rule.When, rule.Reason, null, true));
                ineligible.Add(rule.Reason);
            }
        }
        var band = version.Classes.FirstOrDefault(b => b.Contains(total));
        string? className = null;
        if (ineligible.Count == 0 && band is not null)
        {
            var bandIndex = version.ClassIndex(band.Name);
            var final = bandIndex;
            for (var j = 0; j < version.Caps.Count; j++)
            {
                if (sheet.C[j])
                {
                    final = Math.Max(final, version.ClassIndex(version.Caps[j].AtMost!));
                }
            }
            for (var j = 0; j < version.Caps.Count; j++)
            {
                var cap = version.Caps[j];
                if (sheet.C[j])
                {
                    var capIndex = version.ClassIndex(cap.AtMost!);
                    conditions.Add(new AppliedCondition(cap.RuleName, cap.When, cap.Reason, cap.AtMost, capIndex > bandIndex && capIndex == final));
                }
            }
            className = version.Classes[final].Name;
        }
        var status = ineligible.Count > 0 ? AgencyStatus.Ineligible : AgencyStatus.Classified;
        var reason = ineligible.Count > 0 ? "Không đủ điều kiện xếp loại: " + string.Join("; ", ineligible) : null;
        return new AgencyResult(version.Id, submission.AgencyCode, submission.AgencyName, submission.GroupCode, status, reason,
            items, sections, bonus, deductions, tree, applicableMax, rescaled, before, total, band, className, conditions);
    }
}
