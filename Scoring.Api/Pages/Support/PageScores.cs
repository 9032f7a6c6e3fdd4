using System.Globalization;
using Scoring.Api.Reports;
using Scoring.Api.Storage;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Pages.Support;

/// <summary>Scores stored submissions for the pages: an agency's latest accepted revision, and a run's report workbook.</summary>
public static class PageScores
{
    /// <summary>The appraisal records in force: the latest record per item, when it sets points (a cleared item falls back to the self-score).</summary>
    public static IReadOnlyList<long> CurrentAppraisals(IReadOnlyList<AppraisalRecord> records) =>
        [.. records.GroupBy(r => r.ItemCode, StringComparer.Ordinal).Select(g => g.MaxBy(r => r.Id)!).Where(r => r.Points is not null).Select(r => r.Id).Order()];

    /// <summary>The agency's latest accepted revision rebuilt with the appraisals in force, or null when nothing was accepted.</summary>
    public static async Task<Submission?> LatestAsync(Store store, string agency, int year, string criteriaId, CancellationToken ct)
    {
        var info = (await store.Submissions.ListAsync(year, criteriaId, ct)).FirstOrDefault(s => s.AgencyCode == agency);
        if (info?.LatestAcceptedRevision is not { } revision)
        {
            return null;
        }
        var appraisals = await store.Submissions.AppraisalsAsync(agency, year, criteriaId, ct);
        return await store.Submissions.RebuildAsync(revision, CurrentAppraisals(appraisals), ct);
    }

    /// <summary>The Vietnamese label of a stored result status.</summary>
    public static string StatusLabel(string status, string? className) => status switch
    {
        "Ineligible" => "Không đủ điều kiện xếp loại",
        "NotAssessed" => "Chưa đánh giá",
        _ => className ?? "",
    };

    /// <summary>A stored invariant number shown the Vietnamese way.</summary>
    public static string Vi(string invariant) =>
        decimal.TryParse(invariant, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? Engine.Text.Num.Vi(v) : invariant;

    /// <summary>A stored UTC time shown in Vietnam time.</summary>
    public static string Local(string? utc) =>
        DateTimeOffset.TryParse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.ToOffset(UploadDeadline.VietnamOffset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : utc ?? "";
}
