using System.Text.RegularExpressions;
using Scoring.Api.Cli;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Cli;

/// <summary>Keeps the worked example of criteria/README.md true: its file lints and its answers score as the guide computes by hand.</summary>
public sealed partial class GuideExampleTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("scoring-guide-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [Fact]
    public void GuideWorkedExample_LintAndScore_AsComputedByHandInTheGuide()
    {
        var blocks = YamlBlock().Matches(File.ReadAllText(Repo.Path("criteria", "README.md"))).Select(m => m.Groups[1].Value).ToList();
        var index = blocks.FindIndex(b => b.StartsWith("id: vi-du-2025", StringComparison.Ordinal));
        Assert.True(index >= 0, "The guide's worked example (id: vi-du-2025) is missing.");
        var answers = blocks.Skip(index + 1).First(b => b.StartsWith("agency:", StringComparison.Ordinal));
        var criteria = Path.Combine(_temp, "vi-du-2025.yaml");
        File.WriteAllText(criteria, blocks[index]);
        var answersFile = Path.Combine(_temp, "tra-loi.yaml");
        File.WriteAllText(answersFile, answers);

        var lint = new StringWriter();
        Assert.Equal(CliApp.Ok, CliApp.Run(["criteria", "lint", criteria], lint));
        var output = new StringWriter();
        Assert.Equal(CliApp.Ok, CliApp.Run(["score", "--criteria", criteria, answersFile], output));
        Assert.Contains("Quy đổi về thang 100: 67 × 100 / 80 = 83,75", output.ToString());
        Assert.Contains("TỔNG ĐIỂM: 84,25", output.ToString());
        Assert.Contains("XẾP LOẠI: Khá", output.ToString());
    }
}
