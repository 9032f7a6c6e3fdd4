using System.Net;
using System.Text.Json;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

public sealed class SubmissionApiTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public SubmissionApiTests() => _factory.ImportSampleAgencies();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Upload_WorkbookWithMistake_422WithVietnameseProblemNamingCellAndRevisionKept()
    {
        var client = _factory.ClientAs(Roles.Agency, "so-lao-dong-tbxh");

        var response = await ApiClient.UploadAsync(client, "so-lao-dong-tbxh");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var problems = json.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.NotEmpty(problems);
        Assert.Contains("ô F15", body);
        Assert.All(problems, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("message").GetString())));
        var errors = await client.GetStringAsync(ApiClient.Url("/api/submissions/mau-2024/2024/so-lao-dong-tbxh/revisions/1/errors"));
        Assert.Contains("ô F15", errors);
    }

    [Fact]
    public async Task Upload_GoodWorkbookByAgency_201AndRevisionDownloadable()
    {
        var client = _factory.ClientAs(Roles.Agency, "ubnd-huyen-an-lac");

        var response = await ApiClient.UploadAsync(client, "ubnd-huyen-an-lac");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("\"accepted\":true", await response.Content.ReadAsStringAsync());
        var download = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("ubnd-huyen-an-lac.xlsx", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("PK"u8.ToArray(), (await download.Content.ReadAsByteArrayAsync())[..2]);
        var list = await client.GetStringAsync(ApiClient.Url("/api/submissions/mau-2024/2024"));
        Assert.Contains("\"agency\":\"ubnd-huyen-an-lac\"", list);
    }

    [Fact]
    public async Task Upload_ByStaffForAnyAgency_201AndAgencyListSeesOnlyItsOwn()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(staff, "so-noi-vu")).StatusCode);

        var list = await _factory.ClientAs(Roles.Agency, "ubnd-huyen-an-lac").GetStringAsync(ApiClient.Url("/api/submissions/mau-2024/2024"));

        Assert.Equal("[]", list);
    }

    [Fact]
    public async Task Withdraw_AfterGoodUpload_200Withdrawn()
    {
        var client = _factory.ClientAs(Roles.Agency, "ubnd-huyen-an-lac");
        await ApiClient.UploadAsync(client, "ubnd-huyen-an-lac");

        var response = await client.PostAsync(ApiClient.Url("/api/submissions/mau-2024/2024/ubnd-huyen-an-lac/withdraw"), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"state\":\"withdrawn\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Template_AgencyUser_XlsxPrefilledForOwnAgency()
    {
        var response = await _factory.ClientAs(Roles.Agency, "ubnd-huyen-an-lac").GetAsync(ApiClient.Url("/api/criteria/mau-2024/template"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Contains("ubnd-huyen-an-lac", response.Content.Headers.ContentDisposition?.FileName ?? "");
    }

    [Fact]
    public async Task Lint_InvalidYaml_200NotOkWithLineAndColumn()
    {
        var response = await _factory.ClientAs(Roles.Staff).PostAsync(ApiClient.Url("/api/criteria/lint"), new StringContent("id: [khong-dong\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.True(json.RootElement.GetProperty("problems")[0].GetProperty("line").GetInt32() >= 1);
    }

    [Fact]
    public async Task Lint_ShippedCriteria_200Ok()
    {
        var text = await File.ReadAllTextAsync(Support.Repo.Path("criteria", "mau-2024.yaml"));

        var response = await _factory.ClientAs(Roles.Staff).PostAsync(ApiClient.Url("/api/criteria/lint"), new StringContent(text));

        Assert.Contains("\"ok\":true", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ImportAgencies_BadCsv_422WithVietnameseProblems()
    {
        var content = new MultipartFormDataContent { { new StringContent("Mã,Tên\nx,y\n"), "file", "ds.csv" } };

        var response = await _factory.ClientAs(Roles.Staff).PostAsync(ApiClient.Url("/api/agencies/import"), content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(json.RootElement.GetProperty("problems").EnumerateArray());
    }
}
