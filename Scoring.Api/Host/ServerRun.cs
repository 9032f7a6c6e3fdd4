using Scoring.Api.Catalog;
using Scoring.Api.Server;
using Scoring.Api.Storage;

namespace Scoring.Api.Host;

/// <summary>Runs the server as an operator starts it: binds its address first (a server that cannot listen creates no store and prints
/// no code), then opens and checks the store, issues the first administrator code on a first start, loads the samples when asked,
/// and prints what an operator needs (<see cref="OperatorConsole"/>). Start-up failures are one Vietnamese line and a non-zero exit.</summary>
public static class ServerRun
{
    /// <summary>Exit code: the address could not be bound.</summary>
    public const int CannotBind = 2;

    /// <summary>Exit code: a setting or the store does not allow starting.</summary>
    public const int CannotStart = 3;

    /// <summary>Runs until stopped; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter console)
    {
        var ct = CancellationToken.None;
        WebApplication app;
        try
        {
            app = ServerHost.Build(args.Where(a => a != "--seed-samples").ToArray());
        }
        catch (StartupException e)
        {
            await console.WriteLineAsync("Không khởi động được máy chủ: " + e.Message).ConfigureAwait(false);
            return CannotStart;
        }
        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(ct).ConfigureAwait(false);
            }
            catch (IOException)
            {
                var urls = string.Join(", ", app.Urls.DefaultIfEmpty(app.Configuration["urls"] ?? ServerHost.DefaultUrl));
                await console.WriteLineAsync($"Không mở được địa chỉ {urls}: cổng đang được chương trình khác dùng, hoặc địa chỉ không thuộc máy này. "
                    + "Chưa tạo hay thay đổi gì; hãy dừng chương trình kia hoặc chọn cổng khác (--urls http://127.0.0.1:5081).").ConfigureAwait(false);
                return CannotBind;
            }
            var storePath = ServerHost.StoreName(app.Configuration);
            Store store;
            try
            {
                store = app.Services.GetRequiredService<Store>();
                await store.CheckWritableAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (StoreErrors.Vietnamese(e) is { } problem || e is IOException or UnauthorizedAccessException)
            {
                await console.WriteLineAsync($"Không khởi động được máy chủ: kho dữ liệu {storePath}: "
                    + (StoreErrors.Vietnamese(e) ?? "không tạo hay ghi được thư mục của kho dữ liệu (kiểm tra quyền ghi).")).ConfigureAwait(false);
                await app.StopAsync(ct).ConfigureAwait(false);
                return CannotStart;
            }
            var catalog = app.Services.GetRequiredService<CriteriaCatalog>();
            var report = new OperatorConsole(console);
            await report.FirstStartAsync(store, ct).ConfigureAwait(false);
            if (args.Contains("--seed-samples"))
            {
                await report.SeedAsync(store, catalog, ct).ConfigureAwait(false);
            }
            await report.SummaryAsync(app, storePath, catalog).ConfigureAwait(false);
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return 0;
        }
    }
}
