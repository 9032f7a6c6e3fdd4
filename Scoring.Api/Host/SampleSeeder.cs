using Scoring.Api.Server;
using Scoring.Api.Host;
using Scoring.Api.Catalog;
using Scoring.Api.Spreadsheets;
using Scoring.Engine.Registry;
using Scoring.Api.UseCases;
using Scoring.Api.Storage;

namespace Scoring.Api.Host;

/// <summary>Loads the samples into the store (agencies, the 2024 workbooks of mau-2024, a lock and a published run) and makes demo
/// sign-in tokens, so a newcomer sees a ranked table within a minute of cloning.</summary>
public static class SampleSeeder
{
    /// <summary>The version and year the samples are loaded for.</summary>
    public const string Version = "mau-2024";

    /// <summary>The year the samples are loaded for.</summary>
    public const int Year = 2024;

    /// <summary>Seeds the store; returns the demo tokens (role, name, token) to print once.</summary>
    public static async Task<IReadOnlyList<(string Role, string Name, string Token)>> SeedAsync(Store store, CriteriaCatalog catalog, string samples, CancellationToken ct)
    {
        const string actor = "Dữ liệu mẫu";
        if ((await store.Runs.ListAsync(ct).ConfigureAwait(false)).Count > 0)
        {
            // The store already has runs (samples loaded before, or real data): nothing is added twice.
            return [];
        }
        var (agencies, problems) = AgencyListFile.Read(await File.ReadAllBytesAsync(Path.Combine(samples, "agencies.csv"), ct).ConfigureAwait(false), "agencies.csv");
        if (agencies is null || catalog.Find(Version) is not { } criteria)
        {
            throw new InvalidOperationException("Samples are missing or invalid: " + string.Join("; ", problems));
        }
        var ops = new Operations(store);
        await store.Agencies.ImportAsync([.. agencies.Values], "samples/agencies.csv", actor, ct).ConfigureAwait(false);
        foreach (var file in Directory.GetFiles(Path.Combine(samples, "workbooks", Version), "*.xlsx").Order(StringComparer.Ordinal))
        {
            var agency = Path.GetFileNameWithoutExtension(file);
            await ops.Upload.RunAsync(agency, Year, criteria, await File.ReadAllBytesAsync(file, ct).ConfigureAwait(false), Path.GetFileName(file), agency, ct).ConfigureAwait(false);
        }
        await ops.Lock.RunAsync(Year, Version, actor, ct).ConfigureAwait(false);
        await ops.Appraise.RunAsync("ubnd-quan-bac-son", Year, criteria, "II.1", 3m, "Chưa có báo cáo kết quả tuyên truyền Nghị quyết 43-NQ/TW", actor, ct).ConfigureAwait(false);
        var run = await ops.CreateRun.RunAsync(new RunOrder(Year, Version), actor, ct).ConfigureAwait(false);
        if (run.Value is { } created)
        {
            await ops.Publish.RunAsync(created.Id, actor, ct).ConfigureAwait(false);
        }
        return
        [
            (Roles.Staff, "Cán bộ Phòng Nội vụ (mẫu)", await store.Tokens.CreateAsync("Cán bộ Phòng Nội vụ (mẫu)", Roles.Staff, null, actor, ct).ConfigureAwait(false)),
            (Roles.Auditor, "Thanh tra (mẫu)", await store.Tokens.CreateAsync("Thanh tra (mẫu)", Roles.Auditor, null, actor, ct).ConfigureAwait(false)),
            (Roles.Agency, "UBND huyện An Lạc (mẫu)", await store.Tokens.CreateAsync("UBND huyện An Lạc (mẫu)", Roles.Agency, "ubnd-huyen-an-lac", actor, ct).ConfigureAwait(false)),
        ];
    }
}
