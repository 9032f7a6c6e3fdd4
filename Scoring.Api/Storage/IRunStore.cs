using Scoring.Engine.Ranking;
using Scoring.Engine.Runs;

namespace Scoring.Api.Storage;

/// <summary>Classification runs: stored whole or not at all; published runs never change; a new published run supersedes.</summary>
public interface IRunStore
{
    /// <summary>Stores a draft run with its inputs and ranked results in one transaction; <paramref name="afterEachResult"/> lets tests interrupt it.</summary>
    Task<long> InsertAsync(RunHeader header, IReadOnlyList<RunInputRow> inputs, WrittenResults results, string actor,
        CancellationToken ct, Func<int, Task>? afterEachResult = null);

    /// <summary>A run's header, or null.</summary>
    Task<RunHeader?> GetAsync(long id, CancellationToken ct);

    /// <summary>Every run, newest first.</summary>
    Task<IReadOnlyList<RunHeader>> ListAsync(CancellationToken ct);

    /// <summary>A run's inputs, by agency code.</summary>
    Task<IReadOnlyList<RunInputRow>> InputsAsync(long id, CancellationToken ct);

    /// <summary>A run's results, in ranked order.</summary>
    Task<IReadOnlyList<RunResultRow>> ResultsAsync(long id, CancellationToken ct);

    /// <summary>Where a run's agencies (or only <paramref name="agencies"/>) stood, in ranked order, without the result JSON.</summary>
    Task<IReadOnlyList<RunStanding>> StandingsAsync(long id, IReadOnlyCollection<string>? agencies, CancellationToken ct);
}
