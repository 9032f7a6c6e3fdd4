using System.Text;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Text;

namespace Scoring.Api.Reports;

/// <summary>Renders an explained result in Vietnamese plain text, item by item.</summary>
public static class ResultText
{
    /// <summary>The whole explanation of one agency's result.</summary>
    public static string Write(AgencyResult r, CriteriaVersion version, string hash)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Đơn vị: {r.AgencyName ?? r.AgencyCode} ({r.AgencyCode}), khối {GroupName(version, r.Group)}");
        sb.AppendLine($"Bộ tiêu chí: {version.Identity.Title} ({version.Id}{(version.Identity.IsSample ? ", bản mẫu" : "")}), SHA-256 {hash}");
        if (r.Status == AgencyStatus.NotAssessed)
        {
            sb.AppendLine($"Kết quả: Chưa đánh giá. Lý do: {r.StatusReason}");
            return sb.ToString();
        }
        foreach (var section in r.Sections)
        {
            sb.AppendLine();
            var superior = section.AwardedBySuperior ? " (do cấp trên đánh giá)" : "";
            sb.AppendLine($"Mục {section.Code}. {section.Title}{superior}: {Num.Vi(section.Points)}/{Num.Vi(section.ApplicableMax)} điểm");
            if (section.Note is not null)
            {
                sb.AppendLine($"  Ghi chú: {section.Note}");
            }
            Items(sb, r.Items.Where(i => i.SectionCode == section.Code), version);
        }
        Block(sb, "Điểm thưởng", r.Bonus, r.Items.Where(i => i.Role == ItemRole.Bonus), version);
        Block(sb, "Điểm trừ", r.Deductions, r.Items.Where(i => i.Role == ItemRole.Deduction), version);
        sb.AppendLine();
        if (r.HasSuperiorPart)
        {
            var (criteriaMax, superiorMax) = Parts(r);
            var awaiting = string.Join(", ", r.AwaitingSuperior.Select(i => i.Code));
            sb.AppendLine($"Phần chấm theo tiêu chí: {Num.Vi(r.CriteriaPart)}/{Num.Vi(criteriaMax)}");
            sb.AppendLine($"Phần do cấp trên đánh giá: {Num.Vi(r.SuperiorPart)}/{Num.Vi(superiorMax)}"
                + (awaiting.Length > 0 ? $" (chưa nhập điểm của cấp trên: {awaiting}, tạm tính 0)" : ""));
        }
        sb.AppendLine($"Tổng điểm các mục: {Num.Vi(r.TreeTotal)}/{Num.Vi(r.ApplicableMax)}");
        if (r.RescaledTotal != r.TreeTotal)
        {
            sb.AppendLine($"Quy đổi về thang {Num.Vi(version.Scale)}: {Num.Vi(r.TreeTotal)} × {Num.Vi(version.Scale)} / {Num.Vi(r.ApplicableMax)} = {Num.Vi(r.RescaledTotal)}");
        }
        sb.AppendLine($"Cộng điểm thưởng, trừ điểm trừ: {Num.Vi(r.RescaledTotal)} + {Num.Vi(r.Bonus.Points)} - {Num.Vi(r.Deductions.Points)} = {Num.Vi(r.TotalBeforeRounding)}");
        if (r.Total != r.TotalBeforeRounding)
        {
            sb.AppendLine($"Làm tròn: {Num.Vi(r.TotalBeforeRounding)} thành {Num.Vi(r.Total)}");
        }
        sb.AppendLine($"TỔNG ĐIỂM: {Num.Vi(r.Total)}");
        if (r.Band is { } band)
        {
            var range = band.To is { } to ? $"từ {Num.Vi(band.From)} đến dưới {Num.Vi(to)} điểm" : $"từ {Num.Vi(band.From)} điểm trở lên";
            sb.AppendLine($"Khung điểm: {band.Name} ({range})");
        }
        foreach (var c in r.Conditions)
        {
            var effect = c.AtMost is null ? "không đủ điều kiện xếp loại"
                : c.Changed ? $"xếp loại tối đa {c.AtMost}, đã hạ xếp loại" : $"xếp loại tối đa {c.AtMost}, không làm thay đổi xếp loại";
            sb.AppendLine($"Điều kiện ({PeopleText.Formula(c.When, version)}): {c.Reason}; {effect}");
        }
        if (r.Status == AgencyStatus.Ineligible || r.ClassName is not null)
        {
            // A version without classes scores and ranks only.
            sb.AppendLine(r.Status == AgencyStatus.Ineligible ? $"XẾP LOẠI: {r.StatusReason}" : $"XẾP LOẠI: {r.ClassName}");
        }
        return sb.ToString();
    }

    private static void Block(StringBuilder sb, string title, BlockResult block, IEnumerable<ItemResult> items, CriteriaVersion version)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }
        sb.AppendLine();
        var capped = block.Points != block.Sum ? $" (tổng {Num.Vi(block.Sum)}, tối đa {Num.Vi(block.Max)})" : $" (tối đa {Num.Vi(block.Max)})";
        sb.AppendLine($"{title}: {Num.Vi(block.Points)}{capped}");
        Items(sb, list, version);
    }

    private static void Items(StringBuilder sb, IEnumerable<ItemResult> items, CriteriaVersion version)
    {
        foreach (var i in items)
        {
            sb.AppendLine($"  {i.Code} {i.Title} — {i.Kind}");
            if (!i.Applicable)
            {
                sb.AppendLine($"      Không tính: {i.NotApplicableReason}");
                continue;
            }
            var inputs = i.Inputs.Count == 0 ? "" : PeopleText.Inputs(i, version) + " → ";
            sb.AppendLine($"      {inputs}{Num.Vi(i.Points)}/{Num.Vi(i.Max)} điểm");
            sb.AppendLine($"      Cách tính: {PeopleText.Formula(i.Formula, version)}");
            if (i.IsAppraised)
            {
                sb.AppendLine(i.SelfPoints is { } own
                    ? $"      Thẩm định: tự chấm {Num.Vi(own)}, điểm thẩm định {Num.Vi(i.Points)}. Lý do: {i.AppraisalReason}"
                    : $"      Cấp trên đánh giá: {Num.Vi(i.Points)} điểm. Căn cứ: {i.AppraisalReason}");
            }
            if (i.Note is not null)
            {
                sb.AppendLine($"      Ghi chú: {i.Note}");
            }
        }
    }

    /// <summary>The applicable maxima of the part scored on the criteria and of the part the superior level scores.</summary>
    public static (decimal Criteria, decimal Superior) Parts(AgencyResult r) =>
        (r.Sections.Where(s => !s.AwardedBySuperior).Sum(s => s.ApplicableMax), r.Sections.Where(s => s.AwardedBySuperior).Sum(s => s.ApplicableMax));

    private static string GroupName(CriteriaVersion version, string code) =>
        version.FindGroup(code) is { } g ? $"{g.Name} ({code})" : code;
}
