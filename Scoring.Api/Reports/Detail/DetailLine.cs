using Scoring.Engine.Evaluation;

namespace Scoring.Api.Reports;

/// <summary>One row of the "Chi tiết" sheet: an item of an agency (or, for an agency without items, why), and whether it is the
/// agency's last row.</summary>
internal readonly record struct DetailLine(
    string Code, string Name, string? ItemCode, string? Title, decimal? Max, decimal? Self, decimal? Appraised, decimal? Final, string? Reason,
    bool LastOfAgency)
{
    /// <summary>The rows of the sheet, agencies in ranked order, items in the version's order.</summary>
    public static IEnumerable<DetailLine> Of(IReadOnlyList<ReportRow> rows)
    {
        foreach (var (_, agency) in rows)
        {
            if (agency.Final.Items.Count == 0)
            {
                var why = agency.Final.Status == AgencyStatus.NotAssessed ? $"{ClassLabels.NotAssessed}: {agency.Final.StatusReason}" : agency.Final.StatusReason;
                yield return new DetailLine(agency.Code, agency.Name, null, null, null, null, null, null, why, LastOfAgency: true);
                continue;
            }
            var self = new Dictionary<string, ItemResult>(StringComparer.Ordinal);
            foreach (var item in agency.Self.Items)
            {
                self.TryAdd(item.Code, item);
            }
            var items = agency.Final.Items;
            for (var i = 0; i < items.Count; i++)
            {
                yield return Item(agency, items[i], self.GetValueOrDefault(items[i].Code), i == items.Count - 1);
            }
        }
    }

    /// <summary>How many rows <see cref="Of"/> gives.</summary>
    public static int Count(IReadOnlyList<ReportRow> rows) => rows.Sum(r => Math.Max(1, r.Agency.Final.Items.Count));

    private static DetailLine Item(ScoredAgency agency, ItemResult item, ItemResult? self, bool last)
    {
        // An item the superior level scores has no self-score.
        decimal? selfPoints = !item.Applicable || !item.HasSelfScore ? null : self is not null ? self.Points : item.SelfPoints ?? item.Points;
        var reason = item.IsAppraised ? item.AppraisalReason
            : !item.Applicable ? item.NotApplicableReason
            : item.Note;
        return new DetailLine(agency.Code, agency.Name, item.Code, item.Title, item.Max, selfPoints, item.IsAppraised ? item.Points : null,
            item.Applicable ? item.Points : null, reason, last);
    }
}
