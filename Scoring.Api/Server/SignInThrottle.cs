using System.Collections.Concurrent;

namespace Scoring.Api.Server;

/// <summary>
/// Slows down token guessing: after <see cref="MaxFailures"/> failed sign-ins (sign-in page or API token) from one client
/// address within <see cref="Window"/>, that address is refused with 429 until the window after its last failure has
/// passed. In memory only (a restart forgets), bounded in size; the clock is the registered <see cref="TimeProvider"/>.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    /// <summary>How many failures within the window block an address.</summary>
    public const int MaxFailures = 5;

    /// <summary>The window in which failures are counted, and how long a block lasts after the last failure.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>The most addresses remembered; past it, addresses with no recent failure are forgotten.</summary>
    private const int MaxAddresses = 10_000;

    /// <summary>The Vietnamese message of a refused attempt.</summary>
    public const string Message = "Đăng nhập sai quá nhiều lần từ máy này. Vui lòng chờ 5 phút rồi thử lại; nếu mất mã, liên hệ quản trị để cấp mã mới.";

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>The address a request comes from, as the throttle counts it.</summary>
    public static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "(không rõ)";

    /// <summary>Whether the address is blocked now.</summary>
    public bool IsBlocked(string client)
    {
        if (!_failures.TryGetValue(client, out var times))
        {
            return false;
        }
        lock (times)
        {
            Prune(times);
            return times.Count >= MaxFailures;
        }
    }

    /// <summary>Records a failed sign-in from the address.</summary>
    public void Failed(string client)
    {
        if (_failures.Count >= MaxAddresses)
        {
            Forget();
        }
        var times = _failures.GetOrAdd(client, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            Prune(times);
            times.Enqueue(clock.GetUtcNow());
            // Only the last few matter; a blocked address's queue stays short.
            while (times.Count > MaxFailures)
            {
                times.Dequeue();
            }
        }
    }

    /// <summary>Drops failures older than the window; the last failure keeps a full queue alive, so the block lasts a window after it.</summary>
    private void Prune(Queue<DateTimeOffset> times)
    {
        var now = clock.GetUtcNow();
        if (times.Count > 0 && now - times.Last() >= Window)
        {
            times.Clear();
        }
        while (times.Count > 0 && times.Count < MaxFailures && now - times.Peek() >= Window)
        {
            times.Dequeue();
        }
    }

    private void Forget()
    {
        foreach (var (client, times) in _failures)
        {
            lock (times)
            {
                Prune(times);
                if (times.Count == 0)
                {
                    _failures.TryRemove(client, out _);
                }
            }
        }
    }
}
