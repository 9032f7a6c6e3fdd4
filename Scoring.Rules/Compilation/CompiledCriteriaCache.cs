using System.Collections.Concurrent;
using Scoring.Engine.Criteria;
using Scoring.Rules.Format;

namespace Scoring.Rules.Compilation;

/// <summary>Compiles each version once, keyed by its canonical hash; safe to share between threads.</summary>
public sealed class CompiledCriteriaCache
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledCriteria>> _compiled = new(StringComparer.Ordinal);

    /// <summary>The compiled form of a valid version, compiling it on first use.</summary>
    public CompiledCriteria Get(CriteriaVersion version) =>
        _compiled.GetOrAdd(CanonicalForm.Hash(version), _ => new Lazy<CompiledCriteria>(() => RuleCompiler.Compile(version))).Value;

    /// <summary>How many versions are compiled.</summary>
    public int Count => _compiled.Count;
}
