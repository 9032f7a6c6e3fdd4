using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Text;

namespace Scoring.Api.Reports;

/// <summary>Writes the end of the "Kết quả" table: tree total, rescaling, bonus and deductions, rounding, the total,
/// the band, every condition that held, and the class, self-scored beside final.</summary>
internal static class ResultTotals
{
    /// <summary>Writes the rows.</summary>
    public static void Write(ResultSheet sheet)
    {
        var self = sheet.Agency.Self;
        var final = sheet.Agency.Final;
        var version = sheet.Version;
        if (final.HasSuperiorPart)
        {
            var (criteriaMax, superiorMax) = ResultText.Parts(final);
            Row(sheet, "Phần chấm theo tiêu chí", criteriaMax, self.CriteriaPart, final.CriteriaPart, null);
            var awaiting = string.Join(", ", final.AwaitingSuperior.Select(i => i.Code));
            Row(sheet, "Phần do cấp trên đánh giá", superiorMax, self.SuperiorPart, final.SuperiorPart,
                awaiting.Length > 0 ? $"Chưa nhập điểm của cấp trên ({awaiting}): tạm tính 0" : "Cán bộ nhập khi thẩm định; đơn vị không tự chấm");
        }
        Row(sheet, "Tổng điểm các mục", final.ApplicableMax, self.TreeTotal, final.TreeTotal, null);
        if (self.RescaledTotal != self.TreeTotal || final.RescaledTotal != final.TreeTotal)
        {
            Row(sheet, $"Quy đổi về thang {Num.Vi(version.Scale)}", version.Scale, self.RescaledTotal, final.RescaledTotal,
                $"{Num.Vi(final.TreeTotal)} × {Num.Vi(version.Scale)} / {Num.Vi(final.ApplicableMax)} = {Num.Vi(final.RescaledTotal)}");
        }
        Row(sheet, "Cộng điểm thưởng, trừ điểm trừ", null, self.TotalBeforeRounding, final.TotalBeforeRounding,
            $"{Num.Vi(final.RescaledTotal)} + {Num.Vi(final.Bonus.Points)} - {Num.Vi(final.Deductions.Points)} = {Num.Vi(final.TotalBeforeRounding)}");
        if (self.Total != self.TotalBeforeRounding || final.Total != final.TotalBeforeRounding)
        {
            Row(sheet, "Làm tròn", null, self.Total, final.Total, $"{Num.Vi(final.TotalBeforeRounding)} thành {Num.Vi(final.Total)}");
        }
        var total = Row(sheet, "TỔNG ĐIỂM", null, self.Total, final.Total, null);
        sheet.Ws.Cells[total, 1, total, ResultSheet.Columns.Count].Style.Font.Bold = true;
        var band = sheet.Next();
        Cells.Text(sheet.Ws.Cells[band, 2], "Khung điểm");
        Cells.Text(sheet.Ws.Cells[band, ResultSheet.SelfColumn], self.Band?.Name);
        Cells.Text(sheet.Ws.Cells[band, ResultSheet.FinalColumn], final.Band?.Name);
        Cells.Text(sheet.Ws.Cells[band, ResultSheet.FormulaColumn], final.Band is { } b ? Range(b) : null);
        foreach (var c in final.Conditions)
        {
            var row = sheet.Next();
            Cells.Text(sheet.Ws.Cells[row, 2], $"Điều kiện: {c.Reason}");
            Cells.Text(sheet.Ws.Cells[row, ResultSheet.FormulaColumn], PeopleText.Formula(c.When, version));
            Cells.Text(sheet.Ws.Cells[row, ResultSheet.NoteColumn], Effect(c));
        }
        var cls = sheet.Next();
        Cells.Text(sheet.Ws.Cells[cls, 2], "XẾP LOẠI");
        Cells.Text(sheet.Ws.Cells[cls, ResultSheet.SelfColumn], ClassLabels.Of(self));
        Cells.Text(sheet.Ws.Cells[cls, ResultSheet.FinalColumn], ClassLabels.Of(final));
        Cells.Text(sheet.Ws.Cells[cls, ResultSheet.NoteColumn], final.Status == AgencyStatus.Ineligible ? final.StatusReason : null);
        sheet.Ws.Cells[cls, 1, cls, ResultSheet.Columns.Count].Style.Font.Bold = true;
        // A class such as "Hoàn thành xuất sắc nhiệm vụ" wraps in its narrow column instead of being cut off.
        sheet.Ws.Cells[cls, 1, cls, ResultSheet.Columns.Count].Style.WrapText = true;
        sheet.Ws.Row(cls).Height = 3 * 15;
        ReportStyle.Fill(sheet.Ws.Cells[cls, ResultSheet.SelfColumn], ClassLabels.Colour(version, self));
        ReportStyle.Fill(sheet.Ws.Cells[cls, ResultSheet.FinalColumn], ClassLabels.Colour(version, final));
    }

    private static int Row(ResultSheet sheet, string label, decimal? max, decimal self, decimal final, string? formula)
    {
        var row = sheet.Next();
        var format = ReportStyle.TotalPoints(sheet.Version);
        Cells.Text(sheet.Ws.Cells[row, 2], label);
        Cells.Number(sheet.Ws.Cells[row, ResultSheet.MaxColumn], max, format);
        Cells.Number(sheet.Ws.Cells[row, ResultSheet.SelfColumn], self, format);
        Cells.Number(sheet.Ws.Cells[row, ResultSheet.FinalColumn], final, format);
        Cells.Text(sheet.Ws.Cells[row, ResultSheet.FormulaColumn], formula);
        return row;
    }

    private static string Range(ClassBand band) =>
        band.To is { } to ? $"từ {Num.Vi(band.From)} đến dưới {Num.Vi(to)} điểm" : $"từ {Num.Vi(band.From)} điểm trở lên";

    private static string Effect(AppliedCondition c) => c.AtMost is null ? ClassLabels.Ineligible
        : c.Changed ? $"Xếp loại tối đa {c.AtMost}, đã hạ xếp loại" : $"Xếp loại tối đa {c.AtMost}, không làm thay đổi xếp loại";
}
