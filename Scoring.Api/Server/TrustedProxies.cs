using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Scoring.Api.Server;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed
/// (<c>Scoring:ForwardedHeaders:KnownProxies</c>, addresses separated by commas or as a list). Nothing else is: with no proxy
/// configured the headers are ignored, even when <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c> is set (which would otherwise believe
/// anyone, so rotating the header would dodge the sign-in throttle and naming a victim's address would lock the victim out). Only
/// the address the proxy itself appended is taken, never one the client wrote before it.
/// </summary>
public sealed class TrustedProxies
{
    /// <summary>The configuration key.</summary>
    public const string Key = "Scoring:ForwardedHeaders:KnownProxies";

    private TrustedProxies(IReadOnlyList<IPAddress> addresses) => Addresses = addresses;

    /// <summary>The proxies' addresses (empty: forwarded headers are ignored).</summary>
    public IReadOnlyList<IPAddress> Addresses { get; }

    /// <summary>Reads the setting; an address that does not parse is a start-up error in Vietnamese.</summary>
    public static TrustedProxies Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Key);
        var texts = section.Value is { } one ? one.Split(',') : section.GetChildren().Select(c => c.Value ?? "").ToArray();
        var addresses = new List<IPAddress>();
        foreach (var text in texts.Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            addresses.Add(IPAddress.TryParse(text, out var address)
                ? address
                : throw new StartupException($"Cấu hình {Key}: \"{text}\" không phải là địa chỉ IP của một reverse proxy (ví dụ 127.0.0.1 hoặc 10.0.0.5)."));
        }
        return new TrustedProxies(addresses);
    }

    /// <summary>Sets the forwarded-headers options to believe these proxies only (applied after every other setup, the host's included).</summary>
    public void Apply(ForwardedHeadersOptions options)
    {
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var address in Addresses)
        {
            options.KnownProxies.Add(address);
        }
        options.ForwardedHeaders = Addresses.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = 1;
    }
}

/// <summary>A setting or a store the server cannot start with; its message is Vietnamese and says what to change.</summary>
public sealed class StartupException(string message) : Exception(message);
