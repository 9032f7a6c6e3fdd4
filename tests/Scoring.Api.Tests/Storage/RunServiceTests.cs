using Scoring.Api.Spreadsheets;
using Scoring.Engine.Registry;
using Scoring.Engine.Workflow;
using Scoring.Api.UseCases;
using Dapper;
using Scoring.Api.Runs;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
using Scoring.Engine.Evaluation;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Storage;

/// <summary>Annual runs on a real store: created whole or not at all, published immutably, replayed bit for bit, diffed.</summary>
public class RunServiceTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempStore _temp;
    private readonly Store _store;
    private readonly RunService _runs;

    public RunServiceTests()
        : this(new TempStore())
    {
    }

    /// <summary>The tests on a given store (the PostgreSQL subclass passes one of its own).</summary>
    protected RunServiceTests(TempStore temp)
    {
        _temp = temp;
        _store = _temp.Open();
        _runs = new Operations(_store).Runs;
        var (list, _) = AgencyListFile.Read(File.ReadAllBytes(Repo.Path("samples", "agencies.csv")), "agencies.csv");
        _store.Agencies.ImportAsync([.. list!.Values], "agencies.csv", "Phòng Nội vụ", Ct).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    // Runs of these tests rank the samples of 2024; mau-2023's period ends before 2024, so its runs are asked for knowingly.
    private async Task<(long? Id, string? Problem)> CreateAsync(int year, string version, string? group, string actor, CancellationToken ct, Func<int, Task>? after = null)
    {
        var o = await new Operations(_store).CreateRun.RunAsync(new RunOrder(year, version, group, Knowingly: true), actor, ct, after);
        return (o.Value?.Id, o.Ok ? null : o.Message);
    }

    private async Task<(bool Ok, string? Problem)> PublishAsync(long id, string actor) =>
        await new Operations(_store).Publish.RunAsync(id, actor, Ct) is var o && o.Ok ? (true, null) : (false, o.Message);

    /// <summary>Uploads every valid sample workbook of a version for 2024 and locks the year.</summary>
    private int UploadSamplesAndLock(string version)
    {
        var criteria = Criteria.Shipped(version);
        var accepted = 0;
        foreach (var file in Directory.GetFiles(Repo.Path("samples", "workbooks", version), "*.xlsx").Order(StringComparer.Ordinal))
        {
            var agency = Path.GetFileNameWithoutExtension(file);
            var result = _store.UploadAsync(agency, 2024, criteria, File.ReadAllBytes(file), Path.GetFileName(file), agency, Ct).GetAwaiter().GetResult();
            accepted += result.Accepted ? 1 : 0;
        }
        _store.LockAsync(2024, version, "Phòng Nội vụ", Ct).GetAwaiter().GetResult();
        return accepted;
    }

    [Fact]
    public async Task Create_SampleYear_RanksLikeTheEngineAndListsAgenciesWithNothingLocked()
    {
        Assert.Equal(3, UploadSamplesAndLock("mau-2023"));
        var (id, problem) = await CreateAsync(2024, "mau-2023", null, "Phòng Nội vụ", Ct);
        Assert.Null(problem);
        var results = await _store.Runs.ResultsAsync(id!.Value, Ct);
        var noiVu = results.Single(r => r.AgencyCode == "so-noi-vu");
        Assert.Equal(("100.75", 1, "Tốt"), (noiVu.Total, noiVu.Rank, noiVu.ClassName));
        var missing = results.Single(r => r.AgencyCode == "so-y-te");
        Assert.Equal((null, AgencyStatus.NotAssessed), (missing.Rank, missing.Status));
        var inputs = await _store.Runs.InputsAsync(id.Value, Ct);
        Assert.NotNull(inputs.Single(i => i.AgencyCode == "so-noi-vu").RevisionId);
        Assert.Equal(RunState.Draft, (await _store.Runs.GetAsync(id.Value, Ct))!.State);
        Assert.Contains(await _store.Audit.ForRunAsync(id.Value, Ct), a => a.Action == "run.create" && a.Actor == "Phòng Nội vụ");
    }

    [Fact]
    public async Task Create_InterruptedMidway_LeavesNoPartialRecord()
    {
        UploadSamplesAndLock("mau-2024");
        await Assert.ThrowsAsync<IOException>(() => CreateAsync(2024, "mau-2024", null, "x", Ct,
            i => i == 3 ? throw new IOException("mất điện") : Task.CompletedTask));
        await using var connection = await _temp.Database.OpenAsync(Ct);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM runs"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM run_inputs"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM run_results"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'run.%'"));
    }

    [Fact]
    public async Task Publish_ThenANewRun_OldSupersededAndPublishedRunsNeverChange()
    {
        UploadSamplesAndLock("mau-2024");
        var (first, _) = await CreateAsync(2024, "mau-2024", null, "a", Ct);
        Assert.True((await PublishAsync(first!.Value, "a")).Ok);
        Assert.Contains("đã công bố", (await PublishAsync(first.Value, "a")).Problem);
        var (second, _) = await CreateAsync(2024, "mau-2024", null, "b", Ct);
        Assert.True((await PublishAsync(second!.Value, "b")).Ok);
        var old = await _store.Runs.GetAsync(first.Value, Ct);
        Assert.Equal((RunState.Superseded, second), (old!.State, old.SupersededBy));
        await using var connection = await _temp.Database.OpenAsync(Ct);
        var e = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync("UPDATE runs SET results_hash = 'x' WHERE id = @Id", new { Id = second }));
        Assert.Contains("never changes", e.Message);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync("UPDATE run_results SET total = '100'"));
    }

    [Theory]
    [InlineData("mau-2023")]
    [InlineData("mau-2024")]
    [InlineData("mau-9010-2024")]
    public async Task Replay_EveryGoldenScenario_MatchesWithoutTheCriteriaFile(string version)
    {
        UploadSamplesAndLock(version);
        var (id, _) = await CreateAsync(2024, version, null, "a", Ct);
        await PublishAsync(id!.Value, "a");
        var (list, _) = AgencyListFile.Read(File.ReadAllBytes(Repo.Path("samples", "agencies.csv")), "agencies.csv");
        await _store.Agencies.ImportAsync([.. list!.Values.Select(a => a with { Name = a.Name + " (đổi tên)" })], "doi-ten.csv", "b", Ct);
        var report = await _runs.ReplayAsync(id.Value, Ct);
        Assert.True(report!.Matches, string.Join("\n", report.Differences));
        Assert.Equal((await _store.Runs.GetAsync(id.Value, Ct))!.ResultsHash, report.ComputedHash);
        var criteria = Criteria.Shipped(version);
        foreach (var r in await _store.Runs.ResultsAsync(id.Value, Ct))
        {
            var sample = Repo.Path("samples", "workbooks", version, r.AgencyCode + ".xlsx");
            if (r.Status != AgencyStatus.NotAssessed && File.Exists(sample))
            {
                var upload = Api.Spreadsheets.WorkbookReader.Read(File.ReadAllBytes(sample), "x.xlsx", criteria);
                Assert.Equal(ResultJson.Write(criteria.Scorer.Evaluate(upload.Submission!)), r.ResultJson);
            }
        }
    }

    [Fact]
    public async Task Replay_StoredResultTampered_ReportsTheDifference()
    {
        UploadSamplesAndLock("mau-2023");
        var (id, _) = await CreateAsync(2024, "mau-2023", null, "a", Ct);
        await using (var connection = await _temp.Database.OpenAsync(Ct))
        {
            // Tampering as someone with the database's owner rights would: the trigger dropped first (PostgreSQL names its table).
            await connection.ExecuteAsync(_temp.Database.Provider == StoreProvider.Postgres ? "DROP TRIGGER run_results_kept ON run_results" : "DROP TRIGGER run_results_kept");
            await connection.ExecuteAsync("UPDATE run_results SET result_json = replace(result_json, '100.75', '99') WHERE agency_code = 'so-noi-vu'");
        }
        var report = await _runs.ReplayAsync(id!.Value, Ct);
        Assert.False(report!.Matches);
        var difference = Assert.Single(report.Differences);
        Assert.Equal("so-noi-vu", difference.AgencyCode);
        // Said plainly: the agency by name, points with a decimal comma, and where the two differ when the totals agree.
        Assert.Equal("Sở Nội vụ", difference.AgencyName);
        Assert.Equal("kết quả", difference.What);
        Assert.Matches(@"^\d+(,\d+)? điểm, .+ \(khác ở phần giải trình chi tiết\)$", difference.Computed);
        Assert.DoesNotContain(".", difference.Stored.Split(" điểm")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_RunUnderNewerVersion_PerAgencyTotalsAndItemsTheOtherVersionLacks()
    {
        UploadSamplesAndLock("mau-2023");
        var (id, _) = await CreateAsync(2024, "mau-2023", null, "a", Ct);
        var diff = await _runs.DiffAsync(id!.Value, Criteria.Shipped("mau-2024"), Ct);
        var noiVu = diff!.Value.Diffs.Single(d => d.AgencyCode == "so-noi-vu");
        Assert.Equal(100.75m, noiVu.OldTotal);
        Assert.NotNull(noiVu.NewTotal);
        Assert.Contains(noiVu.Items, i => i.OldCode == "II.3" && i.NewCode is null && i.Note == "Không có trong phiên bản mới");
        Assert.Contains(noiVu.Items, i => i.NewCode == "I.5" && i.OldCode is null && i.Note == "Chỉ có ở phiên bản mới");
    }
}

/// <summary>Every test of <see cref="RunServiceTests"/> against a real PostgreSQL server (issue 18: one contract, both stores).</summary>
[Collection(Postgres.PostgresTests.Name)]
public sealed class RunServiceTestsOnPostgres(Postgres.PostgresFixture postgres) : RunServiceTests(new TempStore(postgres.NewDatabase()));
