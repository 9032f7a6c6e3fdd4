using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Pages.Support;
using Scoring.Api.Runs;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Engine.Criteria;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Pages;

/// <summary>Home Affairs: who has submitted, the lock, appraisal links, and the year's runs (create, publish).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NoiVuModel(Store store, CriteriaCatalog catalog, RunService runs) : PageModel
{
    /// <summary>The criteria version tracked.</summary>
    [BindProperty(SupportsGet = true)]
    public string Criteria { get; set; } = SampleSeeder.Version;

    /// <summary>The year tracked.</summary>
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; } = SampleSeeder.Year;

    /// <summary>The versions on offer.</summary>
    public IReadOnlyList<CompiledCriteria> Versions => catalog.Versions;

    /// <summary>The chosen version, when it exists.</summary>
    public CriteriaVersion? Version { get; private set; }

    /// <summary>The tracker, by group.</summary>
    public IReadOnlyList<(Group? Group, string Code, IReadOnlyList<TrackerRow> Rows)> Groups { get; private set; } = [];

    /// <summary>Every run, newest first.</summary>
    public IReadOnlyList<RunHeader> Runs { get; private set; } = [];

    /// <summary>What the last action did.</summary>
    public string? Message { get; private set; }

    /// <summary>Why the last action (or the choice) failed.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the tracker and the runs.</summary>
    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Locks every submission of the year under the version.</summary>
    public async Task<IActionResult> OnPostKhoaAsync(CancellationToken ct)
    {
        if (Choose() is { } criteria)
        {
            var locked = await store.Submissions.LockAsync(Year, criteria.Version.Id, User.Actor(), ct);
            Message = $"Đã khóa {locked} bài nộp năm {Year} (bộ tiêu chí {criteria.Version.Id}); bài đã khóa không nhận thêm tệp và sẵn sàng để thẩm định.";
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Creates a draft run for the year, version and optional group.</summary>
    public async Task<IActionResult> OnPostTaoLuotAsync(string? group, CancellationToken ct)
    {
        if (Choose() is { } criteria)
        {
            var frozen = await store.Criteria.FreezeAsync(criteria, User.Actor(), ct);
            var (id, problem) = frozen.Ok
                ? await runs.CreateAsync(Year, criteria.Version.Id, string.IsNullOrWhiteSpace(group) ? null : group, User.Actor(), ct)
                : (null, frozen.Problem);
            if (id is null)
            {
                Problem = problem;
            }
            else
            {
                Message = $"Đã tạo lượt xếp loại số {id} (bản nháp), năm {Year}, bộ tiêu chí {criteria.Version.Id}.";
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Publishes a run.</summary>
    public async Task<IActionResult> OnPostCongBoAsync(long id, CancellationToken ct)
    {
        var change = await store.Runs.PublishAsync(id, User.Actor(), ct);
        if (change.Ok)
        {
            Message = $"Đã công bố lượt xếp loại số {id}.";
        }
        else
        {
            Problem = change.Problem;
        }
        await LoadAsync(ct);
        return Page();
    }

    private CompiledCriteria? Choose()
    {
        var (criteria, problem) = Support.CriteriaChoice.Resolve(catalog, Criteria, Year, ModelState);
        Problem ??= problem;
        return criteria;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Runs = [.. (await store.Runs.ListAsync(ct)).OrderByDescending(r => r.Id)];
        var problem = Problem;
        var criteria = Choose();
        Problem = problem ?? Problem;
        if (criteria is null)
        {
            return;
        }
        Version = criteria.Version;
        Groups = await TrackerRows.BuildAsync(store, criteria.Version, Year, ct);
    }
}
