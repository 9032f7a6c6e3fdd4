using System.Globalization;
using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Text;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>The live Excel formula of an item's self-score, computed from the figure the agency types (none for typed points).</summary>
internal static class ItemFormulas
{
    public static string? For(Item item, int row, TemplatePlan plan, CriteriaVersion version)
    {
        var e = Cell(row, Figure);
        var max = Num.Invariant(item.Max);
        // Typed points (judgment, levels) have no formula: the agency types them.
        var points = item.Kind.Match(
            yesNo: _ => $"IF({e}=\"{Yes}\",{max},0)",
            judgment: _ => (string?)null,
            tiers: t => $"IF(ISNUMBER({e}),{Tiers(t, e)},0)",
            levels: _ => null,
            count: c => $"IF(ISNUMBER({e}),MIN({max},{e}*{Num.Invariant(c.Unit)}),0)",
            deductPer: d => $"IF(ISNUMBER({e}),MAX(0,{max}-{e}*{Num.Invariant(d.Per)}),0)",
            formula: f => $"MIN({max},MAX(0,{ExcelFormula.Write(f.Expression, code => Input(code, plan, version), code => Points(code, plan))}))");
        return points is null ? null : ExcelRounding.Round(points, version.Rounding.ItemStep, version.Rounding.Mode);
    }

    private static string Tiers(TiersKind t, string e) =>
        t.Descending.Reverse().Aggregate("0", (rest, tier) => $"IF({e}>={Num.Invariant(tier.From)},{Num.Invariant(tier.Points)},{rest})");

    private static (string Cell, bool IsYesNo) Input(string code, TemplatePlan plan, CriteriaVersion version) =>
        ("$" + Letter(Figure) + "$" + plan.InputRow(code).ToString(CultureInfo.InvariantCulture),
         version.Inputs.First(i => i.Code == code).Type == InputType.Boolean);

    // An item left out for this group scores nothing.
    private static string Points(string code, TemplatePlan plan) => plan.HasItem(code) ? Cell(plan.ItemRow(code), TemplateLayout.Points) : "0";
}
