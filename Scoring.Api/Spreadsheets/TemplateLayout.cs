namespace Scoring.Api.Spreadsheets;

/// <summary>Where things are in a self-scoring workbook; the template writer and the upload reader both use these.</summary>
public static class TemplateLayout
{
    /// <summary>The template format version stamped in the workbook; raise it when the layout changes.</summary>
    public const string Version = "1";

    /// <summary>The sheet the agency fills.</summary>
    public const string ScoreSheet = "Tự chấm điểm";

    /// <summary>The instructions sheet.</summary>
    public const string GuideSheet = "Hướng dẫn";

    /// <summary>The very hidden sheet holding the stamp (criteria id and hash, group, template version).</summary>
    public const string MetaSheet = "_scoring";

    /// <summary>The value that marks "not applicable" in a figure cell.</summary>
    public const string NotApplicable = "Không áp dụng";

    /// <summary>Yes, as the list offers it.</summary>
    public const string Yes = "Có";

    /// <summary>No, as the list offers it.</summary>
    public const string No = "Không";

    /// <summary>The agency code cell (row, column).</summary>
    public static (int Row, int Column) AgencyCode => (4, 3);

    /// <summary>The agency name cell (row, column).</summary>
    public static (int Row, int Column) AgencyName => (5, 3);

    /// <summary>The header row of the criteria table.</summary>
    public const int HeaderRow = 7;

    /// <summary>Column of the code (items, sections, inputs).</summary>
    public const int Code = 1;

    /// <summary>Column of the title.</summary>
    public const int Title = 2;

    /// <summary>Column of the maximum.</summary>
    public const int Max = 3;

    /// <summary>Column of the scoring rule in words.</summary>
    public const int Rule = 4;

    /// <summary>Column of the figure an item needs: yes/no, a percentage, a count, a level, or an input's value.</summary>
    public const int Figure = 5;

    /// <summary>Column of the self-score (typed for judgment and levels, a live formula otherwise).</summary>
    public const int Points = 6;

    /// <summary>Column of the evidence (tài liệu kiểm chứng).</summary>
    public const int Evidence = 7;

    /// <summary>Column of the explanation (giải trình).</summary>
    public const int Explanation = 8;

    /// <summary>Column of the appraised points (appraisal workbook only).</summary>
    public const int Appraised = 9;

    /// <summary>Column of the appraisal reason (appraisal workbook only).</summary>
    public const int Reason = 10;

    /// <summary>The column headers, in order.</summary>
    public static IReadOnlyList<string> Headers { get; } =
        ["Mã", "Tiêu chí", "Điểm tối đa", "Cách chấm", "Số liệu / Mức", "Điểm tự chấm", "Tài liệu kiểm chứng", "Giải trình", "Điểm thẩm định", "Lý do thẩm định"];

    /// <summary>The column letter of a 1-based column number (A to J).</summary>
    public static string Letter(int column) => ((char)('A' + column - 1)).ToString();

    /// <summary>A cell's address, e.g. F12.</summary>
    public static string Cell(int row, int column) => Letter(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where a cell is, for people: file, sheet and cell.</summary>
    public static string Where(string file, int row, int column) => $"{file}, trang tính \"{ScoreSheet}\", ô {Cell(row, column)}";
}
