using Scoring.Api.Cli;
using Xunit;

namespace Scoring.Api.Tests.Cli;

/// <summary>A store the CLI cannot use is said in Vietnamese (never SQLite's or the system's English), and nothing is changed.</summary>
public sealed class CliStoreErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scoring-cli-store-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void StoreThatIsNotADatabase_VietnameseAndTheFileUntouched()
    {
        var db = Path.Combine(_folder, "scoring.db");
        File.WriteAllText(db, "Đây là một tệp văn bản, không phải kho dữ liệu. Nó đủ dài để SQLite đọc phần đầu của tệp và thấy không hợp lệ."
            + new string('x', 200));
        var before = File.ReadAllBytes(db);
        var output = new StringWriter();

        var exit = CliApp.Run(["agencies", "list", "--db", db], output);

        Assert.Equal(CliApp.IoError, exit);
        Assert.StartsWith("Tệp kho dữ liệu bị hỏng hoặc không phải kho dữ liệu của phần mềm", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void MissingFile_VietnameseWithThePath()
    {
        var output = new StringWriter();

        var exit = CliApp.Run(["appraise", "--agency", "a", "--year", "2024", "--criteria", "mau-2024", "--workbook", Path.Combine(_folder, "khong-co.xlsx")], output);

        Assert.NotEqual(CliApp.Ok, exit);
        Assert.Contains("khong-co.xlsx", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Could not", output.ToString(), StringComparison.Ordinal);
    }
}
