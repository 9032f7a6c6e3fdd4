using Scoring.Api.Spreadsheets;
using Scoring.Engine.Registry;
using Scoring.Api.Storage;
using Scoring.Engine.Submissions;

namespace Scoring.Api.UseCases;

/// <summary>What an import did, and the warnings it carried (groups no stored criteria declares).</summary>
public sealed record ImportReceipt(ImportSummary Summary, IReadOnlyList<Problem> Warnings);

/// <summary>Staff import an agency list (CSV or .xlsx) into the registry: every line obeys the registry's rules, each refused line gets its own
/// error with its line number, and nothing is imported when any line is refused; every change is a new registry version.</summary>
public sealed class ImportAgencies(Store store, FrozenCriteria versions)
{
    /// <summary>Reads, checks and imports the list, all or nothing.</summary>
    public async Task<Outcome<ImportReceipt>> RunAsync(byte[] bytes, string fileName, string actor, CancellationToken ct)
    {
        var registry = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        var existing = registry.Keys.ToList();
        var groups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in await versions.IdsAsync(ct).ConfigureAwait(false))
        {
            if (await versions.LoadAsync(id, ct).ConfigureAwait(false) is { } criteria)
            {
                groups.UnionWith(criteria.Version.Groups.Select(g => g.Code));
            }
        }
        var read = AgencyListFile.Read(bytes, fileName, existing, groups, registry);
        if (read.Agencies is null)
        {
            return Outcome<ImportReceipt>.Fail(OutcomeKind.Rejected, $"Tệp {fileName} có {read.Errors.Count} lỗi, chưa nhập đơn vị nào.", read.Errors);
        }
        var summary = await store.Agencies.ImportAsync([.. read.Agencies.Values], fileName, actor, ct).ConfigureAwait(false);
        var message = $"Đã nhập danh sách đơn vị từ {fileName}: thêm {summary.Added}, cập nhật {summary.Changed}, không đổi {summary.Unchanged}."
            + (read.Warnings.Count > 0 ? $" Có {read.Warnings.Count} cảnh báo." : "");
        return Outcome<ImportReceipt>.Done(new ImportReceipt(summary, read.Warnings), message);
    }
}
