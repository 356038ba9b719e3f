using CustomerLifecycle.Core.Events;
using NodaTime;

namespace CustomerLifecycle.Core.Tests;

public class EventTests
{
    private static readonly CustomerId Customer = CustomerId.From("c1");
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 2, 0);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1d)]
    public void Survey_weight_must_be_finite_and_non_negative(double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>("weight", () => new SurveyResponse(LikelihoodScore.From(9), Customer, T0, weight: weight));

    [Fact]
    public void Survey_response_with_the_default_customer_id_is_rejected() =>
        Assert.Throws<ArgumentException>("customer", () => new SurveyResponse(LikelihoodScore.From(9), default(CustomerId)));

    [Fact]
    public void Survey_response_may_be_anonymous_and_undated()
    {
        var r = new SurveyResponse(LikelihoodScore.From(10), touchpoint: "  app  ");
        Assert.Null(r.Customer);
        Assert.Null(r.RespondedAt);
        Assert.Equal("app", r.Touchpoint);
        Assert.Equal(NpsCategory.Promoter, r.Category);
    }

    [Fact]
    public void Appointment_cannot_be_booked_after_it_starts() =>
        Assert.Throws<ArgumentException>("bookedAt", () => new Appointment("a1", Customer, T0 + Duration.FromHours(2), T0, T0 + Duration.FromHours(1)));

    [Fact]
    public void Appointment_must_end_after_it_starts() =>
        Assert.Throws<ArgumentException>("end", () => new Appointment("a1", Customer, T0, T0, T0));

    [Fact]
    public void Appointment_lead_time_is_start_minus_booking() =>
        Assert.Equal(Duration.FromDays(3), new Appointment("a1", Customer, T0, T0 + Duration.FromDays(3), T0 + Duration.FromDays(3) + Duration.FromHours(2)).LeadTime);

    [Fact]
    public void Visit_cannot_complete_before_it_starts() =>
        Assert.Throws<ArgumentException>("completedAt", () => new ServiceVisit(Customer, T0, T0 - Duration.FromMinutes(1)));

    [Fact]
    public void Transaction_amount_cannot_be_negative() =>
        Assert.Throws<ArgumentOutOfRangeException>("amount", () => new Transaction(Customer, T0, Money.From(-1m, "USD")));
}
