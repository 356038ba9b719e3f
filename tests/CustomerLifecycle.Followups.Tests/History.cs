using CustomerLifecycle.Core;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerLifecycle.Followups.Tests;

/// <summary>A random but valid event history of a few customers in three zones, with the instant it is planned at.</summary>
public sealed record History(int Seed, IReadOnlyList<FollowupEvent> Events, Instant Now)
{
    private static readonly DateTimeZone[] Zones = [Fixtures.Shanghai, Fixtures.NewYork, Fixtures.London];
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 0, 0);

    /// <summary>The history of a seed: 1–4 customers, 0–10 events each, over most of 2026; appointment ids from a small pool so
    /// reschedules, cancellations and duplicates happen.</summary>
    public static History Of(int seed)
    {
        var rng = new Random(seed);
        var events = new List<FollowupEvent>();
        var customers = rng.Next(1, 5);
        for (var c = 0; c < customers; c++)
        {
            var id = CustomerId.From($"c{c}");
            var zone = rng.Next(4) == 0 ? null : Zones[rng.Next(Zones.Length)];
            var count = rng.Next(0, 11);
            for (var i = 0; i < count; i++)
            {
                var at = Start + Duration.FromMinutes(rng.Next(0, 300 * 24 * 60));
                var appointment = "a" + rng.Next(3);
                Instant Later(int maxHours) => at + Duration.FromMinutes(rng.Next(1, maxHours * 60));
                events.Add(rng.Next(8) switch
                {
                    0 => FollowupEvent.Booked(id, at, appointment, Later(24 * 20), zone),
                    1 => FollowupEvent.Rescheduled(id, at, appointment, Later(24 * 20), zone),
                    2 => FollowupEvent.Cancelled(id, at, appointment, zone),
                    3 => FollowupEvent.ServiceStarted(id, at, rng.Next(2) == 0 ? appointment : null, rng.Next(2) == 0 ? Later(24 * 6) : null, zone),
                    4 => FollowupEvent.ServiceCompleted(id, at, rng.Next(2) == 0, rng.Next(2) == 0 ? appointment : null, rng.Next(2) == 0 ? Later(24 * 200) : null, zone),
                    5 => FollowupEvent.Survey(id, at, LikelihoodScore.From(rng.Next(11)), rng.Next(2) == 0, rng.Next(2) == 0 ? appointment : null, zone),
                    6 => FollowupEvent.DeferredRepair(id, at, rng.Next(2) == 0 ? Later(24 * 120) : null, null, zone),
                    _ => FollowupEvent.Visit(id, at, rng.Next(3) == 0 ? Later(24 * 100) : null, zone),
                });
            }
        }

        var now = events.Count == 0 ? Start : events.Max(e => e.At) + Duration.FromMinutes(rng.Next(0, 3 * 24 * 60));
        return new History(seed, events, now);
    }

    /// <summary>The same history with every booked appointment cancelled after its last event.</summary>
    public History CancelAll()
    {
        var cancels = Events.Where(e => e.AppointmentId is not null)
            .GroupBy(e => (e.Customer, e.AppointmentId!))
            .Select(g => FollowupEvent.Cancelled(g.Key.Customer, Now + Duration.FromMinutes(1), g.Key.Item2, g.First().Zone));
        return this with { Events = [.. Events, .. cancels], Now = Now + Duration.FromMinutes(1) };
    }

    public override string ToString() => $"History(seed {Seed}: {Events.Count} events, now {Now})";
}

public static class FollowupArbitraries
{
    public static Arbitrary<History> Histories() => Gen.Choose(0, int.MaxValue - 1).Select(History.Of).ToArbitrary();
}
