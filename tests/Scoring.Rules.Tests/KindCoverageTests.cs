using System.Runtime.CompilerServices;
using FsCheck.Fluent;
using Scoring.Engine.Kinds;
using Scoring.Rules.Format;
using Scoring.Rules.Tests.Generators;
using Xunit;

namespace Scoring.Rules.Tests;

/// <summary>Every kind of item is known end to end: the generated criteria files (which the reader, the canonical form, the engine, the rules
/// and the workbook properties all run on) use every kind the engine defines, so a new kind fails here until it is read, written and generated.</summary>
public class KindCoverageTests
{
    [Fact]
    public void GeneratedVersions_UseEveryKindTheEngineDefines()
    {
        var defined = typeof(ItemKind).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ItemKind)) && !t.IsAbstract)
            .Select(t => ((ItemKind)RuntimeHelpers.GetUninitializedObject(t)).Code).Order(StringComparer.Ordinal).ToList();

        var generated = Gen.Sample(VersionGen.Yaml(), 60)
            .Select(y => CriteriaReader.Read(y, "gen.yaml").Version!)
            .SelectMany(v => v.AllItems.Select(i => i.Kind.Code)).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(7, defined.Count);
        Assert.Equal(defined, generated);
    }
}
