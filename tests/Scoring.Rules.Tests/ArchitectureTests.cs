using System.Reflection;
using Scoring.Engine.Criteria;
using Scoring.Rules.Compilation;
using Xunit;

namespace Scoring.Rules.Tests;

public class ArchitectureTests
{
    private static readonly string[] IoLibraries = ["Dapper", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Microsoft.AspNetCore", "EPPlus", "OfficeOpenXml", "Npgsql"];

    [Theory]
    [InlineData(typeof(CriteriaVersion), new string[0])]
    [InlineData(typeof(RuleCompiler), new[] { "Scoring.Engine" })]
    public void References_EngineAndRules_NoIoLibraryAndOnlyInwardProjects(Type marker, string[] allowedProjects)
    {
        var assembly = marker.Assembly;
        var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(referenced, name => IoLibraries.Any(io => name.StartsWith(io, StringComparison.OrdinalIgnoreCase)));
        var projects = referenced.Where(n => n.StartsWith("Scoring.", StringComparison.Ordinal)).ToList();
        Assert.Equal(allowedProjects, projects);
    }

    [Fact]
    public void References_Engine_UsesNoFileClockOrConsole()
    {
        var engine = typeof(CriteriaVersion).Assembly;
        var forbidden = new[] { typeof(File), typeof(Directory), typeof(Console), typeof(FileStream) };
        var used = engine.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetMethodBody() is null ? [] : ReferencedTypes(m)).ToHashSet();
        Assert.DoesNotContain(used, forbidden.Contains);
        Assert.DoesNotContain(engine.GetTypes().SelectMany(t => t.GetProperties()).Select(p => p.PropertyType), t => t == typeof(DateTime));
    }

    // Signature-level check: parameter and return types of Engine methods stay free of I/O types.
    private static IEnumerable<Type> ReferencedTypes(MethodInfo m) =>
        m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType);
}
