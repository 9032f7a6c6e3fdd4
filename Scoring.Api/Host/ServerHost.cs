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
        // A request carries at most a workbook or an evidence file (Scoring:Evidence:MaxFileMegabytes), with room for the form around it.
        var largestFile = Math.Max(UploadLimits.Default.MaxBytes, config.GetValue("Scoring:Evidence:MaxFileMegabytes",
            Scoring.Api.Attachments.EvidenceLimits.Default.MaxFileBytes / (1024 * 1024)) * 1024 * 1024);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = largestFile + UploadLimits.Default.MaxBytes);
        // Request logs stay off the console unless asked for (Logging:LogLevel:Microsoft.AspNetCore), so a printed code does not scroll away.
        // A failure to start (an address in use) is told in one Vietnamese line by ServerRun, not as the host's stack trace.
        foreach (var (category, level) in new[] { ("Microsoft.AspNetCore", LogLevel.Warning), ("Microsoft.Hosting.Lifetime", LogLevel.Warning),
            ("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical) })
        {
            if (config[$"Logging:LogLevel:{category}"] is null)
            {
                builder.Logging.AddFilter(category, level);
            }
        }
        var proxies = TrustedProxies.Read(config);
        builder.Services.AddSingleton(proxies);
        builder.Services.PostConfigure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(proxies.Apply);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = largestFile + 64 * 1024);
        // Resolved from the final configuration, so tests (and deployments) can point the store and criteria elsewhere.
        builder.Services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IConfiguration>();
            // A write waits this long for another writer, then the request is answered 503 with Retry-After (never a 30-second hang).
            var busy = TimeSpan.FromSeconds(settings.GetValue("Scoring:Store:BusyTimeoutSeconds", 5.0));
            var database = UsesPostgres(settings)
                ? Database.ForPostgres(settings.GetConnectionString("Scoring") ?? throw new InvalidOperationException("Scoring:Store:Provider is postgres but ConnectionStrings:Scoring is not set."), busyTimeout: busy)
                : Database.ForFile(StorePath(settings), busyTimeout: busy);
            return Store.OpenAsync(database, CancellationToken.None).GetAwaiter().GetResult();
        });
        builder.Services.AddSingleton(sp => new CriteriaCatalog(new CriteriaFolder(sp.GetRequiredService<IConfiguration>()["Scoring:CriteriaPath"]), sp.GetRequiredService<Operations>().Criteria.Cache));
        builder.Services.AddSingleton(sp =>
        {
            // What one agency may store per year: Scoring:Uploads:MaxRevisions and Scoring:Uploads:MaxStoredMegabytes (defaults 50 and 100).
            var uploads = sp.GetRequiredService<IConfiguration>().GetSection("Scoring:Uploads");
            var quota = new RevisionQuota(uploads.GetValue("MaxRevisions", RevisionQuota.Default.MaxRevisions),
                uploads.GetValue("MaxStoredMegabytes", RevisionQuota.Default.MaxBytes / (1024 * 1024)) * 1024 * 1024);
            // Evidence: Scoring:Evidence:MaxFileMegabytes and MaxSubmissionMegabytes (defaults 10 and 100).
            var evidence = sp.GetRequiredService<IConfiguration>().GetSection("Scoring:Evidence");
            var limits = new Scoring.Api.Attachments.EvidenceLimits(
                evidence.GetValue("MaxFileMegabytes", Scoring.Api.Attachments.EvidenceLimits.Default.MaxFileBytes / (1024 * 1024)) * 1024 * 1024,
                evidence.GetValue("MaxSubmissionMegabytes", Scoring.Api.Attachments.EvidenceLimits.Default.MaxSubmissionBytes / (1024 * 1024)) * 1024 * 1024);
            return new Operations(sp.GetRequiredService<Store>(), quota, limits);
        });
        builder.Services.AddSingleton(sp => sp.GetRequiredService<Operations>().Runs);
        builder.Services.AddSingleton(sp =>
        {
            var office = sp.GetRequiredService<IConfiguration>().GetSection("Scoring:Office");
            return new OfficeDefaults(office["Issuer"], office["Place"], office["SignerTitle"], office["SignerName"]);
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SignInThrottle>();
        // The keys sit beside the store they protect sessions of.
        // With PostgreSQL there is no store file: Scoring:KeysPath (a folder every server of the store shares), else data/keys.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(UsesPostgres(config)
            ? Path.GetFullPath(config["Scoring:KeysPath"] ?? Path.Combine("data", "keys"))
            : Path.Combine(Path.GetDirectoryName(StorePath(config))!, "keys")));
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
        // Data protection's hosted service makes the first key before the server binds its address; a server that cannot listen must
        // create nothing, so the key ring is made when a page first needs it. Removed last: the registrations above add it again.
        foreach (var warmUp in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService").ToList())
        {
            builder.Services.Remove(warmUp);
        }
        var app = builder.Build();
        // First, so that the headers are on every response, also the ones the exception handler and status pages write.
        app.UseSecurityHeaders();
        if (proxies.Addresses.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        // Errors: a problem for the API, a Vietnamese page for a page request; a busy or unwritable store is 503.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorAnswers.ExceptionAsync });
        app.UseStatusCodePages(ErrorAnswers.StatusPageAsync);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/v1.json");
        app.MapRazorPages();
        app.MapPageScript();
        app.MapScoringApi();
        return app;
    }

    /// <summary>Whether the store is a PostgreSQL server (<c>Scoring:Store:Provider</c> = postgres) rather than the SQLite file.</summary>
    public static bool UsesPostgres(IConfiguration config) => string.Equals(config["Scoring:Store:Provider"], "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The store as the operator knows it: the SQLite file's full path, or the PostgreSQL server and database (never the password).</summary>
    public static string StoreName(IConfiguration config)
    {
        if (!UsesPostgres(config))
        {
            return StorePath(config);
        }
        var pg = new Npgsql.NpgsqlConnectionStringBuilder(config.GetConnectionString("Scoring"));
        return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
    }

    /// <summary>The store's file, full path: <c>ConnectionStrings:Scoring</c> or data/scoring.db under the working directory.</summary>
    public static string StorePath(IConfiguration config) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(config.GetConnectionString("Scoring") ?? $"Data Source={Database.DefaultPath}").DataSource);
}
