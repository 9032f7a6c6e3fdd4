using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Text;
using C = Scoring.Api.Reports.ResultColumn;

namespace Scoring.Api.Reports;

/// <summary>The end of the result's table: tree total, rescaling, bonus and deductions, rounding, the total, the band, every condition that
/// held, and the class, self-scored beside final.</summary>
internal static class ResultTotals
{
    /// <summary>Adds the rows.</summary>
    public static void Write(ResultRows rows, CriteriaVersion version, ScoredAgency agency)
    {
        var self = agency.Self;
        var final = agency.Final;
        if (final.HasSuperiorPart)
        {
            var (criteriaMax, superiorMax) = ResultText.Parts(final);
            Row(rows, DocumentLabels.CriteriaPart, criteriaMax, self.CriteriaPart, final.CriteriaPart, null);
            var awaiting = string.Join(", ", final.AwaitingSuperior.Select(i => i.Code));
            Row(rows, DocumentLabels.SuperiorPart, superiorMax, self.SuperiorPart, final.SuperiorPart,
                awaiting.Length > 0 ? $"Chưa nhập điểm của cấp trên ({awaiting}): tạm tính 0" : "Cán bộ nhập khi thẩm định; đơn vị không tự chấm");
        }
        Row(rows, "Tổng điểm các mục", final.ApplicableMax, self.TreeTotal, final.TreeTotal, null);
        if (self.RescaledTotal != self.TreeTotal || final.RescaledTotal != final.TreeTotal)
        {
            Row(rows, $"Quy đổi về thang {Num.Vi(version.Scale)}", version.Scale, self.RescaledTotal, final.RescaledTotal,
                $"{Num.Vi(final.TreeTotal)} × {Num.Vi(version.Scale)} / {Num.Vi(final.ApplicableMax)} = {Num.Vi(final.RescaledTotal)}");
        }
        Row(rows, "Cộng điểm thưởng, trừ điểm trừ", null, self.TotalBeforeRounding, final.TotalBeforeRounding,
            $"{Num.Vi(final.RescaledTotal)} + {Num.Vi(final.Bonus.Points)} - {Num.Vi(final.Deductions.Points)} = {Num.Vi(final.TotalBeforeRounding)}");
        if (self.Total != self.TotalBeforeRounding || final.Total != final.TotalBeforeRounding)
        {
            Row(rows, "Làm tròn", null, self.Total, final.Total, $"{Num.Vi(final.TotalBeforeRounding)} thành {Num.Vi(final.Total)}");
        }
        Row(rows, DocumentLabels.Upper(DocumentLabels.Total), null, self.Total, final.Total, null, ResultRowKind.Grand);
        var band = rows.Add(ResultRowKind.Plain);
        band.Cells[C.Title] = new("Khung điểm");
        band.Cells[C.Self] = new(self.Band?.Name);
        band.Cells[C.Final] = new(final.Band?.Name);
        band.Cells[C.Formula] = new(final.Band is { } b ? Range(b) : null);
        foreach (var c in final.Conditions)
        {
            var row = rows.Add(ResultRowKind.Plain);
            row.Cells[C.Title] = new($"Điều kiện: {c.Reason}");
            row.Cells[C.Formula] = new(PeopleText.Formula(c.When, version));
            row.Cells[C.Note] = new(Effect(c));
        }
        var cls = rows.Add(ResultRowKind.Class);
        cls.Cells[C.Title] = new(DocumentLabels.Upper(DocumentLabels.Class));
        cls.Cells[C.Self] = new(ClassLabels.Of(self), Fill: ClassLabels.Colour(version, self));
        cls.Cells[C.Final] = new(ClassLabels.Of(final), Fill: ClassLabels.Colour(version, final));
        cls.Cells[C.Note] = new(final.Status == AgencyStatus.Ineligible ? final.StatusReason : null);
    }

    private static void Row(ResultRows rows, string label, decimal? max, decimal self, decimal final, string? formula, ResultRowKind kind = ResultRowKind.Total)
    {
        var row = rows.Add(kind);
        row.Cells[C.Title] = new(label);
        row.Cells[C.Max] = ResultCell.Number(max, rows.Totals);
        row.Cells[C.Self] = ResultCell.Number(self, rows.Totals);
        row.Cells[C.Final] = ResultCell.Number(final, rows.Totals);
        row.Cells[C.Formula] = new(formula);
    }

    private static string Range(ClassBand band) =>
        band.To is { } to ? $"từ {Num.Vi(band.From)} đến dưới {Num.Vi(to)} điểm" : $"từ {Num.Vi(band.From)} điểm trở lên";

    private static string Effect(AppliedCondition c) => c.AtMost is null ? ClassLabels.Ineligible
        : c.Changed ? $"Xếp loại tối đa {c.AtMost}, đã hạ xếp loại" : $"Xếp loại tối đa {c.AtMost}, không làm thay đổi xếp loại";
}
