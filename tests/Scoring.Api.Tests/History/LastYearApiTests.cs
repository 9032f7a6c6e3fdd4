using System.Globalization;
using System.Net;
using System.Text.Json;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.History;

/// <summary>"Compared with last year" (issue 19, part 2) over the samples: the 2026 run (2) against the 2024 run (1), the latest earlier
/// published year; an unchanged sở, a renamed sở, a commune merged from two districts, a commune taking over one district, new agencies.</summary>
public sealed class LastYearApiTests : IDisposable
{
    private readonly Scoring.Api.Tests.Server.ScoringFactory _factory = new();

    public LastYearApiTests() => _factory.SeedSamples();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheSamples_2026Against2024_FollowTheLineage()
    {
        var client = _factory.ClientAs(Roles.Staff);
        var now = await ResultsAsync(client, 2);
        var then = await ResultsAsync(client, 1);
        var answer = await client.GetAsync(Scoring.Api.Tests.Server.ApiClient.Url("/api/runs/2/last-year"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(2024, root.GetProperty("comparedYear").GetInt32());
        Assert.Equal([1L], root.GetProperty("comparedRuns").EnumerateArray().Select(e => e.GetInt64()));
        var agencies = root.GetProperty("agencies").EnumerateArray().ToDictionary(a => a.GetProperty("agency").GetString()!);
        Assert.Equal(now.Count, agencies.Count);

        // Unchanged: Sở Nội vụ, the same code both years, ranked in the same group.
        var same = agencies["so-noi-vu"];
        Assert.Equal("same", same.GetProperty("relation").GetString());
        Assert.Equal(now["so-noi-vu"].Total - then["so-noi-vu"].Total, same.GetProperty("pointsChange").GetDecimal());
        Assert.Equal(then["so-noi-vu"].Rank - now["so-noi-vu"].Rank, same.GetProperty("rankChange").GetInt32());
        Assert.Null(same.GetProperty("note").GetString());

        // Renamed: Sở Nông nghiệp và Môi trường after Sở Tài nguyên và Môi trường (one to one, same group): compared as the same agency.
        var renamed = agencies["so-nong-nghiep-moi-truong"];
        Assert.Equal("renamed", renamed.GetProperty("relation").GetString());
        Assert.Equal(now["so-nong-nghiep-moi-truong"].Total - then["so-tai-nguyen-moi-truong"].Total, renamed.GetProperty("pointsChange").GetDecimal());
        Assert.Equal("so-tai-nguyen-moi-truong", renamed.GetProperty("before")[0].GetProperty("agency").GetString());
        Assert.Equal("Năm 2024 là Sở Tài nguyên và Môi trường.", renamed.GetProperty("note").GetString());

        // Merged: phường Bắc Sơn from quận Bắc Sơn and quận Đông Hải: both listed, no change computed (the version says nothing).
        var merged = agencies["ubnd-phuong-bac-son"];
        Assert.Equal("merged", merged.GetProperty("relation").GetString());
        Assert.Equal(["ubnd-quan-bac-son", "ubnd-quan-dong-hai"], merged.GetProperty("before").EnumerateArray().Select(b => b.GetProperty("agency").GetString()));
        Assert.Equal(JsonValueKind.Null, merged.GetProperty("pointsChange").ValueKind);
        Assert.Equal(JsonValueKind.Null, merged.GetProperty("rankChange").ValueKind);
        Assert.Equal("—", merged.GetProperty("changeText").GetString());
        Assert.StartsWith("Hợp nhất từ 2 đơn vị có kết quả năm 2024.", merged.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains($"UBND quận Bắc Sơn: {Vi(then["ubnd-quan-bac-son"].Total)} điểm", merged.GetProperty("beforeText").GetString(), StringComparison.Ordinal);

        // A commune taking over one district's place: another group, so not the same agency.
        var reorganised = agencies["ubnd-phuong-an-lac"];
        Assert.Equal("reorganised", reorganised.GetProperty("relation").GetString());
        Assert.Equal(JsonValueKind.Null, reorganised.GetProperty("pointsChange").ValueKind);
        Assert.Equal("ubnd-huyen-an-lac", reorganised.GetProperty("before")[0].GetProperty("agency").GetString());

        // New: the special zone (no predecessor) and the sở founded in 2025 from no listed agency.
        foreach (var code in new[] { "ubnd-dac-khu-hon-ngoc", "so-dan-toc-ton-giao" })
        {
            Assert.Equal("new", agencies[code].GetProperty("relation").GetString());
            Assert.Empty(agencies[code].GetProperty("before").EnumerateArray());
            Assert.Equal("Đơn vị mới: năm 2024 chưa có kết quả.", agencies[code].GetProperty("note").GetString());
        }
    }

    [Fact]
    public async Task TheFirstYear_HasNothingToCompare_AndSaysSo()
    {
        var answer = await _factory.ClientAs(Roles.Auditor).GetAsync(Scoring.Api.Tests.Server.ApiClient.Url("/api/runs/1/last-year"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("comparedYear").ValueKind);
        Assert.Empty(json.RootElement.GetProperty("agencies").EnumerateArray());
        Assert.Equal("Chưa có năm nào trước năm 2024 có lượt xếp loại đã công bố.", json.RootElement.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task AnAgency_MayNotReadARunsComparison_AndAnUnknownRunIsAVietnameseProblem()
    {
        var agency = await _factory.ClientAs(Roles.Agency, "ubnd-phuong-an-lac").GetAsync(Scoring.Api.Tests.Server.ApiClient.Url("/api/runs/2/last-year"));
        var unknown = await _factory.ClientAs(Roles.Staff).GetAsync(Scoring.Api.Tests.Server.ApiClient.Url("/api/runs/99/last-year"));

        Assert.Equal(HttpStatusCode.Forbidden, agency.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Không có lượt xếp loại số 99.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_PrintsTheSameComparison_AndAnAgencysResultsAcrossTheMerger()
    {
        var then = await ResultsAsync(_factory.ClientAs(Roles.Staff), 1);
        var lastYear = new StringWriter();
        var history = new StringWriter();
        var first = new StringWriter();

        var code = Scoring.Api.Cli.CliApp.Run(["runs", "last-year", "2", "--db", _factory.DatabasePath], lastYear);
        var historyCode = Scoring.Api.Cli.CliApp.Run(["agencies", "history", "ubnd-phuong-bac-son", "--db", _factory.DatabasePath], history);
        Scoring.Api.Cli.CliApp.Run(["runs", "last-year", "1", "--db", _factory.DatabasePath], first);

        Assert.Equal(Scoring.Api.Cli.CliApp.Ok, code);
        var lines = lastYear.ToString().Split('\n');
        Assert.Equal("Lượt 2 (năm 2026) so với năm 2024 (lượt 1):", lines[0].TrimEnd());
        Assert.Contains(lines, l => l.StartsWith("ubnd-phuong-bac-son\tnăm 2024: UBND quận Bắc Sơn: ", StringComparison.Ordinal)
            && l.Contains("\tthay đổi: — Hợp nhất từ 2 đơn vị có kết quả năm 2024.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"so-noi-vu\tnăm 2024: {Vi(then["so-noi-vu"].Total)} điểm", StringComparison.Ordinal));
        Assert.Equal(Scoring.Api.Cli.CliApp.Ok, historyCode);
        Assert.Contains($"Năm 2024 (trước sắp xếp): UBND quận Bắc Sơn: {Vi(then["ubnd-quan-bac-son"].Total)} điểm", history.ToString(), StringComparison.Ordinal);
        Assert.Contains("Năm 2026: ", history.ToString(), StringComparison.Ordinal);
        Assert.Contains("Năm 2026 so với năm 2024: Hợp nhất từ 2 đơn vị có kết quả năm 2024.", history.ToString(), StringComparison.Ordinal);
        Assert.Equal("Chưa có năm nào trước năm 2024 có lượt xếp loại đã công bố: không có gì để so sánh.", first.ToString().Trim());
    }

    internal static async Task<Dictionary<string, (decimal? Total, int? Rank, string Class)>> ResultsAsync(HttpClient client, long run)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(Scoring.Api.Tests.Server.ApiClient.Url($"/api/runs/{run}")));
        return json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("agency").GetString()!, r =>
            (r.GetProperty("status").GetString() == "NotAssessed" ? null : (decimal?)decimal.Parse(r.GetProperty("total").GetString()!, CultureInfo.InvariantCulture),
             r.GetProperty("rank").ValueKind == JsonValueKind.Null ? null : (int?)r.GetProperty("rank").GetInt32(),
             Scoring.Engine.Evaluation.AgencyStatusLabels.Label(Enum.Parse<Scoring.Engine.Evaluation.AgencyStatus>(r.GetProperty("status").GetString()!),
                 r.GetProperty("className").GetString())));
    }

    private static string Vi(decimal? value) => Scoring.Engine.Text.Num.Vi(value!.Value);
}
