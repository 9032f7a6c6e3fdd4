using Scoring.Api.Tests.Spreadsheets;
using Scoring.Api.Spreadsheets;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Storage;

public class SubmissionAuditTests
{
    /// <summary>The store a test uses: SQLite here; the PostgreSQL subclass runs every test of this class against PostgreSQL.</summary>
    protected virtual TempStore NewStore() => new();

    [Fact]
    public async Task Audit_WholeCycle_EveryWriteNamedWithActorAndVietnameseDetail()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        var bad = Workbooks.Edit(Sample("mau-2024", AnLac), s => s.Cells[Workbooks.Row(s, "I.5"), TemplateLayout.Points].Value = "nhiều");
        await UploadAsync(store, AnLac, bad, actor: "Cán bộ An Lạc");
        await UploadAsync(store, AnLac, Sample("mau-2024", AnLac), actor: "Cán bộ An Lạc");
        await store.WithdrawAsync(AnLac, 2024, "mau-2024", "Cán bộ An Lạc", Ct);
        await UploadAsync(store, AnLac, Sample("mau-2024", AnLac), actor: "Cán bộ An Lạc");
        await UploadAsync(store, "so-noi-vu", Sample("mau-2024", "so-noi-vu"), actor: "Cán bộ Sở Nội vụ");
        await store.LockAsync(2024, "mau-2024", "Sở Nội vụ", Ct);
        await store.AppraiseAsync(AnLac, 2024, Mau2024, "I.5", 1.5m, "Kế hoạch ban hành muộn", "Tổ thẩm định", Ct);

        var audit = (await store.Audit.ForAgencyAsync(AnLac, Ct)).Where(e => e.Action != "agency.add").ToList();

        Assert.Equal(["submission.reject", "submission.upload", "submission.withdraw", "submission.upload", "submission.lock", "appraisal.set"], audit.Select(e => e.Action));
        Assert.Equal(["Cán bộ An Lạc", "Cán bộ An Lạc", "Cán bộ An Lạc", "Cán bộ An Lạc", "Sở Nội vụ", "Tổ thẩm định"], audit.Select(e => e.Actor));
        Assert.All(audit, e => Assert.Equal(AnLac, e.AgencyCode));
        Assert.StartsWith("Nộp lần 1 bài nộp năm 2024 của đơn vị ubnd-huyen-an-lac (bộ tiêu chí mau-2024)", audit[0].Detail);
        Assert.Contains("bị từ chối, 1 lỗi", audit[0].Detail);
        Assert.Contains("trạng thái nháp (chưa có tệp hợp lệ) → đã nộp", audit[1].Detail);
        Assert.Contains("Lý do: Kế hoạch ban hành muộn", audit[5].Detail);
        Assert.DoesNotContain(audit, e => e.Detail.Contains("so-noi-vu", StringComparison.Ordinal));
    }
}

/// <summary>Every test of <see cref="SubmissionAuditTests"/> against a real PostgreSQL server (issue 18: one contract, both stores).</summary>
[Collection(Postgres.PostgresTests.Name)]
public sealed class SubmissionAuditTestsOnPostgres(Postgres.PostgresFixture postgres) : SubmissionAuditTests
{
    protected override TempStore NewStore() => new(postgres.NewDatabase());
}
