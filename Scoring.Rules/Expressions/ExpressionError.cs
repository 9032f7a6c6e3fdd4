namespace Scoring.Rules.Expressions;

/// <summary>A problem in an expression, at a 1-based column of its text, in Vietnamese.</summary>
public sealed record ExpressionError(int Column, string Message);
