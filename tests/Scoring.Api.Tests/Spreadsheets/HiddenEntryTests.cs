using System.IO.Compression;
using System.Net;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Scoring.Api.Tests.Support;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>What the upload guard checked is exactly what is parsed: entries that only the local headers hold (a second copy of the score
/// sheet with other answers, a huge part) never reach the Excel library, which opens the package rebuilt from the checked entries.</summary>
public sealed class HiddenEntryTests : IDisposable
{
    private const string AnLac = "ubnd-huyen-an-lac";
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static byte[] Sample => File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", AnLac + ".xlsx"));

    /// <summary>The score sheet's part name and its text, from the central directory.</summary>
    private static (string Name, string Xml) ScoreSheet(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var entry = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal).First();
        using var reader = new StreamReader(entry.Open());
        return (entry.FullName, reader.ReadToEnd());
    }

    [Fact]
    public async Task Upload_ASecondScoreSheetOnlyInTheLocalHeaders_ScoredOnTheCheckedSheet()
    {
        _factory.ImportSampleAgencies();
        var staff = _factory.ClientAs(Roles.Staff);
        var (name, xml) = ScoreSheet(Sample);
        // The hidden copy has every cell emptied of its value: scored from it, the upload would be refused for missing answers.
        var emptied = System.Text.RegularExpressions.Regex.Replace(xml, "<v>[^<]*</v>", "");
        var hostile = HiddenEntries.WithLocalOnlyEntry(Sample, name, System.Text.Encoding.UTF8.GetBytes(emptied));
        var expected = WorkbookReader.Read(Sample, "x.xlsx", Criteria.Shipped("mau-2024")).Submission!;

        var response = await ApiClient.UploadBytesAsync(staff, AnLac, hostile);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("\"accepted\":true", await response.Content.ReadAsStringAsync());
        var criteria = Criteria.Shipped("mau-2024");
        var year = await new Scoring.Api.UseCases.Operations(_factory.Store).AgencyYear.RunAsync(AnLac, 2024, criteria, CancellationToken.None);
        Assert.Equal(criteria.Scorer.Evaluate(expected).Total, year.Final!.Total);
        // The upload is kept as received, hidden entry and all.
        Assert.Equal(hostile, await (await staff.GetAsync(response.Headers.Location)).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void Read_AHugePartOnlyInTheLocalHeaders_NeverInflated()
    {
        // 300 MB of zeros deflate to about 300 kB; a reader that walks local headers allocates and inflates all of it.
        var hostile = HiddenEntries.WithLocalOnlyEntry(Sample, "xl/media/image9.bin", new byte[300 * 1024 * 1024]);
        var criteria = Criteria.Shipped("mau-2024");
        WorkbookReader.Read(Sample, "warm.xlsx", criteria);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var upload = WorkbookReader.Read(hostile, AnLac + ".xlsx", criteria);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(upload.IsValid, string.Join("; ", upload.Problems));
        Assert.True(allocated < 100L * 1024 * 1024, $"Reading the upload allocated {allocated / (1024 * 1024)} MB.");
    }
}
