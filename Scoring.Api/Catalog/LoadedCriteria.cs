using Scoring.Engine.Criteria;
using Scoring.Rules.Format;

namespace Scoring.Api.Catalog;

/// <summary>A criteria file as loaded: its name, what was read, and every lint problem.</summary>
public sealed record LoadedCriteria(string File, ReadResult? Read, IReadOnlyList<CriteriaProblem> Problems)
{
    /// <summary>The version, when the file has no errors (warnings allowed).</summary>
    public CriteriaVersion? Valid => Read?.Version is { } v && Problems.All(p => p.IsWarning) ? v : null;
}
