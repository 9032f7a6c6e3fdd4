using Scoring.Engine.Submissions;

namespace Scoring.Api.Reports;

/// <summary>An input file that could not be scored, with every problem found in it.</summary>
public sealed record RejectedFile(string File, IReadOnlyList<Problem> Problems);
