using Scoring.Engine.Criteria;

namespace Scoring.Engine.Evaluation;

/// <summary>The hand-written counterpart of the concluding rules (sections, tree, rescaling, blocks, total, conditions, bands): the
/// reference program's last stage, marking each rule it stands for as fired.</summary>
internal sealed class ReferenceTotals(CriteriaVersion version, RuleBook rules)
{
    private readonly SumOrder _order = new(version);

    public void Conclude(FactSheet sheet, Func<ConditionRule, bool> test)
    {
        var rounding = version.Rounding;
        for (var s = 0; s < version.Sections.Count; s++)
        {
            if (!sheet.SectionOn[s])
            {
                continue;
            }
            var sum = 0m;
            var max = 0m;
            foreach (var index in _order.SectionItems[s])
            {
                if (sheet.On[index] || sheet.Missing[index])
                {
                    sum += sheet.P[index];
                    max += version.AllItems[index].Max;
                }
            }
            var section = version.Sections[s];
            sheet.SectionSum[s] = sum;
            sheet.SectionMax[s] = Math.Min(section.Max, max);
            sheet.SectionPoints[s] = Rounding.Apply(Math.Min(sum, section.Max), rounding.SectionStep, rounding.Mode);
            sheet.Fired[rules.FirstSection + s] = true;
        }
        decimal tree = 0m, applicableMax = 0m;
        foreach (var s in _order.SectionsByCode)
        {
            if (sheet.SectionOn[s])
            {
                tree += sheet.SectionPoints[s];
                applicableMax += sheet.SectionMax[s];
            }
        }
        (sheet.Tree, sheet.ApplicableMax, sheet.Rescaled) = (tree, applicableMax, tree);
        sheet.Fired[rules.Tree] = true;
        if (sheet.Rescales && applicableMax > 0m && applicableMax != version.Scale)
        {
            sheet.Rescaled = tree * version.Scale / applicableMax;
            sheet.Fired[rules.Rescaling] = true;
        }
        (sheet.BonusSum, sheet.Bonus) = Block(version.Bonus, _order.Bonus, sheet);
        sheet.Fired[rules.Bonus] = true;
        (sheet.DeductionSum, sheet.Deductions) = Block(version.Deductions, _order.Deductions, sheet);
        sheet.Fired[rules.Deductions] = true;
        sheet.BeforeRounding = Math.Max(0m, sheet.Rescaled + sheet.Bonus - sheet.Deductions);
        sheet.Total = Rounding.Apply(sheet.BeforeRounding, rounding.TotalStep, rounding.Mode);
        sheet.Fired[rules.Total] = true;
        var conditions = version.Caps.Concat(version.Eligibility).ToList();
        for (var j = 0; j < conditions.Count; j++)
        {
            sheet.C[j] = test(conditions[j]);
            sheet.Fired[rules.FirstCondition + j] = true;
        }
        for (var b = 0; b < version.Classes.Count; b++)
        {
            if (version.BandsOf(version.Groups[sheet.Group])[b].Contains(sheet.Total))
            {
                sheet.Band = b;
                sheet.Fired[rules.FirstBand + b] = true;
                break;
            }
        }
    }

    private static (decimal Sum, decimal Points) Block(PointBlock block, int[] indices, FactSheet sheet)
    {
        var sum = 0m;
        foreach (var index in indices)
        {
            if (sheet.On[index])
            {
                sum += sheet.P[index];
            }
        }
        return (sum, Math.Min(sum, block.Max));
    }
}
