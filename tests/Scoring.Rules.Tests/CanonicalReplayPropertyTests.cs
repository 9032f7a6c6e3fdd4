using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scoring.Engine.Evaluation;
using Scoring.Rules.Compilation;
using Scoring.Rules.Format;
using Scoring.Rules.Tests.Generators;

namespace Scoring.Rules.Tests;

/// <summary>A run is created with the version read from its file and replayed (in another process, with no file) from the canonical text
/// frozen in the store: both must give byte-identical results, explanations included. Each is compiled afresh here, bypassing the
/// process-wide cache that would otherwise hand back the same object for the same hash.</summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
public class CanonicalReplayPropertyTests
{
    private static readonly Dictionary<string, CompiledCriteria> Canonical = [];

    [Property]
    public Property Evaluate_FromTheFileAndFromTheCanonicalForm_SameBytes(Case c)
    {
        CompiledCriteria canonical;
        lock (Canonical)
        {
            var id = c.Criteria.Version.Id;
            if (!Canonical.TryGetValue(id, out canonical!))
            {
                canonical = Canonical[id] = RuleCompiler.Compile(CriteriaReader.Read(CanonicalForm.Write(c.Criteria.Version), "canonical.json").Version!);
            }
        }
        var file = ResultJson.Write(c.Criteria.Scorer.Evaluate(c.Submission));
        var replayed = ResultJson.Write(canonical.Scorer.Evaluate(c.Submission));
        return (file == replayed).Label($"{c.Criteria.Version.Id} {c.Submission.AgencyCode}");
    }
}
