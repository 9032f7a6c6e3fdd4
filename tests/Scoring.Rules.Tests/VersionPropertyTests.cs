using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Rules.Compilation;
using Scoring.Rules.Format;
using Scoring.Rules.Lint;
using Scoring.Rules.Tests.Generators;
using Scoring.Rules.Tests.Support;

namespace Scoring.Rules.Tests;

/// <summary>Invariants over criteria files of random shape, not only the shipped ones.</summary>
public class VersionPropertyTests
{
    private static readonly Arbitrary<string> Files = VersionGen.Yaml().ToArbitrary();

    private static Arbitrary<(CompiledCriteria, Engine.Submissions.Submission)> Cases() =>
        VersionGen.Yaml().Select(y => RuleCompiler.Compile(CriteriaReader.Read(y, "gen.yaml").Version!))
            .SelectMany(c => SubmissionGen.For(c).Select(s => (c, s))).ToArbitrary();

    [Property(MaxTest = 150)]
    public Property Canonical_AnyValidFile_LintsCleanAndRoundTrips() => Prop.ForAll(Files, yaml =>
    {
        var read = CriteriaReader.Read(yaml, "gen.yaml");
        var errors = CriteriaLinter.Lint(read).Where(p => !p.IsWarning).ToList();
        if (errors.Count > 0)
        {
            return false.Label(yaml + "\n" + string.Join("\n", errors));
        }
        var canonical = CanonicalForm.Write(read.Version!);
        var again = CriteriaReader.Read(canonical, "canonical.json");
        return (again.IsValid && CanonicalForm.Write(again.Version!) == canonical).Label(canonical);
    });

    [Property(MaxTest = 100)]
    public Property Evaluate_AnyShape_FromTheFileAndFromTheCanonicalFormSameBytes() => Prop.ForAll(Cases(), pair =>
    {
        // A run is created from the file and replayed from the canonical text frozen in the store (see CanonicalReplayPropertyTests).
        var (compiled, submission) = pair;
        var canonical = RuleCompiler.Compile(CriteriaReader.Read(CanonicalForm.Write(compiled.Version), "canonical.json").Version!);
        var a = ResultJson.Write(compiled.Scorer.Evaluate(submission));
        var b = ResultJson.Write(canonical.Scorer.Evaluate(submission));
        return (a == b).Label($"file:\n{a}\ncanonical:\n{b}");
    });

    [Property(MaxTest = 150)]
    public Property Evaluate_AnyShape_CompiledRulesMatchHandWrittenScorer() => Prop.ForAll(Cases(), pair =>
    {
        var (compiled, submission) = pair;
        var reference = new Scorer(compiled.Version, new ReferenceProgram(compiled.Version));
        var a = ResultJson.Write(compiled.Scorer.Evaluate(submission));
        var b = ResultJson.Write(reference.Evaluate(submission));
        return (a == b).Label($"compiled:\n{a}\nreference:\n{b}");
    });

    [Property(MaxTest = 100)]
    public Property Evaluate_ItemsReorderedWithinSections_SamePointsTotalAndClass() => Prop.ForAll(Cases(), pair =>
    {
        var (compiled, submission) = pair;
        var v = compiled.Version;
        var reordered = RuleCompiler.Compile(v with { Sections = [.. v.Sections.Reverse().Select(s => s with { Items = [.. s.Items.Reverse()] })] });
        var a = compiled.Scorer.Evaluate(submission);
        var b = reordered.Scorer.Evaluate(submission);
        static string Key(AgencyResult r) =>
            string.Join(";", r.Items.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i => $"{i.Code}={i.Points}"))
            + "|" + string.Join(";", r.Sections.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => $"{s.Code}={s.Points}"))
            + $"|{r.Total}|{r.ClassName}|{r.Status}";
        return (Key(a) == Key(b)).Label($"{Key(a)}\n{Key(b)}");
    });
}
