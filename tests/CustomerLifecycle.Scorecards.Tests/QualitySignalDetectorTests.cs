using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Scorecards.Quality;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Tests;

public class QualitySignalDetectorTests
{
    private const string RangeDrop = "winter range drop 30%";
    private static readonly Instant Start = Instant.FromUtc(2021, 1, 4, 23, 0);

    private static FaultRecord Car(int i, int day, string month = "2020-11", string batch = "B-7731", string bms = "V10.2", string morning = "below -10C", string colour = "white") =>
        new("car" + i.ToString(CultureInfo.InvariantCulture), RangeDrop, Start + Duration.FromDays(day), new Dictionary<string, string>
        {
            ["production_month"] = month,
            ["battery_batch"] = batch,
            ["bms_version"] = bms,
            ["morning_temperature"] = morning,
            ["colour"] = colour,
        });

    private static FaultRecord[] RangeDropCluster() =>
    [
        Car(1, 0, colour: "white"), Car(2, 4, colour: "black"), Car(3, 9, colour: "red"), Car(4, 15, colour: "white"), Car(5, 20, colour: "blue"),
        Car(6, 5, month: "2020-08", batch: "B-1200", bms: "V10.1", morning: "above 0C"),
        Car(7, 6, month: "2020-09", batch: "B-3300", bms: "V10.2", morning: "above 0C"),
    ];

    [Fact]
    public void Five_cars_in_three_weeks_in_three_weeks_share_month_batch_software_and_cold_mornings()
    {
        var signals = new QualitySignalDetector().Evaluate(RangeDropCluster(), attrs => attrs.Any(a => a.Key == "battery_batch" && a.Value == "B-7731") ? 8000 : null);
        var top = signals[0];
        Assert.Equal(RangeDrop, top.FaultCode);
        Assert.Equal(5, top.Support);
        Assert.Equal(["car1", "car2", "car3", "car4", "car5"], top.RecordIds);
        Assert.Equal(
            ["battery_batch=B-7731", "bms_version=V10.2", "morning_temperature=below -10C", "production_month=2020-11"],
            top.SharedAttributes.Select(a => a.Key + "=" + a.Value));
        Assert.Equal(8000, top.AffectedPopulation);
        // seed 002: a recall at 1.5万 a car over the 8,000-car batch = 1.2亿.
        Assert.Equal(120_000_000m, top.Exposure(Money.From(15_000m, "CNY"))!.Value.Amount);
        Assert.Single(signals);
    }

    [Fact]
    public void Faults_spread_over_more_than_the_window_raise_no_signal()
    {
        FaultRecord[] spread = [Car(1, 0), Car(2, 6), Car(3, 12), Car(4, 18), Car(5, 21)]; // day 21 is outside [0, 21)
        Assert.Empty(new QualitySignalDetector().Evaluate(spread));
        Assert.Single(new QualitySignalDetector(new QualitySignalOptions { Window = Duration.FromDays(22) }).Evaluate(spread));
    }

    [Fact]
    public void A_larger_group_with_fewer_shared_attributes_is_reported_beside_the_smaller_closed_set()
    {
        // Seven cars with the same software; five of them also share the batch.
        FaultRecord[] faults = [.. Enumerable.Range(1, 5).Select(i => Car(i, i, colour: "c" + i.ToString(CultureInfo.InvariantCulture))), Car(6, 6, batch: "B-1", month: "2020-12", colour: "c6"), Car(7, 7, batch: "B-2", month: "2020-12", colour: "c7")];
        var signals = new QualitySignalDetector().Evaluate(faults);
        Assert.Equal(2, signals.Count);
        Assert.Equal(7, signals[0].Support);
        Assert.Equal(["bms_version", "morning_temperature"], signals[0].SharedAttributes.Select(a => a.Key));
        Assert.Equal(5, signals[1].Support);
        Assert.Equal(4, signals[1].SharedAttributes.Count);
    }

    [Fact]
    public void Detection_is_deterministic_whatever_the_input_order()
    {
        var a = new QualitySignalDetector().Evaluate(RangeDropCluster());
        var b = new QualitySignalDetector().Evaluate(RangeDropCluster().Reverse());
        Assert.Equal(a.Select(s => string.Join(",", s.RecordIds)), b.Select(s => string.Join(",", s.RecordIds)));
        Assert.Equal(a.Select(s => s.SharedAttributes.Count), b.Select(s => s.SharedAttributes.Count));
    }

    [Fact]
    public void Different_faults_are_never_mixed()
    {
        FaultRecord[] faults = [.. Enumerable.Range(1, 3).Select(i => Car(i, i)), .. Enumerable.Range(4, 3).Select(i => new FaultRecord("x" + i.ToString(CultureInfo.InvariantCulture), "door seal", Start + Duration.FromDays(i), Car(i, i).Attributes))];
        Assert.Empty(new QualitySignalDetector().Evaluate(faults));
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        Assert.Throws<ArgumentException>("faults", () => new QualitySignalDetector().Evaluate([Car(1, 0), Car(1, 1)]));
        Assert.Throws<ArgumentNullException>("faults", () => new QualitySignalDetector().Evaluate([null!]));
        Assert.Throws<ArgumentException>("attributes", () => new FaultRecord("r", "f", Start, new Dictionary<string, string> { ["batch"] = " " }));
        Assert.Throws<ArgumentException>("faultCode", () => new FaultRecord("r", "", Start, new Dictionary<string, string>()));
        Assert.Throws<ArgumentException>("options", () => new QualitySignalDetector(new QualitySignalOptions { MinimumSupport = 1 }));
        Assert.Throws<ArgumentException>("options", () => new QualitySignalDetector(new QualitySignalOptions { Window = Duration.Zero }));
    }
}
