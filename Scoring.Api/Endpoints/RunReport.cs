using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Reports;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Endpoints;

/// <summary>The report workbook of a stored run: each agency's submission rebuilt as the run used it, scored without and with appraisals.</summary>
public static class RunReport
{
    /// <summary>The report workbook of a run, as a download.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(long id, ClaimsPrincipal user, Store store, CancellationToken ct)
    {
        if (await store.Runs.GetAsync(id, ct).ConfigureAwait(false) is not { } run
            || await store.Criteria.LoadAsync(run.CriteriaId, ct).ConfigureAwait(false) is not { } criteria)
        {
            return ApiProblems.UnknownRun(id);
        }
        var registry = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        var scored = new List<ScoredAgency>();
        foreach (var input in await store.Runs.InputsAsync(id, ct).ConfigureAwait(false))
        {
            var name = input.AgencyName ?? registry.GetValueOrDefault(input.AgencyCode)?.Name ?? input.AgencyCode;
            var submission = input.RevisionId is { } revision
                ? await store.Submissions.RebuildAsync(revision, input.AppraisalIds, ct).ConfigureAwait(false)
                : new Submission(input.AgencyCode, name, input.GroupCode, new Dictionary<string, Answer>(), new Dictionary<string, decimal>(), input.NotAssessed ?? "");
            var self = criteria.Scorer.Evaluate(submission with { Appraisals = null });
            var final = criteria.Scorer.Evaluate(submission);
            scored.Add(new ScoredAgency(input.AgencyCode, submission.AgencyName ?? name, self, final, input.RevisionId is { } r ? $"lần nộp {r}" : ""));
        }
        var madeAt = DateTimeOffset.TryParse(run.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : DateTimeOffset.UnixEpoch;
        var info = new ReportInfo(criteria.Version, criteria.Hash, run.ResultsHash, user.Actor(), madeAt);
        return TypedResults.File(ReportWorkbook.Write(info, scored, []), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"bao-cao-luot-{id}-{run.Year}-{run.CriteriaId}.xlsx");
    }
}
