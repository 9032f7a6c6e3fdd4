using System.Diagnostics.CodeAnalysis;

namespace Scoring.Engine.Evaluation;

/// <summary>The flat, typed working memory one submission is scored on: the bound answers and inputs, and every figure the
/// rules derive from them (item points, section subtotals, blocks, the total, the conditions, the class), with the rules that fired.</summary>
[SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Compiled rules index these arrays directly; copies would defeat the purpose.")]
public sealed class FactSheet
{
    /// <summary>Makes a sheet with the given sizes.</summary>
    public FactSheet(int values, int items, int sections, int conditions, int rules)
    {
        V = new decimal[values];
        On = new bool[items];
        R = new decimal[items];
        P = new decimal[items];
        Self = new decimal[items];
        Appraised = new bool[items];
        AppraisedPoints = new decimal[items];
        Missing = new bool[items];
        Awarded = new bool[items];
        SectionOn = new bool[sections];
        SectionSum = new decimal[sections];
        SectionMax = new decimal[sections];
        SectionPoints = new decimal[sections];
        C = new bool[conditions];
        Fired = new bool[rules];
    }

    /// <summary>Whether the agency's group rescales its tree total to the version's scale (bound from the group).</summary>
    public bool Rescales { get; set; }

    /// <summary>The agency's group, by its position in the version (bound from the submission; its class bands may be its own).</summary>
    public int Group { get; set; }

    /// <summary>Whether the agency is set aside as not assessed (bound from the submission; nothing else is bound then).</summary>
    public bool NotAssessed { get; set; }

    /// <summary>Items that apply but have no answer (only outside validation, e.g. re-scoring under another version): 0 points, maximum still counted.</summary>
    public bool[] Missing { get; }

    /// <summary>Items the superior level scores that the agency did not answer (every such item, since the agency may not): their rule
    /// gives 0 of their own; the points counted are the ones staff enter with the appraisal, 0 until then.</summary>
    public bool[] Awarded { get; }

    /// <summary>Answer and input values, by slot.</summary>
    public decimal[] V { get; }

    /// <summary>Whether each item applies to this agency.</summary>
    public bool[] On { get; }

    /// <summary>Each item's raw rule output.</summary>
    public decimal[] R { get; }

    /// <summary>Each item's points from the agency's own answers: the raw output kept between 0 and the maximum, rounded where the version says.</summary>
    public decimal[] Self { get; }

    /// <summary>Whether the appraisal team set each item's points (bound from the submission).</summary>
    public bool[] Appraised { get; }

    /// <summary>The appraised points, where <see cref="Appraised"/>.</summary>
    public decimal[] AppraisedPoints { get; }

    /// <summary>Each item's final points: the appraisal's where appraised, else <see cref="Self"/>.</summary>
    public decimal[] P { get; }

    /// <summary>Whether each section applies to the agency's group.</summary>
    public bool[] SectionOn { get; }

    /// <summary>Each section's sum of item points, before its cap.</summary>
    public decimal[] SectionSum { get; }

    /// <summary>Each section's maximum over the items that count for the agency.</summary>
    public decimal[] SectionMax { get; }

    /// <summary>Each section's subtotal (capped and rounded).</summary>
    public decimal[] SectionPoints { get; }

    /// <summary>The sum of the section subtotals.</summary>
    public decimal Tree { get; set; }

    /// <summary>The sum of the applicable sections' maxima.</summary>
    public decimal ApplicableMax { get; set; }

    /// <summary>The tree total, rescaled to the scale where the version says so.</summary>
    public decimal Rescaled { get; set; }

    /// <summary>The bonus items' sum, before the block's cap.</summary>
    public decimal BonusSum { get; set; }

    /// <summary>The bonus counted.</summary>
    public decimal Bonus { get; set; }

    /// <summary>The deduction items' sum, before the block's cap.</summary>
    public decimal DeductionSum { get; set; }

    /// <summary>The deductions counted.</summary>
    public decimal Deductions { get; set; }

    /// <summary>The total before rounding (never below zero).</summary>
    public decimal BeforeRounding { get; set; }

    /// <summary>The final total.</summary>
    public decimal Total { get; set; }

    /// <summary>Each condition's outcome: caps first, then eligibility rules.</summary>
    public bool[] C { get; }

    /// <summary>The class band the total falls in (its position in the version), or -1.</summary>
    public int Band { get; set; } = -1;

    /// <summary>Which rules fired, by position in the version's <see cref="RuleBook"/>.</summary>
    public bool[] Fired { get; }
}
