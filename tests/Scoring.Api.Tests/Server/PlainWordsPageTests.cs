using System.Net;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>Pages speak to people (issue 15, part 7): no rule tags or input codes in an explanation, decimal commas in formulas, group names
/// rather than codes.</summary>
public sealed class PlainWordsPageTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AgencyPage_ExplanationInWords_GroupByName()
    {
        _factory.ImportSampleAgencies();
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(_factory.ClientAs(Roles.Staff), "so-noi-vu")).StatusCode);
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, "so-noi-vu");

        var page = await agency.GetAsync("/don-vi?criteria=mau-2024&year=2024");

        Assert.Contains("Cách tính: Công thức: nhỏ nhất([", page);
        Assert.Contains("× 0,5, 3)", page);
        Assert.DoesNotContain("Quy tắc", page);
        Assert.DoesNotContain("item:", page);
        Assert.DoesNotContain("so_ngay_cham_nop", page);
        Assert.Contains("khối Sở, ban, ngành", page);
        Assert.DoesNotContain("khối so-nganh", page);
    }
}
