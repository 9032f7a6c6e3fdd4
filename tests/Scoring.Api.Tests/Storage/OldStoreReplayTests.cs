using Microsoft.Data.Sqlite;
using Scoring.Api.Tests.Support;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;
using Xunit;

namespace Scoring.Api.Tests.Storage;

/// <summary>A store written before the rules ran on NRules and before the year lock existed (made with the build of commit aad9ebb:
/// the sample seed, then mau-9010-2024 and mau-2023 uploads and runs through its CLI) opens, migrates, and replays every run as "khớp".</summary>
public sealed class OldStoreReplayTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scoring-old-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Replay_StoreFromBeforeNRules_EveryRunMatchesAndTheLockedYearIsLocked()
    {
        var copy = Path.Combine(_folder, "scoring.db");
        File.Copy(Repo.Path("tests", "Scoring.Api.Tests", "Fixtures", "store-before-nrules.db"), copy);
        var ops = await Operations.OpenAsync(copy, CancellationToken.None);

        var runs = await ops.Runs.ListAsync(CancellationToken.None);

        Assert.Equal(3, runs.Count);
        foreach (var run in runs)
        {
            var report = await ops.Runs.ReplayAsync(run.Id, CancellationToken.None);
            Assert.True(report!.Matches, $"Run {run.Id}: " + string.Join("; ", report.Differences));
            Assert.Equal(run.ResultsHash, report.ComputedHash);
        }
        Assert.True((await ops.Records.LockAsync("mau-2024", 2024, CancellationToken.None)).Locked);
        Assert.Equal(RunState.Published, runs.Single(r => r.CriteriaId == "mau-2024").State);
    }
}
