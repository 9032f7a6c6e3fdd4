using Scoring.Api.Server;
using Scoring.Api.Host;
using Scoring.Api.Catalog;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scoring.Api.Endpoints;
using Scoring.Api.Runs;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Engine.Workflow;
using Scoring.Api.UseCases;

namespace Scoring.Api.Host;

/// <summary>The web host: the store under data/, the versions in criteria/, token sign-in, pages and the HTTP API.</summary>
public static class ServerHost
{
    /// <summary>The address the server listens on unless configured (Scoring:Urls, --urls or ASPNETCORE_URLS).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the application (tests configure it through the builder's configuration).</summary>
    public static WebApplication Build(string[] args)
    {
        // The application name finds the pages in this assembly even when another process (a test) hosts the server.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(ServerHost).Assembly.GetName().Name });
        var config = builder.Configuration;
        if (config["urls"] is null && config["ASPNETCORE_URLS"] is null)
        {
            builder.WebHost.UseUrls(config["Scoring:Urls"] ?? DefaultUrl);
        }
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = UploadLimits.Default.MaxBytes * 2);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = UploadLimits.Default.MaxBytes + 64 * 1024);
        // Resolved from the final configuration, so tests (and deployments) can point the store and criteria elsewhere.
        builder.Services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IConfiguration>();
            var connection = new SqliteConnectionStringBuilder(settings.GetConnectionString("Scoring") ?? $"Data Source={Database.DefaultPath}");
            return Store.OpenAsync(Database.ForFile(connection.DataSource), CancellationToken.None).GetAwaiter().GetResult();
        });
        builder.Services.AddSingleton(sp => new CriteriaCatalog(new CriteriaFolder(sp.GetRequiredService<IConfiguration>()["Scoring:CriteriaPath"]), sp.GetRequiredService<Operations>().Criteria.Cache));
        builder.Services.AddSingleton(sp =>
        {
            // What one agency may store per year: Scoring:Uploads:MaxRevisions and Scoring:Uploads:MaxStoredMegabytes (defaults 50 and 100).
            var uploads = sp.GetRequiredService<IConfiguration>().GetSection("Scoring:Uploads");
            var quota = new RevisionQuota(uploads.GetValue("MaxRevisions", RevisionQuota.Default.MaxRevisions),
                uploads.GetValue("MaxStoredMegabytes", RevisionQuota.Default.MaxBytes / (1024 * 1024)) * 1024 * 1024);
            return new Operations(sp.GetRequiredService<Store>(), quota);
        });
        builder.Services.AddSingleton(sp => sp.GetRequiredService<Operations>().Runs);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Database.DefaultPath))!, "keys")));
        builder.Services.AddAuthentication(TokenAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null);
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.AddRazorPages();
        // Vietnamese text is written as is (still HTML-escaped), not as numeric character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "scoring_af");
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTexts.Translate);
        // Vietnamese text stays readable in API responses (served as JSON with nosniff, never as HTML).
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            // States are types in code and their stored codes on the wire ("draft", "published").
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddOpenApi();
        var app = builder.Build();
        // First, so that the headers are on every response, also the ones the exception handler and status pages write.
        app.UseSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = e => e switch
        {
            StoreIntegrityException => StatusCodes.Status409Conflict,
            Scoring.Engine.Evaluation.RuleEvaluationException => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status500InternalServerError,
        } });
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/v1.json");
        app.MapRazorPages();
        app.MapScoringApi();
        return app;
    }

    /// <summary>Runs the server: on a first start prints an administrator token once; with --seed-samples loads the samples.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args.Where(a => a != "--seed-samples").ToArray());
        var store = app.Services.GetRequiredService<Store>();
        var ct = CancellationToken.None;
        if (!await store.Tokens.AnyAsync(ct).ConfigureAwait(false))
        {
            var admin = await store.Tokens.CreateAsync("Quản trị", Roles.Admin, null, "Khởi tạo", ct).ConfigureAwait(false);
            Console.WriteLine($"Lần chạy đầu: đã tạo kho dữ liệu. Mã đăng nhập quản trị (chỉ hiện một lần, hãy lưu lại): {admin}");
            Console.WriteLine("Nếu mất mã này: trên máy chủ, chạy dotnet run --project Scoring.Api -- tokens issue --name <tên> --role admin để cấp mã quản trị mới.");
        }
        var catalog = app.Services.GetRequiredService<CriteriaCatalog>();
        foreach (var invalid in catalog.Invalid)
        {
            // A file that does not lint is never silently left out: it is named at start-up, with every error, and on the staff pages.
            var errors = invalid.Problems.Where(p => !p.IsWarning).ToList();
            Console.WriteLine($"Tệp tiêu chí {invalid.File} có {errors.Count} lỗi nên không được dùng:");
            foreach (var problem in errors)
            {
                Console.WriteLine("  " + problem);
            }
        }
        if (args.Contains("--seed-samples"))
        {
            var samples = Path.Combine(Path.GetDirectoryName(catalog.Folder.Path) ?? ".", "samples");
            var tokens = await SampleSeeder.SeedAsync(store, catalog, samples, ct).ConfigureAwait(false);
            Console.WriteLine(tokens.Count == 0
                ? "Kho dữ liệu đã có lượt xếp loại: không nạp lại dữ liệu mẫu."
                : $"Đã nạp dữ liệu mẫu: năm 2024 (mau-2024, lưu làm lịch sử) và năm {SampleSeeder.Year} ({SampleSeeder.Version}), mỗi năm một lượt xếp loại đã công bố.");
            foreach (var (role, name, token) in tokens)
            {
                Console.WriteLine($"Dữ liệu mẫu: mã đăng nhập {Roles.Label(role)} \"{name}\": {token}");
            }
        }
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine($"Máy chủ chấm điểm đang chạy: {string.Join(", ", app.Urls)} (mở bằng trình duyệt; Ctrl+C để dừng)."));
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
