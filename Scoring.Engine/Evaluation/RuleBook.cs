using Scoring.Engine.Criteria;

namespace Scoring.Engine.Evaluation;

/// <summary>Every rule a version compiles to, each at a fixed position: item rules (in <see cref="CriteriaVersion.AllItems"/> order),
/// section subtotals, the tree total, its rescaling, the bonus and deduction blocks, the total, the caps, the eligibility conditions,
/// the class bands and not-assessed. Programs mark in <see cref="FactSheet.Fired"/> each rule that fired; explanations name those.</summary>
public sealed class RuleBook
{
    /// <summary>Lays out the rules of a version.</summary>
    public RuleBook(CriteriaVersion version)
    {
        var names = new List<string>();
        names.AddRange(version.AllItems.Select(i => i.RuleName));
        FirstSection = names.Count;
        names.AddRange(version.Sections.Select(s => "section:" + s.Code));
        Tree = names.Count;
        names.Add("tree");
        Rescaling = names.Count;
        names.Add("rescaling");
        Bonus = names.Count;
        names.Add("block:bonus");
        Deductions = names.Count;
        names.Add("block:deductions");
        Total = names.Count;
        names.Add("total");
        FirstCondition = names.Count;
        names.AddRange(version.Caps.Concat(version.Eligibility).Select(c => c.RuleName));
        FirstBand = names.Count;
        names.AddRange(version.Classes.Select(c => "class:" + c.Name));
        NotAssessed = names.Count;
        names.Add("not-assessed");
        Names = names;
    }

    /// <summary>Every rule's name, by position.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The position of the first section rule (<c>section:II</c>); sections follow in version order.</summary>
    public int FirstSection { get; }

    /// <summary>The position of the rule that adds the sections (<c>tree</c>).</summary>
    public int Tree { get; }

    /// <summary>The position of the rule that rescales the tree total to the scale (<c>rescaling</c>).</summary>
    public int Rescaling { get; }

    /// <summary>The position of the bonus block's rule (<c>block:bonus</c>).</summary>
    public int Bonus { get; }

    /// <summary>The position of the deduction block's rule (<c>block:deductions</c>).</summary>
    public int Deductions { get; }

    /// <summary>The position of the rule that makes and rounds the total (<c>total</c>).</summary>
    public int Total { get; }

    /// <summary>The position of the first condition rule: caps, then eligibility conditions.</summary>
    public int FirstCondition { get; }

    /// <summary>The position of the first class band's rule (<c>class:Xuất sắc</c>); bands follow in version order.</summary>
    public int FirstBand { get; }

    /// <summary>The position of the rule that sets an agency aside as not assessed (<c>not-assessed</c>).</summary>
    public int NotAssessed { get; }
}
