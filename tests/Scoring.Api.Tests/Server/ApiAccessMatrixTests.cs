using System.Net;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>Every endpoint against every kind of caller: anonymous 401, an agency on another agency 403, auditors writing 403, staff allowed.</summary>
public sealed class ApiAccessMatrixTests : IClassFixture<ScoringFactory>
{
    private const string Own = "ubnd-huyen-an-lac";
    private const string Sub = "/api/submissions/mau-2024/2024";
    private const string Appr = "/api/appraisals/mau-2024/2024/so-noi-vu";
    private readonly ScoringFactory _factory;

    public ApiAccessMatrixTests(ScoringFactory factory)
    {
        _factory = factory;
        _factory.ImportSampleAgencies();
    }

    public static TheoryData<string, string, string, int> Rows => new()
    {
        { "GET", "/api/criteria", "anon", 401 }, { "GET", "/api/criteria", "agency", 200 },
        { "GET", "/api/criteria/mau-2024", "auditor", 200 }, { "GET", "/api/criteria/khong-co", "staff", 404 },
        { "POST", "/api/criteria/lint", "anon", 401 }, { "POST", "/api/criteria/lint", "staff", 200 },
        { "GET", "/api/criteria/mau-2024/template", "anon", 401 }, { "GET", "/api/criteria/mau-2024/template", "agency", 200 },
        { "GET", "/api/criteria/mau-2024/template?agency=so-noi-vu", "agency", 403 },
        { "GET", "/api/criteria/mau-2024/template?group=so-nganh", "agency", 403 },
        { "GET", "/api/criteria/mau-2024/template", "staff", 400 }, { "GET", "/api/criteria/mau-2024/template?agency=so-noi-vu", "staff", 200 },
        { "GET", "/api/agencies", "anon", 401 }, { "GET", "/api/agencies", "agency", 403 }, { "GET", "/api/agencies", "auditor", 200 },
        { "POST", "/api/agencies/import", "anon", 401 }, { "POST", "/api/agencies/import", "agency", 403 },
        { "POST", "/api/agencies/import", "auditor", 403 }, { "POST", "/api/agencies/import", "staff", 400 },
        { "GET", Sub, "anon", 401 }, { "GET", Sub, "agency", 200 }, { "GET", Sub, "auditor", 200 }, { "GET", "/api/submissions/khong-co/2024", "staff", 404 },
        { "POST", $"{Sub}/{Own}", "anon", 401 }, { "POST", $"{Sub}/{Own}", "agency", 400 }, { "POST", $"{Sub}/so-noi-vu", "agency", 403 },
        { "POST", $"{Sub}/so-noi-vu", "auditor", 403 }, { "POST", $"{Sub}/so-noi-vu", "staff", 400 },
        { "POST", $"{Sub}/lock", "anon", 401 }, { "POST", $"{Sub}/lock", "agency", 403 }, { "POST", $"{Sub}/lock", "auditor", 403 },
        { "POST", $"{Sub}/lock", "staff", 200 },
        { "GET", $"{Sub}/{Own}", "agency", 200 }, { "GET", $"{Sub}/so-noi-vu", "agency", 403 }, { "GET", $"{Sub}/so-noi-vu", "auditor", 200 },
        { "GET", $"{Sub}/so-noi-vu/revisions/1", "anon", 401 }, { "GET", $"{Sub}/so-noi-vu/revisions/1", "agency", 403 },
        { "GET", $"{Sub}/so-noi-vu/revisions/1", "staff", 404 },
        { "GET", $"{Sub}/so-noi-vu/revisions/1/errors", "agency", 403 }, { "GET", $"{Sub}/so-noi-vu/revisions/1/errors", "auditor", 404 },
        { "POST", $"{Sub}/so-noi-vu/withdraw", "anon", 401 }, { "POST", $"{Sub}/so-noi-vu/withdraw", "agency", 403 },
        { "POST", $"{Sub}/so-noi-vu/withdraw", "auditor", 403 }, { "POST", $"{Sub}/so-noi-vu/withdraw", "staff", 409 },
        { "GET", Appr, "anon", 401 }, { "GET", Appr, "agency", 403 }, { "GET", Appr, "auditor", 200 },
        { "POST", Appr, "anon", 401 }, { "POST", Appr, "agency", 403 }, { "POST", Appr, "auditor", 403 }, { "POST", Appr, "staff", 400 },
        { "POST", $"{Appr}/workbook", "agency", 403 }, { "POST", $"{Appr}/workbook", "auditor", 403 }, { "POST", $"{Appr}/workbook", "staff", 400 },
        { "GET", "/api/runs", "anon", 401 }, { "GET", "/api/runs", "agency", 403 }, { "GET", "/api/runs", "auditor", 200 },
        { "POST", "/api/runs", "anon", 401 }, { "POST", "/api/runs", "agency", 403 }, { "POST", "/api/runs", "auditor", 403 },
        { "POST", "/api/runs", "staff", 400 }, { "POST", "/api/runs", "admin", 400 },
        { "GET", "/api/runs/999", "agency", 403 }, { "GET", "/api/runs/999", "auditor", 404 },
        { "POST", "/api/runs/999/publish", "auditor", 403 }, { "POST", "/api/runs/999/publish", "agency", 403 }, { "POST", "/api/runs/999/publish", "staff", 404 },
        { "GET", "/api/runs/999/replay", "anon", 401 }, { "GET", "/api/runs/999/replay", "agency", 403 }, { "GET", "/api/runs/999/replay", "auditor", 404 },
        { "GET", "/api/runs/999/diff?criteria=mau-2024", "agency", 403 }, { "GET", "/api/runs/999/diff?criteria=mau-2024", "auditor", 404 },
        { "GET", "/api/runs/999/diff", "staff", 400 },
        { "GET", "/api/runs/999/report", "agency", 403 }, { "GET", "/api/runs/999/report", "staff", 404 },
        { "GET", "/api/audit?agency=so-noi-vu", "anon", 401 }, { "GET", "/api/audit?agency=so-noi-vu", "agency", 403 },
        { "GET", "/api/audit?agency=so-noi-vu", "auditor", 200 }, { "GET", "/api/audit", "staff", 400 }, { "GET", "/api/audit?run=abc", "staff", 400 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Endpoint_ByRole_ExpectedStatusAndProblemForErrors(string method, string url, string role, int expected)
    {
        var client = role switch
        {
            "anon" => _factory.CreateClient(),
            "agency" => _factory.ClientAs(Roles.Agency, Own),
            _ => _factory.ClientAs(role),
        };
        using var request = new HttpRequestMessage(new HttpMethod(method), ApiClient.Url(url));
        if (method == "POST")
        {
            request.Content = ApiClient.Json("{}");
        }

        var response = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
