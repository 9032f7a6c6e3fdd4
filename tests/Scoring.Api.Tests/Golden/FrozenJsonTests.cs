using Scoring.Api.Cli;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Golden;

/// <summary>The canonical result JSON is stored in every run and replay compares it byte for byte, so its bytes must never
/// change. Golden/FrozenJson holds what `score --json` printed for the samples (answers files, and two workbooks that carry
/// appraisals) before the writer was made faster; every later writer must print exactly the same.</summary>
public class FrozenJsonTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Repo.Path("tests", "Scoring.Api.Tests", "Golden", "FrozenJson"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(file))!, Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ScoreJson_SameBytesAsFrozen(string version, string name)
    {
        var input = name.EndsWith(".workbook", StringComparison.Ordinal)
            ? Repo.Path("samples", "workbooks", version, name[..^".workbook".Length] + ".xlsx")
            : Repo.Path("samples", "answers", version, name + ".yaml");
        var output = new StringWriter();
        var code = CliApp.Run(["score", "--criteria-dir", Repo.Path("criteria"), "--criteria", version, "--json", input], output);
        Assert.Equal(CliApp.Ok, code);
        var expected = File.ReadAllText(Repo.Path("tests", "Scoring.Api.Tests", "Golden", "FrozenJson", version, name + ".json"));
        Assert.Equal(expected, output.ToString());
    }

    [Fact]
    public void Frozen_CoversAppraisalsConditionsAndNotApplicable()
    {
        var all = string.Concat(Directory.GetFiles(Repo.Path("tests", "Scoring.Api.Tests", "Golden", "FrozenJson"), "*.json", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains("\"appraisalReason\": \"", all);
        Assert.Contains("\"atMost\": \"", all);
        Assert.Contains("\"applicable\": false", all);
        Assert.Contains("\"section\": null", all);
    }
}
