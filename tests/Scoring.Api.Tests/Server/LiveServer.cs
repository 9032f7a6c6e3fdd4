using Scoring.Api.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;

namespace Scoring.Api.Tests.Server;

/// <summary>The real server on a free loopback port (Kestrel, not the in-memory test host), with a store of its own, for the browser.</summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly string _folder;
    private readonly WebApplication _app;

    private LiveServer(WebApplication app, string folder)
    {
        _app = app;
        _folder = folder;
    }

    public string Url => _app.Urls.First();

    public Store Store => _app.Services.GetRequiredService<Store>();

    /// <summary>Loads the repository's samples (2024 and 2026, each with a published run); returns the sign-in codes they print.</summary>
    public Task<IReadOnlyList<(string Role, string Name, string Token)>> SeedAsync() =>
        SampleSeeder.SeedAsync(Store, _app.Services.GetRequiredService<Scoring.Api.Catalog.CriteriaCatalog>(), Repo.Path("samples"), CancellationToken.None);

    /// <summary>Starts it; <paramref name="settings"/> are more command-line settings (--Key=value).</summary>
    public static async Task<LiveServer> StartAsync(params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("scoring-live-").FullName;
        var app = ServerHost.Build(["--urls", "http://127.0.0.1:0", $"--ConnectionStrings:Scoring=Data Source={Path.Combine(folder, "scoring.db")}",
            $"--Scoring:CriteriaPath={Repo.Path("criteria")}", .. settings]);
        await app.StartAsync();
        return new LiveServer(app, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
