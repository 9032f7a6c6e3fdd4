using Scoring.Engine.Criteria;

namespace Scoring.Rules.Expressions;

/// <summary>What an expression may refer to: declared inputs, item points (not formula items, not itself), the total.</summary>
public sealed record ExpressionContext(
    IReadOnlyDictionary<string, InputType> Inputs,
    IReadOnlySet<string> ItemCodes,
    IReadOnlySet<string> FormulaItemCodes,
    string? SelfCode,
    bool AllowTotal);
