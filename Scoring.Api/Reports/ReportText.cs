using System.Globalization;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Text;

namespace Scoring.Api.Reports;

/// <summary>The Vietnamese words the report sheets share: the criteria line, dates, inputs used and notes.</summary>
internal static class ReportText
{
    /// <summary>The criteria title with its decision, e.g. "… (Quyết định số 05/QĐ-UBND ngày 05/01/2024)".</summary>
    public static string Criteria(CriteriaVersion version)
    {
        var id = version.Identity;
        var decision = id.DecisionNumber is null ? "" : $"Quyết định số {id.DecisionNumber}" + (id.DecisionDate is { } d ? $" ngày {Date(d)}" : "");
        var sample = id.IsSample ? "bản mẫu" : "";
        var extra = string.Join(", ", new[] { decision, sample }.Where(s => s.Length > 0));
        return $"Bộ tiêu chí: {id.Title}" + (extra.Length > 0 ? $" ({extra})" : "");
    }

    /// <summary>A date as dd/MM/yyyy.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment in Vietnam time whatever its offset, e.g. "14:05 ngày 20/12/2024 (giờ Việt Nam)".</summary>
    public static string Moment(DateTimeOffset at) =>
        at.ToOffset(Scoring.Engine.Workflow.VietnamTime.Offset).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture) + " (giờ Việt Nam)";

    /// <summary>A group's name, or its code when the version does not name it.</summary>
    public static string GroupName(CriteriaVersion version, string code) => version.FindGroup(code)?.Name ?? code;

    /// <summary>Why an agency's class is what it is, for the ranked table: caps that lowered the class, the
    /// eligibility or not-assessed reason, and a class changed by appraisal.</summary>
    public static string Notes(ScoredAgency agency)
    {
        var final = agency.Final;
        var notes = new List<string>();
        if (final.Status == AgencyStatus.NotAssessed && final.StatusReason is not null)
        {
            notes.Add(final.StatusReason);
        }
        if (final.Status == AgencyStatus.Ineligible)
        {
            var reasons = final.Conditions.Where(c => c.AtMost is null).Select(c => c.Reason).ToList();
            notes.AddRange(reasons.Count > 0 ? reasons : [final.StatusReason ?? ""]);
        }
        notes.AddRange(final.Conditions.Where(c => c.AtMost is not null && c.Changed).Select(c => $"{c.Reason} (xếp loại tối đa {c.AtMost})"));
        var self = ClassLabels.Of(agency.Self);
        var now = ClassLabels.Of(final);
        if (IsAppraised(final) && self != now)
        {
            notes.Add($"Thẩm định làm thay đổi xếp loại: tự chấm {self}, sau thẩm định {now}");
        }
        return string.Join("; ", notes);
    }

    /// <summary>Whether the appraisal team changed any item the agency scored itself (the superior's points are not a change).</summary>
    public static bool IsAppraised(AgencyResult r) => r.Items.Any(i => i.IsAppraised && i.HasSelfScore);
}
