using Scoring.Engine.Expressions;

namespace Scoring.Engine.Criteria;

/// <summary>A condition over inputs and points: a class cap (with <see cref="AtMost"/>) or an eligibility gate (without).</summary>
public sealed record ConditionRule(string Code, string When, Expr Condition, string? AtMost, string Reason, bool IsCap)
{
    /// <summary>The rule name this condition compiles to.</summary>
    public string RuleName => (IsCap ? "cap:" : "eligibility:") + Code;
}
