using System.Globalization;
using Scoring.Api.Catalog;
using Scoring.Api.Server;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;

namespace Scoring.Api.Host;

/// <summary>Loads the samples into the store and makes demo sign-in tokens, so a newcomer sees a ranked table within a minute of cloning:
/// the agencies (with the 2025 reorganisation: abolished sở and districts end, new sở and communes begin), then for 2024 (mau-2024, as
/// history) and for this year (mau-2026) the sample workbooks, the lock, the appraisal (for 2026 the superior's points of
/// samples/superior) and a published run.</summary>
public static class SampleSeeder
{
    /// <summary>The version this year's samples are loaded for (the pages' default).</summary>
    public const string Version = "mau-2026";

    /// <summary>This year's samples' year (the pages' default).</summary>
    public const int Year = 2026;

    /// <summary>The agency whose demo token is printed (a commune formed on 1 July 2025).</summary>
    public const string DemoAgency = "ubnd-phuong-an-lac";

    private const string Actor = "Dữ liệu mẫu";

    /// <summary>Seeds the store; returns the demo tokens (role, name, token) to print once.</summary>
    public static async Task<IReadOnlyList<(string Role, string Name, string Token)>> SeedAsync(Store store, CriteriaCatalog catalog, string samples, CancellationToken ct)
    {
        if ((await store.Runs.ListAsync(ct).ConfigureAwait(false)).Count > 0)
        {
            // The store already has runs (samples loaded before, or real data): nothing is added twice.
            return [];
        }
        var (agencies, problems) = AgencyListFile.Read(await File.ReadAllBytesAsync(Path.Combine(samples, "agencies.csv"), ct).ConfigureAwait(false), "agencies.csv");
        if (agencies is null)
        {
            throw new InvalidOperationException("Samples are missing or invalid: " + string.Join("; ", problems));
        }
        var ops = new Operations(store);
        await store.Agencies.ImportAsync([.. agencies.Values], "samples/agencies.csv", Actor, ct).ConfigureAwait(false);
        await YearAsync(ops, catalog, samples, "mau-2024", 2024, agencies, ct).ConfigureAwait(false);
        await YearAsync(ops, catalog, samples, Version, Year, agencies, ct).ConfigureAwait(false);
        return
        [
            (Roles.Staff, "Cán bộ Sở Nội vụ (mẫu)", await store.Tokens.CreateAsync("Cán bộ Sở Nội vụ (mẫu)", Roles.Staff, null, Actor, ct).ConfigureAwait(false)),
            (Roles.Auditor, "Thanh tra (mẫu)", await store.Tokens.CreateAsync("Thanh tra (mẫu)", Roles.Auditor, null, Actor, ct).ConfigureAwait(false)),
            (Roles.Agency, "UBND phường An Lạc (mẫu)", await store.Tokens.CreateAsync("UBND phường An Lạc (mẫu)", Roles.Agency, DemoAgency, Actor, ct).ConfigureAwait(false)),
        ];
    }

    /// <summary>One year of samples: every workbook uploaded (each recorded as uploaded by the agency, named as its demo sign-in is:
    /// "… (mẫu)"), the year locked, the appraisal recorded, a run created and published.</summary>
    private static async Task YearAsync(Operations ops, CriteriaCatalog catalog, string samples, string version, int year,
        IReadOnlyDictionary<string, Scoring.Engine.Registry.AgencyInfo> agencies, CancellationToken ct)
    {
        var criteria = catalog.Find(version) ?? throw new InvalidOperationException($"The sample criteria {version} are missing or invalid.");
        foreach (var file in Directory.GetFiles(Path.Combine(samples, "workbooks", version), "*.xlsx").Order(StringComparer.Ordinal))
        {
            var agency = Path.GetFileNameWithoutExtension(file);
            var uploader = agencies.TryGetValue(agency, out var info) ? $"{info.Name} (mẫu)" : Actor;
            await ops.Upload.RunAsync(agency, year, criteria, await File.ReadAllBytesAsync(file, ct).ConfigureAwait(false), Path.GetFileName(file), uploader, ct).ConfigureAwait(false);
        }
        await ops.Lock.RunAsync(year, version, Actor, ct).ConfigureAwait(false);
        if (year == 2024)
        {
            await ops.Appraise.RunAsync("ubnd-quan-bac-son", year, criteria, "II.1", 3m, "Chưa có báo cáo kết quả tuyên truyền Nghị quyết 43-NQ/TW", Actor, ct).ConfigureAwait(false);
        }
        var superior = Path.Combine(samples, "superior", version + ".csv");
        if (File.Exists(superior))
        {
            // The superior's points, as staff enter them from the superior's assessment: code, item, points, basis.
            foreach (var line in (await File.ReadAllLinesAsync(superior, ct).ConfigureAwait(false)).Skip(1).Where(l => l.Length > 0))
            {
                var f = line.Split(',', 4);
                await ops.Appraise.RunAsync(f[0], year, criteria, f[1], decimal.Parse(f[2], CultureInfo.InvariantCulture), f[3], Actor, ct).ConfigureAwait(false);
            }
        }
        var run = await ops.CreateRun.RunAsync(new RunOrder(year, version), Actor, ct).ConfigureAwait(false);
        if (run.Value is not { } created)
        {
            throw new InvalidOperationException($"The sample run of {year} was refused: {run.Message}");
        }
        // The sample decision the run is the annex of (fictional: "Tỉnh Mẫu", its Home Affairs department).
        var decision = new RunDecision($"{(year == 2024 ? 18 : 9)}/QĐ-SNV", year == 2024 ? new DateOnly(2025, 1, 15) : new DateOnly(2026, 11, 30), "GIÁM ĐỐC", "Nguyễn Văn Mẫu",
            "Ủy ban nhân dân tỉnh Mẫu\nSở Nội vụ", "Tỉnh Mẫu");
        await ops.Publish.RunAsync(created.Id, Actor, ct, decision).ConfigureAwait(false);
    }
}
