using OfficeOpenXml;
using OfficeOpenXml.Style;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Text;

namespace Scoring.Api.Reports;

/// <summary>The "Kết quả" sheet being written: the header block, then the table of sections, items and blocks.</summary>
internal sealed class ResultSheet(ExcelWorksheet ws, CriteriaVersion version, ScoredAgency agency)
{
    /// <summary>The table's column headers.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["Mã", "Nội dung", "Hình thức chấm", "Dữ liệu sử dụng", "Tối đa", "Tự chấm", "Thẩm định", "Lý do thẩm định",
         "Cuối cùng", "Cách tính", "Ghi chú"];

    /// <summary>The columns of the maximum, self-scored, appraised, final points and the note.</summary>
    public const int MaxColumn = 5, SelfColumn = 6, AppraisedColumn = 7, FinalColumn = 9, FormulaColumn = 10, NoteColumn = 11;

    private static readonly double[] Widths = [7, 40, 12, 22, 7, 8, 9, 20, 9, 34, 24];

    private int _row;
    private int _header;

    /// <summary>The worksheet.</summary>
    public ExcelWorksheet Ws { get; } = ws;

    /// <summary>The criteria version.</summary>
    public CriteriaVersion Version { get; } = version;

    /// <summary>The agency.</summary>
    public ScoredAgency Agency { get; } = agency;

    /// <summary>Moves to the next row and returns it.</summary>
    public int Next() => ++_row;

    /// <summary>Writes who, which criteria and when, then the table header.</summary>
    public void Header(string criteriaHash, DateTimeOffset madeAt, string madeBy)
    {
        ReportStyle.Title(Ws, Next(), "KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CÔNG TÁC DÂN VẬN");
        Line($"Đơn vị: {Agency.Name} (mã {Agency.Code})");
        Line($"Khối: {ReportText.GroupName(Version, Agency.Final.Group)}");
        Line($"{ReportText.Criteria(Version)}, mã {Version.Id}");
        Line($"Mã băm SHA-256 của bộ tiêu chí: {criteriaHash}");
        Line($"Tệp dữ liệu: {Agency.SourceFile}");
        Line($"Lập bởi {madeBy}, lúc {ReportText.Moment(madeAt)}");
        _header = Next() + 1;
        _row = _header;
        ReportStyle.Header(Ws, _header, Columns);
    }

    /// <summary>Writes every section with its items, then the bonus and deduction blocks with theirs.</summary>
    public void Body()
    {
        var self = Agency.Self;
        var final = Agency.Final;
        foreach (var section in Version.Sections)
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

    /// <summary>Writes a bold, filled row of a group of items (a section or a block) with its subtotals.</summary>
    public void Group(string code, string title, decimal? max, decimal? self, decimal? final, string? note)
    {
        var row = Next();
        var format = ReportStyle.TotalPoints(Version);
        Cells.Text(Ws.Cells[row, 1], code);
        Cells.Text(Ws.Cells[row, 2], title);
        Cells.Number(Ws.Cells[row, MaxColumn], max, format);
        Cells.Number(Ws.Cells[row, SelfColumn], self, format);
        Cells.Number(Ws.Cells[row, FinalColumn], final, format);
        Cells.Text(Ws.Cells[row, NoteColumn], PeopleText.Groups(note, Version));
        Ws.Cells[row, 1, row, Columns.Count].Style.Font.Bold = true;
        ReportStyle.Fill(Ws.Cells[row, 1, row, Columns.Count], "EDEDED");
    }

    /// <summary>Sets widths, wraps long text, draws borders and sets up printing.</summary>
    public void Finish()
    {
        ReportStyle.Widths(Ws, Widths);
        if (_row > _header)
        {
            ReportStyle.Borders(Ws.Cells[_header + 1, 1, _row, Columns.Count]);
            Ws.Cells[_header + 1, MaxColumn, _row, FinalColumn].Style.HorizontalAlignment = ExcelHorizontalAlignment.Right;
            Ws.Cells[_header + 1, AppraisedColumn + 1, _row, AppraisedColumn + 1].Style.HorizontalAlignment = ExcelHorizontalAlignment.Left;
        }
        ReportStyle.Wrap(Ws, _header + 1, _row, Widths, 2, 3, 4, 8, FormulaColumn, NoteColumn);
        ReportStyle.Print(Ws, _header);
    }

    private void Line(string text) => Cells.Text(Ws.Cells[Next(), 1], text);

    private void Block(string title, ItemRole role, BlockResult self, BlockResult final)
    {
        var items = Agency.Final.Items.Where(i => i.Role == role).ToList();
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
        var self = Agency.Self.Items.GroupBy(i => i.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var format = ReportStyle.ItemPoints;
        foreach (var i in items)
        {
            var row = Next();
            Cells.Text(Ws.Cells[row, 1], i.Code);
            Cells.Text(Ws.Cells[row, 2], i.Title);
            Cells.Text(Ws.Cells[row, 3], i.Kind);
            Cells.Number(Ws.Cells[row, MaxColumn], i.Max, format);
            if (!i.Applicable)
            {
                Cells.Text(Ws.Cells[row, NoteColumn], $"Không tính: {PeopleText.Groups(i.NotApplicableReason, Version)}");
                continue;
            }
            Cells.Text(Ws.Cells[row, 4], PeopleText.Inputs(i, Version));
            // An item the superior level scores has no self-score.
            decimal? selfPoints = !i.HasSelfScore ? null : self.TryGetValue(i.Code, out var s) ? s.Points : i.SelfPoints ?? i.Points;
            Cells.Number(Ws.Cells[row, SelfColumn], selfPoints, format);
            Cells.Number(Ws.Cells[row, AppraisedColumn], i.IsAppraised ? i.Points : null, format);
            Cells.Text(Ws.Cells[row, AppraisedColumn + 1], i.AppraisalReason);
            Cells.Number(Ws.Cells[row, FinalColumn], i.Points, format);
            Cells.Text(Ws.Cells[row, FormulaColumn], PeopleText.Formula(i.Formula, Version));
            Cells.Text(Ws.Cells[row, NoteColumn], PeopleText.Groups(i.Note, Version));
        }
    }
}
