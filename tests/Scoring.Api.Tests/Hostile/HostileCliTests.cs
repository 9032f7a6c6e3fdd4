using Scoring.Api.Cli;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Hostile;

/// <summary>Hostile files through the command line: a Vietnamese error and an exit code, never a stack trace.</summary>
public sealed class HostileCliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("scoring-hostile-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    public static TheoryData<string, string> Files() => new()
    {
        { "cat-ngang.xlsx", "bị hỏng" },
        { "van-ban.xlsx", "CSV" },
        { "rong.xlsx", "rỗng" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Score_HostileWorkbook_VietnameseErrorExitOneNoStackTrace(string name, string fragment)
    {
        var sample = File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", "ubnd-huyen-an-lac.xlsx"));
        var bytes = name switch
        {
            "cat-ngang.xlsx" => sample[..(sample.Length / 2)],
            "van-ban.xlsx" => "Mã,Điểm\nI.1,4\nI.2,3\n"u8.ToArray(),
            _ => [],
        };
        var path = Path.Combine(_temp, name);
        File.WriteAllBytes(path, bytes);
        var output = new StringWriter();
        var code = CliApp.Run(["score", "--criteria-dir", Repo.Path("criteria"), "--criteria", "mau-2024", path], output);
        Assert.Equal(CliApp.InputProblems, code);
        Assert.Contains(name, output.ToString());
        Assert.Contains(fragment, output.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", output.ToString());
    }
}
