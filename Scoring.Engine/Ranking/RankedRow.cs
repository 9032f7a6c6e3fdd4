using Scoring.Engine.Evaluation;

namespace Scoring.Engine.Ranking;

/// <summary>One line of a ranked table: the scope (a group code, or empty for all), the rank (none if not ranked) and the result.</summary>
public sealed record RankedRow(string Scope, int? Rank, AgencyResult Result);
