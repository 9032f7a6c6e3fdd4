using Scoring.Engine.Criteria;

namespace Scoring.Api.Reports;

/// <summary>What a row of the one-agency result is, which sets how it looks: an item, a section or block (bold, shaded), a total line, the
/// grand total (bold), a plain line (band, condition), the class (bold, in the class's colour).</summary>
internal enum ResultRowKind
{
    Item,
    Group,
    Total,
    Grand,
    Plain,
    Class,
}

/// <summary>One cell of the result: text, or points in a format (see <see cref="PointsFormat"/>), and an optional fill colour (RGB hex).</summary>
internal readonly record struct ResultCell(string? Text, decimal? Points = null, PointsFormat Format = default, string? Fill = null, bool Numeric = false)
{
    /// <summary>Points in a format (an empty cell when null).</summary>
    public static ResultCell Number(decimal? value, PointsFormat format) => new(null, value, format, Numeric: true);

    /// <summary>What the cell says in print ("97,685", a class, or nothing).</summary>
    public string Printed => Points is { } p ? Format.Vi(p) : Text ?? "";
}

/// <summary>One row of the result's table, a cell per column of <see cref="ResultDocument.Columns"/>.</summary>
internal sealed record ResultRow(ResultRowKind Kind, ResultCell[] Cells)
{
    /// <summary>An empty row of a kind, to fill in.</summary>
    public static ResultRow Of(ResultRowKind kind) => new(kind, new ResultCell[ResultDocument.Columns.Count]);
}

/// <summary>The columns (0-based) of the result's table: the code, title, kind, inputs, maximum, self-scored, appraised, appraisal reason,
/// final points, the formula and the note.</summary>
internal static class ResultColumn
{
    public const int Code = 0, Title = 1, Kind = 2, Inputs = 3, Max = 4, Self = 5, Appraised = 6, Reason = 7, Final = 8, Formula = 9, Note = 10;
}

/// <summary>One agency's explained result, in the words every form of it prints (the workbook's "Kết quả" sheet and the PDF): the title,
/// who and under which criteria, then section by section and item by item the inputs used, self-scored, appraised and final points, the
/// way each was computed, then bonus, deductions, totals, band, conditions and the class.</summary>
internal sealed record ResultDocument(string Title, IReadOnlyList<string> Lines, IReadOnlyList<ResultRow> Rows)
{
    /// <summary>The table's column headers.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["Mã", "Nội dung", "Hình thức chấm", "Dữ liệu sử dụng", "Tối đa", "Tự chấm", "Thẩm định", "Lý do thẩm định",
         "Cuối cùng", "Cách tính", "Ghi chú"];

    /// <summary>The relative widths of the columns (characters in the workbook).</summary>
    public static readonly IReadOnlyList<double> Widths = [7, 40, 12, 22, 7, 8, 9, 20, 9, 34, 24];

    /// <summary>The shade of a section's or block's row (RGB hex).</summary>
    public const string GroupFill = "EDEDED";

    /// <summary>The title of every form of the result.</summary>
    public const string Heading = "KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CÔNG TÁC DÂN VẬN";

    /// <summary>The result of one agency; the time and author are given, never read from the clock.</summary>
    public static ResultDocument Of(CriteriaVersion version, string criteriaHash, ScoredAgency agency, DateTimeOffset madeAt, string madeBy)
    {
        string[] lines =
        [
            $"Đơn vị: {agency.Name} (mã {agency.Code})",
            $"Khối: {ReportText.GroupName(version, agency.Final.Group)}",
            $"{ReportText.Criteria(version)}, mã {version.Id}",
            $"Mã băm SHA-256 của bộ tiêu chí: {criteriaHash}",
            $"Tệp dữ liệu: {agency.SourceFile}",
            $"Lập bởi {madeBy}, lúc {ReportText.Moment(madeAt)}",
        ];
        return new ResultDocument(Heading, lines, ResultRows.Of(version, agency));
    }
}
