using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;
using Scoring.Rules.Format;
using Scoring.Rules.Lint;
using Xunit;

namespace Scoring.Rules.Tests.Support;

/// <summary>Loads shipped and inline criteria for tests; every load asserts the version is valid.</summary>
public static class Criteria
{
    private static readonly CompiledCriteriaCache Cache = new();

    public static string RepoRoot { get; } = FindRoot();

    public static string CriteriaFolder => Path.Combine(RepoRoot, "criteria");

    public static IReadOnlyList<string> ShippedIds { get; } = ["mau-2023", "mau-2024", "mau-9010-2024", "mau-2026"];

    /// <summary>A shipped version by id (criteria/&lt;id&gt;.yaml), compiled once.</summary>
    public static CompiledCriteria Shipped(string id) => Compile(File.ReadAllText(Path.Combine(CriteriaFolder, id + ".yaml")), $"criteria/{id}.yaml");

    /// <summary>Reads, lints and compiles criteria text, failing the test on any lint error.</summary>
    public static CompiledCriteria Compile(string yaml, string file = "test.yaml")
    {
        var read = CriteriaReader.Read(yaml, file);
        var errors = CriteriaLinter.Lint(read).Where(p => !p.IsWarning).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return Cache.Get(read.Version!);
    }

    /// <summary>Reads and compiles criteria text without linting it: a version frozen in a store before a lint rule existed, which
    /// the store reads back without linting (only tests of the engine's runtime guards use it).</summary>
    public static CompiledCriteria CompileUnlinted(string yaml, string file = "test.yaml")
    {
        var read = CriteriaReader.Read(yaml, file);
        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Problems));
        return Cache.Get(read.Version!);
    }

    /// <summary>A one-group, one-section version around the given items YAML (indented as list entries under items:).</summary>
    public static string Mini(string items, decimal scale, string extra = "", string? classes = null) => $"""
        id: mini
        title: Mini
        sample: true
        scale: {scale}
        groups:
          - {"{"} code: g, name: Khối thử {"}"}
        sections:
          - code: I
            title: Mục I
            max: {scale}
            items:
        {items}
        {classes ?? Classes(scale)}
        {extra}
        """;

    /// <summary>Tốt from 90%, Khá from 70%, Trung bình from 50% of the scale, Yếu below.</summary>
    public static string Classes(decimal scale) => $$"""
        classes:
          - { name: Tốt, from: {{scale * 0.9m}} }
          - { name: Khá, from: {{scale * 0.7m}}, to: {{scale * 0.9m}} }
          - { name: Trung bình, from: {{scale * 0.5m}}, to: {{scale * 0.7m}} }
          - { name: Yếu, from: 0, to: {{scale * 0.5m}} }
        """;

    /// <summary>Scores answers (item code to value) for agency "a" in group "g", asserting they are valid.</summary>
    public static AgencyResult Score(CompiledCriteria c, IReadOnlyDictionary<string, Answer> answers, IReadOnlyDictionary<string, decimal>? inputs = null, string group = "g", string agency = "a")
    {
        var outcome = c.Scorer.Score(new Submission(agency, null, group, answers, inputs ?? new Dictionary<string, decimal>()));
        Assert.True(outcome.IsScored, string.Join(Environment.NewLine, outcome.Problems));
        return outcome.Result!;
    }

    public static Answer A(decimal value) => new(value);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scoring.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Repository root (Scoring.sln) not found above " + AppContext.BaseDirectory);
    }
}
