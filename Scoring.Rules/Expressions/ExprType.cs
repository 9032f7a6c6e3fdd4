namespace Scoring.Rules.Expressions;

/// <summary>The type of an expression: a decimal number or a condition.</summary>
public enum ExprType
{
    /// <summary>A decimal number.</summary>
    Number,
    /// <summary>True or false.</summary>
    Condition,
}
