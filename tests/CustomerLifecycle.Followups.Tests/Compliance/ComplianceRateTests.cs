using CustomerLifecycle.Followups.Compliance;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Followups.Tests.Compliance;

public class ComplianceRateTests
{
    private static readonly ComplianceStatus[] Statuses = Enum.GetValues<ComplianceStatus>();

    private static ComplianceRate Of(IEnumerable<(int Status, int Minutes)> outcomes) => outcomes.Aggregate(
        default(ComplianceRate),
        (r, o) => r.Add(Statuses[Math.Abs(o.Status % Statuses.Length)], Duration.FromMinutes(Math.Abs(o.Minutes % 10_000))));

    [Fact]
    public void Rate_of_no_due_task_is_undefined()
    {
        Assert.Null(default(ComplianceRate).Rate);
        Assert.Null(default(ComplianceRate).Add(ComplianceStatus.NotYetDue, Duration.Zero).Rate);
        Assert.Null(default(ComplianceRate).MeanLateness);
    }

    [Fact]
    public void Seed_pass_band_example_nine_of_ten_callbacks()
    {
        // DOMAIN.md §2 dashboard: 24 h callback rate ≥ 90 % passes; 9 of 10 is 90.0 %.
        var rate = new ComplianceRate(9, 0, 1, 0, Duration.FromHours(2), Duration.FromHours(2));
        Assert.Equal("90.0%", rate.Rate!.Value.ToPercentString());
    }

    [Fact]
    public void Inconsistent_counts_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>("onTime", () => new ComplianceRate(-1, 0, 0, 0, Duration.Zero, Duration.Zero));
        Assert.Throws<ArgumentOutOfRangeException>("maxLateness", () => new ComplianceRate(0, 1, 0, 0, Duration.FromHours(1), Duration.FromHours(2)));
        Assert.Throws<ArgumentOutOfRangeException>("lateness", () => default(ComplianceRate).Add(ComplianceStatus.Late, Duration.FromHours(-1)));
        Assert.Throws<ArgumentOutOfRangeException>("status", () => default(ComplianceRate).Add((ComplianceStatus)42, Duration.Zero));
    }

    [Property]
    public bool Merged_rates_equal_the_rate_of_all((int, int)[] a, (int, int)[] b) =>
        Of(a).Merge(Of(b)) == Of([.. a, .. b]);

    [Property]
    public bool Rate_is_in_0_1_and_counts_add_up((int, int)[] outcomes)
    {
        var r = Of(outcomes);
        return r.Total == outcomes.Length
            && (r.Due == 0 ? r.Rate is null : r.Rate!.Value.Value is >= 0d and <= 1d)
            && r.MaxLateness <= r.TotalLateness;
    }
}
