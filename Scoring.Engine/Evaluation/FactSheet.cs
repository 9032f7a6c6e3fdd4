using System.Diagnostics.CodeAnalysis;

namespace Scoring.Engine.Evaluation;

/// <summary>The flat, typed working memory one submission is scored on; compiled rules read and write its arrays.</summary>
[SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Compiled rules index these arrays directly; copies would defeat the purpose.")]
public sealed class FactSheet
{
    /// <summary>Makes a sheet with the given sizes.</summary>
    public FactSheet(int values, int items, int conditions)
    {
        V = new decimal[values];
        On = new bool[items];
        R = new decimal[items];
        P = new decimal[items];
        C = new bool[conditions];
        Missing = new bool[items];
    }

    /// <summary>Items that apply but have no answer (only outside validation, e.g. re-scoring under another version): 0 points, maximum still counted.</summary>
    public bool[] Missing { get; }

    /// <summary>Answer and input values, by slot.</summary>
    public decimal[] V { get; }

    /// <summary>Whether each item applies to this agency.</summary>
    public bool[] On { get; }

    /// <summary>Each item's raw rule output.</summary>
    public decimal[] R { get; }

    /// <summary>Each item's final points (after clamping and rounding).</summary>
    public decimal[] P { get; }

    /// <summary>Each condition's outcome: caps first, then eligibility rules.</summary>
    public bool[] C { get; }

    /// <summary>The final total, set before conditions are tested.</summary>
    public decimal Total { get; set; }
}
