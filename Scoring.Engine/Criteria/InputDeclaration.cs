namespace Scoring.Engine.Criteria;

/// <summary>A named fact an agency reports (a count, a number, a percentage, yes/no) used by formulas and conditions.</summary>
public sealed record InputDeclaration(string Code, string Title, InputType Type, decimal? Default);

/// <summary>The value type of an input.</summary>
public enum InputType
{
    /// <summary>A whole number of occurrences, at least 0.</summary>
    Count,
    /// <summary>Any decimal number, at least 0.</summary>
    Number,
    /// <summary>A percentage in [0, 100].</summary>
    Percent,
    /// <summary>Yes (1) or no (0).</summary>
    Boolean,
}
