using Scoring.Engine.Criteria;

namespace Scoring.Rules.Format;

/// <summary>The outcome of reading a criteria file: the version (possibly partial), where each part was written, and the problems.</summary>
public sealed record ReadResult(CriteriaVersion? Version, SourceMap Map, IReadOnlyList<CriteriaProblem> Problems)
{
    /// <summary>Whether the file was read without errors (warnings allowed).</summary>
    public bool IsValid => Version is not null && Problems.All(p => p.IsWarning);
}
