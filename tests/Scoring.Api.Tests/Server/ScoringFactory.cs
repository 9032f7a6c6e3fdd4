using Scoring.Api.Spreadsheets;
using Scoring.Engine.Registry;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;

namespace Scoring.Api.Tests.Server;

/// <summary>The server with a store of its own (a temporary folder) and the repository's criteria; one per test class instance.</summary>
public sealed class ScoringFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scoring-web-").FullName;

    /// <summary>Another criteria folder than the repository's (set before the server starts).</summary>
    public string? CriteriaPath { get; init; }

    /// <summary>More settings for the server (set before it starts).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public Store Store => Services.GetRequiredService<Store>();

    /// <summary>The store's file, for the CLI to open the same store.</summary>
    public string DatabasePath => Path.Combine(_folder, "scoring.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // WebApplicationFactory runs the program's entry point, which starts the host and then, on a first start, issues the
        // administrator's code: a write racing the test's own. The store is made here, with an administrator, so there is no first start.
        var store = Store.OpenAsync(Database.ForFile(DatabasePath), CancellationToken.None).GetAwaiter().GetResult();
        if (!store.Tokens.AnyAsync(CancellationToken.None).GetAwaiter().GetResult())
        {
            store.Tokens.CreateAsync("Quản trị (thử)", Roles.Admin, null, "test", CancellationToken.None).GetAwaiter().GetResult();
        }
        builder.UseSetting("ConnectionStrings:Scoring", $"Data Source={DatabasePath}");
        builder.UseSetting("Scoring:CriteriaPath", CriteriaPath ?? Repo.Path("criteria"));
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Makes a token for a role (and agency) and returns a client that sends it.</summary>
    public HttpClient ClientAs(string role, string? agency = null)
    {
        var token = Store.Tokens.CreateAsync($"Thử {role} {agency}".TrimEnd(), role, agency, "test", CancellationToken.None).GetAwaiter().GetResult();
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Imports the sample agencies (tokens for agencies need them).</summary>
    public void ImportSampleAgencies()
    {
        var (list, _) = AgencyListFile.Read(File.ReadAllBytes(Repo.Path("samples", "agencies.csv")), "agencies.csv");
        Store.Agencies.ImportAsync([.. list!.Values], "agencies.csv", "test", CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Imports the sample agencies and loads the samples (2024 and 2026, each with a published run), as --seed-samples does.</summary>
    public void SeedSamples()
    {
        ImportSampleAgencies();
        var catalog = Services.GetRequiredService<Scoring.Api.Catalog.CriteriaCatalog>();
        Scoring.Api.Host.SampleSeeder.SeedAsync(Store, catalog, Repo.Path("samples"), CancellationToken.None).GetAwaiter().GetResult();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the host on its way down; the temp folder is cleaned by the OS.
        }
    }
}
