using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Scoring.Api.Server;

/// <summary>
/// Slows down code guessing. Wrong codes are counted three ways within <see cref="Window"/>: by the client address
/// (<see cref="MaxFailures"/>), by the code tried, whatever the address (<see cref="MaxFailures"/>: one code tried from many
/// machines), and over the whole server (<see cref="MaxOverall"/>: many addresses, each staying under its own limit). Past a
/// limit, wrong codes are refused with 429 until the window after the last failure has passed. A valid code is checked first
/// and always signs in, so the throttle never locks out an office. In memory only (a restart forgets), bounded in size; the
/// clock is the registered <see cref="TimeProvider"/>; the address is the connection's, or the one a configured proxy forwarded.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    /// <summary>How many wrong codes within the window hold back one address, or one code.</summary>
    public const int MaxFailures = 5;

    /// <summary>How many wrong codes within the window, from anywhere, hold back every wrong code.</summary>
    public const int MaxOverall = 100;

    /// <summary>The window in which failures are counted, and how long a block lasts after the last failure.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>The most keys remembered; past it, keys with no recent failure are forgotten.</summary>
    private const int MaxKeys = 10_000;

    private const string Overall = "*";

    /// <summary>The Vietnamese message of a wrong code refused because of its address or the code itself.</summary>
    public const string Message = "Đăng nhập sai quá nhiều lần từ máy này. Vui lòng chờ 5 phút rồi thử lại; nếu mất mã, liên hệ quản trị để cấp mã mới.";

    /// <summary>The Vietnamese message of a wrong code refused because the whole server is receiving too many.</summary>
    public const string OverallMessage =
        "Máy chủ đang nhận quá nhiều lần đăng nhập sai. Vui lòng kiểm tra lại mã và thử lại sau 5 phút; nếu mất mã, liên hệ quản trị để cấp mã mới.";

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>The address a request comes from, as the throttle counts it (after the forwarded-headers step, which only trusts configured proxies).</summary>
    public static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "(không rõ)";

    /// <summary>Why a wrong code from this client is refused now (the Vietnamese message), or null when it may be tried.</summary>
    public string? Refusal(string client, string code)
    {
        if (Full(Overall, MaxOverall))
        {
            return OverallMessage;
        }
        return Full("ip:" + client, MaxFailures) || Full(CodeKey(code), MaxFailures) ? Message : null;
    }

    /// <summary>Records a wrong code from the client.</summary>
    public void Failed(string client, string code)
    {
        if (_failures.Count >= MaxKeys)
        {
            Forget();
        }
        Record("ip:" + client, MaxFailures);
        Record(CodeKey(code), MaxFailures);
        Record(Overall, MaxOverall);
    }

    // The code is kept only as a hash, like stored codes: a wrong code may be someone's mistyped real one.
    private static string CodeKey(string code) => "code:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim())));

    private bool Full(string key, int limit)
    {
        if (!_failures.TryGetValue(key, out var times))
        {
            return false;
        }
        lock (times)
        {
            Prune(times, limit);
            return times.Count >= limit;
        }
    }

    private void Record(string key, int limit)
    {
        var times = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            Prune(times, limit);
            times.Enqueue(clock.GetUtcNow());
            // Only the last few matter; a blocked key's queue stays short.
            while (times.Count > limit)
            {
                times.Dequeue();
            }
        }
    }

    /// <summary>Drops failures older than the window; the last failure keeps a full queue alive, so the block lasts a window after it.</summary>
    private void Prune(Queue<DateTimeOffset> times, int limit)
    {
        var now = clock.GetUtcNow();
        if (times.Count > 0 && now - times.Last() >= Window)
        {
            times.Clear();
        }
        while (times.Count > 0 && times.Count < limit && now - times.Peek() >= Window)
        {
            times.Dequeue();
        }
    }

    private void Forget()
    {
        foreach (var (key, times) in _failures)
        {
            lock (times)
            {
                Prune(times, key == Overall ? MaxOverall : MaxFailures);
                if (times.Count == 0)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }
}
