using Microsoft.AspNetCore.Mvc;
using Scoring.Api.Pages.Support;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Pages;

/// <summary>The tracker's search, filter by situation, and order.</summary>
public sealed partial class TrackerModel
{
    /// <summary>Only agencies whose name or code contains this.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Only agencies in this situation: chua-nop, tu-choi, or a state's code.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Only { get; set; }

    /// <summary>The order: ten (name, the default), trang-thai (state), so-lan (number of uploads, most first).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>The situations the tracker filters by: code and words.</summary>
    public static IReadOnlyList<(string Code, string Words)> Situations { get; } =
    [
        ("chua-nop", "chưa nộp"), ("tu-choi", "bị từ chối"), (SubmissionState.Submitted.Code(), SubmissionState.Submitted.Label()),
        (SubmissionState.Withdrawn.Code(), SubmissionState.Withdrawn.Label()), (SubmissionState.Locked.Code(), SubmissionState.Locked.Label()),
        (SubmissionState.Appraised.Code(), SubmissionState.Appraised.Label()),
    ];

    /// <summary>The situation of a row, by the codes of <see cref="Situations"/>.</summary>
    public static string Situation(TrackerRow row) => row.State switch
    {
        null => "chua-nop",
        SubmissionState.Draft when row.Revisions > 0 => "tu-choi",
        SubmissionState.Draft => "chua-nop",
        { } state => state.Code(),
    };

    private List<TrackerRow> Shown(IReadOnlyList<TrackerRow> rows)
    {
        var vi = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), true);
        var kept = rows.Where(r => string.IsNullOrWhiteSpace(Q)
                || r.Name.Contains(Q.Trim(), StringComparison.CurrentCultureIgnoreCase) || r.Code.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(r => string.IsNullOrEmpty(Only) || Situation(r) == Only);
        return Sort switch
        {
            "trang-thai" => [.. kept.OrderBy(r => Situations.ToList().FindIndex(s => s.Code == Situation(r))).ThenBy(r => r.Name, vi)],
            "so-lan" => [.. kept.OrderByDescending(r => r.Revisions).ThenBy(r => r.Name, vi)],
            _ => [.. kept.OrderBy(r => r.Name, vi)],
        };
    }
}
