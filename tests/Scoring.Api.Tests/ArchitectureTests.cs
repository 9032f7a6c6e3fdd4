using System.Reflection;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests;

/// <summary>The shell reads as surfaces → use cases → (pure policies, Engine) → repositories: surfaces never reach the store, the store holds
/// rows only, and the shell's namespaces have no cycle. Dependencies are read from the compiled code (signatures and method bodies).</summary>
public class ArchitectureTests
{
    private static readonly Assembly Shell = typeof(Api.UseCases.Operations).Assembly;

    private static readonly Lazy<Dictionary<string, HashSet<Type>>> Dependencies = new(() => CodeDependencies.Read(Shell));

    private static readonly string[] Surfaces = ["Scoring.Api.Pages", "Scoring.Api.Endpoints", "Scoring.Api.Cli", "AspNetCoreGeneratedDocument"];

    // What reaches the database: the store, its repositories and the write transaction. Storage's records (rows read back) may be shown.
    private static readonly Type[] StoreAccess =
    [
        typeof(Api.Storage.Store), typeof(Api.Storage.Database), typeof(Api.Storage.StoreWrite), typeof(Api.Storage.WriteTransaction),
        typeof(Api.Storage.ISubmissionStore), typeof(Api.Storage.IRunStore), typeof(Api.Storage.IAgencyStore), typeof(Api.Storage.ICriteriaStore),
        typeof(Api.Storage.AuditLog), typeof(Api.Storage.TokenStore), typeof(Api.Storage.IdempotencyStore), typeof(Api.Storage.Migrator),
        typeof(Api.Storage.SubmissionRows), typeof(Api.Storage.RevisionRows), typeof(Api.Storage.AppraisalRows), typeof(Api.Storage.RunRows),
        typeof(Api.Storage.YearLockRows),
    ];

    [Fact]
    public void Surfaces_PagesEndpointsAndCli_NeverReachTheStore()
    {
        var offences = Dependencies.Value
            .Where(d => Surfaces.Any(s => d.Key == s || d.Key.StartsWith(s + ".", StringComparison.Ordinal)))
            .SelectMany(d => d.Value.Where(StoreAccess.Contains).Select(t => $"{d.Key} → {t.Name}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Empty(offences);
        // The reading itself works: the pages do reach the operations.
        Assert.Contains(typeof(Api.UseCases.Operations), Dependencies.Value["Scoring.Api.Pages"]);
    }

    [Fact]
    public void Storage_HoldsRowsOnly_NoWorkbooksReportsRulesOrUpperLayers()
    {
        string[] forbidden = ["Scoring.Api.Spreadsheets", "Scoring.Api.Reports", "Scoring.Api.UseCases", "Scoring.Api.Pages", "Scoring.Api.Endpoints",
            "Scoring.Api.Cli", "Scoring.Api.Server", "Scoring.Rules", "OfficeOpenXml"];
        var offences = Dependencies.Value.GetValueOrDefault("Scoring.Api.Storage", [])
            .Where(t => forbidden.Any(f => t.Namespace == f || t.Namespace?.StartsWith(f + ".", StringComparison.Ordinal) == true))
            .Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(offences);
    }

    [Fact]
    public void Namespaces_OfTheShell_HaveNoCycle()
    {
        var graph = Dependencies.Value.Where(d => d.Key.StartsWith("Scoring.Api", StringComparison.Ordinal)).ToDictionary(
            d => d.Key,
            d => d.Value.Select(t => t.Namespace ?? "").Where(n => n.StartsWith("Scoring.Api", StringComparison.Ordinal) && n != d.Key).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var cycles = graph.Keys.SelectMany(from => graph[from].Where(to => Reaches(graph, to, from)).Select(to => $"{from} → {to}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Empty(cycles);
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> graph, string from, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([from]);
        while (stack.TryPop(out var n))
        {
            if (n == target)
            {
                return true;
            }
            if (seen.Add(n) && graph.TryGetValue(n, out var next))
            {
                foreach (var m in next)
                {
                    stack.Push(m);
                }
            }
        }
        return false;
    }
}
