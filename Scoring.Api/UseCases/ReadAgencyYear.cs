using Scoring.Engine.Registry;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Workflow;
using Scoring.Rules.Compilation;

namespace Scoring.Api.UseCases;

/// <summary>One agency's year under a version: the registered agency, its submission and uploads, the year's lock, and its latest accepted
/// answers scored by the frozen version, from the self-score alone and with the appraisals in force; every appraisal record, oldest first.</summary>
public sealed record AgencyYear(AgencyInfo? Agency, SubmissionInfo? Submission, IReadOnlyList<RevisionInfo> Revisions, YearLock Gate,
    AgencyResult? Self, AgencyResult? Final, Scoring.Engine.Submissions.Submission? Answers = null, IReadOnlyList<AppraisalRecord>? History = null);

/// <summary>What the agency's page and the appraisal page show of one agency's year.</summary>
public sealed class ReadAgencyYear(Store store, FrozenCriteria versions)
{
    /// <summary>The registered agency (its current version), or null.</summary>
    public async Task<AgencyInfo?> AgencyAsync(string agencyCode, CancellationToken ct) =>
        (await store.Agencies.CurrentAsync(ct).ConfigureAwait(false)).GetValueOrDefault(agencyCode);

    /// <summary>The agency's year (an unknown agency gives a null <see cref="AgencyYear.Agency"/> and nothing else).</summary>
    public async Task<AgencyYear> RunAsync(string agencyCode, int year, CompiledCriteria criteria, CancellationToken ct)
    {
        var id = criteria.Version.Id;
        var gate = await YearLockRows.GetAsync(store.Database, id, year, ct).ConfigureAwait(false);
        var agency = await AgencyAsync(agencyCode, ct).ConfigureAwait(false);
        if (agency is null)
        {
            return new AgencyYear(null, null, [], gate, null, null);
        }
        var submission = (await store.Submissions.ListAsync(year, id, ct).ConfigureAwait(false)).FirstOrDefault(s => s.AgencyCode == agencyCode);
        var revisions = await store.Submissions.RevisionsAsync(agencyCode, year, id, ct).ConfigureAwait(false);
        if (submission?.LatestAcceptedRevision is not { } revision)
        {
            return new AgencyYear(agency, submission, revisions, gate, null, null);
        }
        // The appraisals in force: the latest record per item, when it sets points (a cleared item falls back to the self-score).
        var history = await store.Submissions.AppraisalsAsync(agencyCode, year, id, ct).ConfigureAwait(false);
        var appraisals = history
            .GroupBy(r => r.ItemCode, StringComparer.Ordinal).Select(g => g.MaxBy(r => r.Id)!).Where(r => r.Points is not null).Select(r => r.Id).Order().ToList();
        var latest = await store.Submissions.RebuildAsync(revision, appraisals, ct).ConfigureAwait(false);
        var frozen = await versions.LoadAsync(id, ct).ConfigureAwait(false) ?? criteria;
        return new AgencyYear(agency, submission, revisions, gate, frozen.Scorer.Evaluate(latest.SelfScored(frozen.Version)), frozen.Scorer.Evaluate(latest), latest, history);
    }
}
