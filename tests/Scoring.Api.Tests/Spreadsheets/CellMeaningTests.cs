using System.Net;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Scoring.Api.Tests.Support;
using Scoring.Api.UseCases;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>Cells are read as the number the user typed and sees: "96%" typed into a cell Excel formats as a percentage is stored as 0.96
/// and read as 96; a number typed into a date-formatted cell is that number, not a date of 1900.</summary>
public sealed class CellMeaningTests : IDisposable
{
    private const string AnLac = "ubnd-huyen-an-lac";
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpStatusCode Status, string Body)> UploadAsync(byte[] bytes)
    {
        _factory.ImportSampleAgencies();
        var staff = _factory.ClientAs(Roles.Staff);
        var response = await ApiClient.UploadBytesAsync(staff, AnLac, bytes);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<Engine.Evaluation.AgencyResult> ScoredAsync() =>
        (await new Operations(_factory.Store).AgencyYear.RunAsync(AnLac, 2024, Criteria.Shipped("mau-2024"), CancellationToken.None)).Final!;

    [Fact]
    public async Task Upload_PercentTypedIntoAPercentFormattedCell_ReadAsThePercentShown()
    {
        // II.2 is scored by percentage tiers: 96 % reaches the top tier (from 95: 4 points); read as 0,96 % it would be 0 points.
        var bytes = Workbooks.Edit(File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", AnLac + ".xlsx")), s =>
        {
            var cell = s.Cells[Workbooks.Row(s, "II.2"), TemplateLayout.Figure];
            cell.Value = 0.96;
            cell.Style.Numberformat.Format = "0%";
        });

        var (status, body) = await UploadAsync(bytes);

        Assert.True(status == HttpStatusCode.Created, body);
        var item = (await ScoredAsync()).Items.Single(i => i.Code == "II.2");
        Assert.Equal((96m, 4m), (item.Inputs.Single().Value, item.Points));
    }

    [Fact]
    public async Task Upload_NumberTypedIntoADateFormattedInputCell_ReadAsTheNumber()
    {
        var bytes = Workbooks.Edit(File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", AnLac + ".xlsx")), s =>
        {
            var cell = s.Cells[Workbooks.Row(s, "so_mo_hinh_cong_nhan"), TemplateLayout.Figure];
            cell.Value = 3;
            cell.Style.Numberformat.Format = "mm-dd-yy"; // the built-in short date (numFmtId 14), which the library reads back as a date
        });

        var (status, body) = await UploadAsync(bytes);

        Assert.True(status == HttpStatusCode.Created, body);
        Assert.DoesNotContain("1900", body, StringComparison.Ordinal);
        // III.3 = min(so_mo_hinh_cong_nhan × 2, 4) reads the number: 3 models.
        var item = (await ScoredAsync()).Items.Single(i => i.Code == "III.3");
        Assert.Equal([3m], item.Inputs.Select(u => u.Value));
        Assert.Equal(4m, item.Points);
    }
}
