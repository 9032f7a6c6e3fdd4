using Scoring.Engine.Registry;

namespace Scoring.Api.Storage;

/// <summary>The registry of agencies; every change is kept as a new version.</summary>
public interface IAgencyStore
{
    /// <summary>Imports a list in one transaction: new agencies are added, changed ones get a new version, the rest are left.</summary>
    Task<ImportSummary> ImportAsync(IReadOnlyCollection<AgencyInfo> agencies, string source, string actor, CancellationToken ct);

    /// <summary>The current version of every agency, by code.</summary>
    Task<IReadOnlyDictionary<string, AgencyInfo>> CurrentAsync(CancellationToken ct);

    /// <summary>Every version of one agency, oldest first, with when and by whom it was recorded.</summary>
    Task<IReadOnlyList<(AgencyInfo Agency, string RecordedAt, string RecordedBy)>> HistoryAsync(string code, CancellationToken ct);
}

/// <summary>What an import did.</summary>
public sealed record ImportSummary(int Added, int Changed, int Unchanged);
