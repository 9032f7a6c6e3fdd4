using Scoring.Api.Catalog;
using Scoring.Api.Server;
using Scoring.Api.Storage;

namespace Scoring.Api.Host;

/// <summary>What the server prints for its operator, in Vietnamese: the first administrator code (once, and how to get another), the
/// sample codes, then a summary that ends with the address: the store, the criteria loaded and any that failed (with every error), and
/// warnings about the setup. Request logs are not printed unless configured, so nothing here scrolls away.</summary>
public sealed class OperatorConsole(TextWriter console)
{
    /// <summary>The line that says the server is up (the last of the summary).</summary>
    public const string Running = "Máy chủ chấm điểm đang chạy";

    /// <summary>On a first start (no code at all), issues the administrator's code and prints it once.</summary>
    public async Task FirstStartAsync(Store store, CancellationToken ct)
    {
        if (await store.Tokens.AnyAsync(ct).ConfigureAwait(false))
        {
            return;
        }
        var admin = await store.Tokens.CreateAsync("Quản trị", Roles.Admin, null, "Khởi tạo", ct).ConfigureAwait(false);
        await console.WriteLineAsync($"Lần chạy đầu: đã tạo kho dữ liệu. Mã đăng nhập quản trị (chỉ hiện một lần, hãy lưu lại): {admin}").ConfigureAwait(false);
        await console.WriteLineAsync("Nếu mất mã này: trên máy chủ, chạy dotnet run --project Scoring.Api -- tokens issue --name <tên> --role admin để cấp mã quản trị mới.")
            .ConfigureAwait(false);
    }

    /// <summary>Loads the samples (unless the store already has runs) and prints their codes.</summary>
    public async Task SeedAsync(Store store, CriteriaCatalog catalog, CancellationToken ct)
    {
        var samples = Path.Combine(Path.GetDirectoryName(catalog.Folder.Path) ?? ".", "samples");
        var tokens = await SampleSeeder.SeedAsync(store, catalog, samples, ct).ConfigureAwait(false);
        await console.WriteLineAsync(tokens.Count == 0
            ? "Kho dữ liệu đã có lượt xếp loại: không nạp lại dữ liệu mẫu."
            : $"Đã nạp dữ liệu mẫu: năm 2024 (mau-2024, lưu làm lịch sử) và năm {SampleSeeder.Year} ({SampleSeeder.Version}), mỗi năm một lượt xếp loại đã công bố.")
            .ConfigureAwait(false);
        foreach (var (role, name, token) in tokens)
        {
            await console.WriteLineAsync($"Dữ liệu mẫu: mã đăng nhập {Roles.Label(role)} \"{name}\": {token}").ConfigureAwait(false);
        }
    }

    /// <summary>The summary: store, criteria, warnings, then the address.</summary>
    public async Task SummaryAsync(WebApplication app, string storePath, CriteriaCatalog catalog)
    {
        await console.WriteLineAsync($"Kho dữ liệu: {storePath}").ConfigureAwait(false);
        await console.WriteLineAsync($"Tiêu chí ({catalog.Folder.Path}): " + (catalog.Versions.Count == 0
            ? "chưa có bộ tiêu chí nào dùng được."
            : $"đã nạp {catalog.Versions.Count} bộ: {string.Join(", ", catalog.Versions.Select(v => v.Version.Id))}.")).ConfigureAwait(false);
        foreach (var invalid in catalog.Invalid)
        {
            // A file that does not lint is never silently left out: it is named at start-up, with every error, and on the staff pages.
            var errors = invalid.Problems.Where(p => !p.IsWarning).ToList();
            await console.WriteLineAsync($"Tệp tiêu chí {invalid.File} có {errors.Count} lỗi nên không được dùng:").ConfigureAwait(false);
            foreach (var problem in errors)
            {
                await console.WriteLineAsync("  " + problem).ConfigureAwait(false);
            }
        }
        foreach (var warning in Warnings(app))
        {
            await console.WriteLineAsync("Cảnh báo: " + warning).ConfigureAwait(false);
        }
        await console.WriteLineAsync("Nhật ký từng yêu cầu không in ra đây; muốn xem, chạy với --Logging:LogLevel:Microsoft.AspNetCore=Information.").ConfigureAwait(false);
        await console.WriteLineAsync($"{Running}: {string.Join(", ", app.Urls)} (mở bằng trình duyệt; Ctrl+C để dừng).").ConfigureAwait(false);
    }

    private static IEnumerable<string> Warnings(WebApplication app)
    {
        var proxies = app.Services.GetRequiredService<TrustedProxies>();
        var open = app.Urls.Where(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback).ToList();
        if (open.Count > 0 && proxies.Addresses.Count == 0)
        {
            yield return $"máy chủ nghe qua HTTP (không mã hoá) ở {string.Join(", ", open)}: mã đăng nhập đi trên mạng không được bảo vệ; "
                + "hãy để máy chủ nghe ở 127.0.0.1 sau một reverse proxy HTTPS (xem SECURITY.md).";
        }
        if (app.Configuration.GetValue<bool>("FORWARDEDHEADERS_ENABLED") && proxies.Addresses.Count == 0)
        {
            yield return $"ASPNETCORE_FORWARDEDHEADERS_ENABLED được bật nhưng chưa khai báo {TrustedProxies.Key}: tiêu đề X-Forwarded-For bị bỏ qua.";
        }
    }
}
