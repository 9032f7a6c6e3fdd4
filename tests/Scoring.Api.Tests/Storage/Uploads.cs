using Scoring.Api.Spreadsheets;
using Scoring.Engine.Registry;
using Scoring.Engine.Workflow;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Spreadsheets;
using Scoring.Api.Tests.Support;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Support;

namespace Scoring.Api.Tests.Storage;

/// <summary>Arrangements shared by the submission and appraisal tests: the sample agency list, sample workbooks, appraisal workbooks.</summary>
internal static class Uploads
{
    public static readonly CancellationToken Ct = CancellationToken.None;

    public static CompiledCriteria Mau2024 { get; } = Criteria.Shipped("mau-2024");

    public const string AnLac = "ubnd-huyen-an-lac";

    /// <summary>Opens the store and imports samples/agencies.csv.</summary>
    public static async Task<Store> OpenWithAgenciesAsync(TempStore temp)
    {
        var store = temp.Open();
        var (list, _) = AgencyListFile.Read(File.ReadAllBytes(Repo.Path("samples", "agencies.csv")), "agencies.csv");
        await store.Agencies.ImportAsync([.. list!.Values], "agencies.csv", "Quản trị", Ct);
        return store;
    }

    /// <summary>A sample workbook from samples/workbooks/&lt;version&gt;/.</summary>
    public static byte[] Sample(string version, string agency) => File.ReadAllBytes(Repo.Path("samples", "workbooks", version, agency + ".xlsx"));

    public static Task<UploadResult> UploadAsync(Store store, string agency, byte[] bytes, CompiledCriteria? criteria = null, int year = 2024, string actor = "Cán bộ đơn vị") =>
        store.UploadAsync(agency, year, criteria ?? Mau2024, bytes, agency + ".xlsx", actor, Ct);

    /// <summary>An Lạc's sample workbook uploaded and locked for 2024 under mau-2024.</summary>
    public static async Task<Store> LockedAnLacAsync(TempStore temp)
    {
        var store = await OpenWithAgenciesAsync(temp);
        Assert(await UploadAsync(store, AnLac, Sample("mau-2024", AnLac)));
        await store.LockAsync(2024, "mau-2024", "Sở Nội vụ", Ct);
        return store;
    }

    /// <summary>The appraisal workbook of a stored submission with the given changes typed in.</summary>
    public static byte[] AppraisalWorkbook(CompiledCriteria c, Submission stored, params (string Code, decimal Points, string Reason)[] changes) =>
        Workbooks.Filled(c, stored with { Appraisals = changes.ToDictionary(x => x.Code, x => new Appraisal(x.Points, x.Reason), StringComparer.Ordinal) }, appraisal: true);

    private static void Assert(UploadResult result)
    {
        if (!result.Accepted)
        {
            throw new InvalidOperationException("Sample upload rejected: " + string.Join("; ", result.Problems));
        }
    }
}
