using System.Net;
using System.Text.Json;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Spreadsheets;
using Scoring.Api.UseCases;
using Scoring.Engine.Submissions;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>A version frozen in the store before the divisor check divides by zero for one agency when a run scores it: the
/// answer is a 422 that names, in Vietnamese, the item, the version and the agency; never a 500, and no run is stored.</summary>
public sealed class RuleFailureHttpTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task CreateRun_StoredFormulaDividesByZero_422InVietnameseNothingStored()
    {
        _factory.ImportSampleAgencies();
        var chia = Scoring.Rules.Tests.Support.Criteria.CompileUnlinted("""
            id: chia-cu
            title: Bộ tiêu chí cũ có phép chia (mẫu)
            sample: true
            scale: 10
            groups: [ { code: so-nganh, name: "Sở, ban, ngành" } ]
            inputs: [ { code: so_lan, title: Số lần, type: count } ]
            sections:
              - code: I
                title: Mục I
                max: 10
                items:
                  - { code: I.1, title: A, max: 10, kind: formula, formula: "10 / so_lan" }
            classes: [ { name: Đạt, from: 5 }, { name: Không đạt, from: 0, to: 5 } ]
            """);
        var ops = new Operations(_factory.Store);
        var submission = new Submission("so-noi-vu", "Sở Nội vụ", "so-nganh", new Dictionary<string, Answer>(), new Dictionary<string, decimal> { ["so_lan"] = 0 });
        var upload = await ops.Upload.RunAsync("so-noi-vu", 2024, chia, Workbooks.Filled(chia, submission), "so-noi-vu.xlsx", "Sở Nội vụ", CancellationToken.None);
        Assert.True(upload.Ok, upload.Message);
        Assert.True((await ops.Lock.RunAsync(2024, "chia-cu", "Sở Nội vụ", CancellationToken.None)).Ok);

        var staff = _factory.ClientAs(Roles.Staff);
        var response = await staff.PostAsync(ApiClient.Url("/api/runs"), ApiClient.Json("""{"year":2024,"criteria":"chia-cu","knowingly":true}"""));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString();
        Assert.Equal("Không chấm được đơn vị so-noi-vu: công thức của tiêu chí I.1 của bộ tiêu chí chia-cu gặp phép chia cho 0. Không có điểm nào được tính thay bằng 0; hãy báo cho người soạn bộ tiêu chí.", detail);
        Assert.DoesNotContain("   at ", body);
        Assert.Empty(await _factory.Store.Runs.ListAsync(CancellationToken.None));
    }
}
