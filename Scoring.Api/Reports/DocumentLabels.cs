namespace Scoring.Api.Reports;

/// <summary>The words every document uses for the same figure (the annex, the ranked sheets, the one-agency result, workbook or PDF), so a
/// reader finds one name for one thing.</summary>
internal static class DocumentLabels
{
    public const string Self = "Điểm tự chấm";
    public const string Appraised = "Điểm thẩm định";
    public const string CriteriaPart = "Phần chấm theo tiêu chí";
    public const string SuperiorPart = "Phần do cấp trên đánh giá";
    public const string Bonus = "Điểm thưởng";
    public const string Deductions = "Điểm trừ";
    public const string Total = "Tổng điểm";
    public const string Class = "Xếp loại";
    public const string Rank = "Vị thứ";
    public const string Notes = "Ghi chú";

    /// <summary>A label in capitals, as a total line, a heading or an issuing body prints it ("TỔNG ĐIỂM", "SỞ NỘI VỤ"), by Vietnamese rules.</summary>
    public static string Upper(string label) => label.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
