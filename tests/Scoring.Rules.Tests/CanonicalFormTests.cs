using Scoring.Rules.Format;
using Scoring.Rules.Lint;
using Scoring.Rules.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Scoring.Rules.Tests;

public class CanonicalFormTests
{
    public static TheoryData<string> ShippedIds() => [.. Criteria.ShippedIds];

    private static string Text(string id) => File.ReadAllText(Path.Combine(Criteria.CriteriaFolder, id + ".yaml"));

    private static string Hash(string yaml) => CanonicalForm.Hash(CriteriaReader.Read(yaml, "t.yaml").Version!);

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void Hash_ReformattedFile_Unchanged(string id)
    {
        var original = Text(id);
        var stream = new YamlStream();
        stream.Load(new StringReader(original));
        Reverse(stream.Documents[0].RootNode);
        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        var reformatted = "# Bản sao đã định dạng lại, thêm chú thích\n" + writer.ToString().Replace("\n", "\n\n", StringComparison.Ordinal);
        Assert.NotEqual(original, reformatted);
        Assert.Equal(Hash(original), Hash(reformatted));
    }

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void Canonical_ParseSerialiseParse_RoundTripsAndStaysValid(string id)
    {
        var canonical = CanonicalForm.Write(CriteriaReader.Read(Text(id), id).Version!);
        var again = CriteriaReader.Read(canonical, "canonical.json");
        Assert.DoesNotContain(CriteriaLinter.Lint(again), p => !p.IsWarning);
        Assert.Equal(canonical, CanonicalForm.Write(again.Version!));
    }

    [Theory]
    [InlineData("max: 8", "max: 7.5")]
    [InlineData("title: Mục I", "title: Mục 1")]
    [InlineData("kind: judgment, step: 0.5", "kind: judgment, step: 0.25")]
    [InlineData("name: Tốt, from: 9", "name: Tốt, from: 8.5")]
    [InlineData("sample: true", "sample: false")]
    public void Hash_ChangeOfMeaning_Changes(string from, string to)
    {
        var yaml = Criteria.Mini("""
                  - { code: I.1, title: A, max: 8, kind: judgment, step: 0.5 }
                  - { code: I.2, title: B, max: 2, kind: yes-no }
            """, 10, classes: """
            classes:
              - { name: Tốt, from: 9 }
              - { name: Khá, from: 0, to: 9 }
            """);
        var changed = yaml.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(yaml, changed);
        Assert.NotEqual(Hash(yaml), Hash(changed));
    }

    [Fact]
    public void Hash_ImpliedUpperEdgesWrittenOrNot_Same()
    {
        var items = """
                  - code: I.1
                    title: A
                    max: 10
                    kind: tiers
                    tiers: [ { from: 90, points: 10 }, { from: 50, to: 90, points: 5 }, { from: 0, to: 50, points: 0 } ]
            """;
        var implied = items.Replace(", to: 90", "", StringComparison.Ordinal).Replace(", to: 50", "", StringComparison.Ordinal);
        Assert.Equal(Hash(Criteria.Mini(items, 10)), Hash(Criteria.Mini(implied, 10)));
    }

    private static void Reverse(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode m:
                var children = m.Children.Reverse().ToList();
                m.Children.Clear();
                foreach (var (k, v) in children)
                {
                    Reverse(v);
                    m.Children.Add(k, v);
                }
                m.Style = YamlDotNet.Core.Events.MappingStyle.Block;
                break;
            case YamlSequenceNode s:
                foreach (var c in s.Children)
                {
                    Reverse(c);
                }
                break;
        }
    }
}
