using System.Collections.Concurrent;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// Failed log-ins per client address, in a sliding window: an address that keeps guessing is told to
/// wait, while page views and successful log-ins cost nothing, so a congress hall behind one address
/// is not locked out by its own traffic. Accounts have their own count in the database
/// (<see cref="Storage.Accounts.UserDirectory.LogInAsync"/>). Settings: RateLimits:LoginFailures
/// (per address, default 30) in RateLimits:LoginFailureMinutes (default 15).
/// </summary>
public sealed class LoginThrottle(IConfiguration configuration, TimeProvider clock)
{
    private readonly int _limit = configuration.GetValue("RateLimits:LoginFailures", 30);
    private readonly TimeSpan _window = TimeSpan.FromMinutes(configuration.GetValue("RateLimits:LoginFailureMinutes", 15));
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>True when the address has failed too often of late: its log-ins are refused unread.</summary>
    public bool IsBlocked(string address)
    {
        if (!_failures.TryGetValue(address, out var times))
        {
            return false;
        }

        lock (times)
        {
            Expire(times);
            return times.Count >= _limit;
        }
    }

    public void RecordFailure(string address)
    {
        var times = _failures.GetOrAdd(address, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            Expire(times);
            times.Enqueue(clock.GetUtcNow());
        }

        // Forget addresses that have gone quiet, so the table cannot grow without end.
        if (_failures.Count > 10_000)
        {
            foreach (var (key, queue) in _failures)
            {
                lock (queue)
                {
                    Expire(queue);
                    if (queue.Count == 0)
                    {
                        _failures.TryRemove(key, out _);
                    }
                }
            }
        }
    }

    private void Expire(Queue<DateTimeOffset> times)
    {
        var since = clock.GetUtcNow() - _window;
        while (times.Count > 0 && times.Peek() < since)
        {
            times.Dequeue();
        }
    }
}
