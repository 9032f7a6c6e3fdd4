using System.IO.Compression;
using System.Net;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The staff tracker (issue 15, part 2): search, filter by situation, sort; every file in use as one zip.</summary>
public sealed class TrackerPageTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static int Rows(string html) => System.Text.RegularExpressions.Regex.Count(html, "<tr>\\s*<th scope=\"row\">");

    [Fact]
    public async Task SearchFilterSort_AndTheYearsFilesAsOneZip()
    {
        _factory.ImportSampleAgencies();
        var api = _factory.ClientAs(Roles.Staff);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(api, "so-noi-vu")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(api, "ubnd-huyen-an-lac")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ApiClient.UploadAsync(api, "so-lao-dong-tbxh")).StatusCode);
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);
        const string Page = "/noi-vu?criteria=mau-2024&year=2024";

        var search = await staff.GetAsync(Page + "&q=n%E1%BB%99i%20v%E1%BB%A5");
        var rejected = await staff.GetAsync(Page + "&only=tu-choi");
        var submitted = await staff.GetAsync(Page + "&only=submitted");
        var byState = await staff.GetAsync(Page + "&sort=trang-thai");
        var zip = await staff.Http.GetAsync(ApiClient.Url("/noi-vu?handler=Files&criteria=mau-2024&year=2024"));

        Assert.Contains("Sở Nội vụ", search);
        Assert.Equal(1, Rows(search[search.IndexOf("<table class=\"theo-doi\">", StringComparison.Ordinal)..search.IndexOf("id=\"khoa-nop-bai\"", StringComparison.Ordinal)]));
        Assert.Contains("Sở Lao động - Thương binh và Xã hội", rejected);
        Assert.DoesNotContain("Sở Nội vụ</td>", rejected);
        Assert.Contains("Sở Nội vụ</td>", submitted);
        Assert.Contains("UBND huyện An Lạc</td>", submitted);
        Assert.True(byState.IndexOf("chưa nộp", StringComparison.Ordinal) < byState.IndexOf(">đã nộp<", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        using var archive = new ZipArchive(new MemoryStream(await zip.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["so-noi-vu-lan-1.xlsx", "ubnd-huyen-an-lac-lan-1.xlsx"], archive.Entries.Select(e => e.FullName).ToArray());
        using var entry = new MemoryStream();
        await archive.Entries[0].Open().CopyToAsync(entry);
        Assert.Equal(File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", "so-noi-vu.xlsx")), entry.ToArray());
    }
}
