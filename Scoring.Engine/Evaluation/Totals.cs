using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Evaluation;

/// <summary>From item points to the final result: section subtotals, rescaling, bonus and deductions, rounding, class.</summary>
internal static class Totals
{
    /// <summary>Section subtotals and the total, written to <see cref="FactSheet.Total"/> for the conditions to read.</summary>
    public static Sums Sum(CriteriaVersion version, SumOrder order, Submission submission, FactSheet sheet)
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
            var sum = 0m;
            var every = true;
            foreach (var index in order.SectionItems[s])
            {
                if (sheet.On[index] || sheet.Missing[index])
                {
                    sum += sheet.P[index];
                }
                else
                {
                    every = false;
                }
            }
            var itemsMax = every ? order.SectionItemsMax[s] : CountedMax(version, order.SectionItems[s], sheet);
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
        return new Sums(sections, bonus, deductions, tree, applicableMax, rescaled, before, total);
    }

    /// <summary>The sum of the maxima of the items that count (in the same order as <see cref="SumOrder.SectionItemsMax"/>).</summary>
    private static decimal CountedMax(CriteriaVersion version, int[] indices, FactSheet sheet)
    {
        var max = 0m;
        foreach (var index in indices)
        {
            if (sheet.On[index] || sheet.Missing[index])
            {
                max += version.AllItems[index].Max;
            }
        }
        return max;
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

    /// <summary>The class from the total and the tested conditions, and the whole result.</summary>
    public static AgencyResult Classify(CriteriaVersion version, Submission submission, ItemResult[] items, Sums sums, FactSheet sheet)
    {
        var total = sums.Total;
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
        ClassBand? band = null;
        foreach (var b in version.Classes)
        {
            if (b.Contains(total))
            {
                band = b;
                break;
            }
        }
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
            items, sums.Sections, sums.Bonus, sums.Deductions, sums.Tree, sums.ApplicableMax, sums.Rescaled, sums.BeforeRounding, total, band, className, conditions);
    }
}

/// <summary>The sums of one result, before classification.</summary>
internal readonly record struct Sums(List<SectionResult> Sections, BlockResult Bonus, BlockResult Deductions, decimal Tree, decimal ApplicableMax,
    decimal Rescaled, decimal BeforeRounding, decimal Total);
