using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Text;
using C = Scoring.Api.Reports.ResultColumn;

namespace Scoring.Api.Reports;

/// <summary>The rows of the one-agency result: every section with its items, the bonus and deduction blocks with theirs, then the totals
/// (<see cref="ResultTotals"/>); for an agency not assessed, only its class and why.</summary>
internal sealed class ResultRows
{
    private readonly CriteriaVersion _version;
    private readonly ScoredAgency _agency;
    private readonly Dictionary<string, ItemResult> _self = new(StringComparer.Ordinal);

    private ResultRows(CriteriaVersion version, ScoredAgency agency)
    {
        (_version, _agency) = (version, agency);
        foreach (var item in agency.Self.Items)
        {
            _self.TryAdd(item.Code, item);
        }
    }

    /// <summary>The rows, in order.</summary>
    public List<ResultRow> Rows { get; } = [];

    /// <summary>The points format of totals.</summary>
    public PointsFormat Totals => PointsFormat.Total(_version);

    /// <summary>The rows of an agency's result.</summary>
    public static IReadOnlyList<ResultRow> Of(CriteriaVersion version, ScoredAgency agency)
    {
        var rows = new ResultRows(version, agency);
        if (agency.Final.Status == AgencyStatus.NotAssessed)
        {
            var row = rows.Add(ResultRowKind.Class);
            row.Cells[C.Title] = new(DocumentLabels.Upper(DocumentLabels.Class));
            row.Cells[C.Final] = new(ClassLabels.NotAssessed);
            row.Cells[C.Note] = new(agency.Final.StatusReason);
            return rows.Rows;
        }
        rows.Body();
        ResultTotals.Write(rows, version, agency);
        return rows.Rows;
    }

    /// <summary>Adds an empty row of a kind and returns it.</summary>
    public ResultRow Add(ResultRowKind kind)
    {
        var row = ResultRow.Of(kind);
        Rows.Add(row);
        return row;
    }

    private void Body()
    {
        var self = _agency.Self;
        var final = _agency.Final;
        foreach (var section in _version.Sections)
        {
            var items = final.Items.Where(i => i.Role == ItemRole.Tree && i.SectionCode == section.Code).ToList();
            var result = final.Sections.FirstOrDefault(s => s.Code == section.Code);
            if (result is null && items.Count == 0)
            {
                continue;
            }
            var selfSection = self.Sections.FirstOrDefault(s => s.Code == section.Code);
            var superior = section.AwardedBySuperior && !section.Title.Contains("cấp trên", StringComparison.OrdinalIgnoreCase) ? " (do cấp trên đánh giá)" : "";
            Group(section.Code, section.Title + superior, result?.ApplicableMax ?? section.Max, selfSection?.Points, result?.Points,
                result is null ? "Không áp dụng cho khối của đơn vị" : result.Note);
            Items(items);
        }
        Block("Điểm thưởng", ItemRole.Bonus, self.Bonus, final.Bonus);
        Block("Điểm trừ", ItemRole.Deduction, self.Deductions, final.Deductions);
    }

    // A section or block with its subtotals.
    private void Group(string code, string title, decimal? max, decimal? self, decimal? final, string? note)
    {
        var row = Add(ResultRowKind.Group);
        row.Cells[C.Code] = new(code);
        row.Cells[C.Title] = new(title);
        row.Cells[C.Max] = ResultCell.Number(max, Totals);
        row.Cells[C.Self] = ResultCell.Number(self, Totals);
        row.Cells[C.Final] = ResultCell.Number(final, Totals);
        row.Cells[C.Note] = new(PeopleText.Groups(note, _version));
    }

    private void Block(string title, ItemRole role, BlockResult self, BlockResult final)
    {
        var items = _agency.Final.Items.Where(i => i.Role == role).ToList();
        if (items.Count == 0)
        {
            return;
        }
        var capped = final.Points != final.Sum ? $"Tổng {Num.Vi(final.Sum)}, chỉ tính tối đa {Num.Vi(final.Max)}" : null;
        Group("", title, final.Max, self.Points, final.Points, capped);
        Items(items);
    }

    private void Items(IEnumerable<ItemResult> items)
    {
        var format = PointsFormat.Item;
        foreach (var i in items)
        {
            var row = Add(ResultRowKind.Item);
            row.Cells[C.Code] = new(i.Code);
            row.Cells[C.Title] = new(i.Title);
            row.Cells[C.Kind] = new(i.Kind);
            row.Cells[C.Max] = ResultCell.Number(i.Max, format);
            if (!i.Applicable)
            {
                row.Cells[C.Note] = new($"Không tính: {PeopleText.Groups(i.NotApplicableReason, _version)}");
                continue;
            }
            row.Cells[C.Inputs] = new(PeopleText.Inputs(i, _version));
            // An item the superior level scores has no self-score.
            decimal? selfPoints = !i.HasSelfScore ? null : _self.TryGetValue(i.Code, out var s) ? s.Points : i.SelfPoints ?? i.Points;
            row.Cells[C.Self] = ResultCell.Number(selfPoints, format);
            row.Cells[C.Appraised] = ResultCell.Number(i.IsAppraised ? i.Points : null, format);
            row.Cells[C.Reason] = new(i.AppraisalReason);
            row.Cells[C.Final] = ResultCell.Number(i.Points, format);
            row.Cells[C.Formula] = new(PeopleText.Formula(i.Formula, _version));
            row.Cells[C.Note] = new(PeopleText.Groups(i.Note, _version));
        }
    }
}
