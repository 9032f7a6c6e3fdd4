using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Submissions;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>Class quotas compiled into NRules rules (one <c>quota:&lt;class&gt;</c> rule per class, over a run) give exactly what the
/// hand-written <see cref="Engine.Ranking.Quotas"/> gives: the same classes and the same reasons, for every shape of quota.</summary>
public class QuotaRulesPropertyTests
{
    private static readonly string[] Shapes =
    [
        "{ percent: 20, of: Tốt, ties: out }",
        "{ percent: 20, of: Tốt, ties: in }",
        "{ percent: 30 }",
        "{ count: 2, ties: in }",
        "{ count: 1, of: all }",
        "{ percent: 50, of: Khá }",
    ];

    private static string Version(string top, string second, string within) => Mini(
        "      - { code: I.1, title: A, max: 100, kind: judgment, step: 1 }", 100, extra: "ranking: { method: competition, within: " + within + " }", classes: $$"""
        classes:
          - { name: Xuất sắc, from: 90, quota: {{top}} }
          - { name: Tốt, from: 70, to: 90{{second}} }
          - { name: Khá, from: 50, to: 70 }
          - { name: Yếu, from: 0, to: 50 }
        """);

    [Property(MaxTest = 60)]
    public Property ApplyQuotas_CompiledRules_MatchHandWritten(NonEmptyArray<byte> points, byte shape, bool secondQuota, bool twoGroups, bool rankAll)
    {
        var top = Shapes[shape % Shapes.Length];
        var yaml = Version(top, secondQuota ? ", quota: { percent: 40, ties: out }" : "", rankAll ? "all" : "group");
        if (twoGroups)
        {
            yaml = yaml.Replace("  - { code: g, name: Khối thử }", "  - { code: g, name: Khối thử }\n  - { code: h, name: Khối khác }", StringComparison.Ordinal);
        }
        var c = Compile(yaml);
        var results = points.Get.Select((p, i) => c.Scorer.Evaluate(new Submission($"dv-{i:00}", null, twoGroups && i % 2 == 1 ? "h" : "g",
            new Dictionary<string, Answer> { ["I.1"] = A(Math.Min(100, 40 + (p % 61))) }, new Dictionary<string, decimal>()))).ToList();

        var rules = c.Scorer.ApplyQuotas(results);
        var reference = Engine.Ranking.Quotas.Apply(c.Version, results);

        string Show(IReadOnlyList<AgencyResult> r) => string.Join("\n", r.Select(x => $"{x.AgencyCode} {x.Group} {x.Total} {x.ClassName} "
            + string.Join(" | ", x.Conditions.Select(k => k.RuleName + ": " + k.Reason))));
        return (c.Version.Groups.Count == (twoGroups ? 2 : 1) && Show(rules) == Show(reference)).Label($"{yaml}\nrules:\n{Show(rules)}\nreference:\n{Show(reference)}");
    }
}
