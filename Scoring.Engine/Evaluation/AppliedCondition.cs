namespace Scoring.Engine.Evaluation;

/// <summary>A cap or eligibility rule that held for an agency, and whether it changed the class.</summary>
public sealed record AppliedCondition(string RuleName, string When, string Reason, string? AtMost, bool Changed);
