using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Registry;

namespace Scoring.Bench;

/// <summary>Row 7: the main pages with a province's numbers (200 agencies of the 60-item version, every one uploaded and locked, a
/// published run for 2023 and one for 2024, so that 2024 is compared with last year), fetched by a signed-in staff member from the real server in its own process; the baseline is the sign-in page
/// (the layout, no data) from the same server in the same run.</summary>
internal static partial class PageBench
{
    private const int Agencies = 200;
    private const int Repeats = 15;

    public static void Run(BenchContext ctx, List<Row> rows, List<string> notes) => RunAsync(ctx, rows, notes).GetAwaiter().GetResult();

    private static async Task RunAsync(BenchContext ctx, List<Row> rows, List<string> notes)
    {
        var folder = Directory.CreateTempSubdirectory("scoring-bench-pages-").FullName;
        var criteria = Directory.CreateDirectory(Path.Combine(folder, "criteria")).FullName;
        await File.WriteAllTextAsync(Path.Combine(criteria, ctx.Version.Id + ".yaml"), ctx.Yaml);
        var db = Path.Combine(folder, "s.db");
        var setup = Stopwatch.StartNew();
        var submissions = Inputs.Submissions(ctx.Compiled, Agencies);
        var store = await Store.OpenAsync(Database.ForFile(db), CancellationToken.None);
        await store.Agencies.ImportAsync([.. submissions.Select(s => new AgencyInfo(s.AgencyCode, s.AgencyName ?? s.AgencyCode, s.GroupCode))], "bench", "bench", CancellationToken.None);
        var ops = new Operations(store);
        RunHeader? run = null;
        foreach (var year in new[] { 2023, 2024 })
        {
            foreach (var s in submissions)
            {
                var upload = await ops.Upload.RunAsync(s.AgencyCode, year, ctx.Compiled, WorkbookBench.Workbook(ctx, s), s.AgencyCode + ".xlsx", "bench", CancellationToken.None);
                _ = upload.Ok ? 0 : throw new InvalidOperationException(upload.Message);
            }
            await ops.Lock.RunAsync(year, ctx.Version.Id, "bench", CancellationToken.None);
            run = (await ops.CreateRun.RunAsync(new RunOrder(year, ctx.Version.Id, Knowingly: true), "bench", CancellationToken.None)).Value!;
            await ops.Publish.RunAsync(run.Id, "bench", CancellationToken.None);
        }
        var token = await store.Tokens.CreateAsync("bench", Roles.Staff, null, "bench", CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var seeded = setup.Elapsed.TotalSeconds;

        await using var server = await BenchServer.StartAsync(folder, db, criteria);
        using var anonymous = new HttpClient { BaseAddress = new Uri(server.Url) };
        using var staff = await SignInAsync(server.Url, token);
        var (baseline, _, _) = await TimeAsync(anonymous, "/dang-nhap");
        var v = Uri.EscapeDataString(ctx.Version.Id);
        var first = submissions[0].AgencyCode;
        (string Path, string What)[] pages =
        [
            ($"/noi-vu?criteria={v}&year=2024", "staff home (tracker of 200 agencies, lock, run preview, runs)"),
            ($"/xep-hang?run={run!.Id}", "ranked page of the published run (200 agencies, compared with last year, two charts)"),
            ($"/danh-sach-don-vi?ma={first}", "registry page of one agency (versions, results over two years, chart)"),
            ($"/noi-vu/tham-dinh?agency={first}&criteria={v}&year=2024", "appraisal page of one agency (60 items, scored twice)"),
            ("/thanh-tra", "auditor's page (runs)"),
            ("/nhat-ky", "audit log page"),
        ];
        foreach (var (path, what) in pages)
        {
            var (median, p90, bytes) = await TimeAsync(staff, path);
            rows.Add(new Row("7", $"page {what}: GET {path.Split('?')[0]}", string.Create(CultureInfo.InvariantCulture, $"median {median:N1} ms (p90 {p90:N1}); {bytes / 1024.0:N0} KiB"),
                string.Create(CultureInfo.InvariantCulture, $"the sign-in page (layout only): median {baseline:N1} ms"),
                string.Create(CultureInfo.InvariantCulture, $"{median / baseline:N1}× the sign-in page"), "median ≤ 300 ms (well under a second)", median <= 300 ? "yes" : "**no**"));
        }
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"Row 7: {Agencies} agencies of `bench-60` uploaded through the upload use case for 2023 and 2024, each year locked, run and published ({seeded:N1} s of set-up); then the server in its own process, one staff member signed in by the sign-in form (cookie session), each page fetched {Repeats} times after 3 unmeasured fetches, one at a time; the time is to the last byte of the HTML."));
    }

    private static async Task<(double Median, double P90, int Bytes)> TimeAsync(HttpClient http, string path)
    {
        var times = new List<double>();
        var bytes = 0;
        for (var i = 0; i < 3 + Repeats; i++)
        {
            var sw = Stopwatch.StartNew();
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            var ms = sw.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {path}: {response.StatusCode}");
            }
            if (i >= 3)
            {
                times.Add(ms);
            }
            bytes = body.Length;
        }
        return (Measure.MedianOf(times), Measure.Percentile(times, 0.9), bytes);
    }

    private static async Task<HttpClient> SignInAsync(string url, string token)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
        var form = await http.GetStringAsync(new Uri("/dang-nhap", UriKind.Relative));
        var antiforgery = WebUtility.HtmlDecode(Antiforgery().Match(form).Groups[1].Value);
        using var signIn = await http.PostAsync(new Uri("/dang-nhap", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["__RequestVerificationToken"] = antiforgery }));
        return signIn.StatusCode == HttpStatusCode.Redirect ? http : throw new InvalidOperationException($"Sign-in: {signIn.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
